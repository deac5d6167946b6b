// PR_RTF_COMPRESSED on real items: every RTF body of every sample PST/OST (messages, contacts,
// appointments, embedded messages) decompresses with a matching CRC and size, equals what libpff
// itself decompresses, and its text (de-encapsulated HTML or text, or rendered RTF) contains the
// start of Outlook's own plain body. Damaged copies of the real blobs give errors, never crashes.
#include "TestEnvironment.h"
#include "mapi/Tags.h"
#include "rtf/CompressedRtf.h"
#include "rtf/RtfBody.h"
#include "sources/Source.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocumentFragment>
#include <QtEndian>

#include <libpff.h>

#include <optional>

using namespace mig;

namespace {

/// One item with an RTF body, as the engine's source read it.
struct RtfItem {
    QString file;
    QString where;          ///< file, folder path, node id / attachment path, for messages
    quint64 nodeId = 0;     ///< the PST node id of a top-level item; 0 for embedded messages
    QString messageClass;
    QByteArray compressed;  ///< PR_RTF_COMPRESSED
    std::optional<QString> plainBody; ///< PR_BODY
};

void collect(const mapi::Message &message, const RtfItem &base, QList<RtfItem> &out)
{
    const mapi::PropertyBag &props = message.properties;
    if (const std::optional<QByteArray> rtf = props.binary(mapi::PR_RTF_COMPRESSED)) {
        RtfItem item = base;
        item.compressed = *rtf;
        item.messageClass = props.string(mapi::PR_MESSAGE_CLASS).value_or(QString());
        if (const mapi::Property *body = props.findId(mapi::propId(mapi::PR_BODY))) {
            if (const QString *text = body->get<QString>())
                item.plainBody = *text;
        }
        out << item;
    }
    for (int i = 0; i < message.attachments.size(); ++i) {
        if (const mapi::Message *embedded = message.attachments.at(i).embedded.get()) {
            RtfItem inner = base;
            inner.nodeId = 0;
            inner.where = QStringLiteral("%1, attachment %2").arg(base.where).arg(i + 1);
            collect(*embedded, inner, out);
        }
    }
}

/// Words, with all white space (including no-break spaces) folded.
QString normalised(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

/// The text a reader sees of an RTF-derived body.
QString visibleText(const rtf::RtfBody &body)
{
    return body.kind == rtf::RtfBody::Kind::Html ? QTextDocumentFragment::fromHtml(body.body).toPlainText() : body.body;
}

/// The size of the RTF a header announces: RAWSIZE, except for the writer slip in uncompressed
/// ("MELA") values of some sample PSTs, whose RAWSIZE repeats COMPSIZE: their RTF is all that follows.
quint64 expectedSize(const rtf::CompressedRtfHeader &header)
{
    if (header.compressionType == rtf::CompressedRtfHeader::kUncompressed && header.rawSize == header.compressedSize)
        return quint64(header.compressedSize) - 12;
    return header.rawSize;
}

/// The value with its header's size and CRC made to fit data (so damaged data reaches the decoder).
QByteArray withConsistentHeader(QByteArray value)
{
    if (value.size() < rtf::CompressedRtfHeader::kSize)
        return value;
    qToLittleEndian<quint32>(quint32(value.size() - 4), value.data());
    const quint32 crc = rtf::compressedRtfCrc(value.constData() + rtf::CompressedRtfHeader::kSize,
                                              value.size() - rtf::CompressedRtfHeader::kSize);
    qToLittleEndian<quint32>(crc, value.data() + 12);
    return value;
}

} // namespace

class TestRtfBody final : public QObject {
    Q_OBJECT

private:
    QList<RtfItem> m_items;

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        const QStringList files = mig::test::testDataFiles(QStringLiteral("pst"));
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            auto source = sources::openSourceFile(file);
            QVERIFY2(source.has_value(), qPrintable(source.error().fullText()));
            auto folders = (*source)->folders();
            QVERIFY2(folders.has_value(), qPrintable(folders.error().fullText()));
            const qsizetype before = m_items.size();
            int read = 0;
            for (const sources::SourceFolder &folder : *folders) {
                if (folder.searchFolder)
                    continue; // its contents are links to items of other folders
                for (const sources::ItemKind kind : {sources::ItemKind::Normal, sources::ItemKind::Associated}) {
                    auto refs = (*source)->items(folder.id, kind);
                    // Some samples have associated tables libpff cannot read (TestPstSource covers that).
                    if (kind == sources::ItemKind::Associated && !refs)
                        continue;
                    QVERIFY2(refs.has_value(), qPrintable(refs.error().fullText()));
                    for (const sources::ItemRef &ref : *refs) {
                        if (!ref.readable)
                            continue;
                        auto message = (*source)->readMessage(ref);
                        if (!message)
                            continue; // unreadable items are TestPstSource's business
                        ++read;
                        RtfItem base;
                        base.file = file;
                        base.nodeId = ref.id;
                        base.where = QStringLiteral("%1/%2 node 0x%3")
                                         .arg(QFileInfo(file).fileName(), folder.path)
                                         .arg(ref.id, 0, 16);
                        collect(*message, base, m_items);
                    }
                }
            }
            qInfo("%s: %d items read, %d with PR_RTF_COMPRESSED", qPrintable(QFileInfo(file).fileName()), read,
                  int(m_items.size() - before));
        }
        qInfo("%d RTF bodies in all", int(m_items.size()));
        QVERIFY(!m_items.isEmpty());
    }

    void everyRtfBodyDecompresses()
    {
        QHash<QString, int> classes;
        int uncompressed = 0;
        int rawSizeSlips = 0;
        for (const RtfItem &item : std::as_const(m_items)) {
            auto header = rtf::readCompressedRtfHeader(item.compressed);
            QVERIFY2(header.has_value(), qPrintable(item.where + QStringLiteral(": ") + header.error().message));
            if (header->compressionType == rtf::CompressedRtfHeader::kCompressed) {
                // The CRC, computed here over exactly the bytes the header's size covers.
                const qsizetype covered = qsizetype(header->compressedSize) + 4 - rtf::CompressedRtfHeader::kSize;
                QCOMPARE(rtf::compressedRtfCrc(item.compressed.constData() + rtf::CompressedRtfHeader::kSize, covered),
                         header->crc);
            }
            auto rtf = rtf::decompressRtf(item.compressed);
            QVERIFY2(rtf.has_value(), qPrintable(item.where + QStringLiteral(": ") + rtf.error().message));
            QCOMPARE(quint64(rtf->size()), expectedSize(*header));
            rawSizeSlips += expectedSize(*header) != header->rawSize ? 1 : 0;
            QVERIFY2(rtf->startsWith("{\\rtf"), qPrintable(item.where));
            auto body = rtf::rtfToBody(*rtf);
            QVERIFY2(body.has_value(), qPrintable(item.where));
            ++classes[item.messageClass.section(QLatin1Char('.'), 0, 1)];
            uncompressed += header->compressionType == rtf::CompressedRtfHeader::kUncompressed ? 1 : 0;
        }
        qInfo("%d uncompressed (MELA) values, %d of them with RAWSIZE = COMPSIZE", uncompressed, rawSizeSlips);
        for (auto it = classes.cbegin(); it != classes.cend(); ++it)
            qInfo("%s: %d", qPrintable(it.key()), it.value());
        // SOURCES.md: aspose_Outlook.pst has a contact and an appointment with RTF bodies.
        int asposeContacts = 0;
        int asposeAppointments = 0;
        for (const RtfItem &item : std::as_const(m_items)) {
            if (QFileInfo(item.file).fileName() != QLatin1String("aspose_Outlook.pst"))
                continue;
            asposeContacts += item.messageClass.startsWith(QLatin1String("IPM.Contact")) ? 1 : 0;
            asposeAppointments += item.messageClass.startsWith(QLatin1String("IPM.Appointment")) ? 1 : 0;
        }
        QVERIFY(asposeContacts >= 1);
        QVERIFY(asposeAppointments >= 1);
    }

    void rtfTextContainsTheStartOfThePlainBody()
    {
        int compared = 0;
        int html = 0;
        int withoutBody = 0;
        for (const RtfItem &item : std::as_const(m_items)) {
            if (!item.plainBody || item.plainBody->trimmed().isEmpty()) {
                ++withoutBody;
                continue;
            }
            // The first words of Outlook's plain body (up to 12 words / 120 characters).
            const QStringList words = normalised(*item.plainBody).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QString start = words.mid(0, 12).join(QLatin1Char(' ')).left(120);
            if (start.isEmpty())
                continue;
            auto body = rtf::bodyFromCompressedRtf(item.compressed);
            QVERIFY2(body.has_value(), qPrintable(item.where));
            const QString text = normalised(visibleText(*body));
            QVERIFY2(text.contains(start),
                     qPrintable(QStringLiteral("%1 (%2): expected \"%3\" in \"%4\"")
                                    .arg(item.where, body->kind == rtf::RtfBody::Kind::Html ? QStringLiteral("html") : QStringLiteral("text"),
                                         start, text.left(300))));
            ++compared;
            html += body->kind == rtf::RtfBody::Kind::Html ? 1 : 0;
        }
        qInfo("%d RTF bodies compared with PR_BODY (%d de-encapsulated HTML); %d without PR_BODY", compared, html, withoutBody);
        QVERIFY(compared > 0);
    }

    void decompressionMatchesLibpff()
    {
        int compared = 0;
        int libpffFailed = 0;
        QString openFile;
        libpff_file_t *pff = nullptr;
        const auto closeFile = [&pff] {
            if (pff) {
                libpff_file_close(pff, nullptr);
                libpff_file_free(&pff, nullptr);
            }
        };
        for (const RtfItem &item : std::as_const(m_items)) {
            if (item.nodeId == 0)
                continue; // libpff reaches embedded messages only through their attachment
            if (item.file != openFile) {
                closeFile();
                openFile = item.file;
                QCOMPARE(libpff_file_initialize(&pff, nullptr), 1);
                QCOMPARE(libpff_file_open(pff, QFile::encodeName(item.file).constData(), LIBPFF_OPEN_READ, nullptr), 1);
            }
            libpff_item_t *pffItem = nullptr;
            QCOMPARE(libpff_file_get_item_by_identifier(pff, quint32(item.nodeId), &pffItem, nullptr), 1);
            size_t size = 0;
            QByteArray theirs;
            if (libpff_message_get_rtf_body_size(pffItem, &size, nullptr) == 1 && size > 0) {
                theirs.resize(qsizetype(size));
                if (libpff_message_get_rtf_body(pffItem, reinterpret_cast<uint8_t *>(theirs.data()), size, nullptr) != 1)
                    theirs.clear();
            }
            libpff_item_free(&pffItem, nullptr);
            const bool compressed = item.compressed.mid(8, 4) == "LZFu";
            // libpff must handle every LZFu value; it refuses the MELA RAWSIZE = COMPSIZE slip.
            QVERIFY2(!theirs.isEmpty() || !compressed, qPrintable(item.where));
            auto ours = rtf::decompressRtf(item.compressed);
            QVERIFY(ours.has_value());
            // libpff adds a terminating NUL (and pads); Outlook's RTF often ends with a NUL itself.
            const auto withoutTrailingNuls = [](QByteArray bytes) {
                while (bytes.endsWith('\0'))
                    bytes.chop(1);
                return bytes;
            };
            theirs = withoutTrailingNuls(theirs);
            if (theirs.isEmpty()) {
                ++libpffFailed;
                continue;
            }
            QVERIFY2(withoutTrailingNuls(*ours) == theirs, qPrintable(item.where));
            ++compared;
        }
        closeFile();
        qInfo("%d RTF bodies byte-identical to libpff's, %d that libpff cannot decompress", compared, libpffFailed);
        QVERIFY(compared > 0);
    }

    void everyTruncationFailsCleanly()
    {
        // Every prefix of real blobs, once as is (the header's size no longer
        // fits) and once with size and CRC made to fit so that the decoder meets the cut.
        QList<QByteArray> blobs;
        for (const RtfItem &item : std::as_const(m_items)) {
            if (!blobs.contains(item.compressed))
                blobs << item.compressed;
        }
        // Quadratic in the size: the three largest blobs under 4 KiB.
        blobs.removeIf([](const QByteArray &blob) { return blob.size() > 4096; });
        std::sort(blobs.begin(), blobs.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
        blobs = blobs.mid(0, 3);
        qsizetype prefixes = 0;
        for (const QByteArray &blob : std::as_const(blobs)) {
            auto header = rtf::readCompressedRtfHeader(blob);
            QVERIFY(header.has_value());
            const qsizetype full = qsizetype(header->compressedSize) + 4;
            for (qsizetype length = 0; length < full; ++length) {
                const QByteArray prefix = blob.left(length);
                auto plain = rtf::decompressRtf(prefix);
                QVERIFY(!plain.has_value());
                QCOMPARE(plain.error().code, Error::Code::Corrupt);
                QVERIFY(!plain.error().message.isEmpty());
                auto refitted = rtf::decompressRtf(withConsistentHeader(prefix));
                // The cut-off stream cannot expand to the announced size.
                QVERIFY2(!refitted.has_value(), qPrintable(QStringLiteral("length %1").arg(length)));
                ++prefixes;
            }
            // And the decompressed document cut anywhere still converts (or is refused) safely.
            const QByteArray rtf = *rtf::decompressRtf(blob);
            for (qsizetype length = 0; length <= rtf.size(); length += 7) {
                auto body = rtf::rtfToBody(rtf.left(length));
                QCOMPARE(body.has_value(), length >= 5);
                if (body)
                    QVERIFY(body->body.size() <= length);
            }
        }
        qInfo("%lld truncated values refused", qlonglong(prefixes));
        QVERIFY(prefixes > 0);
    }

    void randomBitFlipsNeverCrash()
    {
        QRandomGenerator random(20261129); // fixed: a failure must be reproducible
        int failed = 0;
        int succeeded = 0;
        for (int round = 0; round < 4000; ++round) {
            const RtfItem &item = m_items.at(int(random.bounded(quint32(m_items.size()))));
            QByteArray value = item.compressed;
            const int flips = 1 + int(random.bounded(4));
            for (int i = 0; i < flips; ++i) {
                const qsizetype at = qsizetype(random.bounded(quint32(value.size())));
                value[at] = char(value.at(at) ^ (1 << random.bounded(8)));
            }
            // Half the rounds with a header that fits, so the flips reach the decoder itself.
            if (round % 2)
                value = withConsistentHeader(value);
            auto rtf = rtf::decompressRtf(value);
            if (!rtf) {
                QVERIFY(!rtf.error().message.isEmpty());
                ++failed;
                continue;
            }
            ++succeeded;
            auto header = rtf::readCompressedRtfHeader(value);
            QCOMPARE(quint64(rtf->size()), expectedSize(*header));
            // The converter on the (possibly damaged) document: bounded output, no crash.
            QByteArray document = *rtf;
            if (!document.isEmpty()) {
                const qsizetype at = qsizetype(random.bounded(quint32(document.size())));
                document[at] = char(document.at(at) ^ (1 << random.bounded(8)));
            }
            if (auto body = rtf::rtfToBody(document))
                QVERIFY(body->body.size() <= document.size());
        }
        qInfo("bit flips: %d refused, %d decoded", failed, succeeded);
        QVERIFY(failed > 0);
    }
};

QTEST_MAIN(TestRtfBody)
#include "TestRtfBody.moc"
