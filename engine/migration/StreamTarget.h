#pragma once

#include "core/Expected.h"
#include "gxmt/ByteSink.h"
#include "gxmt/Writer.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace mig::migration {

/// What the receiving end made of a stream.
struct TargetResult {
    bool succeeded = false;
    QString explanation;        ///< for the report when !succeeded, or a note
    quint64 messagesConfirmed = 0; ///< messages the receiver says it created (0 when it does not say)
    quint64 messageFailures = 0;
    QStringList errorLines;
};

/// Where one mailbox's stream goes: the importer on the server, or the local validator in a dry
/// run. Used from the job's worker thread; cancel() from any thread.
class StreamTarget {
public:
    virtual ~StreamTarget() = default;
    /// Connects / starts the receiver and tells which revision it reads.
    virtual Expected<gxmt::Revision> open() = 0;
    /// True when the root folder may be unanchored (importer run with -B IPM_SUBTREE, Gromox 3.10+).
    virtual bool supportsUnanchoredRoot() const = 0;
    virtual gxmt::ByteSink &sink() = 0;
    /// Ends the stream and waits for the receiver's verdict.
    virtual Expected<TargetResult> finish() = 0;
    /// Aborts promptly (the pending write()/finish() fails with Canceled).
    virtual void cancel() = 0;
};

} // namespace mig::migration
