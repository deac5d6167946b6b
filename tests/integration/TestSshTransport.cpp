// The SSH transport against a real OpenSSH sshd (tests/common/SshdFixture): host-key trust,
// authentication, importer discovery, streaming with back-pressure, importer failures, a killed
// connection and cancellation.
#include "SshdFixture.h"
#include "TestEnvironment.h"
#include "TestSshStreams.h"

#include "transport/ImportSink.h"
#include "transport/ImporterDiscovery.h"
#include "transport/RemoteCommand.h"
#include "transport/ServerFacts.h"
#include "transport/SshSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <thread>

using namespace mig;
using namespace mig::transport;

class TestSshTransport final : public QObject {
    Q_OBJECT

private:
    test::SshdFixture m_sshd;

    SessionOptions options(const QString &knownHostsName, bool trusted = true)
    {
        SessionOptions o;
        o.target = *SshTarget::parse(m_sshd.destination());
        o.identityFile = m_sshd.clientKeyFile();
        o.knownHostsFile = m_sshd.knownHostsPath(knownHostsName);
        o.tryAgent = false;
        QFile file(o.knownHostsFile);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && trusted)
            file.write(m_sshd.knownHostsLine());
        return o;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    ImportOptions importOptions(SshSession &session, const QString &target)
    {
        Expected<ImporterInfo> importer = discoverImporter(session, {});
        if (!importer)
            qFatal("discovery failed: %s", qPrintable(importer.error().fullText()));
        ImportOptions o;
        o.importer = *importer;
        o.targetUser = target;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        if (!m_sshd.start(&error))
            QFAIL(qPrintable(error));
    }

    void init() { m_sshd.clearImporterBehaviour(); }

    void keyAuthenticationRunsACommand()
    {
        SshSession session(options(QStringLiteral("key")));
        const Expected<void> connected = session.connect();
        QVERIFY2(connected, qPrintable(connected ? QString() : connected.error().fullText() + QString::fromLocal8Bit(m_sshd.log())));
        QCOMPARE(session.authMethod(), QStringLiteral("publickey"));
        QCOMPARE(session.hostKey().fingerprint, m_sshd.hostKeyFingerprint());
        const Expected<CommandResult> result = runRemoteCommand(session, QStringLiteral("printf '%s' \"$PATH\"; exit 3"));
        QVERIFY(result);
        QCOMPARE(result->exitStatus, 3);
        // The login shell may prepend its own directories (~/.bashrc); the fixture's bin must be there.
        QVERIFY2(result->out.contains(m_sshd.binDir().toLocal8Bit()), result->out.constData());
    }

