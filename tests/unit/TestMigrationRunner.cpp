// The runner without a server: dry runs convert the shared PSTs and validate the streams
// locally, which exercises scheduling, progress, stop, resume, ledger and report for real.
// The same runner against a real sshd is covered by tests/integration/TestMigrationRun.
#include "SourceCounts.h"
#include "TestEnvironment.h"
#include "migration/Ledger.h"
#include "migration/MailboxJob.h"
#include "migration/Runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig::migration;

namespace {

struct RunResult {
    RunReport report;
    QHash<int, QList<MailboxProgress>> progress;
};

RunResult runToEnd(const Plan &plan, const RunOptions &options, std::function<void(Runner &, const MailboxProgress &)> onProgress = {})
{
    RunResult result;
    Runner runner(plan, options);
    QObject::connect(&runner, &Runner::progressChanged, &runner, [&](const MailboxProgress &p) {
        result.progress[p.job].append(p);
        if (onProgress)
            onProgress(runner, p);
    });
    QSignalSpy finished(&runner, &Runner::finished);
    const auto started = runner.start();
    if (!started) {
        qWarning("%s", qPrintable(started.error().fullText()));
        return result;
    }
    if (!finished.wait(120000))
        qWarning("the run did not finish");
    result.report = runner.report();
    return result;
}

/// A run's environment for one MailboxJob that stops (or aborts) at an exact item: the job asks
/// stopRequested() once before it starts and once before every item.
class ExactStop final : public JobEnvironment {
public:
    static constexpr int kNever = std::numeric_limits<int>::max();
    /// Stops after items items; -1: before the mailbox starts; kNever: never.
    explicit ExactStop(int items, bool abort = false)
        : m_allowed(items == kNever ? kNever : items + 1)
        , m_abort(abort)
    {
    }
    bool stopRequested() const override { return !m_abort && ++m_checks > m_allowed; }
    bool cancelRequested() const override { return m_abort && ++m_checks > m_allowed; }
    void reportProgress(const MailboxProgress &progress) override { m_progress.append(progress); }
    void log(int, const QString &line) override { m_lines.append(line); }
    void setCancelHook(int, std::function<void()>) override {}

    const QList<MailboxProgress> &progress() const { return m_progress; }
    QString logText() const { return m_lines.join(QLatin1Char('\n')); }

private:
    int m_allowed;
    bool m_abort;
    mutable int m_checks = 0;
    QList<MailboxProgress> m_progress;
    QStringList m_lines;
};

/// Runs job 0 of plan once, as the runner would after the ledger said earlier / point.
MailboxReport runJob(const Plan &plan, const RunOptions &options, ExactStop &environment,
                     MailboxState earlier = MailboxState::Queued, std::optional<ResumePoint> point = {})
{
    MailboxJob job(plan, 0, options, environment);
    job.setEarlierRun(earlier, std::move(point));
    return job.run();
}

quint64 readableItems(const Job &job)
{
    quint64 items = 0;
    for (const QString &source : mig::sources::locationsOf(job.sources))
        items += mig::test::readableItems(source);
    return items;
}

/// A plan of one mailbox migrating the given samples (paths inside the shared test data).
Plan oneMailboxPlan(const QStringList &samples, Placement placement = Placement::NewRootFolder)
{
    Plan plan;
    plan.server.host = QStringLiteral("unused.invalid"); // dry runs never connect
    plan.options.placement = placement;
    Job job;
    job.target = QStringLiteral("a@example.com");
    for (const QString &sample : samples)
        job.sources.append(mig::sources::SourceSpec::forPath(mig::test::testDataPath(sample)));
    plan.jobs = {job};
    return plan;
}

/// A dry run in runDir that resumes stopped mailboxes.
RunOptions resumingDryRun(const QString &runDir)
{
    RunOptions options;
    options.runDir = runDir;
    options.dryRun = true;
    options.resume = true;
    return options;
}

/// Items of the first progress update while streaming.
quint64 firstStreamingItems(const QList<MailboxProgress> &progress)
{
    for (const MailboxProgress &p : progress) {
        if (p.state == MailboxState::Streaming)
            return p.itemsDone;
    }
    return quint64(-1);
}

} // namespace

