#pragma once

#include "core/Expected.h"
#include "gxmt/ByteSink.h"
#include "mapi/Message.h"

#include <QList>
#include <QString>

namespace mig::gxmt {

/// GXMT stream revisions this project writes and reads (gxmt-format.md §1.1).
enum class Revision : int {
    V3 = 3, ///< Gromox 2.10 - 2.48
    V4 = 4, ///< Gromox 3.0 - 3.2
    V5 = 5, ///< Gromox 3.3 and later
};

/// Special 64-bit values of the stream (gxmt-format.md §0, §6.2).
inline constexpr quint64 kUnanchored = 0xFFFFFFFFFFFFFFFFULL; ///< MAILBOX_FID_UNANCHORED / unanchored parent
inline constexpr quint32 kObjectStore = 1;
inline constexpr quint32 kObjectFolder = 3;
inline constexpr quint32 kObjectMessage = 5;
inline constexpr quint32 kFrameNamedProp = 250;

/// Built-in private-store folder numbers (GCVs) used by placement (gxmt-format.md §0).
enum PrivateFolder : quint64 {
    FidRoot = 0x01,
    FidFinder = 0x05,
    FidIpmSubtree = 0x09,
    FidSentItems = 0x0A,
    FidDeletedItems = 0x0B,
    FidOutbox = 0x0C,
    FidInbox = 0x0D,
    FidDrafts = 0x0E,
    FidCalendar = 0x0F,
    FidJournal = 0x10,
    FidNotes = 0x11,
    FidTasks = 0x12,
    FidContacts = 0x13,
    FidJunk = 0x17,
};

/// One folder-map entry (gxmt-format.md §4.1).
struct FolderMapEntry {
    quint64 nid = 0;
    bool create = false;
    quint64 targetFid = 0;
    QString name;
    friend bool operator==(const FolderMapEntry &, const FolderMapEntry &) = default;
};

/// Everything that precedes the frames.
struct StreamHeader {
    Revision revision = Revision::V5;
    bool splice = false;
    bool publicStore = false;
    QList<FolderMapEntry> folderMap;
};

/// Counters of what has been written so far.
struct WriterStats {
    quint64 bytes = 0;
    quint64 frames = 0;
    quint64 folders = 0;
    quint64 messages = 0;
    quint64 namedPropertyDeclarations = 0;
    quint64 droppedNamedProperties = 0; ///< named properties whose name the source did not know
};

/// Writes a GXMT stream one object at a time (gxmt-format.md §15, writer checklist).
///
/// Each frame is encoded completely in memory and only then handed to the sink, so an object
/// that cannot be encoded (a string with a NUL, more than 65535 properties, ...) fails alone and
/// leaves the stream valid. Named properties are re-numbered from 0x8000 in order of first use and
/// declared by NAMEDPROP frames (type 0) just before the frame that first uses them (§5.5).
/// Not thread-safe: one writer per stream, used from one thread.
class Writer {
public:
    Writer(ByteSink &sink, StreamHeader header);
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    /// Writes magic, flags, folder map and an empty name map. Called by the first write*() if the
    /// caller has not.
    Expected<void> writeHeader();

    /// A folder frame. parentType is informational (kObjectFolder, or kObjectStore/0 for a frame
    /// placed by the folder map, gxmt-format.md §6.2).
    Expected<void> writeFolder(quint64 nid, quint32 parentType, quint64 parentFid, const mapi::Folder &folder);

    /// A message frame; the RFC 5322 text (revision 4+) is taken from message.rfc5322.
    Expected<void> writeMessage(quint64 nid, quint64 parentFid, const mapi::Message &message);

    Revision revision() const;
    const WriterStats &stats() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mig::gxmt