    void unknownHostKeyIsRefusedWithoutConfirmation()
    {
        SessionOptions o = options(QStringLiteral("unknown"), false);
        HostKeyInfo asked;
        o.confirmHostKey = [&asked](const HostKeyInfo &key) {
            asked = key;
            return false;
        };
        SshSession session(o);
        const Expected<void> connected = session.connect();
        QVERIFY(!connected);
        QCOMPARE(connected.error().code, Error::Code::HostKey);
        QVERIFY(connected.error().message.contains(m_sshd.hostKeyFingerprint()));
        QCOMPARE(asked.fingerprint, m_sshd.hostKeyFingerprint());
        QCOMPARE(asked.keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(asked.port, m_sshd.port());
        QVERIFY(readFile(o.knownHostsFile).isEmpty());

        SessionOptions noCallback = options(QStringLiteral("unknown2"), false);
        SshSession silent(noCallback);
        QVERIFY(!silent.connect());
        QVERIFY(readFile(noCallback.knownHostsFile).isEmpty());
    }

    void wrongFingerprintIsRefused()
    {
        SessionOptions o = options(QStringLiteral("wrong"), false);
        o.acceptedFingerprint = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        SshSession session(o);
        const Expected<void> connected = session.connect();
        QVERIFY(!connected);
        QCOMPARE(connected.error().code, Error::Code::HostKey);
        QVERIFY(readFile(o.knownHostsFile).isEmpty());
    }

    void approvedFingerprintIsAcceptedAndRecorded()
    {
        SessionOptions o = options(QStringLiteral("approved"), false);
        o.acceptedFingerprint = m_sshd.hostKeyFingerprint();
        {
            SshSession session(o);
            const Expected<void> connected = session.connect();
            QVERIFY2(connected, qPrintable(connected ? QString() : connected.error().fullText()));
        }
        const QByteArray recorded = readFile(o.knownHostsFile);
        const QByteArray key = m_sshd.knownHostsLine().split(' ').value(2).trimmed();
        QVERIFY2(recorded.contains(key), recorded.constData());
        // Now known: no approval needed any more.
        o.acceptedFingerprint.clear();
        SshSession again(o);
        QVERIFY(again.connect());
    }

    void confirmedHostKeyIsRecorded()
    {
        SessionOptions o = options(QStringLiteral("confirmed"), false);
        o.confirmHostKey = [](const HostKeyInfo &) { return true; };
        SshSession session(o);
        QVERIFY(session.connect());
        QVERIFY(readFile(o.knownHostsFile).contains(m_sshd.knownHostsLine().split(' ').value(2).trimmed()));
    }

    void discoversGromoxImport()
    {
        SshSession session(options(QStringLiteral("discover")));
        QVERIFY(session.connect());
        const Expected<ImporterInfo> importer = discoverImporter(session, {});
        QVERIFY2(importer, qPrintable(importer ? QString() : importer.error().fullText()));
        QCOMPARE(importer->program, QStringLiteral("gromox-import"));
        QCOMPARE(importer->path, m_sshd.binDir() + QStringLiteral("/gromox-import"));
        QCOMPARE(importer->revision, gxmt::Revision::V5);
    }

    void serverFactsComeInOneCommand()
    {
        SshSession session(options(QStringLiteral("facts")));
        QVERIFY(session.connect());
        const Expected<ServerFacts> facts = probeServerFacts(session, false, false);
        QVERIFY2(facts, qPrintable(facts ? QString() : facts.error().fullText()));
        QCOMPARE(facts->importPath, m_sshd.binDir() + QStringLiteral("/gromox-import"));
        QCOMPARE(facts->mt2exmPath, m_sshd.binDir() + QStringLiteral("/gromox-mt2exm"));
        QVERIFY(!facts->storagePath.isEmpty());
        QVERIFY(facts->freeBytes > 0);
        QCOMPARE(facts->mailboxQueryStatus, -1); // not asked
        // A chatty login profile before the first marker does not confuse the parser.
        const ServerFacts noisy = parseServerFacts("Welcome!\n@@mig-import\n/usr/sbin/gromox-import\n@@mig-mt2exm\n"
                                                   "@@mig-version\n3.10.2-1\n@@mig-space\n",
                                                   {});
        QCOMPARE(noisy.importPath, QStringLiteral("/usr/sbin/gromox-import"));
        QVERIFY(noisy.mt2exmPath.isEmpty());
        QCOMPARE(noisy.packageVersion, QStringLiteral("3.10.2-1"));
        QCOMPARE(noisy.freeBytes, qint64(-1));
    }

    void launcherStartsTheImporterItFound()
    {
        SshSession session(options(QStringLiteral("launcher")));
        QVERIFY(session.connect());
        QList<ImportEvent> events;
        ImportSink sink(session, {}, [&events](const ImportEvent &event) { events.append(event); });
        const Expected<ServerFacts> facts = sink.startLauncher(false, true);
        QVERIFY2(facts, qPrintable(facts ? QString() : facts.error().fullText()));
        QCOMPARE(facts->importPath, m_sshd.binDir() + QStringLiteral("/gromox-import"));
        ImportOptions o;
        o.importer = *importerFromFacts(session, *facts, {});
        o.targetUser = QStringLiteral("o'neil \"x\"@example.org");
        QVERIFY(sink.launch(o));
        const QByteArray stream = test::demoStream(gxmt::Revision::V5, 30, 100000);
        QVERIFY(sink.write(stream));
        const Expected<ImportResult> result = sink.finish();
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        QCOMPARE(result->exitStatus, 0);
        QCOMPARE(result->bytesSent, quint64(stream.size())); // the command line is not counted
        QCOMPARE(m_sshd.recordedArguments(), QStringList({QStringLiteral("-u"), o.targetUser, QStringLiteral("-v")}));
        QCOMPARE(m_sshd.recordedStream(), stream);
        for (const ImportEvent &event : events)
            QVERIFY2(!event.line.startsWith(QLatin1String("@@mig-")), qPrintable(event.line));
    }

    void launcherWithoutWaitingStreamsToo()
    {
        // The importer is known from an earlier session: no round trip before the first byte.
        SshSession session(options(QStringLiteral("launcher-known")));
        QVERIFY(session.connect());
        ImportOptions o = importOptions(session, QStringLiteral("bob@example.org"));
        ImportSink sink(session, {});
        QVERIFY(sink.startLauncher(false, false));
        QVERIFY(sink.launch(o));
        const QByteArray stream = test::demoStream(gxmt::Revision::V5, 3);
        QVERIFY(sink.write(stream));
        const Expected<ImportResult> result = sink.finish();
        QVERIFY(result);
        QCOMPARE(result->exitStatus, 0);
        QCOMPARE(m_sshd.recordedStream(), stream);
    }

    void abandonedLauncherStartsNothing()
    {
        SshSession session(options(QStringLiteral("launcher-abandoned")));
        QVERIFY(session.connect());
        QFile::remove(m_sshd.recordDir() + QStringLiteral("/program"));
        ImportSink sink(session, {});
        QVERIFY(sink.startLauncher(false, true));
        sink.abandonLauncher();
        QVERIFY(!QFile::exists(m_sshd.recordDir() + QStringLiteral("/program")));
        // The session stays usable for other commands.
        const Expected<CommandResult> echo = runRemoteCommand(session, QStringLiteral("echo still here"));
        QVERIFY(echo);
        QCOMPARE(echo->out, QByteArray("still here\n"));
    }

    void streamsIntoImporterWithLiteralArguments()
    {
        SshSession session(options(QStringLiteral("stream")));
        QVERIFY(session.connect());
        const QString target = QStringLiteral("a'b;rm -rf /@x");
        ImportOptions o = importOptions(session, target);
        o.anchorFolder = QStringLiteral("IPM_SUBTREE");
        const QByteArray stream = test::demoStream(gxmt::Revision::V5, 50, 50000);
        QVERIFY(stream.size() > 2 * 1024 * 1024); // more than one window: back-pressure is exercised
        QList<ImportEvent> events;
        ImportSink sink(session, o, [&events](const ImportEvent &event) { events.append(event); });
        QVERIFY(sink.start());
        for (qsizetype offset = 0; offset < stream.size(); offset += 70000)
            QVERIFY(sink.write(stream.mid(offset, 70000)));
        const Expected<ImportResult> result = sink.finish();
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        QCOMPARE(m_sshd.recordedProgram(), QStringLiteral("gromox-import"));
        QCOMPARE(m_sshd.recordedArguments(),
                 QStringList({QStringLiteral("-u"), target, QStringLiteral("-B"), QStringLiteral("IPM_SUBTREE"), QStringLiteral("-v")}));
        QCOMPARE(m_sshd.recordedStream(), stream);
        QCOMPARE(result->bytesSent, quint64(stream.size()));
        QVERIFY(!events.isEmpty()); // the fake importer's own stderr lines
        QVERIFY(events.constLast().line.startsWith(QLatin1String("fake-gromox-import:")));
    }

    void importerEventsAreCounted()
    {
        m_sshd.forceImporterExit(0,
                                 "exm: Created folder \"Inbox\" (fid=0x100001)\n"
                                 "Created new message f1048577:m2000001\n"
                                 "Created new message f1048577:m2000002\n"
                                 "PF-1123: unknown parent folder 99h\n"
                                 "exm: write_message RPC failed\n",
                                 true);
        SshSession session(options(QStringLiteral("events")));
        QVERIFY(session.connect());
        ImportOptions o = importOptions(session, QStringLiteral("alice@example.com"));
        o.continueOnError = true;
        QList<ImportEvent> events;
        ImportSink sink(session, o, [&events](const ImportEvent &event) { events.append(event); });
        QVERIFY(sink.start());
        QVERIFY(sink.write(test::demoStream(gxmt::Revision::V5, 2)));
        const Expected<ImportResult> result = sink.finish();
        QVERIFY(result);
        QCOMPARE(result->exitStatus, 0);
        QCOMPARE(result->foldersCreated, quint64(1));
        QCOMPARE(result->messagesCreated, quint64(2));
        QCOMPARE(result->warnings, quint64(1));
        QCOMPARE(result->messageFailures, quint64(1));
        QVERIFY(!result->succeeded());
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.at(0).kind, ImportEvent::Kind::FolderCreated);
        QCOMPARE(events.at(0).name, QStringLiteral("Inbox"));
        QCOMPARE(m_sshd.recordedArguments().constLast(), QStringLiteral("-c"));
    }

