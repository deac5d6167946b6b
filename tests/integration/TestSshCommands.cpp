// The SSH commands of the CLI (import-mt, check-server, import) against a real OpenSSH sshd whose
// fake gromox-import runs `grommunio-migrate verify-mt -` on what it receives.
#include "SshdFixture.h"
#include "TestEnvironment.h"
#include "TestSshStreams.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace mig;

class TestSshCommands final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SshdFixture> m_sshd;
    QTemporaryDir m_dir;

    QString knownHosts(const QString &name, bool trusted = true)
    {
        const QString path = m_sshd->knownHostsPath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && trusted)
            file.write(m_sshd->knownHostsLine());
        return path;
    }

    QString writeStream(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QStringList sshArguments(const QString &knownHostsPath) const
    {
        return {QStringLiteral("--ssh"), m_sshd->destination(), QStringLiteral("--identity"), m_sshd->clientKeyFile(),
                QStringLiteral("--known-hosts"), knownHostsPath};
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::ProcessResult help = test::runApp({QStringLiteral("verify-mt"), QStringLiteral("--help")});
        if (help.exitCode != 0)
            QSKIP("verify-mt is not available in this build");
        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        m_sshd = std::make_unique<test::SshdFixture>(options);
        QString error;
        if (!m_sshd->start(&error))
            QFAIL(qPrintable(error));
    }

    void init() { m_sshd->clearImporterBehaviour(); }

    void importMtStreamsAVerifiedFile()
    {
        const QByteArray stream = test::demoStream(gxmt::Revision::V5, 20, 2000);
        const QString file = writeStream(QStringLiteral("demo.mt"), stream);
        const QString target = QStringLiteral("a'b;rm -rf /@x");
        const test::ProcessResult result = test::runApp(
            QStringList{QStringLiteral("import-mt"), file, QStringLiteral("--to"), target, QStringLiteral("--anchor"),
                        QStringLiteral("IPM_SUBTREE")}
            + sshArguments(knownHosts(QStringLiteral("import-mt"))));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(m_sshd->recordedStream(), stream);
        QCOMPARE(m_sshd->recordedArguments(),
                 QStringList({QStringLiteral("-u"), target, QStringLiteral("-B"), QStringLiteral("IPM_SUBTREE"), QStringLiteral("-v")}));
        QVERIFY2(result.err.contains("verify-mt exit status 0"), result.err.constData());
        QVERIFY2(result.out.contains(QByteArray::number(stream.size())), result.out.constData());
    }

    void unknownHostKeyNeedsTheFingerprint()
    {
        const QString file = writeStream(QStringLiteral("small.mt"), test::demoStream(gxmt::Revision::V5, 1));
        const QString path = knownHosts(QStringLiteral("unknown"), false);
        const QStringList base{QStringLiteral("import-mt"), file, QStringLiteral("--to"), QStringLiteral("alice@example.com")};
        const test::ProcessResult refused = test::runApp(base + sshArguments(path));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(m_sshd->hostKeyFingerprint().toLatin1()), refused.err.constData());
        QVERIFY(readFile(path).isEmpty());
        QVERIFY(m_sshd->recordedStream().isEmpty());

        const test::ProcessResult accepted =
            test::runApp(base + sshArguments(path) + QStringList{QStringLiteral("--accept-host-key"), m_sshd->hostKeyFingerprint()});
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QVERIFY(readFile(path).contains(m_sshd->knownHostsLine().split(' ').value(2).trimmed()));
    }

    void importerErrorReachesTheUser()
    {
        m_sshd->forceImporterExit(1, "gromox-import: Exception: exm: No such username \"alice@example.com\"\n");
        const QString file = writeStream(QStringLiteral("small.mt"), test::demoStream(gxmt::Revision::V5, 1));
        const test::ProcessResult result = test::runApp(
            QStringList{QStringLiteral("import-mt"), file, QStringLiteral("--to"), QStringLiteral("alice@example.com")}
            + sshArguments(knownHosts(QStringLiteral("error"))));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("No such username"), result.err.constData());
        QVERIFY2(result.out.contains("exit status 1"), result.out.constData());
    }

    void revisionMismatchIsRefusedBeforeStreaming()
    {
        const QString file = writeStream(QStringLiteral("v4.mt"), test::demoStream(gxmt::Revision::V4, 1));
        const test::ProcessResult result = test::runApp(
            QStringList{QStringLiteral("import-mt"), file, QStringLiteral("--to"), QStringLiteral("alice@example.com")}
            + sshArguments(knownHosts(QStringLiteral("mismatch"))));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("GXMT0004") && result.err.contains("GXMT0005"), result.err.constData());
        QVERIFY(m_sshd->recordedArguments().isEmpty());
    }

    void checkServerReports()
    {
        const test::ProcessResult result =
            test::runApp(QStringList{QStringLiteral("check-server"), QStringLiteral("--to"), QStringLiteral("alice@example.com")}
                         + sshArguments(knownHosts(QStringLiteral("check"))));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains(QByteArray(QByteArray("Host key: ssh-ed25519 ") + m_sshd->hostKeyFingerprint().toLatin1())), result.out.constData());
        QVERIFY2(result.out.contains("Importer: gromox-import"), result.out.constData());
        QVERIFY2(result.out.contains("Stream revision: GXMT0005"), result.out.constData());
        QVERIFY2(result.out.contains("Free space: "), result.out.constData());
        // This server has no grommunio-admin: the mailbox cannot be looked up, and that is said.
        QVERIFY2(result.out.contains("Mailbox alice@example.com: unknown (grommunio-admin is not installed"),
                 result.out.constData());
    }

    void checkServerLooksUpMailboxes()
    {
        test::SshdFixture::Options options;
        options.installGrommunioAdmin = true;
        test::SshdFixture server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        server.addMailbox(QStringLiteral("alice@example.com"));
        const QString path = server.knownHostsPath(QStringLiteral("admin"));
        QVERIFY(server.writeKnownHosts(path));
        auto check = [&](const QString &user) {
            return test::runApp({QStringLiteral("check-server"), QStringLiteral("--ssh"), server.destination(),
                                 QStringLiteral("--identity"), server.clientKeyFile(), QStringLiteral("--known-hosts"), path,
                                 QStringLiteral("--to"), user});
        };
        test::ProcessResult result = check(QStringLiteral("alice@example.com"));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("Mailbox alice@example.com: exists"), result.out.constData());
        result = check(QStringLiteral("zoe@example.com"));
        QVERIFY2(result.out.contains("Mailbox zoe@example.com: does NOT exist"), result.out.constData());
    }

    void checkServerProbesAnOldImporter()
    {
        test::SshdFixture::Options options;
        options.installGromoxImport = false;
        options.mt2exmRevision = QStringLiteral("0004");
        test::SshdFixture old(options);
        QString error;
        QVERIFY2(old.start(&error), qPrintable(error));
        const QString path = old.knownHostsPath(QStringLiteral("old"));
        QVERIFY(old.writeKnownHosts(path));
        const test::ProcessResult result = test::runApp(
            {QStringLiteral("check-server"), QStringLiteral("--ssh"), old.destination(), QStringLiteral("--identity"),
             old.clientKeyFile(), QStringLiteral("--known-hosts"), path, QStringLiteral("--to"), QStringLiteral("bob@example.com")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("Importer: gromox-mt2exm"), result.out.constData());
        QVERIFY2(result.out.contains("Stream revision: GXMT0004"), result.out.constData());
        // The probe ran with the target mailbox (mandatory for importers before Gromox 3.3).
        QCOMPARE(old.recordedArguments(), QStringList({QStringLiteral("-u"), QStringLiteral("bob@example.com")}));
    }

    void agentAuthentication()
    {
        const QString socket = m_dir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(agent.waitForStarted());
        for (int i = 0; i < 100 && !QFile::exists(socket); ++i)
            QTest::qWait(50);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        environment.insert(QStringLiteral("HOME"), m_dir.path()); // no ~/.ssh/id_* keys to fall back on
        QProcess add;
        add.setProcessEnvironment(environment);
        add.start(QStringLiteral("ssh-add"), {m_sshd->clientKeyFile()});
        QVERIFY(add.waitForFinished());
        QCOMPARE(add.exitCode(), 0);

        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(test::appBinary(), {QStringLiteral("check-server"), QStringLiteral("--ssh"), m_sshd->destination(),
                                      QStringLiteral("--known-hosts"), knownHosts(QStringLiteral("agent"))});
        QVERIFY(app.waitForFinished(120000));
        const QByteArray err = app.readAllStandardError();
        agent.terminate();
        agent.waitForFinished();
        QVERIFY2(app.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("authenticated by publickey"), err.constData());
    }

    void unreadablePasswordFileIsReportedBeforeConnecting()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-password-file"));
        const test::ProcessResult result = test::runApp(
            {QStringLiteral("check-server"), QStringLiteral("--ssh"), m_sshd->destination(), QStringLiteral("--password-file"), missing,
             QStringLiteral("--known-hosts"), knownHosts(QStringLiteral("password"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(missing.toUtf8()), result.err.constData());
        QVERIFY(!result.err.contains("Connecting"));
    }

    void importConvertsAndStreamsAPst()
    {
        MIG_REQUIRE_TESTDATA();
        const QString pst = test::testDataPath(QStringLiteral("pst/aranetic_four_nesting_levels.pst"));
        const test::ProcessResult result = test::runApp(
            QStringList{QStringLiteral("import"), pst, QStringLiteral("--to"), QStringLiteral("alice@example.com"),
                        QStringLiteral("--target-folder"), QStringLiteral("Old mail")}
            + sshArguments(knownHosts(QStringLiteral("import"))));
        QVERIFY2(result.exitCode == 0, QByteArray(result.err + "\n" + result.out).constData());
        QVERIFY2(result.err.contains("verify-mt exit status 0"), result.err.constData());
        const QByteArray stream = m_sshd->recordedStream();
        QVERIFY(stream.startsWith("GXMT0005"));
        QVERIFY(stream.contains(QStringLiteral("Old mail").toUtf8()));
        QCOMPARE(m_sshd->recordedArguments().mid(0, 2), QStringList({QStringLiteral("-u"), QStringLiteral("alice@example.com")}));
    }

    void ctrlCEndsTheImportCleanly()
    {
        // The server takes 400 kB and then waits (a slow server); Ctrl+C arrives meanwhile: the
        // stream ends after the message in progress, the importer accepts what it got.
        MIG_REQUIRE_TESTDATA();
        const QString user = QStringLiteral("ctrlc@example.com");
        // Several sources in one stream (about 9 MB): more than the SSH window, the pipes and the
        // queue between converter and channel (about 4.5 MB) hold while the importer pauses, so the
        // conversion is still running when Ctrl+C comes.
        QStringList sources;
        for (const char *name : {"pst/aspose_SampleOstFile.ost", "pst/aspose_Outlook.pst", "pst/tika_testPST.pst",
                                 "pst/aspose_passwordprotectedPST.pst", "pst/libyal_outlook.pst"})
            sources.append(test::testDataPath(QString::fromLatin1(name)));
        QTemporaryDir copies;
        for (const char *name : {"copy 1.ost", "copy 2.ost", "copy 3.ost"}) {
            sources.append(copies.filePath(QString::fromLatin1(name)));
            QVERIFY(QFile::copy(sources.first(), sources.last()));
        }
        m_sshd->pauseImportFor(user, 400 * 1024);
        QProcess app;
        app.start(test::appBinary(), QStringList{QStringLiteral("import")} + sources
                                         + QStringList{QStringLiteral("--to"), user}
                                         + sshArguments(knownHosts(QStringLiteral("ctrlc"))));
        QVERIFY(app.waitForStarted());
        QVERIFY2(m_sshd->waitUntilImportPaused(user, 60000), app.readAllStandardError().constData());
        QCOMPARE(::kill(pid_t(app.processId()), SIGINT), 0);
        QTest::qWait(300); // the signal is counted before the server reads on
        m_sshd->continueImportFor(user);
        QVERIFY(app.waitForFinished(120000));
        const QByteArray err = app.readAllStandardError();
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 3, err.constData()); // ExitCanceled
        QVERIFY2(err.contains("Stopped by Ctrl+C after"), err.constData());
        QVERIFY2(err.contains("verify-mt exit status 0"), err.constData());
        QCOMPARE(m_sshd->recordedStatusFor(user), 0);
        QVERIFY(m_sshd->recordedStreamFor(user).startsWith("GXMT"));
    }
};

QTEST_GUILESS_MAIN(TestSshCommands)
#include "TestSshCommands.moc"
