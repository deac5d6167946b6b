#include "gxmt/Reader.h"

#include "gxmt/Decoder.h"
#include "gxmt/Wire.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>
#include <QtEndian>

namespace mig::gxmt {

using namespace mig::mapi;
using wire::hexOffset;

namespace {

// A sequential input is read in slices of this size, so that a frame_size field of garbage
// costs memory only as far as the input really delivers bytes.
constexpr qint64 kReadSlice = 16 << 20;

/// The two maps between the flags and the first frame, in stream order.
enum class HeaderMap { Folders, Names };

} // namespace

struct Reader::Private {
    QIODevice *device;
    ReaderOptions options;
    Revision revision = Revision::V5;
    quint64 position = 0;
    quint64 frames = 0;
    bool headerRead = false;
    bool failed = false;
    QList<NameMapEntry> headerNames;
    QList<quint64> folderMapOffsets;
    /// Names declared so far; copied on write so frames already handed out keep their view.
    std::shared_ptr<NamedPropertyMap> names = std::make_shared<NamedPropertyMap>();

    Error corrupt(quint64 offset, const QString &where, const QString &reason)
    {
        failed = true;
        return Error { Error::Code::Corrupt, QStringLiteral("offset %1, %2: %3").arg(hexOffset(offset), where, reason),
            {} };
    }

