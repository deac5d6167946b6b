#include "migration/Runner.h"

#include "migration/ExportGate.h"
#include "migration/Ledger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace mig::migration {
namespace {


constexpr char kStopMarker[] = "STOP";

/// A file name for a target address: keep it readable, drop what file systems dislike.
QString logFileName(const QString &target)
{
    QString name = target;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9@._+-]")), QStringLiteral("_"));
    return name + QStringLiteral(".log");
}

} // namespace

Runner::Runner(Plan plan, RunOptions options, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_options(std::move(options))
{
    qRegisterMetaType<mig::migration::MailboxProgress>();
    qRegisterMetaType<mig::migration::RunReport>();
    const int jobs = m_options.jobs > 0 ? m_options.jobs : m_plan.options.parallelJobs;
    m_pool.setMaxThreadCount(std::max(1, jobs));
    if (m_options.watch) {
        m_exportGate = std::make_unique<ExportGate>(m_options.settleSeconds);
        m_watchTimer.setInterval(m_options.watchIntervalMs);
        connect(&m_watchTimer, &QTimer::timeout, this, &Runner::checkWaitingJobs);
    }
}

Runner::~Runner()
{
    cancel();
    m_pool.waitForDone();
}

QString Runner::stopMarkerPath() const
{
    return QDir(m_options.runDir).filePath(QLatin1String(kStopMarker));
}

Expected<void> Runner::start()
{
    if (m_options.runDir.isEmpty())
        return Error{Error::Code::InvalidArgument, tr("No run directory was given."), {}};
    Expected<std::unique_ptr<Ledger>> ledger = Ledger::open(m_options.runDir, m_options.dryRun);
    if (!ledger)
        return ledger.error();
    m_ledger = std::move(*ledger);
    QDir(m_options.runDir).mkpath(QStringLiteral("logs"));
    // A STOP marker left from the run it stopped must not stop this one.
    QFile::remove(stopMarkerPath());
    if (auto saved = m_plan.save(QDir(m_options.runDir).filePath(QStringLiteral("plan.json"))); !saved)
        return saved.error();
    if (!m_options.addresses && !m_plan.options.addressMap.isEmpty()) {
        // Read once for the whole run; every job shares the same read-only book.
        auto rewriter = addressing::makeAddressRewriter({}, m_plan.options.addressMap);
        if (!rewriter)
            return rewriter.error();
        m_options.addresses = std::move(*rewriter);
    }

    m_report = RunReport{};
    m_report.started = QDateTime::currentDateTimeUtc();
    m_report.dryRun = m_options.dryRun;
    m_stop = false;
    m_cancel = false;

    const QList<int> jobs = selectJobs();
    if (m_plan.options.createMailboxes == MailboxCreation::TwoPasses && !m_options.dryRun) {
        m_creationPass = true;
        m_pending = jobs;
    }
    launch(jobs);
    if (m_running == 0)
        QMetaObject::invokeMethod(this, &Runner::finishRun, Qt::QueuedConnection);
    return {};
}

QList<int> Runner::selectJobs()
{
    QList<int> selected;
    for (int i = 0; i < m_plan.jobs.size(); ++i) {
        const Job &job = m_plan.jobs.at(i);
        MailboxReport skipped;
        skipped.target = job.target;
        skipped.sources = sources::locationsOf(job.sources);
        skipped.state = MailboxState::Skipped;
        const MailboxState before = m_ledger->state(job.target);
        if (!m_plan.isTargetIncluded(job.target))
            skipped.reason = tr("excluded by the allow or deny list");
        else if (m_options.retryFailed && before != MailboxState::Failed)
            skipped.reason = tr("not failed in an earlier run");
        else if ((m_options.resume || m_options.retryFailed) && before == MailboxState::Done
                 && !(m_options.delta && !m_ledger->marks(job.target).isEmpty()))
            skipped.reason = tr("done in an earlier run");
        if (!skipped.reason.isEmpty()) {
            m_report.mailboxes.append(skipped);
            announceState(i, job.target, MailboxState::Skipped, skipped.reason);
            continue;
        }
        selected.append(i);
        announceState(i, job.target, MailboxState::Queued);
    }
    return selected;
}

void Runner::announceState(int job, const QString &target, MailboxState state, const QString &message)
{
    MailboxProgress progress;
    progress.job = job;
    progress.target = target;
    progress.state = state;
    progress.message = message;
    Q_EMIT progressChanged(progress);
}

void Runner::launch(const QList<int> &jobs)
{
    const bool creationOnly = m_creationPass;
    for (int index : jobs) {
        // Creating a mailbox needs no source; the migration waits for complete files.
        if (m_exportGate && !creationOnly && holdForExport(index))
            continue;
        startJob(index, creationOnly);
    }
}

void Runner::startJob(int index, bool creationOnly)
{
    ++m_running;
    const QString target = m_plan.jobs.at(index).target;
    const MailboxState earlierState = m_ledger->state(target);
    const std::optional<ResumePoint> earlierPoint = m_ledger->resumePoint(target);
    const QHash<QString, sources::SourceMarks> earlierMarks = m_ledger->marks(target);
    m_pool.start([this, index, creationOnly, earlierState, earlierPoint, earlierMarks] {
        MailboxJob job(m_plan, index, m_options, *this);
        job.setEarlierRun(earlierState, earlierPoint);
        job.setEarlierMarks(earlierMarks);
        MailboxReport report;
        const QString createFailure = job.ensureMailbox();
        if (!createFailure.isEmpty()) {
            report = unstartedReport(index, MailboxState::Failed, createFailure);
        } else if (creationOnly) {
            report.state = MailboxState::Queued; // created; migrated in the second pass
        } else {
            report = job.run();
        }
        QMetaObject::invokeMethod(this, [this, index, report] { jobFinished(index, report); }, Qt::QueuedConnection);
    });
}

MailboxReport Runner::unstartedReport(int index, MailboxState state, const QString &reason) const
{
    MailboxReport report;
    report.target = m_plan.jobs.at(index).target;
    report.sources = sources::locationsOf(m_plan.jobs.at(index).sources);
    report.state = state;
    report.reason = reason;
    return report;
}

bool Runner::holdForExport(int index)
{
    const exchange::ExportReadiness::Verdict verdict = m_exportGate->check(m_plan.jobs.at(index));
    if (verdict.state == exchange::ExportReadiness::State::Ready)
        return false;
    ++m_running; // a waiting or failed job keeps the run going until jobFinished()
    if (verdict.state == exchange::ExportReadiness::State::Failed) {
        const MailboxReport report = unstartedReport(index, MailboxState::Failed, verdict.reason);
        QMetaObject::invokeMethod(this, [this, index, report] { jobFinished(index, report); }, Qt::QueuedConnection);
        return true;
    }
    m_waiting.insert(index, verdict.reason);
    log(index, tr("Waiting for the export: %1").arg(verdict.reason));
    announceState(index, m_plan.jobs.at(index).target, MailboxState::Queued, verdict.reason);
    if (!m_watchTimer.isActive())
        m_watchTimer.start();
    return true;
}

void Runner::checkWaitingJobs()
{
    const QList<int> waiting = m_waiting.keys();
    for (const int index : waiting) {
        if (m_cancel || stopRequested()) {
            m_waiting.remove(index);
            jobFinished(index,
                unstartedReport(index, MailboxState::Stopped, tr("stopped while waiting for its export")));
            continue;
        }
        const exchange::ExportReadiness::Verdict verdict = m_exportGate->check(m_plan.jobs.at(index));
        switch (verdict.state) {
        case exchange::ExportReadiness::State::Ready:
            m_waiting.remove(index);
            --m_running;
            log(index, tr("The export is complete; starting"));
            startJob(index, false);
            break;
        case exchange::ExportReadiness::State::Failed:
            m_waiting.remove(index);
            jobFinished(index, unstartedReport(index, MailboxState::Failed, verdict.reason));
            break;
        case exchange::ExportReadiness::State::Waiting:
            if (m_waiting.value(index) != verdict.reason) {
                m_waiting.insert(index, verdict.reason);
                announceState(index, m_plan.jobs.at(index).target, MailboxState::Queued, verdict.reason);
            }
            break;
        }
    }
    if (m_waiting.isEmpty())
        m_watchTimer.stop();
}

void Runner::jobFinished(int job, const MailboxReport &report)
{
    --m_running;
    if (report.state == MailboxState::Queued) {
        // First pass of two-pass creation went well for this mailbox: nothing to record yet.
    } else {
        if (report.state == MailboxState::Failed)
            m_pending.removeAll(job);
        m_report.mailboxes.append(report);
        // What reached the server is recorded whatever became of the mailbox.
        for (auto it = report.marks.constBegin(); it != report.marks.constEnd(); ++it) {
            if (auto recorded = m_ledger->recordMarks(report.target, it.key(), it.value()); !recorded)
                log(job, recorded.error().fullText());
        }
        // Written before the mailbox record it belongs to (see Ledger): a known boundary, or
        // explicitly none, which voids the point of an earlier stop.
        if (report.state == MailboxState::Stopped) {
            if (auto recorded = m_ledger->recordResumePoint(report.target, report.resumePoint); !recorded)
                log(job, recorded.error().fullText());
        }
        if (auto recorded = m_ledger->recordMailbox(report.target, report.state, report.reason); !recorded)
            log(job, recorded.error().fullText());
        if (report.state == MailboxState::Failed)
            announceState(job, report.target, MailboxState::Failed, report.reason);
    }
    if (m_running > 0)
        return;
    if (m_creationPass) {
        m_creationPass = false;
        const QList<int> second = m_pending;
        m_pending.clear();
        if (!second.isEmpty() && !m_cancel && !stopRequested()) {
            // The second pass must not create again: the plan copy used by the jobs says so.
            m_plan.options.createMailboxes = MailboxCreation::Never;
            launch(second);
            return;
        }
    }
    finishRun();
}

void Runner::finishRun()
{
    m_report.finished = QDateTime::currentDateTimeUtc();
    // A resume or retry runs only some mailboxes: its report continues the earlier one, where the
    // others keep their results (an earlier-done mailbox stays done, not "skipped").
    if (m_options.resume || m_options.retryFailed) {
        if (std::optional<RunReport> earlier = RunReport::load(m_options.runDir)) {
            earlier->mergeRetry(m_report);
            m_report = std::move(*earlier);
        }
    }
    // Keep the plan order in the report, whatever order jobs finished in.
    std::stable_sort(m_report.mailboxes.begin(), m_report.mailboxes.end(),
                     [this](const MailboxReport &a, const MailboxReport &b) {
                         auto position = [this](const QString &target) {
                             for (int i = 0; i < m_plan.jobs.size(); ++i) {
                                 if (m_plan.jobs.at(i).target == target)
                                     return i;
                             }
                             return int(m_plan.jobs.size());
                         };
                         return position(a.target) < position(b.target);
                     });
    if (auto saved = m_report.save(m_options.runDir); !saved)
        Q_EMIT logLine(-1, QString(), saved.error().fullText());
    Q_EMIT finished(m_report);
}

void Runner::requestStop()
{
    m_stop = true;
}

void Runner::cancel()
{
    m_cancel = true;
    QMutexLocker lock(&m_hookMutex);
    for (const auto &hook : std::as_const(m_cancelHooks)) {
        if (hook)
            hook();
    }
}

bool Runner::stopRequested() const
{
    // One stat() per message is negligible next to converting it, and it makes the STOP marker
    // take effect at the very next message.
    return m_stop || QFileInfo::exists(stopMarkerPath());
}

bool Runner::cancelRequested() const
{
    return m_cancel;
}

void Runner::reportProgress(const MailboxProgress &progress)
{
    QMetaObject::invokeMethod(this, [this, progress] { Q_EMIT progressChanged(progress); }, Qt::QueuedConnection);
}

void Runner::log(int job, const QString &line)
{
    const QString target = job >= 0 && job < m_plan.jobs.size() ? m_plan.jobs.at(job).target : QString();
    const QString stamped = QDateTime::currentDateTime().toString(Qt::ISODate) + QLatin1Char(' ') + line;
    if (!target.isEmpty()) {
        QMutexLocker lock(&m_logMutex);
        QFile file(QDir(m_options.runDir).filePath(QStringLiteral("logs/") + logFileName(target)));
        if (file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            file.write(stamped.toUtf8() + '\n');
    }
    QMetaObject::invokeMethod(this, [this, job, target, line] { Q_EMIT logLine(job, target, line); }, Qt::QueuedConnection);
}

void Runner::setCancelHook(int job, std::function<void()> hook)
{
    QMutexLocker lock(&m_hookMutex);
    if (hook) {
        m_cancelHooks.insert(job, std::move(hook));
        if (m_cancel)
            m_cancelHooks.value(job)();
    } else {
        m_cancelHooks.remove(job);
    }
}

} // namespace mig::migration

