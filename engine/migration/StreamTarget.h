#pragma once

#include "core/Expected.h"
#include "gxmt/ByteSink.h"
#include "gxmt/Writer.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace mig::migration {

/// What the receiver reads, known after StreamTarget::open().
struct ReceiverInfo {
    gxmt::Revision revision = gxmt::Revision::V5;
    /// The receiver places a root folder whose folder-map target is unanchored (Gromox 3.10+,
    /// gxmt-format.md §4.4): with StartOptions::anchorAtIpmSubtree it lands at the top of the mailbox.
    bool readsUnanchoredRoot = false;
};

/// How to start the receiver.
struct StartOptions {
    /// Unanchored objects go below IPM_SUBTREE (gromox-import -B IPM_SUBTREE) instead of Drafts.
    bool anchorAtIpmSubtree = false;
    /// Reuse folders that exist already (gromox-import -x): a resumed mailbox continues in the root
    /// folder its first run created, which an exclusive create would refuse (PG-1122).
    bool reuseExistingFolders = false;
};

/// What the receiving end made of a stream.
struct TargetResult {
    bool succeeded = false;
    QString explanation;        ///< for the report when !succeeded, or a note
    quint64 messagesConfirmed = 0; ///< messages the receiver says it created (0 when it does not say)
    quint64 messageFailures = 0;
    QStringList errorLines;
    int exitStatus = -1;        ///< the importer's exit status (0 for a valid dry-run stream)
    quint64 bytesSent = 0;      ///< stream bytes that reached the receiver
    quint64 foldersCreated = 0; ///< folders the receiver says it created
    quint64 warnings = 0;       ///< warnings the receiver printed
};

/// Where one mailbox's stream goes: the importer on the server, or the local validator in a dry
/// run. Used from the job's worker thread; cancel() from any thread.
class StreamTarget {
public:
    virtual ~StreamTarget() = default;
    /// Connects and finds out what the receiver reads; nothing is started yet.
    virtual Expected<ReceiverInfo> open() = 0;
    /// Starts the receiver (after open()); sink() takes the stream from then on.
    virtual Expected<void> start(const StartOptions &options) = 0;
    virtual gxmt::ByteSink &sink() = 0;
    /// Ends the stream and waits for the receiver's verdict.
    virtual Expected<TargetResult> finish() = 0;
    /// Aborts promptly (the pending write()/finish() fails with Canceled).
    virtual void cancel() = 0;
};

} // namespace mig::migration
