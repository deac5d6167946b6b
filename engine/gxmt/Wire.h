#pragma once

#include "gxmt/Writer.h"

#include <QByteArray>
#include <QString>

namespace mig::gxmt {

/// Byte-level constants of the stream that the writer, the reader and the validator share
/// (gxmt-format.md §1.1, §3, §6).
namespace wire {

/// "GXMT000N" for a revision.
QByteArray magic(Revision revision);
/// "0x1A2B": nids, folder ids and tags in messages.
QString hex(quint64 value);
/// "0x0A", at least two digits: byte offsets in error messages.
QString hexOffset(quint64 offset);

/// Folder-map nids and frame-header nids are u64 from GXMT0005 on, u32 before.
constexpr bool hasWideNids(Revision revision) { return revision >= Revision::V5; }
/// Message frames end with two cstr from GXMT0004 on.
constexpr bool hasMessageTrailer(Revision revision) { return revision >= Revision::V4; }
/// Size of the common frame header (type, nid, parent_type, parent_fid).
constexpr int frameHeaderSize(Revision revision) { return hasWideNids(revision) ? 24 : 20; }
/// Largest nid the revision can carry.
constexpr quint64 maxNid(Revision revision) { return hasWideNids(revision) ? ~quint64(0) : 0xFFFFFFFFULL; }

/// Frames this project writes or accepts are kept below this size: Gromox keeps positions in
/// 32-bit fields (§6.1) and a reader must never allocate an attacker-chosen size blindly.
inline constexpr quint64 kMaxFrameSize = quint64(2) << 30; // 2 GiB
/// MNID_STRING names: name_size is a u8 including the NUL (§7.7).
inline constexpr int kMaxNameBytes = 254;
/// PERMISSION_DATA flag the importer accepts (§7.6).
inline constexpr quint8 kRowAdd = 0x01;

} // namespace wire
} // namespace mig::gxmt