class TestMigrationRunner final : public QObject {
    Q_OBJECT

private:
    Plan threeMailboxPlan() const
    {
        Plan plan;
        plan.server.host = QStringLiteral("unused.invalid"); // dry runs never connect
        plan.options.parallelJobs = 2;
        plan.jobs = {Job{{mig::sources::SourceSpec::forPath(mig::test::testDataPath(QStringLiteral("pst/tika_testPST.pst")))}, QStringLiteral("a@example.com")},
                     Job{{mig::sources::SourceSpec::forPath(mig::test::testDataPath(QStringLiteral("pst/aspose_Outlook.pst")))}, QStringLiteral("b@example.com")},
                     Job{mig::sources::SourceSpec::forPaths({mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")),
                          mig::test::testDataPath(QStringLiteral("pst/rubymsg_msgInMsg.pst"))}),
                         QStringLiteral("c@example.com")}};
        return plan;
    }

private Q_SLOTS:
    void initTestCase() { MIG_REQUIRE_TESTDATA(); }

    void dryRunMigratesEveryMailboxWithMonotonicProgress()
    {
        QTemporaryDir dir;
        const Plan plan = threeMailboxPlan();
        RunOptions options;
        options.runDir = dir.filePath(QStringLiteral("run"));
        options.dryRun = true;
        const RunResult result = runToEnd(plan, options);

        QCOMPARE(result.report.mailboxes.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const MailboxReport &m = result.report.mailboxes.at(i);
            QCOMPARE(m.target, plan.jobs.at(i).target);
            QVERIFY2(m.state == MailboxState::Done, qPrintable(m.target + QStringLiteral(": ") + m.reason));
            quint64 expected = 0;
            for (const QString &source : mig::sources::locationsOf(plan.jobs.at(i).sources))
                expected += mig::test::readableItems(source);
            QVERIFY(expected > 0);
            QCOMPARE(m.itemsSent + m.itemsFailed, expected);
            QVERIFY(m.bytes > 0);
            QVERIFY(!m.folders.isEmpty());

            // Progress values never go backwards, and end at the total.
            const QList<MailboxProgress> &seen = result.progress.value(i);
            QVERIFY(seen.size() >= 3);
            for (qsizetype k = 1; k < seen.size(); ++k) {
                QVERIFY(seen.at(k).itemsDone >= seen.at(k - 1).itemsDone);
                QVERIFY(seen.at(k).bytesDone >= seen.at(k - 1).bytesDone);
            }
            QCOMPARE(seen.last().state, MailboxState::Done);
            QCOMPARE(seen.last().itemsDone, seen.last().itemsTotal);
        }

        // The run directory holds the plan copy, the ledger, a log per mailbox and the report.
        QVERIFY(QFileInfo::exists(options.runDir + QStringLiteral("/plan.json")));
        QVERIFY(QFileInfo::exists(options.runDir + QStringLiteral("/ledger.jsonl")));
        QVERIFY(QFileInfo::exists(options.runDir + QStringLiteral("/logs/a@example.com.log")));
        QFile reportFile(options.runDir + QStringLiteral("/report.json"));
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(reportFile.readAll()).object();
        QVERIFY(report.value(QStringLiteral("dry_run")).toBool());
        const QJsonArray mailboxes = report.value(QStringLiteral("mailboxes")).toArray();
        QCOMPARE(mailboxes.size(), 3);
        QCOMPARE(mailboxes.at(1).toObject().value(QStringLiteral("items_sent")).toInteger(),
                 qint64(result.report.mailboxes.at(1).itemsSent));
        QVERIFY(QFileInfo::exists(options.runDir + QStringLiteral("/report.html")));
    }

