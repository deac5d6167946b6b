#include "kopano/RootPlacement.h"

#include "gxmt/ByteSink.h"

#include <QCoreApplication>
#include <QtEndian>

namespace mig::kopano {
namespace {

/// The folder map's byte size (entry count and entries), a little-endian u64 at sizeOffset.
std::optional<quint64> folderMapSize(const QByteArray &bytes, qsizetype sizeOffset)
{
    if (sizeOffset < 0 || sizeOffset + 8 > bytes.size())
        return std::nullopt;
    return qFromLittleEndian<quint64>(bytes.constData() + sizeOffset);
}

Error corrupt(const QString &why)
{
    return Error { Error::Code::Corrupt,
        QCoreApplication::translate("mig::kopano", "Cannot place the store's top folder: %1").arg(why), {} };
}

} // namespace

Expected<QByteArray> placeRoot(const QByteArray &headerBytes, gxmt::StreamHeader header,
                               const QList<quint64> &offsets, const RootPlacement &placement)
{
    if (placement.name.isEmpty())
        return headerBytes;
    bool placed = false;
    for (gxmt::FolderMapEntry &entry : header.folderMap) {
        if (!entry.create)
            continue;
        entry.name = placement.name;
        entry.targetFid = placement.targetFid;
        placed = true;
    }
    if (!placed || offsets.isEmpty())
        return corrupt(QCoreApplication::translate("mig::kopano", "the stream creates no top folder (was it spliced?)."));

    gxmt::MemorySink sink;
    gxmt::Writer writer(sink, header);
    if (Expected<void> written = writer.writeHeader(); !written)
        return written.error();
    // Magic and flags are the same length in both; the writer's empty name map is replaced by
    // the original one, which may declare names the frames use.
    // The map is its size (u64), its entry count (u64), then the entries (gxmt-format.md §4.1).
    const qsizetype sizeAt = qsizetype(offsets.first()) - 16;
    const std::optional<quint64> oldSize = folderMapSize(headerBytes, sizeAt);
    const std::optional<quint64> newSize = folderMapSize(sink.data(), sizeAt);
    const qsizetype start = sizeAt + 8;
    if (!oldSize || !newSize || start + qsizetype(*oldSize) > headerBytes.size()
        || start + qsizetype(*newSize) > sink.data().size())
        return corrupt(QCoreApplication::translate("mig::kopano", "the folder map's size does not fit the header."));
    return QByteArray(sink.data().left(start + qsizetype(*newSize)) + headerBytes.mid(start + qsizetype(*oldSize)));
}

} // namespace mig::kopano
