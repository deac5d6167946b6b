#pragma once

#include "migration/Plan.h"
#include "migration/Progress.h"
#include "migration/Report.h"
#include "migration/RunOptions.h"

#include <QString>

#include <functional>
#include <optional>

namespace mig::migration {

class StreamTarget;

/// What a running job may ask of the run it belongs to. Implemented by the Runner; all functions
/// are called from the job's worker thread and must be thread-safe.
class JobEnvironment {
public:
    virtual ~JobEnvironment() = default;
    /// Stop after the current message (user's Stop, or the STOP marker file).
    virtual bool stopRequested() const = 0;
    /// Abort now.
    virtual bool cancelRequested() const = 0;
    virtual void reportProgress(const MailboxProgress &progress) = 0;
    /// One line for the mailbox's log file and the live log.
    virtual void log(int job, const QString &line) = 0;
    /// Registers what cancel must interrupt (a blocking network write); nullptr to clear.
    virtual void setCancelHook(int job, std::function<void()> hook) = 0;
};

/// Migrates one mailbox: opens its sources, counts, converts them into one GXMT stream and sends
/// it to a StreamTarget (the server's importer, or the local validator in a dry run), then judges
/// the importer's verdict. Never throws; every failure ends up in the returned report.
/// Runs synchronously on the calling (worker) thread.
class MailboxJob final {
public:
    MailboxJob(const Plan &plan, int jobIndex, const RunOptions &options, JobEnvironment &environment);

    /// Creates the target mailbox when it is missing (grommunio-admin), and checks that it exists
    /// afterwards. Returns the failure reason, empty on success.
    QString ensureMailbox();

    /// What the ledger says of this mailbox before this run: its last state and, after a clean
    /// stop, where it may continue. With RunOptions::resume and a point that still fits the plan
    /// and its source files, run() passes over the items before the point and continues in the
    /// recorded root folders; otherwise it starts over (and says what that means in the log).
    void setEarlierRun(MailboxState state, std::optional<ResumePoint> point);

    MailboxReport run();

private:
    std::unique_ptr<StreamTarget> makeTarget(bool reuseExistingFolders);
    std::optional<ResumePoint> usableResumePoint();
    std::optional<ResumePoint> pointWhenNothingSent() const;
    void setState(MailboxState state, const QString &message = {});
    void log(const QString &line);
    void publish(bool force = false);

    const Plan &m_plan;
    int m_index;
    const RunOptions &m_options;
    JobEnvironment &m_env;
    MailboxProgress m_progress;
    qint64 m_startedMs = 0;
    qint64 m_lastPublishMs = 0;
    quint64 m_itemsResumed = 0; ///< items a resumed run starts with (done by the stopped run)
    MailboxState m_earlierState = MailboxState::Queued;
    std::optional<ResumePoint> m_earlierPoint;
};

} // namespace mig::migration
