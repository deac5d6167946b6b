#pragma once

#include "migration/MailboxState.h"

#include <QMetaType>
#include <QString>

namespace mig::migration {

/// A snapshot of one mailbox job, delivered to observers (wizard, terminal) by value through
/// queued signals. Counters never go backwards within one run of a job.
struct MailboxProgress {
    int job = -1;              ///< index into Plan::jobs
    QString target;
    MailboxState state = MailboxState::Queued;
    quint64 itemsDone = 0;     ///< converted + skipped + failed
    quint64 itemsTotal = 0;    ///< from the pre-count
    quint64 itemsFailed = 0;
    quint64 itemsSent = 0;     ///< messages written into the stream (this run; the report's itemsSent)
    quint64 bytesDone = 0;     ///< stream bytes sent
    quint64 bytesTotal = 0;    ///< estimate: size of the source files
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1;    ///< -1: unknown
    QString folder;            ///< folder being converted
    QString message;           ///< failure reason or last notable event

    /// 0..1 of the work done, by items (bytes when no item count is known).
    double fraction() const;
};

} // namespace mig::migration

Q_DECLARE_METATYPE(mig::migration::MailboxProgress)
