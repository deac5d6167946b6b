#pragma once

#include "migration/MailboxJob.h"
#include "migration/Plan.h"
#include "migration/Progress.h"
#include "migration/Report.h"
#include "migration/RunOptions.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace mig::migration {

class Ledger;
class ExportGate;

/// Runs a plan: N mailbox jobs at once on its own thread pool, each through its states, with
/// progress delivered as values through queued signals (observers never share data with workers).
///
/// The run directory receives a copy of the plan, the ledger (resume and retry read it), one log
/// per mailbox (logs/<target>.log) and, at the end, report.json and report.html.
///
/// Lives on the thread that created it (the GUI thread, or the CLI's main thread), which must run
/// an event loop for the signals. start(), requestStop() and cancel() are called on that thread.
class Runner final : public QObject, private JobEnvironment {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)

public:
    Runner(Plan plan, RunOptions options, QObject *parent = nullptr);
    ~Runner() override;

    /// Prepares the run directory and starts the jobs. Errors: the run directory cannot be written.
    Expected<void> start();
    /// Finish the messages being converted, end each stream cleanly, then stop (resumable).
    void requestStop();
    /// Abort now: streams are cut, running mailboxes end as stopped.
    void cancel();
    bool isRunning() const { return m_running; }

    /// The marker file whose appearance stops the run like requestStop() (as grommunio's scripts do).
    QString stopMarkerPath() const;
    const Plan &plan() const { return m_plan; }
    /// The report so far (complete after finished()). After a resume or retry, the earlier
    /// report.json of the run directory with this run merged in (RunReport::mergeRetry()).
    const RunReport &report() const { return m_report; }

Q_SIGNALS:
    void progressChanged(const mig::migration::MailboxProgress &progress);
    void logLine(int job, const QString &target, const QString &line);
    void finished(const mig::migration::RunReport &report);

private:
    // JobEnvironment, called from worker threads.
    bool stopRequested() const override;
    bool cancelRequested() const override;
    void reportProgress(const MailboxProgress &progress) override;
    void log(int job, const QString &line) override;
    void setCancelHook(int job, std::function<void()> hook) override;

    QList<int> selectJobs();
    /// Tells observers a job's state without counters (queued, skipped, failed before or after it ran).
    void announceState(int job, const QString &target, MailboxState state, const QString &message = {});
    void launch(const QList<int> &jobs);
    void startJob(int index, bool creationOnly);
    /// --watch: true when the job waits for (or failed on) its sources instead of starting now.
    bool holdForExport(int index);
    /// --watch: starts the waiting jobs whose sources are complete now; ends them on stop.
    void checkWaitingJobs();
    MailboxReport unstartedReport(int index, MailboxState state, const QString &reason) const;
    void jobFinished(int job, const MailboxReport &report);
    void finishRun();

    Plan m_plan;
    RunOptions m_options;
    RunReport m_report;
    std::unique_ptr<Ledger> m_ledger;
    QThreadPool m_pool;
    QList<int> m_pending;     ///< jobs still to migrate (second pass of two-pass creation)
    int m_running = 0;        ///< jobs started and not finished
    bool m_creationPass = false;
    std::unique_ptr<ExportGate> m_exportGate; ///< only with RunOptions::watch
    QHash<int, QString> m_waiting;            ///< --watch: job → why it waits (counted in m_running)
    QTimer m_watchTimer;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_cancel{false};
    QMutex m_hookMutex;
    QHash<int, std::function<void()>> m_cancelHooks;
    QMutex m_logMutex;
};

} // namespace mig::migration
