// The migration runner against a real OpenSSH sshd whose fake gromox-import validates every
// stream with verify-mt: parallel mailboxes, progress, a connection dropped mid-stream for one
// mailbox, and --retry-failed through the command line.
#include "SourceCounts.h"
#include "SshdFixture.h"
#include "TestEnvironment.h"
#include "migration/Runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;
using namespace mig::migration;

class TestMigrationRun final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SshdFixture> m_sshd;
    QTemporaryDir m_dir;

    Plan plan() const
    {
        Plan plan;
        plan.server.host = m_sshd->host();
        plan.server.port = m_sshd->port();
        plan.server.user = m_sshd->user();
        plan.server.identityFile = m_sshd->clientKeyFile();
        plan.server.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        plan.options.parallelJobs = 2;
        plan.jobs = {Job{{test::testDataPath(QStringLiteral("pst/tika_testPST.pst"))}, QStringLiteral("anna@example.com")},
                     Job{{test::testDataPath(QStringLiteral("pst/aspose_Outlook.pst"))}, QStringLiteral("bert@example.com")},
                     Job{{test::testDataPath(QStringLiteral("pst/libyal_outlook.pst"))}, QStringLiteral("carl@example.com")}};
        return plan;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        QVERIFY(m_dir.isValid());
        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        m_sshd = std::make_unique<test::SshdFixture>(options);
        QString error;
        if (!m_sshd->start(&error))
            QFAIL(qPrintable(error));
        QFile knownHosts(m_dir.filePath(QStringLiteral("known_hosts")));
        QVERIFY(knownHosts.open(QIODevice::WriteOnly));
        knownHosts.write(m_sshd->knownHostsLine());
    }

    void init() { m_sshd->clearImporterBehaviour(); }

    void threeMailboxesTwoAtATime()
    {
        const Plan p = plan();
        RunOptions options;
        options.runDir = m_dir.filePath(QStringLiteral("run-parallel"));
        Runner runner(p, options);
        QHash<int, QList<MailboxProgress>> progress;
        connect(&runner, &Runner::progressChanged, this, [&](const MailboxProgress &m) { progress[m.job].append(m); });
        QSignalSpy finished(&runner, &Runner::finished);
        const auto started = runner.start();
        QVERIFY2(started.has_value(), qPrintable(started.error().fullText()));
        QVERIFY(finished.wait(180000));

        const RunReport &report = runner.report();
        QCOMPARE(report.mailboxes.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const MailboxReport &m = report.mailboxes.at(i);
            QVERIFY2(m.state == MailboxState::Done, qPrintable(m.target + QStringLiteral(": ") + m.reason));
            QCOMPARE(m.itemsSent + m.itemsFailed, test::readableItems(p.jobs.at(i).sources.first()));
            // What the server's importer received is a valid stream (verify-mt said so), and
            // exactly as many bytes as the runner counted.
            QCOMPARE(m_sshd->recordedStatusFor(m.target), 0);
            QCOMPARE(quint64(m_sshd->recordedStreamFor(m.target).size()), m.bytes);
            const QList<MailboxProgress> &seen = progress.value(i);
            for (qsizetype k = 1; k < seen.size(); ++k) {
                QVERIFY(seen.at(k).itemsDone >= seen.at(k - 1).itemsDone);
                QVERIFY(seen.at(k).bytesDone >= seen.at(k - 1).bytesDone);
            }
        }
    }

    void droppedConnectionFailsOneMailboxAndRetryCompletesIt()
    {
        const Plan p = plan();
        const QString planPath = m_dir.filePath(QStringLiteral("drop.json"));
        QVERIFY(p.save(planPath).has_value());
        const QString runDir = m_dir.filePath(QStringLiteral("run-drop"));
        m_sshd->dropConnectionFor(QStringLiteral("bert@example.com"), 100000);

        const auto first = test::runApp({QStringLiteral("run"), planPath, QStringLiteral("--jobs"), QStringLiteral("2"),
                                         QStringLiteral("--run-dir"), runDir},
                                        {}, 300000);
        QCOMPARE(first.exitCode, 1);
        QFile reportFile(runDir + QStringLiteral("/report.json"));
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonArray mailboxes = QJsonDocument::fromJson(reportFile.readAll()).object().value(QStringLiteral("mailboxes")).toArray();
        reportFile.close();
        QCOMPARE(mailboxes.size(), 3);
        QCOMPARE(mailboxes.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(mailboxes.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QString reason = mailboxes.at(1).toObject().value(QStringLiteral("reason")).toString();
        QVERIFY2(!reason.isEmpty(), first.out.constData());
        QCOMPARE(mailboxes.at(2).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));

        m_sshd->dropConnectionFor(QStringLiteral("bert@example.com"), -1);
        const auto retry = test::runApp({QStringLiteral("run"), planPath, QStringLiteral("--retry-failed"),
                                         QStringLiteral("--run-dir"), runDir},
                                        {}, 300000);
        QVERIFY2(retry.exitCode == 0, retry.out.constData());
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonArray after = QJsonDocument::fromJson(reportFile.readAll()).object().value(QStringLiteral("mailboxes")).toArray();
        QCOMPARE(after.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("skipped"));
        QCOMPARE(after.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(after.at(2).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("skipped"));
        QCOMPARE(m_sshd->recordedStatusFor(QStringLiteral("bert@example.com")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrationRun)
#include "TestMigrationRun.moc"
