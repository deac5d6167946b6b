// Many IMAP accounts from one CSV file through the command line, against a real Dovecot
// (DovecotFixture, three accounts) and the real sshd fixture whose stand-in gromox-import checks
// every stream with verify-mt: `plan --imap-accounts` writes one imap job per line with the line's
// target and no password anywhere in the plan; `run --imap-passwords` with the same file migrates
// all three, each with as many messages as Dovecot holds for it; a wrong password in the file fails
// only that account's mailbox (exit code 4, "partial"); a bad line is reported with file and line;
// a password file others may read is warned about; `inspect` takes the account's password from it;
// a file without passwords (';'-separated, as German spreadsheets write) works with --master-user.

#include "DovecotFixture.h"
#include "RunSummaryJson.h"
#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "migration/Plan.h"
#include "sources/imap/ImapClient.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;

using mig::test::readAll;

namespace {

/// Writes a file only its owner may read, as a file of passwords should be.
bool writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

/// A CSV field with quotes doubled, as a spreadsheet writes a field holding '"'.
QByteArray quoted(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\"", "\"\"");
    return "\"" + bytes + "\"";
}

QByteArray generated(const QString &subject)
{
    return "From: Bob <bob@example.org>\r\nTo: someone@example.com\r\nSubject: " + subject.toUtf8()
        + "\r\nDate: Tue, 5 Dec 2023 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nHello.\r\n";
}

} // namespace

