// IMAP accounts as sources of the command line, against a real Dovecot (DovecotFixture) and the
// real sshd fixture: `convert imaps://...` writes a stream verify-mt accepts with every message,
// `inspect` lists the folders, an untrusted certificate is refused with its fingerprint and
// accepted with --tls-fingerprint, a wrong password names user and host, `plan` stores the account
// without a secret and `run --dry-run` reads it with --source-password-file, and `import` streams
// the account into the importer stand-in over SSH. The password never shows in any output, plan
// or run file.

#include "DovecotFixture.h"
#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "mapping/SourceScanner.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestImapCommands final : public QObject {
    Q_OBJECT

private:
    test::DovecotFixture m_dovecot;
    QTemporaryDir m_dir;
    QString m_passwordFile;

    QString url() const
    {
        return QStringLiteral("imaps://%1@%2:%3").arg(m_dovecot.user(), m_dovecot.host()).arg(m_dovecot.imapsPort());
    }

    QStringList trusted() const
    {
        return { QStringLiteral("--source-ca-file"), m_dovecot.caCertFile(), QStringLiteral("--source-password-file"),
            m_passwordFile };
    }

    /// Messages Dovecot holds that a conversion sends: every seeded one.
    int seededCount() const { return int(m_dovecot.seeded().size()); }

    void verifyNoPassword(const test::ProcessResult &r)
    {
        const QByteArray password = m_dovecot.password().toUtf8();
        QVERIFY(!r.out.contains(password));
        QVERIFY(!r.err.contains(password));
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        if (!QFileInfo::exists(QStringLiteral("/usr/sbin/dovecot")))
            QSKIP("dovecot-imapd is not installed");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_dovecot.start(&error), qPrintable(error));
        QVERIFY2(m_dovecot.seedSamples(&error), qPrintable(error));
        m_passwordFile = m_dir.filePath(QStringLiteral("imap-password"));
        QVERIFY(writeFile(m_passwordFile, m_dovecot.password().toUtf8() + '\n'));
    }

    void convertWritesAStreamVerifyMtAccepts()
    {
        const QString out = m_dir.filePath(QStringLiteral("account.mt"));
        const test::ProcessResult converted
            = test::runApp(QStringList { QStringLiteral("convert"), url(), QStringLiteral("-o"), out } + trusted());
        QVERIFY2(converted.exitCode == 0, converted.err.constData());
        verifyNoPassword(converted);
        const test::ReadStream stream = test::readStream(readAll(out));
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QCOMPARE(int(stream.messages.size()), seededCount());
        QVERIFY(stream.folders.size() >= 7); // root, INBOX, Archiv, Archiv/2023, Archiv/Größe & Co, Entwürfe, Sent ...
        const test::ProcessResult verified = test::runApp({ QStringLiteral("verify-mt"), out });
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
    }

    void inspectTakesThePasswordFromTheEnvironment()
    {
        qputenv("MIG_IMAP_PASSWORD", m_dovecot.password().toUtf8());
        const test::ProcessResult inspected = test::runApp({ QStringLiteral("inspect"), url(),
            QStringLiteral("--source-ca-file"), m_dovecot.caCertFile(), QStringLiteral("--json") });
        qunsetenv("MIG_IMAP_PASSWORD");
        QVERIFY2(inspected.exitCode == 0, inspected.err.constData());
        verifyNoPassword(inspected);
        QVERIFY2(inspected.out.contains("\"INBOX\""), inspected.out.constData());
        QVERIFY(inspected.out.contains("Archiv/2023"));
        // Without any password (no file, no variable, no terminal) the error says whose is missing.
        const test::ProcessResult none = test::runApp(
            { QStringLiteral("inspect"), url(), QStringLiteral("--source-ca-file"), m_dovecot.caCertFile() });
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(url().toUtf8()), none.err.constData());
    }

    void untrustedCertificateIsRefusedThenAcceptedByFingerprint()
    {
        const QString out = m_dir.filePath(QStringLiteral("untrusted.mt"));
        const QStringList base { QStringLiteral("convert"), url(), QStringLiteral("-o"), out,
            QStringLiteral("--source-password-file"), m_passwordFile };
        const test::ProcessResult refused = test::runApp(base);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(m_dovecot.serverFingerprint().toUtf8()), refused.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        const test::ProcessResult accepted
            = test::runApp(base + QStringList { QStringLiteral("--tls-fingerprint"), m_dovecot.serverFingerprint() });
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QCOMPARE(int(test::readStream(readAll(out)).messages.size()), seededCount());
    }

    void wrongPasswordNamesUserAndHost()
    {
        const QString wrong = m_dir.filePath(QStringLiteral("wrong-password"));
        QVERIFY(writeFile(wrong, "Wr0ng-Secret\n"));
        const test::ProcessResult r = test::runApp({ QStringLiteral("inspect"), url(), QStringLiteral("--source-ca-file"),
            m_dovecot.caCertFile(), QStringLiteral("--source-password-file"), wrong });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_dovecot.user().toUtf8()) && r.err.contains(m_dovecot.host().toUtf8()), r.err.constData());
        QVERIFY(!r.err.contains("Wr0ng-Secret"));
    }

    void planStoresNoSecretAndRunReadsTheAccount()
    {
        const QString plan = m_dir.filePath(QStringLiteral("plan.json"));
        const test::ProcessResult planned = test::runApp({ QStringLiteral("plan"), QStringLiteral("--ssh"),
            QStringLiteral("root@grommunio.invalid"), QStringLiteral("--job"), url() + QStringLiteral("=alice@example.com"),
            QStringLiteral("--source-ca-file"), m_dovecot.caCertFile(), QStringLiteral("-o"), plan });
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const QByteArray json = readAll(plan);
        QVERIFY2(json.contains("\"imap\""), json.constData());
        QVERIFY(json.contains(url().toUtf8()));
        QVERIFY(json.contains("caFile"));
        QVERIFY(!json.contains(m_dovecot.password().toUtf8()));

        const QString runDir = m_dir.filePath(QStringLiteral("plan.run"));
        const test::ProcessResult ran = test::runApp({ QStringLiteral("run"), plan, QStringLiteral("--dry-run"),
            QStringLiteral("--run-dir"), runDir, QStringLiteral("--source-password-file"), m_passwordFile });
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        verifyNoPassword(ran);
        QDirIterator files(runDir, QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(!readAll(file).contains(m_dovecot.password().toUtf8()), qPrintable(file));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void folderOptionsGoIntoThePlanAndTheConversion()
    {
        const QString plan = m_dir.filePath(QStringLiteral("folders-plan.json"));
        const test::ProcessResult planned = test::runApp({ QStringLiteral("plan"), QStringLiteral("--ssh"),
            QStringLiteral("root@grommunio.invalid"), QStringLiteral("--job"), url() + QStringLiteral("=alice@example.com"),
            QStringLiteral("--source-ca-file"), m_dovecot.caCertFile(), QStringLiteral("--folder"), QStringLiteral("INBOX"),
            QStringLiteral("--folder"), QStringLiteral("Archiv"), QStringLiteral("--exclude-folder"),
            QStringLiteral("Archiv/2023"), QStringLiteral("-o"), plan });
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const QByteArray json = readAll(plan);
        QVERIFY2(json.contains("\"folders\"") && json.contains("\"excludeFolders\"") && json.contains("Archiv/2023"),
            json.constData());

        const QString out = m_dir.filePath(QStringLiteral("inbox-only.mt"));
        const test::ProcessResult converted = test::runApp(
            QStringList { QStringLiteral("convert"), url(), QStringLiteral("--folder"), QStringLiteral("INBOX"),
                QStringLiteral("-o"), out } + trusted());
        QVERIFY2(converted.exitCode == 0, converted.err.constData());
        int inbox = 0;
        for (const test::DovecotFixture::Seeded &seeded : m_dovecot.seeded())
            inbox += seeded.folder == QLatin1String("INBOX") ? 1 : 0;
        QCOMPARE(int(test::readStream(readAll(out)).messages.size()), inbox);

        const test::ProcessResult typo = test::runApp(QStringList { QStringLiteral("convert"), url(),
            QStringLiteral("--folder"), QStringLiteral("Archiv/2032"), QStringLiteral("-o"),
            m_dir.filePath(QStringLiteral("typo.mt")) } + trusted());
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains("Archiv/2032"), typo.err.constData());
    }

    void mapNamesAnAccountByItsLogin()
    {
        auto collected = mapping::collectSources({ url() });
        QVERIFY(collected);
        QCOMPARE(collected->size(), size_t(1));
        QCOMPARE(collected->front().kind, mapping::SourceDescriptor::Kind::ImapAccount);
        QCOMPARE(collected->front().name, m_dovecot.user());
        QCOMPARE(collected->front().path, url());
        QVERIFY(!mapping::collectSources({ QStringLiteral("imaps://imap.example.org") })); // no login
    }

    void importStreamsTheAccountOverSsh()
    {
        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        test::SshdFixture sshd(options);
        QString error;
        if (!sshd.start(&error))
            QFAIL(qPrintable(error));
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(writeFile(knownHosts, sshd.knownHostsLine()));
        const test::ProcessResult imported = test::runApp(QStringList { QStringLiteral("import"), url(),
            QStringLiteral("--to"), QStringLiteral("alice@example.com"), QStringLiteral("--splice"), QStringLiteral("--ssh"),
            sshd.destination(), QStringLiteral("--identity"), sshd.clientKeyFile(), QStringLiteral("--known-hosts"),
            knownHosts } + trusted());
        QVERIFY2(imported.exitCode == 0, QByteArray(imported.err + imported.out).constData());
        verifyNoPassword(imported);
        QVERIFY2(imported.err.contains("verify-mt exit status 0"), imported.err.constData());
        const test::ReadStream stream = test::readStream(sshd.recordedStream());
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QVERIFY(stream.header.splice);
        QCOMPARE(int(stream.messages.size()), seededCount());
    }
};

QTEST_GUILESS_MAIN(TestImapCommands)
#include "TestImapCommands.moc"
