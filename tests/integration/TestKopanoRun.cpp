// Kopano servers as a source kind (issue 18), end to end over the real sshd fixture: the Kopano
// tools are stand-ins on the sessions' PATH (tests/data/kopano, README there says which facts of
// the real tools they rely on). `kopano-discover` lists 5 users (and a public store given by GUID)
// and writes the scripts' list; `plan --kopano-list` makes a job per store with no secret in it;
// `run --jobs 2` runs gromox-kdb2mt per store on the "grommunio server", relays each stream through
// the local reader into the gromox-import stand-in (which checks it with verify-mt) and
// mounts/unmounts the attachments with sshfs around each store. Every mailbox ends done with the
// stream's message count; the SQL password reaches kdb2mt only in its environment (the stand-in
// checks its own arguments and `ps`), and is in no output, plan, log or report. A store kdb2mt
// rejects, and a wrong SQL password, fail only their mailboxes with kdb2mt's reason; a stopped
// mailbox resumes without sending a message twice.

#include "KopanoStandIns.h"
#include "RunSummaryJson.h"
#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace mig;

using mig::test::readAll;
using mig::test::writeFile;

namespace {

const QByteArray kPassword = "Ko#pano' S3cret$(id)";
const QString kPublicGuid = test::kKopanoPublicGuid;
const QString kArchiveGuid = QStringLiteral("DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E"); ///< dave's (details-dave.txt)

using Store = test::KopanoStandInStore;
const QList<Store> kStores = test::kopanoStandInStores();

} // namespace