    /// Reads up to n bytes into out (appending), blocking until they arrive or the input ends.
    /// Returns the number of bytes read, or -1 on a device error.
    qint64 readUpTo(QByteArray &out, qint64 n);
    /// Reads a body of size bytes announced at sizeOffset; an error names where.
    Expected<QByteArray> readBody(quint64 size, quint64 sizeOffset, const QString &where, const QString &truncated);
    void declare(PropTag tag, const PropertyName &name);
    /// The 8 magic bytes and the two flag bytes (§3); sets revision.
    Expected<StreamHeader> readSignature();
    /// Accepts GXMT0003 to GXMT0005, or only options.revision when one is demanded.
    Expected<void> checkMagic(const QByteArray &magic);
    /// One of the two maps after the flags; folder entries go to header, names are declared.
    Expected<void> readMap(HeaderMap map, StreamHeader &header);
    FolderMapEntry readFolderMapEntry(Decoder &dec);
    void readNameMapEntry(Decoder &dec);
    Frame decodeFrame(const QByteArray &body, Frame frame);
};

qint64 Reader::Private::readUpTo(QByteArray &out, qint64 n)
{
    const qsizetype start = out.size();
    qint64 got = 0;
    while (got < n) {
        const qint64 want = std::min(n - got, kReadSlice);
        out.resize(start + got + want);
        const qint64 r = device->read(out.data() + start + got, want);
        if (r < 0) {
            out.resize(start + got);
            return -1;
        }
        got += r;
        if (r == 0) {
            // Files (also stdin and pipes opened as QFile) block in read() and return 0 only at
            // the end; sockets and processes need an explicit wait.
            const bool blockingRead = !device->isSequential() || qobject_cast<QFileDevice *>(device);
            if (blockingRead || !device->waitForReadyRead(-1)) {
                if (device->bytesAvailable() <= 0)
                    break;
            }
        }
    }
    out.resize(start + got);
    position += quint64(got);
    return got;
}

Expected<QByteArray> Reader::Private::readBody(
    quint64 size, quint64 sizeOffset, const QString &where, const QString &truncated)
{
    if (size >= wire::kMaxFrameSize)
        return corrupt(sizeOffset, where,
            QCoreApplication::translate("mig::gxmt", "the size %1 exceeds the limit of 2 GiB (§6.1)").arg(size));
    if (!device->isSequential()) {
        // Random-access input: check that the bytes exist before allocating them.
        const qint64 left = device->size() - device->pos();
        if (left >= 0 && quint64(left) < size)
            return corrupt(position, where, truncated.arg(size).arg(left));
    }
    QByteArray body;
    const qint64 got = readUpTo(body, qint64(size));
    if (got < 0)
        return corrupt(position, where,
            QCoreApplication::translate("mig::gxmt", "reading the input failed: %1").arg(device->errorString()));
    if (quint64(got) < size)
        return corrupt(position, where, truncated.arg(size).arg(got));
    return body;
}

void Reader::Private::declare(PropTag tag, const PropertyName &name)
{
    if (!isNamedPropId(propId(tag)))
        return;
    if (names.use_count() > 1)
        names = std::make_shared<NamedPropertyMap>(*names);
    names->insert(propId(tag), name);
}

Reader::Reader(QIODevice *device, ReaderOptions options)
    : d(std::make_unique<Private>())
{
    d->device = device;
    d->options = options;
    if (options.revision)
        d->revision = *options.revision;
}

Reader::~Reader() = default;

Expected<StreamHeader> Reader::readHeader()
{
    Private &p = *d;
    if (p.headerRead || p.failed)
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::gxmt", "The stream header has already been read."), {} };
    auto result = p.readSignature();
    if (!result)
        return result;
    for (const HeaderMap map : { HeaderMap::Folders, HeaderMap::Names }) {
        if (auto read = p.readMap(map, *result); !read)
            return read.error();
    }
    p.headerRead = true;
    return result;
}

Expected<StreamHeader> Reader::Private::readSignature()
{
    const QString header = QCoreApplication::translate("mig::gxmt", "header");
    QByteArray start;
    const qint64 got = readUpTo(start, 10);
    if (got < 0)
        return corrupt(0, header,
            QCoreApplication::translate("mig::gxmt", "reading the input failed: %1").arg(device->errorString()));
    if (got == 0) {
        failed = true;
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::gxmt", "The input is empty: it holds no GXMT stream (§9.1)."), {} };
    }
    if (got < 8)
        return corrupt(0, header,
            QCoreApplication::translate("mig::gxmt", "only %1 of the 8 magic bytes are present (PG-1126, §9.2)")
                .arg(got));
    if (auto known = checkMagic(start.left(8)); !known)
        return known.error();
    if (got < 10)
        return corrupt(quint64(got), header,
            QCoreApplication::translate("mig::gxmt", "the %1 flag byte is missing (PG-1120/PG-1124, §3)")
                .arg(got == 8 ? QCoreApplication::translate("mig::gxmt", "splice")
                              : QCoreApplication::translate("mig::gxmt", "public-store")));
    StreamHeader result;
    result.revision = revision;
    for (int i = 8; i < 10; ++i) {
        if (options.strict && quint8(start[i]) > 1)
            return corrupt(quint64(i), header,
                QCoreApplication::translate("mig::gxmt", "the %1 flag is 0x%2 instead of 0 or 1 (§3)")
                    .arg(i == 8 ? QCoreApplication::translate("mig::gxmt", "splice")
                                : QCoreApplication::translate("mig::gxmt", "public-store"))
                    .arg(quint8(start[i]), 2, 16, QLatin1Char('0')));
    }
    result.splice = start[8] != 0;
    result.publicStore = start[9] != 0;
    return result;
}

Expected<void> Reader::Private::checkMagic(const QByteArray &magic)
{
    const QString header = QCoreApplication::translate("mig::gxmt", "header");
    bool digits = magic.startsWith("GXMT");
    for (int i = 4; i < 8 && digits; ++i)
        digits = magic[i] >= '0' && magic[i] <= '9';
    if (!digits)
        return corrupt(0, header,
            QCoreApplication::translate("mig::gxmt", "the input does not start with a GXMT signature (PG-1127, §3)"));
    const int number = magic.mid(4).toInt();
    if (number < int(Revision::V3) || number > int(Revision::V5))
        return corrupt(0, header,
            QCoreApplication::translate(
                "mig::gxmt", "signature \"%1\" is a revision this program does not read (GXMT0003 to GXMT0005, §1.1)")
                .arg(QString::fromLatin1(magic)));
    if (options.revision && number != int(*options.revision))
        return corrupt(0, header,
            QCoreApplication::translate(
                "mig::gxmt", "observed signature \"%1\", but only \"%2\" is expected (PG-1127, §1.1)")
                .arg(QString::fromLatin1(magic), QString::fromLatin1(wire::magic(*options.revision))));
    revision = Revision(number);
    return {};
}

Expected<void> Reader::Private::readMap(HeaderMap map, StreamHeader &header)
{
    // Both maps: u64 size, then a body that starts with a u64 count (§4.1, §5.2).
    const bool folders = map == HeaderMap::Folders;
    const QString where = folders ? QCoreApplication::translate("mig::gxmt", "folder map")
                                  : QCoreApplication::translate("mig::gxmt", "name map");
    const quint64 sizeOffset = position;
    QByteArray sizeBytes;
    if (readUpTo(sizeBytes, 8) != 8)
        return corrupt(sizeOffset, where,
            QCoreApplication::translate("mig::gxmt", "the size field is truncated (%1, §9.2)")
                .arg(folders ? QStringLiteral("PG-1001") : QStringLiteral("PG-1003")));
    const quint64 size = qFromLittleEndian<quint64>(sizeBytes.constData());
    if (size < 8)
        return corrupt(sizeOffset, where,
            QCoreApplication::translate("mig::gxmt", "the size %1 leaves no room for the entry count (%2, §4.1)")
                .arg(size)
                .arg(folders ? QStringLiteral("PG-1100") : QStringLiteral("PG-1108")));
    auto body = readBody(size, sizeOffset, where,
        QCoreApplication::translate("mig::gxmt", "the body is truncated: %1 bytes announced, %2 present (%3, §9.2)")
            .arg(QStringLiteral("%1"), QStringLiteral("%2"),
                folders ? QStringLiteral("PG-1002") : QStringLiteral("PG-1004")));
    if (!body)
        return body.error();
    try {
        Decoder dec(*body, sizeOffset + 8, options.strict);
        const quint64 count = dec.u64();
        const bool wide = wire::hasWideNids(revision);
        // A folder entry holds at least nid, create flag, target fid and a NUL; a name entry at
        // least tag, kind and GUID: a count beyond that is refused before anything is allocated.
        if (count > quint64(dec.remaining()) / (folders ? (wide ? 18 : 14) : 21))
            dec.fail(QCoreApplication::translate("mig::gxmt", "%1 entries cannot fit into %2 bytes")
                         .arg(count)
                         .arg(dec.remaining()));
        for (quint64 i = 0; i < count; ++i) {
            if (folders)
                header.folderMap.append(readFolderMapEntry(dec));
            else
                readNameMapEntry(dec);
        }
        if (options.strict && dec.remaining() > 0)
            dec.fail(QCoreApplication::translate("mig::gxmt", "%1 bytes are left over after the last entry (§4.1)")
                         .arg(dec.remaining()));
    } catch (const DecodeFailure &f) {
        return corrupt(f.offset, where, f.reason);
    }
    return {};
}

FolderMapEntry Reader::Private::readFolderMapEntry(Decoder &dec)
{
    const quint64 at = dec.offset();
    const bool wide = wire::hasWideNids(revision);
    FolderMapEntry e;
    e.nid = wide ? dec.u64() : dec.u32();
    if (!wide && e.nid == 0xFFFFFFFFULL)
        e.nid = kUnanchored; // the anchor entry, whatever the width (§4.3)
    const quint8 create = dec.u8();
    if (options.strict && create > 1)
        dec.failAt(at,
            QCoreApplication::translate("mig::gxmt", "the create flag is 0x%1 instead of 0 or 1 (§4.1)")
                .arg(create, 2, 16, QLatin1Char('0')));
    e.create = create != 0;
    e.targetFid = dec.u64();
    e.name = dec.string("a folder-map name");
    folderMapOffsets.append(at);
    return e;
}

void Reader::Private::readNameMapEntry(Decoder &dec)
{
    NameMapEntry e;
    e.offset = dec.offset();
    e.tag = dec.u32();
    e.name = dec.propertyName();
    declare(e.tag, e.name);
    headerNames.append(e);
}

Frame Reader::Private::decodeFrame(const QByteArray &body, Frame frame)
{
    Decoder dec(body, frame.bodyOffset(), options.strict);
    const bool wide = wire::hasWideNids(revision);
    if (body.size() < 4 + (wide ? 8 : 4))
        dec.fail(QCoreApplication::translate(
            "mig::gxmt", "the frame header is incomplete: type and nid need %1 bytes (PG-1121, §6.2)")
                     .arg(wide ? 12 : 8));
    frame.type = dec.u32();
    frame.nid = wide ? dec.u64() : dec.u32();
    if (dec.remaining() < 12)
        dec.fail(QCoreApplication::translate(
            "mig::gxmt", "the frame header is incomplete: parent_type and parent_fid are missing (PG-1116, §6.2)"));
    frame.parentType = dec.u32();
    frame.parentFid = dec.u64();
    switch (frame.type) {
    case kObjectFolder: {
        frame.folder.properties = dec.propertyList();
        const quint64 aclAt = dec.offset();
        if (dec.remaining() < 8)
            dec.fail(QCoreApplication::translate("mig::gxmt", "the ACL count is missing (PG-1132, §6.3)"));
        const quint64 acl = dec.u64();
        if (acl > quint64(dec.remaining()) / 3)
            dec.failAt(aclAt,
                QCoreApplication::translate(
                    "mig::gxmt", "ACL count %1 cannot fit into the %2 bytes left (PG-1132, §6.3)")
                    .arg(acl)
                    .arg(dec.remaining()));
        for (quint64 i = 0; i < acl; ++i)
            frame.folder.permissions.append(dec.permission());
        frame.folder.namedProperties = names;
        break;
    }
    case kObjectMessage:
        dec.messageContent(frame.message);
        if (wire::hasMessageTrailer(revision)) {
            if (dec.remaining() < 2)
                dec.fail(QCoreApplication::translate(
                    "mig::gxmt", "the two trailing strings of the message frame are missing (PG-1113, §6.4)"));
            frame.message.rfc5322 = dec.cstrBytes("the RFC 5322 text");
            frame.reserved = dec.cstrBytes("the reserved string");
        }
        frame.message.namedProperties = names;
        break;
    case kFrameNamedProp:
        frame.declaredTag = PropTag(frame.nid);
        frame.name = dec.propertyName();
        break;
    default:
        dec.failAt(frame.bodyOffset(),
            QCoreApplication::translate("mig::gxmt", "unknown frame type %1 (PG-1117, §6.6)").arg(frame.type));
    }
    if (options.strict && dec.remaining() > 0)
        dec.fail(QCoreApplication::translate("mig::gxmt", "%1 bytes are left over after the frame's payload (§6.1)")
                     .arg(dec.remaining()));
    if (frame.type == kFrameNamedProp) {
        declare(frame.declaredTag, frame.name);
    }
    return frame;
}

Expected<std::optional<Frame>> Reader::next()
{
    Private &p = *d;
    if (p.failed)
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::gxmt", "The stream cannot be read any further after an error."), {} };
    if (!p.headerRead) {
        if (auto h = readHeader(); !h)
            return h.error();
    }
    Frame frame;
    frame.offset = p.position;
    frame.number = p.frames + 1;
    const QString where = QCoreApplication::translate("mig::gxmt", "frame %1").arg(frame.number);
    QByteArray sizeBytes;
    const qint64 got = p.readUpTo(sizeBytes, 8);
    if (got < 0)
        return p.corrupt(frame.offset, where,
            QCoreApplication::translate("mig::gxmt", "reading the input failed: %1").arg(p.device->errorString()));
    if (got == 0)
        return std::optional<Frame> {};
    if (got < 8)
        return p.corrupt(frame.offset, where,
            QCoreApplication::translate(
                "mig::gxmt", "only %1 of the 8 bytes of the frame size are present (PG-1005, §6.1)")
                .arg(got));
    frame.size = qFromLittleEndian<quint64>(sizeBytes.constData());
    if (frame.size == 0)
        return p.corrupt(
            frame.offset, where, QCoreApplication::translate("mig::gxmt", "the frame size is 0 (PG-1121, §6.1)"));
    auto body = p.readBody(frame.size, frame.offset, where,
        QCoreApplication::translate(
            "mig::gxmt", "the frame body is truncated: %1 bytes announced, %2 present (PG-1006, §6.1)"));
    if (!body)
        return body.error();
    ++p.frames;
    try {
        return std::optional<Frame>(p.decodeFrame(*body, std::move(frame)));
    } catch (const DecodeFailure &f) {
        return p.corrupt(f.offset, where, f.reason);
    }
}

const QList<NameMapEntry> &Reader::headerNames() const
{
    return d->headerNames;
}

const QList<quint64> &Reader::folderMapOffsets() const
{
    return d->folderMapOffsets;
}

quint64 Reader::position() const
{
    return d->position;
}

Revision Reader::revision() const
{
    return d->revision;
}

} // namespace mig::gxmt
