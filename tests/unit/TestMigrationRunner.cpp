// The runner without a server: dry runs convert the shared PSTs and validate the streams
// locally, which exercises scheduling, progress, stop, resume, ledger and report for real.
// The same runner against a real sshd is covered by tests/integration/TestMigrationRun.
#include "SourceCounts.h"
#include "TestEnvironment.h"
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

} // namespace

class TestMigrationRunner final : public QObject {
    Q_OBJECT

private:
    Plan threeMailboxPlan() const
    {
        Plan plan;
        plan.server.host = QStringLiteral("unused.invalid"); // dry runs never connect
        plan.options.parallelJobs = 2;
        plan.jobs = {Job{{mig::test::testDataPath(QStringLiteral("pst/tika_testPST.pst"))}, QStringLiteral("a@example.com")},
                     Job{{mig::test::testDataPath(QStringLiteral("pst/aspose_Outlook.pst"))}, QStringLiteral("b@example.com")},
                     Job{{mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")),
                          mig::test::testDataPath(QStringLiteral("pst/rubymsg_msgInMsg.pst"))},
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
            for (const QString &source : plan.jobs.at(i).sources)
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

        options.resume = true;
        const RunResult resumed = runToEnd(plan, options);
        QCOMPARE(resumed.report.mailboxes.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            const MailboxReport &before = stopped.report.mailboxes.at(i);
            const MailboxReport &after = resumed.report.mailboxes.at(i);
            if (before.state == MailboxState::Done)
                QCOMPARE(after.state, MailboxState::Skipped); // done in the first run
            else
                QVERIFY2(after.state == MailboxState::Done, qPrintable(after.reason));
        }
    }

    void brokenSourceFailsOnlyItsMailboxAndRetryRunsOnlyFailures()
    {
        QTemporaryDir dir;
        Plan plan = threeMailboxPlan();
        const QString broken = dir.filePath(QStringLiteral("b.pst"));
        QVERIFY(QFile::copy(mig::test::testDataPath(QStringLiteral("broken/pstreader_not-a-pst-file.pst")), broken));
        QFile::setPermissions(broken, QFile::ReadOwner | QFile::WriteOwner);
        plan.jobs[1].sources = {broken};
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
        QCOMPARE(retry.report.mailboxes.at(0).state, MailboxState::Skipped);
        QVERIFY2(retry.report.mailboxes.at(1).state == MailboxState::Done, qPrintable(retry.report.mailboxes.at(1).reason));
        QCOMPARE(retry.report.mailboxes.at(2).state, MailboxState::Skipped);
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
