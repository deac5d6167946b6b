#include "gxmt/Writer.h"

#include "gxmt/Encoder.h"
#include "gxmt/Wire.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QtEndian>

namespace mig::gxmt {

using namespace mig::mapi;

using wire::hex;

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Code::InvalidArgument, message, {}};
}

} // namespace

struct Writer::Private {
    ByteSink &sink;
    StreamHeader header;
    bool headerWritten = false;
    bool broken = false; ///< the sink failed; nothing more may be written
    NamedPropertyMap streamNames; ///< stream propid ↔ name, ids allocated from 0x8000 in order of first use
    QSet<quint64> folderNids;
    WriterStats stats;

    Private(ByteSink &s, StreamHeader h)
        : sink(s)
        , header(std::move(h))
    {
    }

    Expected<void> emit(const QByteArray &bytes);
    Expected<void> ensureHeader();
    Expected<void> writeFrame(quint32 type, quint64 nid, quint32 parentType, quint64 parentFid,
                              const std::function<void(Encoder &)> &body);
    Expected<void> emitFrame(const QByteArray &frame, const QList<BulkValue> &bulk);
    void frameHeader(Encoder &e, quint32 type, quint64 nid, quint32 parentType, quint64 parentFid) const;
    void nid(Encoder &e, quint64 value) const;
};

/// Renumbers the named properties of one frame. New names are only remembered here; the writer
/// adds them to the stream's map once the whole frame has been encoded, so a rejected frame
/// leaves no trace.
class FrameTagMapper final : public TagMapper {
public:
    explicit FrameTagMapper(const NamedPropertyMap &stream)
        : m_stream(stream)
    {
    }

    std::optional<PropTag> map(PropTag tag, const NamedPropertyMap *names) override
    {
        const quint16 id = propId(tag);
        if (!isNamedPropId(id))
            return tag;
        const std::optional<PropertyName> name = names ? names->nameOf(id) : std::nullopt;
        if (!name) {
            ++dropped;
            return std::nullopt;
        }
        std::optional<quint16> streamId = m_stream.find(*name);
        if (!streamId)
            streamId = m_pending.value(*name, 0);
        if (!streamId || *streamId == 0) {
            const qsizetype next = 0x8000 + m_stream.size() + fresh.size();
            if (next > 0xFFFE) {
                ++dropped; // all 0x7FFF stream ids are taken (§5.5)
                return std::nullopt;
            }
            streamId = quint16(next);
            m_pending.insert(*name, *streamId);
            fresh.append({*streamId, *name});
        }
        return makeTag(*streamId, propType(tag));
    }

    QList<std::pair<quint16, PropertyName>> fresh; ///< names first used by this frame, in order
    quint64 dropped = 0;

private:
    const NamedPropertyMap &m_stream;
    QHash<PropertyName, quint16> m_pending;
};

Expected<void> Writer::Private::emit(const QByteArray &bytes)
{
    if (broken)
        return Error{Error::Code::Internal,
                     QCoreApplication::translate("mig::gxmt", "The stream can no longer be written after an earlier output error."),
                     {}};
    if (auto r = sink.write(bytes); !r) {
        broken = true;
        return r;
    }
    stats.bytes += quint64(bytes.size());
    return {};
}

Expected<void> Writer::Private::emitFrame(const QByteArray &frame, const QList<BulkValue> &bulk)
{
    if (bulk.isEmpty())
        return emit(frame);
    qsizetype from = 0;
    for (const BulkValue &value : bulk) {
        if (value.at > from)
            if (auto r = emit(frame.sliced(from, value.at - from)); !r)
                return r;
        if (auto r = emit(value.bytes); !r)
            return r;
        from = value.at;
    }
    return from < frame.size() ? emit(frame.sliced(from)) : Expected<void>();
}

void Writer::Private::nid(Encoder &e, quint64 value) const
{
    if (wire::hasWideNids(header.revision))
        e.u64(value);
    else
        e.u32(quint32(value)); // callers have checked the range; all-ones narrows to all-ones
}

Expected<void> Writer::Private::ensureHeader()
{
    if (headerWritten)
        return {};
    const Revision rev = header.revision;
    if (rev != Revision::V3 && rev != Revision::V4 && rev != Revision::V5)
        return invalid(QCoreApplication::translate("mig::gxmt", "GXMT revision %1 cannot be written.").arg(int(rev)));
    QByteArray out = wire::magic(rev);
    out.append(char(header.splice ? 1 : 0));
    out.append(char(header.publicStore ? 1 : 0));
    try {
        QByteArray body;
        Encoder e(body);
        e.u64(quint64(header.folderMap.size()));
        for (const FolderMapEntry &entry : header.folderMap) {
            if (entry.nid != kUnanchored && entry.nid > wire::maxNid(rev))
                return invalid(QCoreApplication::translate("mig::gxmt", "Folder-map nid %1 does not fit into GXMT000%2.")
                                   .arg(hex(entry.nid))
                                   .arg(int(rev)));
            nid(e, entry.nid);
            e.u8(entry.create ? 1 : 0);
            e.u64(entry.targetFid);
            e.cstr(entry.name, "a folder-map name");
        }
        Encoder h(out);
        h.u64(quint64(body.size()));
        out.append(body);
        h.u64(8); // empty name map: names are declared by NAMEDPROP frames (§5.5)
        h.u64(0);
    } catch (const ErrorException &ex) {
        return ex.error();
    }
    if (auto r = emit(out); !r)
        return r;
    headerWritten = true;
    return {};
}