class TestImapAccounts final : public QObject {
    Q_OBJECT

private:
    test::DovecotFixture m_dovecot;
    std::unique_ptr<test::SshdFixture> m_sshd;
    QTemporaryDir m_dir;
    QString m_knownHosts;
    const QStringList m_accounts { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") };

    QString server() const
    {
        return QStringLiteral("imaps://%1:%2").arg(m_dovecot.host()).arg(m_dovecot.imapsPort());
    }

    /// Messages Dovecot holds for login: the sum of STATUS MESSAGES over its folders; -1 on error.
    int dovecotCount(const QString &login)
    {
        imap::ImapClient::Options o;
        o.account = *imap::parseImapUrl(QStringLiteral("imaps://%1@%2:%3").arg(login, m_dovecot.host()).arg(m_dovecot.imapsPort()));
        o.trust.caFile = m_dovecot.caCertFile();
        imap::ImapClient client(o);
        if (!client.connectToServer() || !client.login(m_dovecot.password()))
            return -1;
        const auto listed = client.listFolders();
        if (!listed)
            return -1;
        int count = 0;
        for (const imap::ImapFolder &f : *listed) {
            if (f.isSelectable())
                count += int(client.status(f)->messages);
        }
        client.logout();
        return count;
    }

    /// An accounts file: a comment, a header, and login,target,password per account; the password
    /// (Dovecot's, which holds a blank and quotes) quoted as spreadsheets do. wrongFor gets another.
    QString accountsFile(const QString &name, const QString &suffix, const QString &wrongFor = {})
    {
        QByteArray csv = "# IMAP accounts of the old hoster\nlogin,target,password\n\n";
        for (const QString &login : m_accounts) {
            const QString password = login == wrongFor ? QStringLiteral("not-the-Pa55word") : m_dovecot.password();
            csv += login.toUtf8() + ',' + target(login, suffix).toUtf8() + ',' + quoted(password) + '\n';
        }
        const QString path = m_dir.filePath(name);
        return writePrivateFile(path, csv) ? path : QString();
    }

    static QString target(const QString &login, const QString &suffix) { return login + suffix + QStringLiteral("@example.com"); }

    QStringList ssh() const
    {
        return { QStringLiteral("--ssh"), m_sshd->destination(), QStringLiteral("--identity"), m_sshd->clientKeyFile(),
            QStringLiteral("--known-hosts"), m_knownHosts };
    }

    test::ProcessResult plan(const QString &accounts, const QString &planPath)
    {
        return test::runApp(QStringList { QStringLiteral("plan"), QStringLiteral("--imap-accounts"), accounts,
                                QStringLiteral("--imap-server"), server(), QStringLiteral("--source-ca-file"),
                                m_dovecot.caCertFile(), QStringLiteral("--jobs"), QStringLiteral("3"), QStringLiteral("-o"),
                                planPath }
            + ssh());
    }

    test::ProcessResult run(const QString &planPath, const QString &passwords, const QString &runDir)
    {
        return test::runApp({ QStringLiteral("run"), planPath, QStringLiteral("--run-dir"), runDir, QStringLiteral("--json"),
                                QStringLiteral("--imap-passwords"), passwords, QStringLiteral("--identity"),
                                m_sshd->clientKeyFile(), QStringLiteral("--known-hosts"), m_knownHosts },
            {}, 300000);
    }

    void verifyNoPassword(const QByteArray &text, const QString &where)
    {
        QVERIFY2(!text.contains(m_dovecot.password().toUtf8()), qPrintable(where));
        QVERIFY2(!text.contains("alice-Pa55"), qPrintable(where));
        QVERIFY2(!text.contains("not-the-Pa55word"), qPrintable(where));
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        if (!QFileInfo::exists(QStringLiteral("/usr/sbin/dovecot")))
            QSKIP("dovecot-imapd is not installed");
        qunsetenv("MIG_IMAP_PASSWORD"); // the passwords come from the accounts file only
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_dovecot.start(&error), qPrintable(error));
        QVERIFY2(m_dovecot.seedSamples(&error), qPrintable(error));
        QVERIFY2(m_dovecot.addAccount(QStringLiteral("bob"), &error), qPrintable(error));
        QVERIFY2(m_dovecot.addAccount(QStringLiteral("carol"), &error), qPrintable(error));
        m_dovecot.useAccount(QStringLiteral("bob"));
        QVERIFY2(m_dovecot.writeMaildirMessages(QStringLiteral("Projekte"), 6,
                     [](int i) { return generated(QStringLiteral("bob-%1").arg(i)); }, &error),
            qPrintable(error));
        m_dovecot.useAccount(QStringLiteral("carol"));
        QVERIFY2(m_dovecot.addMessage(QStringLiteral("INBOX"), generated(QStringLiteral("carol-inbox")),
                     QStringLiteral("generated"), &error),
            qPrintable(error));
        QVERIFY2(m_dovecot.writeMaildirMessages(QStringLiteral("Archiv"), 9,
                     [](int i) { return generated(QStringLiteral("carol-%1").arg(i)); }, &error),
            qPrintable(error));
        m_dovecot.useAccount(QStringLiteral("alice"));

        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        m_sshd = std::make_unique<test::SshdFixture>(options);
        QVERIFY2(m_sshd->start(&error), qPrintable(error));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(m_sshd->writeKnownHosts(m_knownHosts));
    }

