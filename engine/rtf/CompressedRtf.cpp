// PR_RTF_COMPRESSED decompression per MS-OXRTFCP.
//
// Why our own code: libpff decompresses RTF only for items of its own files
// (libpff_message_get_rtf_body), but the preview and the GXMT path work on property bags from any
// source, so the engine needs a decompressor that takes the property value itself. The format is
// small and fully specified (LZ77 over a 4096-byte ring buffer, see below).
#include "rtf/CompressedRtf.h"

#include <QCoreApplication>
#include <QtEndian>

#include <array>

namespace mig::rtf {

namespace {

constexpr int kDictionarySize = 4096;

// MS-OXRTFCP 2.1.2.1: the dictionary starts with these 207 bytes, the write position after them.
constexpr char kInitialDictionary[] =
    "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
    "\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
    "\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
constexpr int kInitialDictionarySize = int(sizeof(kInitialDictionary)) - 1;
static_assert(kInitialDictionarySize == 207);

Error corrupt(const QString &reason)
{
    return Error { Error::Code::Corrupt,
        QCoreApplication::translate("mig::rtf", "The compressed RTF body is damaged: %1").arg(reason), {} };
}

std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int bit = 0; bit < 8; ++bit)
            c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

/// The RTF of an uncompressed ("MELA") value: it follows the header as is (the CRC field is 0
/// and not checked, 2.1.3.1.1).
Expected<QByteArray> uncompressedBody(const CompressedRtfHeader &header, const char *data, qsizetype dataSize)
{
    // Some writers (seen in an Aspose-made sample PST) put COMPSIZE into RAWSIZE as well; the
    // RTF is then the COMPSIZE - 12 bytes that follow the header.
    if (header.rawSize == header.compressedSize)
        return QByteArray(data, dataSize);
    if (quint64(header.rawSize) > quint64(dataSize))
        return corrupt(QCoreApplication::translate("mig::rtf", "truncated: %1 bytes of RTF announced, %2 present")
                           .arg(header.rawSize)
                           .arg(dataSize));
    return QByteArray(data, qsizetype(header.rawSize));
}

/// The decompressed output, mirrored into the ring buffer that back references point into.
class RingOutput {
public:
    explicit RingOutput(qsizetype expected)
    {
        std::copy_n(kInitialDictionary, kInitialDictionarySize, m_dictionary.begin());
        m_bytes.reserve(expected);
    }
    void put(char c)
    {
        m_bytes.append(c);
        m_dictionary[m_writePos] = c;
        m_writePos = (m_writePos + 1) % kDictionarySize;
    }
    void copyReference(int offset, int length)
    {
        // Byte by byte: a reference may overlap the bytes it is writing (2.1.3.1.4).
        for (int i = 0; i < length; ++i)
            put(m_dictionary[(offset + i) % kDictionarySize]);
    }
    int writePos() const { return m_writePos; }
    qsizetype size() const { return m_bytes.size(); }
    QByteArray take() { return std::move(m_bytes); }

private:
    std::array<char, kDictionarySize> m_dictionary {};
    int m_writePos = kInitialDictionarySize;
    QByteArray m_bytes;
};

/// Expands compressed ("LZFu") data: each control byte says, bit by bit from the lowest, whether
/// a literal byte or a 2-byte back reference follows; the reference to the write position ends it.
Expected<QByteArray> expand(const CompressedRtfHeader &header, const char *data, qsizetype dataSize)
{
    // The output never exceeds rawSize (checked per byte), so a lying header cannot make us
    // allocate more than the data can produce, nor more than it claims.
    RingOutput out(qsizetype(qMin<quint64>(header.rawSize, quint64(dataSize) * 8 + 16)));
    qsizetype pos = 0;
    bool ended = false;
    while (!ended && pos < dataSize) {
        const quint8 control = quint8(data[pos++]);
        for (int bit = 0; bit < 8 && !ended; ++bit) {
            if (pos >= dataSize)
                break; // the stream must end with the end reference, checked below
            if (!(control & (1 << bit))) {
                out.put(data[pos++]);
            } else {
                if (pos + 2 > dataSize)
                    return corrupt(QCoreApplication::translate("mig::rtf", "a back reference is cut off at byte %1")
                                       .arg(pos + CompressedRtfHeader::kSize));
                const quint16 reference = quint16(quint8(data[pos]) << 8 | quint8(data[pos + 1]));
                pos += 2;
                const int offset = reference >> 4;
                if (offset == out.writePos()) {
                    ended = true;
                    break;
                }
                out.copyReference(offset, (reference & 0xF) + 2);
            }
            if (quint64(out.size()) > header.rawSize)
                return corrupt(QCoreApplication::translate("mig::rtf", "it expands beyond its announced %1 bytes")
                                   .arg(header.rawSize));
        }
    }
    if (!ended)
        return corrupt(QCoreApplication::translate("mig::rtf", "the data ends early (%1 of %2 bytes decoded)")
                           .arg(out.size())
                           .arg(header.rawSize));
    if (quint64(out.size()) != header.rawSize)
        return corrupt(QCoreApplication::translate("mig::rtf", "it expands to %1 bytes instead of the announced %2")
                           .arg(out.size())
                           .arg(header.rawSize));
    return out.take();
}

} // namespace

