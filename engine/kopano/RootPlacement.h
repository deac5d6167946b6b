#pragma once

#include "core/Expected.h"
#include "gxmt/Writer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mig::kopano {

/// Where an unspliced store's new top folder goes: the same folder-map entry the converter
/// writes for a PST with `--target-folder` (sources::PlacementOptions::targetFolderName), so an
/// archive store lands in a folder of that name as a PST does.
struct RootPlacement {
    QString name;      ///< the new top folder's name; empty = leave kdb2mt's header as it is
    quint64 targetFid = gxmt::kUnanchored; ///< kUnanchored (Gromox 3.10+, with -B IPM_SUBTREE) or FidIpmSubtree
};

/// headerBytes (a stream's header as read, parsed into header; offsets from
/// gxmt::Reader::folderMapOffsets()) with every created folder-map entry renamed and re-parented
/// as placement says. The name map after the folder map is kept byte for byte. Errors: the
/// writer's (a name it cannot encode), Corrupt when the header has no created entry to place.
Expected<QByteArray> placeRoot(const QByteArray &headerBytes, gxmt::StreamHeader header,
                               const QList<quint64> &offsets, const RootPlacement &placement);

} // namespace mig::kopano