    void planHasOneImapJobPerLineAndNoPassword()
    {
        const QString accounts = accountsFile(QStringLiteral("accounts.csv"), QString());
        const QString planPath = m_dir.filePath(QStringLiteral("plan.json"));
        const test::ProcessResult planned = plan(accounts, planPath);
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        QVERIFY2(!planned.err.contains("may read"), planned.err.constData()); // the file is private
        const QByteArray json = readAll(planPath);
        verifyNoPassword(json, planPath);
        verifyNoPassword(planned.out + planned.err, QStringLiteral("plan's output"));
        const Expected<migration::Plan> loaded = migration::Plan::load(planPath);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().fullText()));
        QCOMPARE(loaded->jobs.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const migration::Job &job = loaded->jobs.at(i);
            QCOMPARE(job.target, target(m_accounts.at(i), QString()));
            QCOMPARE(job.sources.size(), 1);
            QCOMPARE(job.sources.first().kind, QStringLiteral("imap"));
            const auto account = imap::parseImapUrl(job.sources.first().location);
            QVERIFY(account);
            QCOMPARE(account->login, m_accounts.at(i));
            QCOMPARE(account->host, m_dovecot.host());
            QCOMPARE(account->port, m_dovecot.imapsPort());
            QCOMPARE(job.sources.first().options.value(QStringLiteral("caFile")).toString(), m_dovecot.caCertFile());
        }
    }

    void runMigratesEveryAccountWithItsPassword()
    {
        QHash<QString, int> held;
        for (const QString &login : m_accounts) {
            held.insert(target(login, QString()), dovecotCount(login));
            QVERIFY2(held.value(target(login, QString())) > 0, qPrintable(login));
        }
        QCOMPARE(held.value(target(QStringLiteral("bob"), QString())), 6);
        QCOMPARE(held.value(target(QStringLiteral("carol"), QString())), 10);
        const QString accounts = m_dir.filePath(QStringLiteral("accounts.csv"));
        const QString runDir = m_dir.filePath(QStringLiteral("plan.run"));
        const test::ProcessResult ran = run(m_dir.filePath(QStringLiteral("plan.json")), accounts, runDir);
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.err + ran.out).constData());
        verifyNoPassword(ran.out + ran.err, QStringLiteral("run's output"));
        const QJsonObject summary = test::lastJsonLine(ran.out);
        for (const QString &login : m_accounts) {
            const QString mailboxTarget = target(login, QString());
            const QJsonObject m = test::summaryMailbox(summary, mailboxTarget);
            QVERIFY2(m.value("state").toString() == QLatin1String("done"),
                qPrintable(mailboxTarget + QStringLiteral(": ") + m.value("reason").toString()));
            QCOMPARE(m.value("items_sent").toInt(), held.value(mailboxTarget));
            const test::ReadStream stream = test::readStream(m_sshd->recordedStreamFor(mailboxTarget));
            QVERIFY2(stream.ok, qPrintable(stream.error));
            QCOMPARE(int(stream.messages.size()), held.value(mailboxTarget));
        }
        QDirIterator files(runDir, QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            verifyNoPassword(readAll(file), file);
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void aWrongPasswordFailsOnlyItsMailbox()
    {
        // Targets of their own, so that the importer stand-in sees fresh mailboxes.
        const QString accounts = accountsFile(QStringLiteral("wrong.csv"), QStringLiteral(".w"), QStringLiteral("bob"));
        const QString planPath = m_dir.filePath(QStringLiteral("wrong-plan.json"));
        const test::ProcessResult planned = plan(accounts, planPath);
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const test::ProcessResult ran = run(planPath, accounts, m_dir.filePath(QStringLiteral("wrong.run")));
        // README: "4 partial", some mailboxes were not moved.
        QVERIFY2(!ran.crashed && ran.exitCode == 4,
            qPrintable(QStringLiteral("exit %1: ").arg(ran.exitCode) + QString::fromUtf8(ran.err + ran.out)));
        verifyNoPassword(ran.out + ran.err, QStringLiteral("run's output"));
        const QJsonObject summary = test::lastJsonLine(ran.out);
        const QJsonObject bob = test::summaryMailbox(summary, target(QStringLiteral("bob"), QStringLiteral(".w")));
        QCOMPARE(bob.value("state").toString(), QStringLiteral("failed"));
        QVERIFY2(bob.value("reason").toString().contains(QStringLiteral("bob")), qPrintable(bob.value("reason").toString()));
        for (const QString &login : { QStringLiteral("alice"), QStringLiteral("carol") }) {
            const QJsonObject m = test::summaryMailbox(summary, target(login, QStringLiteral(".w")));
            QVERIFY2(m.value("state").toString() == QLatin1String("done"), qPrintable(login + QStringLiteral(": ") + m.value("reason").toString()));
            QCOMPARE(m.value("items_sent").toInt(), dovecotCount(login));
        }
    }

    void aMasterUserNeedsNoAccountPasswords()
    {
        // No password column: the administrator logs in to every account as the master user.
        const QString accounts = m_dir.filePath(QStringLiteral("master.csv"));
        QVERIFY(writePrivateFile(accounts, "alice;alice.m@example.com\nbob;bob.m@example.com\n"));
        const QString masterPassword = m_dir.filePath(QStringLiteral("master.pw"));
        QVERIFY(writePrivateFile(masterPassword, m_dovecot.masterPassword().toUtf8() + '\n'));
        const QString planPath = m_dir.filePath(QStringLiteral("master-plan.json"));
        const test::ProcessResult planned = test::runApp(QStringList { QStringLiteral("plan"), QStringLiteral("--imap-accounts"),
                                                             accounts, QStringLiteral("--imap-server"), server(),
                                                             QStringLiteral("--master-user"), m_dovecot.masterUser(),
                                                             QStringLiteral("--source-ca-file"), m_dovecot.caCertFile(),
                                                             QStringLiteral("-o"), planPath }
            + ssh());
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const test::ProcessResult ran = test::runApp({ QStringLiteral("run"), planPath, QStringLiteral("--run-dir"),
                                                         m_dir.filePath(QStringLiteral("master.run")), QStringLiteral("--json"),
                                                         QStringLiteral("--source-password-file"), masterPassword,
                                                         QStringLiteral("--identity"), m_sshd->clientKeyFile(),
                                                         QStringLiteral("--known-hosts"), m_knownHosts },
            {}, 300000);
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.err + ran.out).constData());
        QVERIFY(!ran.out.contains(m_dovecot.masterPassword().toUtf8()) && !ran.err.contains(m_dovecot.masterPassword().toUtf8()));
        const QJsonObject summary = test::lastJsonLine(ran.out);
        for (const QString &login : { QStringLiteral("alice"), QStringLiteral("bob") }) {
            const QJsonObject m = test::summaryMailbox(summary, target(login, QStringLiteral(".m")));
            QVERIFY2(m.value("state").toString() == QLatin1String("done"), qPrintable(login + QStringLiteral(": ") + m.value("reason").toString()));
            QCOMPARE(m.value("items_sent").toInt(), dovecotCount(login));
        }
    }

    void aBadLineIsNamedWithFileAndLine()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writePrivateFile(bad, "# accounts\nalice,alice@example.com\nbob,bob-without-domain\n"));
        const test::ProcessResult planned = plan(bad, m_dir.filePath(QStringLiteral("bad-plan.json")));
        QCOMPARE(planned.exitCode, 1);
        QVERIFY2(planned.err.contains(QByteArray(bad.toUtf8() + ", line 3")), planned.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bad-plan.json"))));

        const QString badPasswords = m_dir.filePath(QStringLiteral("bad-passwords.csv"));
        QVERIFY(writePrivateFile(badPasswords, "alice,secret\n\nbob\n"));
        const test::ProcessResult ran = run(m_dir.filePath(QStringLiteral("plan.json")), badPasswords,
            m_dir.filePath(QStringLiteral("bad.run")));
        QVERIFY(ran.exitCode != 0);
        QVERIFY2(ran.err.contains(QByteArray(badPasswords.toUtf8() + ", line 3")), ran.err.constData());
    }

    void aFileOthersMayReadIsWarnedAbout()
    {
#ifndef Q_OS_UNIX
        QSKIP("permission bits are a Unix matter");
#endif
        const QString accounts = accountsFile(QStringLiteral("open.csv"), QString());
        QVERIFY(QFile::setPermissions(accounts, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                    | QFileDevice::ReadOther));
        const test::ProcessResult planned = plan(accounts, m_dir.filePath(QStringLiteral("open-plan.json")));
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        QVERIFY2(planned.err.contains("other users may read it"), planned.err.constData());
        // inspect takes the account's password from the same file, with the same warning.
        const test::ProcessResult inspected = test::runApp({ QStringLiteral("inspect"),
            QStringLiteral("imaps://bob@%1:%2").arg(m_dovecot.host()).arg(m_dovecot.imapsPort()),
            QStringLiteral("--source-ca-file"), m_dovecot.caCertFile(), QStringLiteral("--imap-passwords"), accounts });
        QVERIFY2(inspected.exitCode == 0, inspected.err.constData());
        QVERIFY2(inspected.err.contains("other users may read it"), inspected.err.constData());
        QVERIFY2(inspected.out.contains("Projekte"), inspected.out.constData());
        verifyNoPassword(inspected.out + inspected.err, QStringLiteral("inspect's output"));
    }
};

QTEST_GUILESS_MAIN(TestImapAccounts)
#include "TestImapAccounts.moc"