quint32 compressedRtfCrc(const char *data, qsizetype size)
{
    static const std::array<quint32, 256> table = makeCrcTable();
    quint32 crc = 0;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xFF] ^ (crc >> 8);
    return crc;
}

Expected<CompressedRtfHeader> readCompressedRtfHeader(const QByteArray &value)
{
    if (value.size() < CompressedRtfHeader::kSize)
        return corrupt(QCoreApplication::translate("mig::rtf", "only %1 bytes, shorter than its 16-byte header")
                           .arg(value.size()));
    const char *p = value.constData();
    CompressedRtfHeader header;
    header.compressedSize = qFromLittleEndian<quint32>(p);
    header.rawSize = qFromLittleEndian<quint32>(p + 4);
    header.compressionType = qFromLittleEndian<quint32>(p + 8);
    header.crc = qFromLittleEndian<quint32>(p + 12);
    if (header.compressionType != CompressedRtfHeader::kCompressed
        && header.compressionType != CompressedRtfHeader::kUncompressed)
        return corrupt(QCoreApplication::translate("mig::rtf", "unknown compression type 0x%1")
                           .arg(header.compressionType, 8, 16, QLatin1Char('0')));
    if (header.compressedSize < CompressedRtfHeader::kSize - 4)
        return corrupt(QCoreApplication::translate("mig::rtf", "its header gives an impossible size of %1 bytes")
                           .arg(header.compressedSize));
    if (quint64(header.compressedSize) + 4 > quint64(value.size()))
        return corrupt(QCoreApplication::translate("mig::rtf", "truncated: the header announces %1 bytes, %2 are present")
                           .arg(quint64(header.compressedSize) + 4)
                           .arg(value.size()));
    return header;
}

Expected<QByteArray> decompressRtf(const QByteArray &value)
{
    const Expected<CompressedRtfHeader> header = readCompressedRtfHeader(value);
    if (!header)
        return header.error();
    const char *data = value.constData() + CompressedRtfHeader::kSize;
    const qsizetype dataSize = qsizetype(header->compressedSize) + 4 - CompressedRtfHeader::kSize;
    if (header->compressionType == CompressedRtfHeader::kUncompressed)
        return uncompressedBody(*header, data, dataSize);

    const quint32 crc = compressedRtfCrc(data, dataSize);
    if (crc != header->crc)
        return corrupt(QCoreApplication::translate("mig::rtf", "checksum mismatch (stored 0x%1, computed 0x%2)")
                           .arg(header->crc, 8, 16, QLatin1Char('0'))
                           .arg(crc, 8, 16, QLatin1Char('0')));
    return expand(*header, data, dataSize);
}

} // namespace mig::rtf