class TestKopanoRun final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SshdFixture> m_sshd;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    QString m_fake;         ///< kopano-fake/ beside the stand-ins
    QString m_passwordFile;
    QString m_list;
    QHash<QString, int> m_messages; ///< messages per store key in the prepared streams

    QStringList ssh() const
    {
        return { "--ssh", m_sshd->destination(), "--identity", m_sshd->clientKeyFile(), "--known-hosts", m_knownHosts };
    }

    QString plan(const QString &name, const QString &list, const QStringList &extra = {})
    {
        const QString path = m_dir.filePath(name);
        const test::ProcessResult planned = test::runApp(QStringList { "plan", "--kopano-list", list, "--kopano-host",
            "root@kopano.example.com", "--mount-attachments", "--sql-host", "127.0.0.1", "--sql-user", "kopano",
            "--sql-db", "kopano", "--jobs", "2", "-o", path } + ssh() + extra);
        if (planned.exitCode != 0)
            qWarning() << planned.err;
        return planned.exitCode == 0 ? path : QString();
    }

    test::ProcessResult run(const QString &planPath, const QString &runDir, const QStringList &extra = {})
    {
        return test::runApp(QStringList { "run", planPath, "--jobs", "2", "--run-dir", runDir, "--json",
                                "--sql-password-file", m_passwordFile, "--identity", m_sshd->clientKeyFile(),
                                "--known-hosts", m_knownHosts } + extra,
            {}, 300000);
    }

    /// Runs the plan with the store slowStore sent slowly, writes the STOP file once target's log
    /// shows the nth kdb2mt opening the "database" (and the stream flows), and returns the run's
    /// exit status once it ended (-1 when it could not be started or did not end).
    int runUntilStopped(const QString &planPath, const QString &runDir, const QString &target, const QString &slowStore,
                        int nth)
    {
        const QString slow = m_fake + "/slow-" + slowStore;
        if (!writeFile(slow, {}))
            return -1;
        QProcess first;
        first.setProgram(test::appBinary());
        first.setArguments({ "run", planPath, "--run-dir", runDir, "--sql-password-file", m_passwordFile,
            "--identity", m_sshd->clientKeyFile(), "--known-hosts", m_knownHosts });
        first.start();
        if (!first.waitForStarted())
            return -1;
        QElapsedTimer waited;
        waited.start();
        const QString log = runDir + "/logs/" + target + ".log";
        while (readAll(log).count("Database schema") < nth && waited.elapsed() < 60000)
            QThread::msleep(50);
        QThread::msleep(500);
        const bool stopAsked = writeFile(runDir + "/STOP", {});
        const bool ended = first.waitForFinished(120000);
        QFile::remove(slow);
        return stopAsked && ended ? first.exitCode() : -1;
    }

    void verifyNoPassword(const QByteArray &text, const QString &where)
    {
        QVERIFY2(!text.contains(kPassword), qPrintable(where));
    }

    void verifyNoPasswordInDir(const QString &dir)
    {
        QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            verifyNoPassword(readAll(file), file);
        }
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
        QVERIFY2(m_sshd->start(&error), qPrintable(error));
        m_knownHosts = m_dir.filePath("known_hosts");
        QVERIFY(writeFile(m_knownHosts, m_sshd->knownHostsLine()));

        m_fake = test::installKopanoStandIns(*m_sshd, kPassword);
        QVERIFY(!m_fake.isEmpty());
        m_passwordFile = m_dir.filePath("sql-password");
        QVERIFY(writeFile(m_passwordFile, kPassword + '\n'));

        // What kdb2mt writes for each store: the project's own conversion of a shared sample.
        for (const Store &s : kStores) {
            QString error;
            const int messages = test::prepareKopanoStream(m_fake, s.key, s.pst, s.splice, &error);
            QVERIFY2(messages > 0, qPrintable(s.key + QStringLiteral(": ") + error));
            m_messages.insert(s.key, messages);
        }
        QVERIFY(m_messages.value("bob") >= 5);
        // dave's archive store: kdb2mt writes it unspliced, with its own "Import of" top folder.
        QString archiveError;
        const int archived = test::prepareKopanoStream(m_fake, kArchiveGuid, "pst/tika_testPST.pst", false, &archiveError);
        QVERIFY2(archived > 0, qPrintable(archiveError));
        m_messages.insert(kArchiveGuid, archived);
    }

    void discoveryListsFiveUsersAndThePublicStore()
    {
        m_list = m_dir.filePath("k2g_list.txt");
        const QString archive = m_dir.filePath("k2g_list_a.txt");
        const test::ProcessResult found = test::runApp(QStringList { "kopano-discover", "-o", m_list, "--archive-list",
            archive, "--public", "@example.com=" + kPublicGuid, "--json" } + ssh());
        QVERIFY2(found.exitCode == 0, found.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(found.out).object();
        const QJsonArray users = json.value("users").toArray();
        QCOMPARE(users.size(), 5);
        QCOMPARE(users.at(3).toObject().value("login").toString(), QStringLiteral("dave"));
        QCOMPARE(users.at(3).toObject().value("archive_guid").toString(), QStringLiteral("DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E"));
        QCOMPARE(users.at(2).toObject().value("active").toBool(), false);
        QCOMPARE(users.at(1).toObject().value("size_mib").toDouble(), 2.2);
        const QByteArray list = readAll(m_list);
        QVERIFY2(list.contains(QByteArray("\n@example.com," + kPublicGuid.toUtf8() + "\n")), list.constData());
        for (const char *line : { "\nalice@example.com,alice,0\n", "\nerin@example.com,erin,0\n" })
            QVERIFY2(list.contains(line), list.constData());
        QVERIFY(readAll(archive).contains("\ndave@example.com,DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E,1\n"));
        // The migration list names dave's archive in his comment line, which `plan` reads back.
        QVERIFY2(list.contains(", active: yes, archive: DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E\ndave@example.com,dave,0\n")
                     || list.contains(", active: yes, archive: DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E\n# dave@example.com,"),
                 list.constData());
        // The table form names every user with size and state.
        const test::ProcessResult table = test::runApp(QStringList { "kopano-discover" } + ssh());
        QVERIFY2(table.exitCode == 0, table.err.constData());
        QVERIFY(table.out.contains("carol") && table.out.contains("not active"));
    }

    void runMigratesEveryStoreWithTwoJobs()
    {
        QVERIFY(!m_list.isEmpty());
        // dave's archive store has a test of its own (archiveStoreGoesIntoTheChosenFolder).
        const QString planPath = plan("plan.json", m_list, { "--no-kopano-archives" });
        QVERIFY(!planPath.isEmpty());
        const QByteArray planJson = readAll(planPath);
        QVERIFY(planJson.contains("\"kopano\""));
        QVERIFY(!planJson.contains(kArchiveGuid.toUtf8()));
        verifyNoPassword(planJson, planPath);

        const QString runDir = m_dir.filePath("plan.run");
        const test::ProcessResult ran = run(planPath, runDir);
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.err + ran.out).constData());
        verifyNoPassword(ran.out + ran.err, "output");
        verifyNoPasswordInDir(runDir);
        const QJsonObject summary = test::lastJsonLine(ran.out);
        for (const Store &s : kStores) {
            const QJsonObject m = test::summaryMailbox(summary, s.target);
            QCOMPARE(m.value("state").toString(), QStringLiteral("done"));
            QCOMPARE(m.value("items_sent").toInt(), m_messages.value(s.key));
            const test::ReadStream received = test::readStream(m_sshd->recordedStreamFor(s.target));
            QVERIFY2(received.ok, qPrintable(received.error));
            QCOMPARE(int(received.messages.size()), m_messages.value(s.key));
            QCOMPARE(m_sshd->recordedStreamFor(s.target), readAll(m_fake + "/streams/" + s.key + ".mt"));
            QCOMPARE(m_sshd->recordedStatusFor(s.target), 0);
        }
        QVERIFY2(!QFileInfo::exists(m_fake + "/violations"), readAll(m_fake + "/violations").constData());
        // kdb2mt was asked for each store the way the list says, with the mounted attachments.
        const QByteArray calls = readAll(m_fake + "/kdb2mt.calls");
        QVERIFY2(calls.contains("-s --sql-host 127.0.0.1 --sql-user kopano --sql-db kopano --mbox-mro alice --src-attach /tmp/"),
                 calls.constData());
        QVERIFY(calls.contains(QByteArray("--mbox-guid " + kPublicGuid.toUtf8())));
        verifyNoPassword(calls, "kdb2mt argv");
        // Every mount was unmounted and its directory removed.
        const QList<QByteArray> mounts = readAll(m_fake + "/sshfs.calls").split('\n');
        int mounted = 0, unmounted = 0;
        for (const QByteArray &line : mounts) {
            if (line.startsWith("mount ")) {
                ++mounted;
                QVERIFY(line.contains("root@kopano.example.com:/var/lib/kopano/attachments"));
                QVERIFY2(!QFileInfo::exists(QString::fromUtf8(line.split(' ').last())), line.constData());
            } else if (line.startsWith("unmount ")) {
                ++unmounted;
            }
        }
        QCOMPARE(mounted, int(kStores.size()));
        QCOMPARE(unmounted, mounted);
    }

    /// The discovery's comment names dave's archive store: `plan` adds it to dave's job (same
    /// mailbox), unspliced and under --kopano-archive-folder, and `run` sends it as a second import
    /// whose folder map names that folder as a PST's --target-folder does (TestImportRunPlacement).
    void archiveStoreGoesIntoTheChosenFolder()
    {
        const QString target = QStringLiteral("dave.arch@example.com");
        const QString list = m_dir.filePath("archive.txt");
        QVERIFY(writeFile(list, "# dave, K: 1, size: 1.50 MB, active: yes, archive: " + kArchiveGuid.toUtf8() + "\n"
                                + target.toUtf8() + ",dave,0\n"));
        const QString planPath = plan("plan-archive.json", list, { "--kopano-archive-folder", "Kopano archive" });
        QVERIFY(!planPath.isEmpty());
        const QJsonArray jobs = QJsonDocument::fromJson(readAll(planPath)).object().value("jobs").toArray();
        QCOMPARE(jobs.size(), 1);
        const QJsonArray sources = jobs.first().toObject().value("sources").toArray();
        QCOMPARE(sources.size(), 2);
        const QJsonObject archive = sources.at(1).toObject().value("options").toObject();
        QCOMPARE(archive.value("guid").toString(), kArchiveGuid);
        QCOMPARE(archive.value("target_folder").toString(), QStringLiteral("Kopano archive"));
        QCOMPARE(archive.value("splice").toBool(true), false);

        const test::ProcessResult ran = run(planPath, m_dir.filePath("archive.run"));
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.err + ran.out).constData());
        const QJsonObject m = test::summaryMailbox(test::lastJsonLine(ran.out), target);
        QCOMPARE(m.value("state").toString(), QStringLiteral("done"));
        QCOMPARE(m.value("items_sent").toInt(), m_messages.value("dave") + m_messages.value(kArchiveGuid));

        const QList<test::SshdFixture::ImporterRun> runs = m_sshd->recordedRunsFor(target);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.first().stream, readAll(m_fake + "/streams/dave.mt"));
        const test::ReadStream placed = test::readStream(runs.last().stream);
        QVERIFY2(placed.ok, qPrintable(placed.error));
        QCOMPARE(runs.last().status, 0);
        QCOMPARE(placed.header.folderMap.size(), 1);
        const gxmt::FolderMapEntry root = placed.header.folderMap.first();
        QVERIFY(root.create);
        QCOMPARE(root.name, QStringLiteral("Kopano archive"));
        // Where the importer reads an unanchored root, -B IPM_SUBTREE puts it at the top (as for PSTs).
        const bool anchored = runs.last().arguments.contains(QStringLiteral("-B"));
        QCOMPARE(root.targetFid, anchored ? gxmt::kUnanchored : quint64(gxmt::FidIpmSubtree));
        // Every frame after the header is kdb2mt's own.
        const test::ReadStream original = test::readStream(readAll(m_fake + "/streams/" + kArchiveGuid + ".mt"));
        QCOMPARE(test::messageIds(placed), test::messageIds(original));
        QCOMPARE(placed.folders.size(), original.folders.size());
        QVERIFY(original.header.folderMap.first().name.startsWith(QStringLiteral("Import of")));
        // The archive was asked for by GUID and not spliced.
        const QList<QByteArray> calls = readAll(m_fake + "/kdb2mt.calls").split('\n');
        const auto call = std::find_if(calls.begin(), calls.end(),
            [](const QByteArray &line) { return line.contains(QByteArray("--mbox-guid " + kArchiveGuid.toUtf8())); });
        QVERIFY(call != calls.end());
        QVERIFY2(!call->startsWith("-s "), call->constData());
        QVERIFY2(!QFileInfo::exists(m_fake + "/violations"), readAll(m_fake + "/violations").constData());
    }

    /// --direct: kdb2mt piped into gromox-import in one shell on the server. Every mailbox ends
    /// done and the importer (the validator) received its stream byte for byte; the validator
    /// prints no `-v` lines, so the count is "unknown", not made up. The slow stand-in prints them
    /// as gromox-import -v does, and then the count is the importer's. The password reaches kdb2mt
    /// only by `read` (the stand-in checks its argv and `ps`) and is nowhere else.
    void directRunPipesEveryStoreOnTheServer()
    {
        const QString list = m_dir.filePath("direct.txt");
        QVERIFY(writeFile(list, "alice.d@example.com,alice,0\nbob.d@example.com,bob,0\n"
                                "@direct.example.com," + kPublicGuid.toUtf8() + "\n"));
        const QString planPath = plan("plan-direct.json", list, { "--direct" });
        QVERIFY(!planPath.isEmpty());
        const QJsonArray jobs = QJsonDocument::fromJson(readAll(planPath)).object().value("jobs").toArray();
        QCOMPARE(jobs.size(), 3);
        QVERIFY(jobs.first().toObject().value("sources").toArray().first().toObject().value("options").toObject()
                    .value("direct").toBool());
        const QString runDir = m_dir.filePath("direct.run");
        const test::ProcessResult ran = run(planPath, runDir);
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.err + ran.out).constData());
        const QJsonObject summary = test::lastJsonLine(ran.out);
        const QList<std::pair<QString, QString>> stores = { { "alice.d@example.com", "alice" },
            { "bob.d@example.com", "bob" }, { "@direct.example.com", kPublicGuid } };
        for (const auto &[target, key] : stores) {
            const QJsonObject m = test::summaryMailbox(summary, target);
            QCOMPARE(m.value("state").toString(), QStringLiteral("done"));
            QCOMPARE(m.value("items_sent").toInt(), 0);
            QVERIFY2(m.value("reason").toString().contains("message count unknown"), qPrintable(m.value("reason").toString()));
            QCOMPARE(m_sshd->recordedStreamFor(target), readAll(m_fake + "/streams/" + key + ".mt"));
            QCOMPARE(m_sshd->recordedStatusFor(target), 0);
            const QByteArray log = readAll(runDir + "/logs/" + target + ".log");
            QVERIFY2(log.contains("directly on the server"), log.constData());
            QVERIFY2(!log.contains("messages relayed"), log.constData());
        }
        QVERIFY2(!QFileInfo::exists(m_fake + "/violations"), readAll(m_fake + "/violations").constData());
        verifyNoPassword(ran.out + ran.err, "output");
        verifyNoPassword(readAll(m_fake + "/kdb2mt.calls"), "kdb2mt argv");
        verifyNoPasswordInDir(runDir);
        // The pipeline's scratch directory is gone.
        QVERIFY(QDir("/tmp").entryList({ "grommunio-migrate-direct.*" }, QDir::Dirs).isEmpty());

        // An importer that prints "Created new message" per message (-v): its count is the report's.
        const QString counted = m_dir.filePath("direct-counted.txt");
        QVERIFY(writeFile(counted, "erin.d@example.com,erin,0\n"));
        const QString countedPlan = plan("plan-direct-counted.json", counted, { "--direct" });
        m_sshd->setSlowImporter(1e9, 0);
        const test::ProcessResult countedRun = run(countedPlan, m_dir.filePath("direct-counted.run"));
        const QByteArray slowDone = readAll(m_sshd->recordDir() + "/slow-done"); // "folders messages"
        m_sshd->setSlowImporter(0, 0);
        QVERIFY2(countedRun.exitCode == 0, QByteArray(countedRun.err + countedRun.out).constData());
        const QJsonObject erin = test::summaryMailbox(test::lastJsonLine(countedRun.out), "erin.d@example.com");
        QCOMPARE(erin.value("state").toString(), QStringLiteral("done"));
        QCOMPARE(erin.value("items_sent").toInt(), m_messages.value("erin"));
        QCOMPARE(erin.value("reason").toString(), QStringLiteral("ran directly on the server"));
        QCOMPARE(slowDone.trimmed().split(' ').last().toInt(), m_messages.value("erin"));
    }

    /// A store kdb2mt rejects under --direct fails its mailbox with kdb2mt's own words; the
    /// importer's success in the same pipeline does not hide it, and the other mailbox is done.
    void aFailingStoreUnderDirectFailsOnlyItsMailbox()
    {
        const QString list = m_dir.filePath("direct-fail.txt");
        QVERIFY(writeFile(list, "alice.df@example.com,alice,0\ncarol.df@example.com,carol,0\n"));
        const QString planPath = plan("plan-direct-fail.json", list, { "--direct" });
        QVERIFY(writeFile(m_fake + "/fail-carol", "kdb2mt: PK-1011: the store of carol has no root folder\n"));
        const test::ProcessResult ran = run(planPath, m_dir.filePath("direct-fail.run"));
        QFile::remove(m_fake + "/fail-carol");
        QCOMPARE(ran.exitCode, 4);
        const QJsonObject summary = test::lastJsonLine(ran.out);
        const QJsonObject carol = test::summaryMailbox(summary, "carol.df@example.com");
        QCOMPARE(carol.value("state").toString(), QStringLiteral("failed"));
        QVERIFY2(carol.value("reason").toString().contains("PK-1011"), qPrintable(carol.value("reason").toString()));
        QVERIFY2(carol.value("reason").toString().contains("gromox-kdb2mt failed"), qPrintable(carol.value("reason").toString()));
        const QJsonObject alice = test::summaryMailbox(summary, "alice.df@example.com");
        QCOMPARE(alice.value("state").toString(), QStringLiteral("done"));
        QCOMPARE(m_sshd->recordedStreamFor("alice.df@example.com"), readAll(m_fake + "/streams/alice.mt"));
    }

    /// A stop during the archive (the job's second store) resumes there: the user's own store
    /// is passed over message by message, the archive continues in its folder (-x) after the
    /// messages the stopped run sent, and no message goes twice.
    void aStopInTheArchiveResumesThere()
    {
        const QString target = QStringLiteral("dave.stop@example.com");
        const QString list = m_dir.filePath("archive-stop.txt");
        QVERIFY(writeFile(list, "# dave, K: 1, size: 1.50 MB, active: yes, archive: " + kArchiveGuid.toUtf8() + "\n"
                                + target.toUtf8() + ",dave,0\n"));
        const QString planPath = plan("plan-archive-stop.json", list);
        const QString runDir = m_dir.filePath("archive-stop.run");
        // Stopped once the archive's stream flows (its kdb2mt is the second to open the database).
        QCOMPARE(runUntilStopped(planPath, runDir, target, kArchiveGuid, 2), 3);
        const QList<test::SshdFixture::ImporterRun> stopped = m_sshd->recordedRunsFor(target);
        QCOMPARE(stopped.size(), 2);
        const test::ReadStream partial = test::readStream(stopped.last().stream);
        QVERIFY2(partial.ok, qPrintable(partial.error));
        QVERIFY(partial.messages.size() < m_messages.value(kArchiveGuid));

        const test::ProcessResult resumed = run(planPath, runDir, { "--resume" });
        QVERIFY2(resumed.exitCode == 0, QByteArray(resumed.err + resumed.out).constData());
        const QList<test::SshdFixture::ImporterRun> runs = m_sshd->recordedRunsFor(target);
        QCOMPARE(runs.size(), 4);
        QVERIFY(test::readStream(runs.at(2).stream).messages.isEmpty()); // dave's store: all sent before
        const test::ReadStream rest = test::readStream(runs.last().stream);
        QVERIFY2(rest.ok, qPrintable(rest.error));
        QVERIFY(runs.last().arguments.contains(QStringLiteral("-x")));
        QCOMPARE(rest.header.folderMap.first().name, QStringLiteral("Archive"));
        const test::ReadStream all = test::readStream(readAll(m_fake + "/streams/" + kArchiveGuid + ".mt"));
        QCOMPARE(test::messageIds(partial) + test::messageIds(rest), test::messageIds(all));
        const QJsonObject m = test::summaryMailbox(test::lastJsonLine(resumed.out), target);
        QCOMPARE(m.value("state").toString(), QStringLiteral("done"));
        QCOMPARE(m.value("items_resumed").toInt(), m_messages.value("dave") + int(partial.messages.size()));
    }

    void dryRunReadsEveryStoreAndImportsNothing()
    {
        const QString dryList = m_dir.filePath("dry.txt");
        QVERIFY(writeFile(dryList, "bob.dry@example.com,bob,0\ndave.dry@example.com,D4D4D4D4D4D4D4D4D4D4D4D4D4D4D4D4,1\n"));
        QVERIFY(QFile::copy(m_fake + "/streams/dave.mt", m_fake + "/streams/D4D4D4D4D4D4D4D4D4D4D4D4D4D4D4D4.mt"));
        const QString planPath = plan("plan-dry.json", dryList);
        const test::ProcessResult ran = run(planPath, m_dir.filePath("dry.run"), { "--dry-run" });
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.err + ran.out).constData());
        const QJsonObject summary = test::lastJsonLine(ran.out);
        QCOMPARE(test::summaryMailbox(summary, "bob.dry@example.com").value("items_sent").toInt(), m_messages.value("bob"));
        QCOMPARE(test::summaryMailbox(summary, "dave.dry@example.com").value("items_sent").toInt(), m_messages.value("dave"));
        QCOMPARE(m_sshd->recordedStatusFor("bob.dry@example.com"), -1); // the importer never ran
        QVERIFY(readAll(m_fake + "/kdb2mt.calls").contains("--mbox-guid D4D4D4D4D4D4D4D4D4D4D4D4D4D4D4D4"));
    }

    void aFailingStoreFailsOnlyItsMailbox()
    {
        // Targets of their own: the prepared streams name fixed root folders, which the importer
        // stand-in (like Gromox) refuses to create twice in one mailbox.
        const QString failList = m_dir.filePath("fail.txt");
        QVERIFY(writeFile(failList, "alice.f@example.com,alice,0\nbob.f@example.com,bob,0\ncarol.f@example.com,carol,0\n"
                                    "@fail.example.com," + kPublicGuid.toUtf8() + "\n"));
        const QString planPath = plan("plan-fail.json", failList);
        QVERIFY(writeFile(m_fake + "/fail-carol", "kdb2mt: PK-1011: the store of carol has no root folder\n"));
        const test::ProcessResult ran = run(planPath, m_dir.filePath("plan-fail.run"));
        QFile::remove(m_fake + "/fail-carol");
        QCOMPARE(ran.exitCode, 4);
        const QJsonObject summary = test::lastJsonLine(ran.out);
        const QJsonObject carol = test::summaryMailbox(summary, "carol.f@example.com");
        QCOMPARE(carol.value("state").toString(), QStringLiteral("failed"));
        QVERIFY2(carol.value("reason").toString().contains("PK-1011"), qPrintable(carol.value("reason").toString()));
        for (const char *other : { "alice.f@example.com", "bob.f@example.com", "@fail.example.com" }) {
            const QJsonObject m = test::summaryMailbox(summary, other);
            QVERIFY2(m.value("state").toString() == QLatin1String("done"),
                     qPrintable(other + QStringLiteral(": ") + m.value("reason").toString()));
        }
    }

    void aWrongPasswordFailsWithMysqlsReason()
    {
        const QString wrongList = m_dir.filePath("one.txt");
        QVERIFY(writeFile(wrongList, "alice.wrong@example.com,alice,0\n"));
        const QString planPath = plan("plan-wrong.json", wrongList);
        const QString wrong = m_dir.filePath("wrong-password");
        QVERIFY(writeFile(wrong, "not-the-Pa55word\n"));
        const test::ProcessResult ran = test::runApp({ "run", planPath, "--run-dir", m_dir.filePath("wrong.run"),
            "--json", "--sql-password-file", wrong, "--identity", m_sshd->clientKeyFile(), "--known-hosts", m_knownHosts });
        QCOMPARE(ran.exitCode, 1);
        const QJsonObject alice = test::summaryMailbox(test::lastJsonLine(ran.out), "alice.wrong@example.com");
        QCOMPARE(alice.value("state").toString(), QStringLiteral("failed"));
        QVERIFY2(alice.value("reason").toString().contains("Access denied"), qPrintable(alice.value("reason").toString()));
        QVERIFY(!ran.out.contains("not-the-Pa55word") && !ran.err.contains("not-the-Pa55word"));
        // Nothing reached the importer: it refused or never got a stream.
        QVERIFY(test::readStream(m_sshd->recordedStreamFor("alice.wrong@example.com")).messages.isEmpty());
    }

    void missingMailboxesAreCreatedFirst()
    {
        // A server with grommunio-admin: its importer refuses unknown users, as Gromox does.
        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        options.installGrommunioAdmin = true;
        test::SshdFixture server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString fake = test::installKopanoStandIns(server, kPassword);
        QVERIFY(!fake.isEmpty());
        for (const char *key : { "alice", "erin" })
            QVERIFY(QFile::copy(m_fake + "/streams/" + key + ".mt", fake + "/streams/" + key + ".mt"));
        server.addMailbox("alice@example.com");
        const QString knownHosts = m_dir.filePath("known_hosts_admin");
        QVERIFY(writeFile(knownHosts, server.knownHostsLine()));
        const QString list = m_dir.filePath("create.txt");
        QVERIFY(writeFile(list, "alice@example.com,alice,0\nerin@example.com,erin,0\n"));
        const QString planPath = m_dir.filePath("plan-create.json");
        const test::ProcessResult planned = test::runApp({ "plan", "--kopano-list", list, "--attach-dir", "",
            "--create-mailboxes", "--ssh", server.destination(), "--identity", server.clientKeyFile(), "--known-hosts",
            knownHosts, "-o", planPath });
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const test::ProcessResult ran = test::runApp({ "run", planPath, "--run-dir", m_dir.filePath("create.run"), "--json",
            "--sql-password-file", m_passwordFile, "--identity", server.clientKeyFile(), "--known-hosts", knownHosts });
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.err + ran.out).constData());
        QCOMPARE(server.mailboxes(), QStringList({ "alice@example.com", "erin@example.com" }));
        const QJsonObject summary = test::lastJsonLine(ran.out);
        QCOMPARE(test::summaryMailbox(summary, "erin@example.com").value("items_sent").toInt(), m_messages.value("erin"));
        // Without sshfs, kdb2mt was told to skip file attachments (an empty --src-attach).
        QVERIFY(readAll(fake + "/kdb2mt.calls").contains("--mbox-mro erin --src-attach \n"));
        QVERIFY(!QFileInfo::exists(fake + "/sshfs.calls"));
    }

    void anImporterThatGivesUpFailsTheMailboxAtOnce()
    {
        const QString list = m_dir.filePath("refused.txt");
        QVERIFY(writeFile(list, "bob.refused@example.com,bob,0\n"));
        const QString planPath = plan("plan-refused.json", list);
        m_sshd->forceImporterExit(1, "exm: No such username \"bob.refused@example.com\"\n");
        QElapsedTimer took;
        took.start();
        const test::ProcessResult ran = run(planPath, m_dir.filePath("refused.run"));
        m_sshd->clearImporterBehaviour();
        QCOMPARE(ran.exitCode, 1);
        const QJsonObject bob = test::summaryMailbox(test::lastJsonLine(ran.out), "bob.refused@example.com");
        QCOMPARE(bob.value("state").toString(), QStringLiteral("failed"));
        QVERIFY(!bob.value("reason").toString().isEmpty());
        QVERIFY2(took.elapsed() < 60000, qPrintable(QString::number(took.elapsed())));
    }

    void stopAndResumeSendEveryMessageOnce()
    {
        const QString target = QStringLiteral("bob.stop@example.com");
        const QString oneList = m_dir.filePath("stop.txt");
        QVERIFY(writeFile(oneList, target.toUtf8() + ",bob,0\n"));
        const QString planPath = plan("plan-stop.json", oneList);
        const QString runDir = m_dir.filePath("stop.run");
        // Stopped once kdb2mt has opened the "database" and the stream is flowing.
        QCOMPARE(runUntilStopped(planPath, runDir, target, "bob", 1), 3);
        const QList<test::SshdFixture::ImporterRun> afterStop = m_sshd->recordedRunsFor(target);
        QCOMPARE(afterStop.size(), 1);
        const test::ReadStream stopped = test::readStream(afterStop.first().stream);
        QVERIFY2(stopped.ok, qPrintable(stopped.error));
        QVERIFY2(stopped.messages.size() > 0 && stopped.messages.size() < m_messages.value("bob"),
                 qPrintable(QString::number(stopped.messages.size())));

        const test::ProcessResult resumed = run(planPath, runDir, { "--resume" });
        QVERIFY2(resumed.exitCode == 0, QByteArray(resumed.err + resumed.out).constData());
        const QList<test::SshdFixture::ImporterRun> runs = m_sshd->recordedRunsFor(target);
        QCOMPARE(runs.size(), 2);
        const test::ReadStream rest = test::readStream(runs.last().stream);
        QVERIFY2(rest.ok, qPrintable(rest.error));
        const test::ReadStream all = test::readStream(readAll(m_fake + "/streams/bob.mt"));
        QCOMPARE(test::messageIds(stopped) + test::messageIds(rest), test::messageIds(all));
        const QJsonObject m = test::summaryMailbox(test::lastJsonLine(resumed.out), target);
        QCOMPARE(m.value("items_resumed").toInt(), int(stopped.messages.size()));
        verifyNoPasswordInDir(runDir);
    }
};

QTEST_GUILESS_MAIN(TestKopanoRun)
#include "TestKopanoRun.moc"