    void stopMarkerStopsAndResumeFinishes()
    {
        QTemporaryDir dir;
        const Plan plan = threeMailboxPlan();
        RunOptions options;
        options.runDir = dir.filePath(QStringLiteral("run"));
        options.dryRun = true;
        options.jobs = 1;
        bool marked = false;
        const RunResult stopped = runToEnd(plan, options, [&](Runner &runner, const MailboxProgress &p) {
            // As soon as the first mailbox has sent a message, an administrator drops the marker.
            if (!marked && p.itemsDone > 0) {
                QFile marker(runner.stopMarkerPath());
                QVERIFY(marker.open(QIODevice::WriteOnly));
                marked = true;
            }
        });
        QVERIFY(marked);
        QCOMPARE(stopped.report.mailboxes.size(), 3);
        int stoppedCount = 0;
        for (const MailboxReport &m : stopped.report.mailboxes) {
            QVERIFY2(m.state == MailboxState::Done || m.state == MailboxState::Stopped, qPrintable(m.reason));
            stoppedCount += m.state == MailboxState::Stopped;
        }
        // With one job at a time, at least the two later mailboxes never started.
        QVERIFY(stoppedCount >= 2);
        QCOMPARE(stopped.report.mailboxes.last().state, MailboxState::Stopped);

        // The ledger knows where each stopped mailbox ended (0 for those that never started).
        QHash<QString, quint64> points;
        {
            auto ledger = Ledger::open(options.runDir, options.dryRun);
            QVERIFY(ledger.has_value());
            for (const MailboxReport &m : stopped.report.mailboxes) {
                if (m.state != MailboxState::Stopped)
                    continue;
                const std::optional<ResumePoint> point = (*ledger)->resumePoint(m.target);
                QVERIFY2(point.has_value(), qPrintable(m.target));
                QVERIFY(point->items >= m.itemsSent + m.itemsFailed);
                points.insert(m.target, point->items);
            }
        }

        options.resume = true;
        const RunResult resumed = runToEnd(plan, options);
        QCOMPARE(resumed.report.mailboxes.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            const MailboxReport &before = stopped.report.mailboxes.at(i);
            const MailboxReport &after = resumed.report.mailboxes.at(i);
            if (before.state == MailboxState::Done) {
                // Done in the first run: not run again, and the report keeps that run's result.
                QCOMPARE(after.state, MailboxState::Done);
                QCOMPARE(after.finished.toSecsSinceEpoch(), before.finished.toSecsSinceEpoch()); // report.json keeps seconds
                QCOMPARE(after.itemsSent, before.itemsSent);
                continue;
            }
            QVERIFY2(after.state == MailboxState::Done, qPrintable(after.reason));
            // Continued after the stop: both runs together sent every readable item once.
            QCOMPARE(after.itemsResumed, points.value(after.target));
            QCOMPARE(before.itemsSent + before.itemsFailed + after.itemsSent + after.itemsFailed,
                     readableItems(plan.jobs.at(i)));
        }
    }

