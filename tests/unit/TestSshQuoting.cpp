// Pure parts of the SSH transport: shell quoting (checked by a real /bin/sh), destinations,
// Gromox version → stream revision, probe answers, importer output lines, exit statuses.
#include "TestEnvironment.h"

#include "transport/ImporterDiscovery.h"
#include "transport/ImporterOutput.h"
#include "transport/MailboxCreation.h"
#include "transport/SecretBytes.h"
#include "transport/ShellQuote.h"
#include "transport/SshTarget.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace mig;
using namespace mig::transport;

class TestSshQuoting final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quotedArgumentsSurviveARealShell_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("plain") << QStringLiteral("alice@example.com");
        QTest::newRow("injection") << QStringLiteral("a'b;rm -rf /@x");
        QTest::newRow("quotes") << QStringLiteral("it's \"quoted\" ''");
        QTest::newRow("expansions") << QStringLiteral("$HOME `id` $(id) ${PATH} \\n \\");
        QTest::newRow("globs and operators") << QStringLiteral("* ? [a] | & > < ( ) { } ! # ~");
        QTest::newRow("whitespace") << QStringLiteral("  two  spaces\tand tab\nnew line ");
        QTest::newRow("non-ASCII") << QString::fromUtf8("Grüße/Posteingang ✓");
        QTest::newRow("empty") << QString();
        QTest::newRow("leading dash") << QStringLiteral("-rf");
    }

    void quotedArgumentsSurviveARealShell()
    {
        QFETCH(QString, argument);
        // printf prints each argument between markers: exactly one argument, byte for byte.
        const QString script = QStringLiteral("printf '<%s>' ") + shellQuote(argument);
        const test::ProcessResult result = test::runProcess(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QString::fromUtf8(result.out), QLatin1Char('<') + argument + QLatin1Char('>'));
    }

    void commandLineKeepsWordBoundaries()
    {
        const QStringList words{QStringLiteral("printf"), QStringLiteral("[%s]"), QStringLiteral("-u"),
                                QStringLiteral("a'b;rm -rf /@x"), QStringLiteral("two words"), QString()};
        const test::ProcessResult result =
            test::runProcess(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), shellCommand(words)});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("[-u][a'b;rm -rf /@x][two words][]"));
    }

    void mailboxCreationQuotesTheUser()
    {
        // A stand-in grommunio-admin first on PATH prints the words it got: the user stays one
        // argument, whatever it holds, and nothing else runs.
        QTemporaryDir bin;
        QVERIFY(bin.isValid());
        QFile admin(bin.filePath(QStringLiteral("grommunio-admin")));
        QVERIFY(admin.open(QIODevice::WriteOnly));
        admin.write("#!/bin/sh\nprintf '[%s]' \"$@\"\n");
        admin.close();
        admin.setPermissions(admin.permissions() | QFile::ExeOwner);
        const QString user = QStringLiteral("a'b;touch pwned $(id)@x");
        const QString script = QStringLiteral("PATH=") + shellQuote(bin.path()) + QStringLiteral(":\"$PATH\"; ")
            + createMailboxCommand(false, user);
        const test::ProcessResult result = test::runProcess(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QString::fromUtf8(result.out), QStringLiteral("[user][create][") + user + QLatin1Char(']'));
        QVERIFY(createMailboxCommand(true, user).contains(QStringLiteral("'sudo' '-n' 'grommunio-admin'")));
    }

    void parsesDestinations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host") << "mail.example.com" << "" << "mail.example.com" << 22;
        QTest::newRow("user@host:port") << "root@10.0.0.5:2222" << "root" << "10.0.0.5" << 2222;
        QTest::newRow("user with @") << "admin@corp@server" << "admin@corp" << "server" << 22;
        QTest::newRow("IPv6 with port") << "root@[2001:db8::1]:2200" << "root" << "2001:db8::1" << 2200;
        QTest::newRow("bare IPv6") << "2001:db8::1" << "" << "2001:db8::1" << 22;
    }

    void parsesDestinations()
    {
        QFETCH(QString, text);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        const Expected<SshTarget> target = SshTarget::parse(text);
        QVERIFY2(target, qPrintable(target ? QString() : target.error().message));
        QCOMPARE(target->user, user);
        QCOMPARE(target->host, host);
        QCOMPARE(int(target->port), port);
    }

    void rejectsBadDestinations()
    {
        for (const char *text : {"", "@host", "host:0", "host:65536", "host:ssh", "root@[::1"}) {
            const Expected<SshTarget> target = SshTarget::parse(QString::fromLatin1(text));
            QVERIFY2(!target, text);
            QCOMPARE(target.error().code, Error::Code::InvalidArgument);
        }
    }

    void mapsGromoxVersionsToRevisions()
    {
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("3.10-1")), 5);
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("3.3")), 5);
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("3.2.45")), 4);
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("3.0")), 4);
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("2.48.170-lp155.1")), 4);
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("2.48.12")), 3);
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("2.10")), 3);
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("2.9")), 2);
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("1:1.19")), 2);
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("1.8")), 1);
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("1.2")), 0);
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("1.1")), -1);
        QCOMPARE(revisionForGromoxVersion(QStringLiteral("package gromox is not installed")), std::nullopt);

        ImporterInfo info;
        info.packageVersion = QStringLiteral("3.10.2");
        QVERIFY(info.readsUnanchoredFolders());
        info.packageVersion = QStringLiteral("3.9");
        QVERIFY(!info.readsUnanchoredFolders());
        info.packageVersion.clear();
        QVERIFY(!info.readsUnanchoredFolders());
    }

    void readsProbeAnswers()
    {
        QCOMPARE(revisionFromProbeAnswer(QStringLiteral(
                     "mt2exm: Exception: PG-1127: Input is from an unsupported version. Observed signature \"GXMT9999\", "
                     "but only \"GXMT0004\" is understood.\n")),
                 4);
        QCOMPARE(revisionFromProbeAnswer(QStringLiteral("PG-1127: Unrecognized input format\n")), 3);
        QCOMPARE(revisionFromProbeAnswer(QStringLiteral("sh: gromox-mt2exm: not found\n")), std::nullopt);
    }

    void classifiesImporterLines()
    {
        const ImportEvent folder = classifyImporterLine(QStringLiteral("exm: Created folder \"Posteingang (2)\" (fid=0x10001a)"));
        QCOMPARE(folder.kind, ImportEvent::Kind::FolderCreated);
        QCOMPARE(folder.name, QStringLiteral("Posteingang (2)"));
        QCOMPARE(folder.id, QStringLiteral("0x10001a"));
        const ImportEvent message = classifyImporterLine(QStringLiteral("Created new message f1048602:m2097153"));
        QCOMPARE(message.kind, ImportEvent::Kind::MessageCreated);
        QCOMPARE(message.id, QStringLiteral("f1048602:m2097153"));
        QCOMPARE(classifyImporterLine(QStringLiteral("exm: No known placement method for NID 8082h, skipping.")).kind,
                 ImportEvent::Kind::Warning);
        QCOMPARE(classifyImporterLine(QStringLiteral("PF-1123: unknown parent folder 8082h")).kind, ImportEvent::Kind::Warning);
        QCOMPARE(classifyImporterLine(QStringLiteral("exm: allocate_message_id RPC failed (timeout?)")).kind,
                 ImportEvent::Kind::MessageFailed);
        QCOMPARE(classifyImporterLine(QStringLiteral("gromox-import: Exception: PG-1006: truncated frame")).kind,
                 ImportEvent::Kind::Fatal);
        QCOMPARE(classifyImporterLine(QStringLiteral("exm: No such username \"bob@example.com\"")).kind, ImportEvent::Kind::Fatal);
        QCOMPARE(classifyImporterLine(QStringLiteral("Continuous mode has been selcted")).kind, ImportEvent::Kind::Info);
    }

    void splitsOutputIntoLines()
    {
        QList<ImportEvent> events;
        ImporterOutputParser parser([&events](const ImportEvent &event) { events.append(event); });
        parser.feed(true, "Created new mess");
        parser.feed(false, "stdout line\r\n");
        parser.feed(true, "age f1:m2\nexm: Created folder \"A\" (fid=0x1)\n\ntail without newline");
        QCOMPARE(events.size(), 3);
        parser.flush();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).line, QStringLiteral("stdout line"));
        QVERIFY(!events.at(0).fromStderr);
        QCOMPARE(events.at(1).kind, ImportEvent::Kind::MessageCreated);
        QCOMPARE(events.at(2).kind, ImportEvent::Kind::FolderCreated);
        QCOMPARE(events.at(3).line, QStringLiteral("tail without newline"));
    }

    void explainsExitStatuses()
    {
        QVERIFY(explainImporterExit(0, false).contains(QLatin1String("exit status 0")));
        QVERIFY(explainImporterExit(0, true).contains(QLatin1String("--continue-on-error")));
        QVERIFY(explainImporterExit(1, false).contains(QLatin1String("exit status 1")));
        const QString eio = explainImporterExit(251, false);
        QVERIFY2(eio.contains(QLatin1String("-5")) && eio.contains(QLatin1String("Input/output error")), qPrintable(eio));
        QVERIFY(explainImporterExit(244, false).contains(QLatin1String("-12")));
        QVERIFY(explainImporterExit(127, false).contains(QLatin1String("not found")));
    }

    void secretsAreWiped()
    {
        QByteArray buffer("hunter2");
        const char *storage = buffer.constData();
        SecretBytes secret(std::move(buffer));
        QCOMPARE(QByteArray(secret.data()), QByteArray("hunter2"));
        QCOMPARE(secret.data(), storage); // moved, not copied: no second copy to forget
        SecretBytes moved(std::move(secret));
        QVERIFY(secret.isEmpty());
        QCOMPARE(moved.size(), 7);
        QByteArray line("password\n");
        wipe(line);
        QVERIFY(line.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSshQuoting)
#include "TestSshQuoting.moc"