    void importerFailureReachesTheUser()
    {
        m_sshd.forceImporterExit(1, "gromox-import: Exception: PG-1127: Input is from an unsupported version.\n");
        SshSession session(options(QStringLiteral("failure")));
        QVERIFY(session.connect());
        ImportSink sink(session, importOptions(session, QStringLiteral("alice@example.com")));
        QVERIFY(sink.start());
        // The importer does not read: the window fills, then the channel ends; the write fails.
        const QByteArray block(1024 * 1024, 'z');
        Expected<void> written;
        for (int i = 0; i < 64 && written; ++i)
            written = sink.write(block);
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Remote);
        QVERIFY2(written.error().message.contains(QLatin1String("PG-1127")), qPrintable(written.error().message));
        QVERIFY2(written.error().message.contains(QLatin1String("exit status 1")), qPrintable(written.error().message));
        QCOMPARE(sink.result().exitStatus, 1);
    }

    void importerExitStatus251IsExplained()
    {
        m_sshd.forceImporterExit(251, "exm: write_message RPC failed\n", true);
        SshSession session(options(QStringLiteral("eio")));
        QVERIFY(session.connect());
        ImportSink sink(session, importOptions(session, QStringLiteral("alice@example.com")));
        QVERIFY(sink.start());
        QVERIFY(sink.write(test::demoStream(gxmt::Revision::V5, 1)));
        const Expected<ImportResult> result = sink.finish();
        QVERIFY(result);
        QCOMPARE(result->exitStatus, 251);
        QVERIFY2(result->explanation.contains(QLatin1String("-5")), qPrintable(result->explanation));
        QCOMPARE(result->errorLines, QStringList{QStringLiteral("exm: write_message RPC failed")});
    }

    void killedConnectionIsReported()
    {
        m_sshd.setSinkMode(true);
        SshSession session(options(QStringLiteral("killed")));
        QVERIFY(session.connect());
        ImportSink sink(session, importOptions(session, QStringLiteral("alice@example.com")));
        QVERIFY(sink.start());
        const QByteArray block(1024 * 1024, 'k');
        Expected<void> written;
        QElapsedTimer sinceKill;
        for (int i = 0; i < 100000 && written; ++i) {
            if (i == 16) {
                QVERIFY(m_sshd.killSessions() > 0);
                sinceKill.start();
            }
            written = sink.write(block);
        }
        QVERIFY(!written);
        QCOMPARE(written.error().code, Error::Code::Network);
        QVERIFY2(written.error().message.contains(QLatin1String("lost")), qPrintable(written.error().fullText()));
        qInfo("connection loss reported %lld ms after the kill: %s", sinceKill.elapsed(), qPrintable(written.error().fullText()));
    }

    void cancelStopsTheStream()
    {
        m_sshd.setSinkMode(true);
        SshSession session(options(QStringLiteral("cancel")));
        QVERIFY(session.connect());
        ImportSink sink(session, importOptions(session, QStringLiteral("alice@example.com")));
        QVERIFY(sink.start());
        std::thread canceller([&sink] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            sink.cancel();
        });
        const QByteArray block(1024 * 1024, 'c');
        Expected<void> written;
        while (written)
            written = sink.write(block);
        canceller.join();
        QCOMPARE(written.error().code, Error::Code::Canceled);
        // The session stays usable for the next job.
        const Expected<CommandResult> after = runRemoteCommand(session, QStringLiteral("echo alive"));
        QVERIFY(after);
        QCOMPARE(after->out, QByteArray("alive\n"));
    }

    void changedHostKeyIsRefused()
    {
        // Last: restarts the server with a new host key.
        SessionOptions o = options(QStringLiteral("changed"));
        const QString oldFingerprint = m_sshd.hostKeyFingerprint();
        QString error;
        QVERIFY2(m_sshd.rotateHostKey(&error), qPrintable(error));
        QVERIFY(m_sshd.hostKeyFingerprint() != oldFingerprint);
        bool asked = false;
        o.acceptedFingerprint = m_sshd.hostKeyFingerprint(); // must not override a changed key
        o.confirmHostKey = [&asked](const HostKeyInfo &) {
            asked = true;
            return true;
        };
        SshSession session(o);
        const Expected<void> connected = session.connect();
        QVERIFY(!connected);
        QCOMPARE(connected.error().code, Error::Code::HostKey);
        qInfo("%s", qPrintable(connected.error().fullText()));
        QVERIFY(connected.error().message.contains(QLatin1String("CHANGED")));
        QVERIFY(connected.error().message.contains(oldFingerprint));
        QVERIFY(connected.error().message.contains(m_sshd.hostKeyFingerprint()));
        QVERIFY(!asked);
    }
};

QTEST_GUILESS_MAIN(TestSshTransport)
#include "TestSshTransport.moc"