    void stoppedMailboxResumesAfterItsLastItem()
    {
        // The largest samples in one mailbox; stopped after 40 items, resumed and stopped again
        // after 30 more, then resumed to the end: every readable item is sent exactly once.
        const Plan plan = oneMailboxPlan({QStringLiteral("pst/aspose_SampleOstFile.ost"), QStringLiteral("pst/aspose_Outlook.pst")});
        QTemporaryDir dir;
        const RunOptions options = resumingDryRun(dir.path());
        const quint64 readable = readableItems(plan.jobs.first());
        QVERIFY(readable > 100);

        ExactStop stopAt40(40);
        const MailboxReport first = runJob(plan, options, stopAt40);
        QCOMPARE(first.state, MailboxState::Stopped);
        QCOMPARE(first.itemsSent + first.itemsFailed, quint64(40));
        QVERIFY(first.resumePoint.has_value());
        QVERIFY(first.resumePoint->items >= 40);
        QCOMPARE(first.resumePoint->rootFolders.size(), 2);
        QVERIFY(first.resumePoint->rootFolders.at(0).startsWith(QStringLiteral("Import of aspose_SampleOstFile.ost @")));
        QVERIFY(first.resumePoint->fits(plan.jobs.first(), plan.options, true));

        ExactStop stopAt30(30);
        const MailboxReport second = runJob(plan, options, stopAt30, MailboxState::Stopped, first.resumePoint);
        QCOMPARE(second.state, MailboxState::Stopped);
        QCOMPARE(second.itemsResumed, first.resumePoint->items);
        QCOMPARE(second.itemsSent + second.itemsFailed, quint64(30));
        QCOMPARE(firstStreamingItems(stopAt30.progress()), first.resumePoint->items); // progress starts at N
        QVERIFY2(stopAt30.logText().contains(QStringLiteral("Resuming after item %1 of").arg(first.resumePoint->items)),
                 qPrintable(stopAt30.logText()));
        // The second point counts from the very start, and keeps the first run's folder names.
        QVERIFY(second.resumePoint.has_value());
        QVERIFY(second.resumePoint->items >= first.resumePoint->items + 30);
        QCOMPARE(second.resumePoint->rootFolders, first.resumePoint->rootFolders);

        ExactStop never(ExactStop::kNever);
        const MailboxReport last = runJob(plan, options, never, MailboxState::Stopped, second.resumePoint);
        QVERIFY2(last.state == MailboxState::Done, qPrintable(last.reason));
        QCOMPARE(last.itemsResumed, second.resumePoint->items);
        QCOMPARE(first.itemsSent + second.itemsSent + last.itemsSent + first.itemsFailed + second.itemsFailed
                     + last.itemsFailed,
                 readable);
        QCOMPARE(never.progress().last().itemsDone, never.progress().last().itemsTotal);

        // Without --resume, or with a plan that changed since, the mailbox starts over.
        ExactStop fresh(ExactStop::kNever);
        RunOptions notResuming = options;
        notResuming.resume = false;
        const MailboxReport restarted = runJob(plan, notResuming, fresh, MailboxState::Stopped, first.resumePoint);
        QCOMPARE(restarted.state, MailboxState::Done);
        QCOMPARE(restarted.itemsResumed, quint64(0));
        QCOMPARE(restarted.itemsSent + restarted.itemsFailed, readable);
        Plan changed = plan;
        std::reverse(changed.jobs.first().sources.begin(), changed.jobs.first().sources.end());
        ExactStop stale(ExactStop::kNever);
        const MailboxReport overAgain = runJob(changed, options, stale, MailboxState::Stopped, first.resumePoint);
        QCOMPARE(overAgain.itemsResumed, quint64(0));
        QCOMPARE(overAgain.itemsSent + overAgain.itemsFailed, readable);
        QVERIFY2(stale.logText().contains(QStringLiteral("changed")), qPrintable(stale.logText()));
        // Nor does a real run continue from a dry run's point: the dry run imported nothing.
        QVERIFY(!first.resumePoint->fits(plan.jobs.first(), plan.options, false));
    }

