// The migration runner against a real OpenSSH sshd whose fake gromox-import validates every
// stream with verify-mt: parallel mailboxes, progress, a connection dropped mid-stream for one
// mailbox, --retry-failed through the command line, a mailbox stopped mid-stream and resumed
// without importing any message twice, and missing mailboxes created with grommunio-admin (in one
// or two passes; a creation the server refuses fails only that mailbox).
#include "SourceCounts.h"
#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"
#include "gxmt/ByteSink.h"
#include "migration/Ledger.h"
#include "migration/Runner.h"
#include "sources/Converter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;
using namespace mig::migration;

namespace {

/// The message frames of one uninterrupted local conversion of job's sources.
QList<std::pair<quint64, quint64>> fullConversion(const Job &job, bool splice)
{
    std::vector<std::unique_ptr<sources::Source>> opened;
    QList<std::pair<sources::Source *, QString>> list;
    for (const QString &path : sources::locationsOf(job.sources)) {
        auto source = sources::openSourceFile(path);
        if (!source)
            return {};
        list.append({source->get(), QFileInfo(path).fileName()});
        opened.push_back(std::move(*source));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    gxmt::DeviceSink sink(&buffer);
    sources::ConversionOptions options;
    options.placement.splice = splice;
    if (!sources::convert(list, sink, gxmt::Revision::V5, options))
        return {};
    return test::messageIds(test::readStream(buffer.data()));
}

} // namespace

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
        plan.jobs = {Job{{sources::SourceSpec::forPath(test::testDataPath(QStringLiteral("pst/tika_testPST.pst")))}, QStringLiteral("anna@example.com")},
                     Job{{sources::SourceSpec::forPath(test::testDataPath(QStringLiteral("pst/aspose_Outlook.pst")))}, QStringLiteral("bert@example.com")},
                     Job{{sources::SourceSpec::forPath(test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")))}, QStringLiteral("carl@example.com")}};
        return plan;
    }

    /// A server of its own whose fake grommunio-admin keeps a mailbox list (and whose importer
    /// refuses users not on it), with *p pointed at it; nullptr when it does not start.
    static std::unique_ptr<test::SshdFixture> startServerWithAdmin(const QTemporaryDir &dir, Plan *p)
    {
        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        options.installGrommunioAdmin = true;
        auto server = std::make_unique<test::SshdFixture>(options);
        QString error;
        if (!server->start(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        QFile knownHosts(dir.filePath(QStringLiteral("known_hosts")));
        if (!knownHosts.open(QIODevice::WriteOnly) || knownHosts.write(server->knownHostsLine()) <= 0)
            return nullptr;
        p->server.port = server->port();
        p->server.identityFile = server->clientKeyFile();
        p->server.knownHostsFile = knownHosts.fileName();
        return server;
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
        QVERIFY(m_sshd->writeKnownHosts(m_dir.filePath(QStringLiteral("known_hosts"))));
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
            QCOMPARE(m.itemsSent + m.itemsFailed, test::readableItems(p.jobs.at(i).sources.first().location));
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

    void stoppedMailboxResumesWithoutDoubles_data()
    {
        QTest::addColumn<bool>("splice");
        QTest::addColumn<QString>("target");
        QTest::newRow("new root folder") << false << QStringLiteral("nora@example.com");
        QTest::newRow("splice") << true << QStringLiteral("sven@example.com");
    }

    void stoppedMailboxResumesWithoutDoubles()
    {
        QFETCH(bool, splice);
        QFETCH(QString, target);
        // The largest sample four times (copies under other names) and one more PST: a stream of
        // about 8 MB, well beyond what the SSH window, the pipes and the job's queue between the
        // converter and the channel (about 4.5 MB) hold while the server pauses.
        QTemporaryDir copies;
        const QString ost = test::testDataPath(QStringLiteral("pst/aspose_SampleOstFile.ost"));
        QStringList paths { ost };
        for (const char *name : { "second copy.ost", "third copy.ost", "fourth copy.ost" }) {
            paths.append(copies.filePath(QString::fromLatin1(name)));
            QVERIFY(QFile::copy(ost, paths.last()));
        }
        paths.append(test::testDataPath(QStringLiteral("pst/aspose_Outlook.pst")));
        Plan p = plan();
        p.options.placement = splice ? Placement::Splice : Placement::NewRootFolder;
        p.jobs = {Job{sources::SourceSpec::forPaths(paths), target}};
        RunOptions options;
        options.runDir = m_dir.filePath(QStringLiteral("run-resume-") + target);

        // The server reads 400 kB, then pauses; meanwhile the administrator presses Stop.
        m_sshd->pauseImportFor(target, 400000);
        MailboxReport first;
        {
            Runner runner(p, options);
            QSignalSpy finished(&runner, &Runner::finished);
            const auto started = runner.start();
            QVERIFY2(started.has_value(), qPrintable(started.error().fullText()));
            QVERIFY(m_sshd->waitUntilImportPaused(target, 120000));
            runner.requestStop();
            m_sshd->continueImportFor(target);
            QVERIFY(finished.wait(180000));
            first = runner.report().mailboxes.value(0);
        }
        QVERIFY2(first.state == MailboxState::Stopped, qPrintable(first.reason));
        QVERIFY(first.itemsSent > 0);
        std::optional<ResumePoint> point;
        {
            auto ledger = Ledger::open(options.runDir);
            QVERIFY(ledger.has_value());
            point = (*ledger)->resumePoint(target);
        }
        QVERIFY(point.has_value());

        // Resume (the wizard's Resume button, `run --resume`).
        options.resume = true;
        MailboxReport second;
        QList<MailboxProgress> progress;
        {
            Runner runner(p, options);
            connect(&runner, &Runner::progressChanged, this, [&](const MailboxProgress &m) { progress.append(m); });
            QSignalSpy finished(&runner, &Runner::finished);
            const auto started = runner.start();
            QVERIFY2(started.has_value(), qPrintable(started.error().fullText()));
            QVERIFY(finished.wait(180000));
            second = runner.report().mailboxes.value(0);
        }
        QVERIFY2(second.state == MailboxState::Done, qPrintable(second.reason));
        QVERIFY(second.itemsSent > 0);
        QCOMPARE(second.itemsResumed, point->items);
        for (const MailboxProgress &m : progress) {
            if (m.state == MailboxState::Streaming)
                QVERIFY(m.itemsDone >= point->items); // progress starts at the point
        }

        const QList<test::SshdFixture::ImporterRun> runs = m_sshd->recordedRunsFor(target);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).status, 0);
        QCOMPARE(runs.at(1).status, 0); // verify-mt accepted both streams
        QCOMPARE(quint64(runs.at(0).stream.size()), first.bytes);
        QCOMPARE(quint64(runs.at(1).stream.size()), second.bytes);
        QVERIFY(!runs.at(0).arguments.contains(QStringLiteral("-x")));
        // New-root placement: the resumed import reuses the root folder its first run created,
        // which an exclusive create would refuse; splice placement merges by itself.
        QCOMPARE(runs.at(1).arguments.contains(QStringLiteral("-x")), !splice);

        const test::ReadStream one = test::readStream(runs.at(0).stream);
        const test::ReadStream two = test::readStream(runs.at(1).stream);
        QVERIFY2(one.ok, qPrintable(one.error));
        QVERIFY2(two.ok, qPrintable(two.error));
        QCOMPARE(two.header.folderMap, one.header.folderMap); // the same root folder names
        if (!splice) {
            QCOMPARE(one.header.folderMap.size(), paths.size());
            QVERIFY(one.header.folderMap.at(1).name.startsWith(QStringLiteral("Import of second copy.ost @")));
            QCOMPARE(point->rootFolders.value(1), one.header.folderMap.at(1).name);
        }
        QCOMPARE(qsizetype(first.itemsSent), one.messages.size());
        QCOMPARE(qsizetype(second.itemsSent), two.messages.size());
        // Run 1 and run 2 together hold exactly the messages of one full conversion, each once.
        const QList<std::pair<quint64, quint64>> full = fullConversion(p.jobs.first(), splice);
        QVERIFY(!full.isEmpty());
        QCOMPARE(test::messageIds(one) + test::messageIds(two), full);
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
        QCOMPARE(first.exitCode, 4); // partial: two mailboxes done, one failed
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
        // The retry's report continues the first run's: the mailboxes done then stay done (with
        // their counts), the retried one is done now; report.html says the same.
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonArray after = QJsonDocument::fromJson(reportFile.readAll()).object().value(QStringLiteral("mailboxes")).toArray();
        reportFile.close();
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(after.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(after.at(2).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        for (const int i : {0, 2}) {
            QCOMPARE(after.at(i).toObject().value(QStringLiteral("items_sent")),
                     mailboxes.at(i).toObject().value(QStringLiteral("items_sent")));
            QCOMPARE(after.at(i).toObject().value(QStringLiteral("finished")),
                     mailboxes.at(i).toObject().value(QStringLiteral("finished")));
        }
        QVERIFY(after.at(1).toObject().value(QStringLiteral("items_sent")).toInteger() > 0);
        QFile html(runDir + QStringLiteral("/report.html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(!html.readAll().contains("class=\"skipped\""));
        QCOMPARE(m_sshd->recordedStatusFor(QStringLiteral("bert@example.com")), 0);
    }

    void missingMailboxesAreCreated_data()
    {
        QTest::addColumn<int>("creation");
        QTest::newRow("each before it is migrated") << int(MailboxCreation::OnePass);
        QTest::newRow("all first, then migrated") << int(MailboxCreation::TwoPasses);
    }

    void missingMailboxesAreCreated()
    {
        QFETCH(int, creation);
        // A server of its own whose grommunio-admin knows only anna; bert's creation works, the
        // server refuses carl's.
        QTemporaryDir dir;
        Plan p = plan();
        const std::unique_ptr<test::SshdFixture> admin = startServerWithAdmin(dir, &p);
        QVERIFY(admin);
        test::SshdFixture &server = *admin;
        server.addMailbox(QStringLiteral("anna@example.com"));
        server.refuseMailboxCreation(QStringLiteral("carl@example.com"));
        p.options.createMailboxes = MailboxCreation(creation);
        RunOptions options;
        options.runDir = dir.filePath(QStringLiteral("run"));
        Runner runner(p, options);
        QStringList log;
        connect(&runner, &Runner::logLine, this, [&](int, const QString &target, const QString &line) {
            log.append(target + QStringLiteral(": ") + line);
        });
        QSignalSpy finished(&runner, &Runner::finished);
        QVERIFY(runner.start().has_value());
        QVERIFY(finished.wait(180000));

        const RunReport &report = runner.report();
        QCOMPARE(report.mailboxes.size(), 3);
        const MailboxReport &anna = report.mailboxes.at(0);
        const MailboxReport &bert = report.mailboxes.at(1);
        const MailboxReport &carl = report.mailboxes.at(2);
        QVERIFY2(anna.state == MailboxState::Done, qPrintable(anna.reason));
        QVERIFY2(bert.state == MailboxState::Done, qPrintable(bert.reason));
        QCOMPARE(carl.state, MailboxState::Failed);
        QVERIFY2(carl.reason.contains(QStringLiteral("does not exist after grommunio-admin user create"))
                     && carl.reason.contains(QStringLiteral("refused by the test")),
                 qPrintable(carl.reason));
        QCOMPARE(server.mailboxes(), QStringList({QStringLiteral("anna@example.com"), QStringLiteral("bert@example.com")}));
        QVERIFY2(log.contains(QStringLiteral("anna@example.com: Mailbox anna@example.com exists already")), qPrintable(log.join(u'\n')));
        QVERIFY2(log.contains(QStringLiteral("bert@example.com: Mailbox bert@example.com created")), qPrintable(log.join(u'\n')));
        // The two created (or found) mailboxes got their streams, accepted by verify-mt; carl's
        // importer never ran.
        QCOMPARE(server.recordedStatusFor(QStringLiteral("anna@example.com")), 0);
        QCOMPARE(server.recordedStatusFor(QStringLiteral("bert@example.com")), 0);
        QCOMPARE(server.recordedStatusFor(QStringLiteral("carl@example.com")), -1);
        QCOMPARE(bert.itemsSent + bert.itemsFailed, test::readableItems(p.jobs.at(1).sources.first().location));
        // One SSH connection per mailbox job: the creation and the stream share it. Two passes
        // mean two jobs for each mailbox created in the first (carl's failed there).
        const qsizetype connections = server.log().count("Accepted publickey");
        QCOMPARE(connections, MailboxCreation(creation) == MailboxCreation::OnePass ? 3 : 5);
    }

    void missingMailboxFailsWithoutCreation()
    {
        QTemporaryDir dir;
        Plan p = plan();
        const std::unique_ptr<test::SshdFixture> admin = startServerWithAdmin(dir, &p);
        QVERIFY(admin);
        test::SshdFixture &server = *admin;
        server.addMailbox(QStringLiteral("anna@example.com"));
        server.addMailbox(QStringLiteral("carl@example.com"));
        p.options.createMailboxes = MailboxCreation::Never;
        RunOptions options;
        options.runDir = dir.filePath(QStringLiteral("run"));
        Runner runner(p, options);
        QSignalSpy finished(&runner, &Runner::finished);
        QVERIFY(runner.start().has_value());
        QVERIFY(finished.wait(180000));
        const RunReport &report = runner.report();
        QCOMPARE(report.mailboxes.at(0).state, MailboxState::Done);
        QCOMPARE(report.mailboxes.at(2).state, MailboxState::Done);
        const MailboxReport &bert = report.mailboxes.at(1);
        QCOMPARE(bert.state, MailboxState::Failed);
        // The importer's own words name the missing user.
        QVERIFY2(bert.reason.contains(QStringLiteral("No such username")) && bert.reason.contains(bert.target),
                 qPrintable(bert.reason));
        QCOMPARE(server.mailboxes().size(), 2); // nothing created
    }
};

QTEST_GUILESS_MAIN(TestMigrationRun)
#include "TestMigrationRun.moc"