void Writer::Private::frameHeader(Encoder &e, quint32 type, quint64 nidValue, quint32 parentType, quint64 parentFid) const
{
    e.u32(type);
    nid(e, nidValue);
    e.u32(parentType);
    e.u64(parentFid);
}

Expected<void> Writer::Private::writeFrame(quint32 type, quint64 nidValue, quint32 parentType, quint64 parentFid,
                                           const std::function<void(Encoder &)> &body)
{
    if (auto r = ensureHeader(); !r)
        return r;
    FrameTagMapper mapper(streamNames);
    QByteArray frame;
    QList<BulkValue> bulk; // large values, sent from where they are instead of copied into frame
    QByteArray declarations;
    try {
        Encoder e(frame, &mapper, &bulk);
        e.u64(0); // frame_size, patched below
        frameHeader(e, type, nidValue, parentType, parentFid);
        body(e);
        quint64 size = quint64(frame.size()) - 8;
        for (const BulkValue &value : std::as_const(bulk))
            size += quint64(value.bytes.size());
        if (size >= wire::kMaxFrameSize)
            return invalid(QCoreApplication::translate("mig::gxmt", "The object with nid %1 needs %2 bytes, more than a frame may hold.")
                               .arg(hex(nidValue))
                               .arg(size));
        qToLittleEndian(size, frame.data());
        // NAMEDPROP frames for the names this frame uses first (§5.3, §6.5).
        for (const auto &[id, name] : mapper.fresh) {
            QByteArray decl;
            Encoder d(decl);
            d.u64(0);
            frameHeader(d, kFrameNamedProp, quint64(makeTag(id, PT_UNSPECIFIED)), 0, 0);
            d.propertyName(name);
            qToLittleEndian(quint64(decl.size() - 8), decl.data());
            declarations.append(decl);
        }
    } catch (const ErrorException &ex) {
        Error error = ex.error();
        error.message = QCoreApplication::translate("mig::gxmt", "Object %1 cannot be written: %2").arg(hex(nidValue), error.message);
        return error;
    }
    if (!declarations.isEmpty()) {
        if (auto r = emit(declarations); !r)
            return r;
        for (const auto &[id, name] : mapper.fresh)
            streamNames.insert(id, name);
        stats.namedPropertyDeclarations += quint64(mapper.fresh.size());
        stats.frames += quint64(mapper.fresh.size());
    }
    if (auto r = emitFrame(frame, bulk); !r)
        return r;
    stats.frames += 1;
    stats.droppedNamedProperties += mapper.dropped;
    return {};
}

Writer::Writer(ByteSink &sink, StreamHeader header)
    : d(std::make_unique<Private>(sink, std::move(header)))
{
}

Writer::~Writer() = default;

Expected<void> Writer::writeHeader()
{
    return d->ensureHeader();
}

Expected<void> Writer::writeFolder(quint64 nid, quint32 parentType, quint64 parentFid, const Folder &folder)
{
    const Revision rev = d->header.revision;
    if (nid == 0 || nid == kUnanchored || nid >= wire::maxNid(rev))
        return invalid(QCoreApplication::translate("mig::gxmt", "Folder nid %1 is reserved or too large for GXMT000%2 (§6.7).")
                           .arg(hex(nid))
                           .arg(int(rev)));
    if (d->folderNids.contains(nid))
        return invalid(QCoreApplication::translate("mig::gxmt", "Folder nid %1 is used twice (§6.7).").arg(hex(nid)));
    if (folder.permissions.size() > 0xFFFF)
        return invalid(QCoreApplication::translate("mig::gxmt", "Folder %1 has more than 65535 permission entries.").arg(hex(nid)));
    const NamedPropertyMap *names = folder.namedProperties.get();
    auto r = d->writeFrame(kObjectFolder, nid, parentType, parentFid, [&](Encoder &e) {
        e.propertyList(folder.properties, names);
        e.u64(quint64(folder.permissions.size()));
        for (const Permission &p : folder.permissions)
            e.permission(p, names);
    });
    if (r) {
        d->folderNids.insert(nid);
        ++d->stats.folders;
    }
    return r;
}

Expected<void> Writer::writeMessage(quint64 nid, quint64 parentFid, const Message &message)
{
    const Revision rev = d->header.revision;
    if (nid > wire::maxNid(rev))
        return invalid(QCoreApplication::translate("mig::gxmt", "Message nid %1 does not fit into GXMT000%2.")
                           .arg(hex(nid))
                           .arg(int(rev)));
    const quint32 parentType = parentFid == kUnanchored ? 0 : kObjectFolder;
    auto r = d->writeFrame(kObjectMessage, nid, parentType, parentFid, [&](Encoder &e) {
        e.messageContent(message, message.namedProperties.get());
        if (wire::hasMessageTrailer(rev)) {
            e.cstr(message.rfc5322, "the RFC 5322 text");
            e.u8(0); // reserved cstr (§6.4)
        }
    });
    if (r)
        ++d->stats.messages;
    return r;
}

Revision Writer::revision() const
{
    return d->header.revision;
}

const WriterStats &Writer::stats() const
{
    return d->stats;
}

} // namespace mig::gxmt