    void abortedOrFailedMailboxHasNoResumePoint()
    {
        const Plan plan = oneMailboxPlan({QStringLiteral("pst/aspose_SampleOstFile.ost")}, Placement::Splice);
        QTemporaryDir dir;
        const RunOptions options = resumingDryRun(dir.path());

        // Abort after 10 items: the boundary is not trusted, there is no point.
        ExactStop abort(10, true);
        const MailboxReport aborted = runJob(plan, options, abort);
        QCOMPARE(aborted.state, MailboxState::Stopped);
        QVERIFY(!aborted.resumePoint.has_value());

        // A stop before the mailbox started sent nothing: a point at 0 (fresh start), or the
        // earlier point unchanged when the mailbox had been stopped before.
        ExactStop beforeStart(-1);
        const MailboxReport early = runJob(plan, options, beforeStart);
        QCOMPARE(early.state, MailboxState::Stopped);
        QCOMPARE(early.reason, QStringLiteral("stopped before the mailbox started"));
        QVERIFY(early.resumePoint.has_value());
        QCOMPARE(early.resumePoint->items, quint64(0));
        const ResumePoint earlier = ResumePoint::forJob(plan.jobs.first(), plan.options, true, 12, {});
        ExactStop beforeStartAgain(-1);
        const MailboxReport earlyAgain = runJob(plan, options, beforeStartAgain, MailboxState::Stopped, earlier);
        QVERIFY(earlyAgain.resumePoint == std::optional<ResumePoint>(earlier));
        ExactStop beforeStartAfterFailure(-1);
        QVERIFY(!runJob(plan, options, beforeStartAfterFailure, MailboxState::Failed).resumePoint.has_value());

        // In splice placement a restart after an unknown boundary says that messages may be doubled.
        ExactStop restart(ExactStop::kNever);
        const MailboxReport again = runJob(plan, options, restart, MailboxState::Stopped, std::nullopt);
        QCOMPARE(again.state, MailboxState::Done);
        QVERIFY2(restart.logText().contains(QStringLiteral("twice")), qPrintable(restart.logText()));
        ExactStop retry(ExactStop::kNever);
        runJob(plan, options, retry, MailboxState::Failed, std::nullopt);
        QVERIFY2(retry.logText().contains(QStringLiteral("twice")), qPrintable(retry.logText()));
    }

    void brokenSourceFailsOnlyItsMailboxAndRetryRunsOnlyFailures()
    {
        QTemporaryDir dir;
        Plan plan = threeMailboxPlan();
        const QString broken = dir.filePath(QStringLiteral("b.pst"));
        QVERIFY(QFile::copy(mig::test::testDataPath(QStringLiteral("broken/pstreader_not-a-pst-file.pst")), broken));
        QFile::setPermissions(broken, QFile::ReadOwner | QFile::WriteOwner);
        plan.jobs[1].sources = {mig::sources::SourceSpec::forPath(broken)};
        RunOptions options;
        options.runDir = dir.filePath(QStringLiteral("run"));
        options.dryRun = true;
        const RunResult first = runToEnd(plan, options);
        QCOMPARE(first.report.mailboxes.at(0).state, MailboxState::Done);
        QCOMPARE(first.report.mailboxes.at(1).state, MailboxState::Failed);
        QVERIFY2(first.report.mailboxes.at(1).reason.contains(QStringLiteral("b.pst")), qPrintable(first.report.mailboxes.at(1).reason));
        QCOMPARE(first.report.mailboxes.at(2).state, MailboxState::Done);

        // The administrator replaces the broken file; --retry-failed runs only that mailbox.
        QFile::remove(broken);
        QVERIFY(QFile::copy(mig::test::testDataPath(QStringLiteral("pst/aspose_Outlook.pst")), broken));
        options.retryFailed = true;
        const RunResult retry = runToEnd(plan, options);
        // The others were not run again: the retry's report keeps their first results (merged
        // into the run directory's report.json, RunReport::mergeRetry()).
        for (const int i : { 0, 2 }) {
            QCOMPARE(retry.report.mailboxes.at(i).state, MailboxState::Done);
            QCOMPARE(retry.report.mailboxes.at(i).finished.toSecsSinceEpoch(),
                     first.report.mailboxes.at(i).finished.toSecsSinceEpoch());
        }
        QVERIFY2(retry.report.mailboxes.at(1).state == MailboxState::Done, qPrintable(retry.report.mailboxes.at(1).reason));
    }

    void denyListSkipsMailboxes()
    {
        QTemporaryDir dir;
        Plan plan = threeMailboxPlan();
        plan.denyList = {QStringLiteral("B@example.com")};
        RunOptions options;
        options.runDir = dir.filePath(QStringLiteral("run"));
        options.dryRun = true;
        const RunResult result = runToEnd(plan, options);
        QCOMPARE(result.report.mailboxes.at(1).state, MailboxState::Skipped);
        QVERIFY(result.report.mailboxes.at(1).reason.contains(QStringLiteral("deny")));
        QCOMPARE(result.report.mailboxes.at(0).state, MailboxState::Done);
    }
};

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "TestMigrationRunner.moc"
