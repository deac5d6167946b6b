// A migration run of three IMAP accounts at once, against a real Dovecot (DovecotFixture, three
// accounts) and the real sshd fixture whose fake gromox-import checks every stream with verify-mt:
// all three importers are running at the same moment (each stalls until the other two started),
// every mailbox ends done, and each one's messages (in the progress, the report and the stream the
// importer received) are exactly as many as Dovecot holds for that account; the progress's bytes
// to do are the account's message sizes (STATUS SIZE).

#include "DovecotFixture.h"
#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "migration/Runner.h"
#include "sources/imap/ImapClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;
using namespace mig::migration;

namespace {

QByteArray generated(const QString &subject)
{
    QByteArray body;
    while (body.size() < 8 * 1024)
        body += "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\r\n";
    return "From: Bob <bob@example.org>\r\nTo: someone@example.com\r\nSubject: " + subject.toUtf8()
        + "\r\nDate: Tue, 5 Dec 2023 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n" + body;
}

} // namespace

class TestImapRun final : public QObject {
    Q_OBJECT

private:
    test::DovecotFixture m_dovecot;
    std::unique_ptr<test::SshdFixture> m_sshd;
    QTemporaryDir m_dir;
    const QStringList m_accounts { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") };

    QString url(const QString &login) const
    {
        return QStringLiteral("imaps://%1@%2:%3").arg(login, m_dovecot.host()).arg(m_dovecot.imapsPort());
    }
    static QString target(const QString &login) { return login + QStringLiteral("@example.com"); }

    /// Messages Dovecot holds for login: the sum of STATUS MESSAGES over its folders; -1 on error.
    /// *bytes: the sum of their RFC822.SIZE, -1 when the server does not offer STATUS=SIZE.
    int dovecotCount(const QString &login, qint64 *bytes)
    {
        imap::ImapClient::Options o;
        o.account = *imap::parseImapUrl(url(login));
        o.trust.caFile = m_dovecot.caCertFile();
        imap::ImapClient client(o);
        if (!client.connectToServer() || !client.login(m_dovecot.password()))
            return -1;
        const auto listed = client.listFolders();
        if (!listed)
            return -1;
        int count = 0;
        *bytes = client.hasCapability("STATUS=SIZE") ? 0 : -1;
        for (const imap::ImapFolder &f : *listed) {
            if (!f.isSelectable())
                continue;
            count += int(client.status(f)->messages);
            if (*bytes >= 0 && client.examine(f)) {
                const auto attributes = client.fetchAttributes(1, 0xFFFFFFFFu);
                for (const imap::ImapMessage &m : attributes ? *attributes : QList<imap::ImapMessage>())
                    *bytes += m.size;
            }
        }
        client.logout();
        return count;
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
        QVERIFY2(m_dovecot.addAccount(QStringLiteral("bob"), &error), qPrintable(error));
        QVERIFY2(m_dovecot.addAccount(QStringLiteral("carol"), &error), qPrintable(error));
        m_dovecot.useAccount(QStringLiteral("bob"));
        QVERIFY2(m_dovecot.writeMaildirMessages(QStringLiteral("Projekte"), 25,
                     [](int i) { return generated(QStringLiteral("bob-%1").arg(i)); }, &error),
            qPrintable(error));
        QVERIFY2(m_dovecot.addMessage(QStringLiteral("INBOX"), generated(QStringLiteral("bob-inbox")),
                     QStringLiteral("generated"), &error),
            qPrintable(error));
        m_dovecot.useAccount(QStringLiteral("carol"));
        QVERIFY2(m_dovecot.writeMaildirMessages(QStringLiteral("Archiv"), 40,
                     [](int i) { return generated(QStringLiteral("carol-%1").arg(i)); }, &error),
            qPrintable(error));
        m_dovecot.useAccount(QStringLiteral("alice"));
        qputenv("MIG_IMAP_PASSWORD", m_dovecot.password().toUtf8()); // one password for all three

        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        m_sshd = std::make_unique<test::SshdFixture>(options);
        QVERIFY2(m_sshd->start(&error), qPrintable(error));
        QVERIFY(m_sshd->writeKnownHosts(m_dir.filePath(QStringLiteral("known_hosts"))));
    }

    void cleanupTestCase() { qunsetenv("MIG_IMAP_PASSWORD"); }

    void threeAccountsAtOnceEachCompleteOnce()
    {
        QHash<QString, int> held;
        QHash<QString, qint64> heldBytes;
        for (const QString &login : m_accounts) {
            qint64 bytes = -1;
            held.insert(target(login), dovecotCount(login, &bytes));
            heldBytes.insert(target(login), bytes);
            QVERIFY2(held.value(target(login)) > 0, qPrintable(login));
        }
        QVERIFY(held.value(target(QStringLiteral("bob"))) == 26 && held.value(target(QStringLiteral("carol"))) == 40);

        Plan plan;
        plan.server.host = m_sshd->host();
        plan.server.port = m_sshd->port();
        plan.server.user = m_sshd->user();
        plan.server.identityFile = m_sshd->clientKeyFile();
        plan.server.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        plan.options.parallelJobs = 3;
        for (const QString &login : m_accounts) {
            sources::SourceSpec spec;
            spec.kind = QStringLiteral("imap");
            spec.location = url(login);
            spec.options.insert(QStringLiteral("caFile"), m_dovecot.caCertFile());
            plan.jobs.append(Job { { spec }, target(login) });
            m_sshd->pauseImportFor(target(login), 1024);
        }
        RunOptions options;
        options.runDir = m_dir.filePath(QStringLiteral("run"));
        Runner runner(plan, options);
        QHash<int, QList<MailboxProgress>> progress;
        connect(&runner, &Runner::progressChanged, this, [&](const MailboxProgress &m) { progress[m.job].append(m); });
        QSignalSpy finished(&runner, &Runner::finished);
        const auto started = runner.start();
        QVERIFY2(started.has_value(), qPrintable(started.error().fullText()));
        // Each importer waits until released: all three waiting means all three run at once.
        for (const QString &login : m_accounts)
            QVERIFY2(m_sshd->waitUntilImportPaused(target(login), 120000), qPrintable(login));
        for (const QString &login : m_accounts)
            m_sshd->continueImportFor(target(login));
        QVERIFY(finished.wait(300000));

        const RunReport &report = runner.report();
        QCOMPARE(report.mailboxes.size(), 3);
        for (const MailboxReport &m : report.mailboxes) {
            QVERIFY2(m.state == MailboxState::Done, qPrintable(m.target + QStringLiteral(": ") + m.reason));
            const int expected = held.value(m.target);
            // A message marked \Deleted would be skipped (and counted as such), never lost.
            QCOMPARE(int(m.itemsSent + m.itemsSkipped), expected);
            QCOMPARE(m.itemsFailed, quint64(0));
            QCOMPARE(m_sshd->recordedStatusFor(m.target), 0);
            const test::ReadStream stream = test::readStream(m_sshd->recordedStreamFor(m.target));
            QVERIFY2(stream.ok, qPrintable(stream.error));
            QCOMPARE(quint64(stream.messages.size()), m.itemsSent);
            QCOMPARE(quint64(m_sshd->recordedStreamFor(m.target).size()), m.bytes);
        }
        // Per mailbox, progress counts messages up to Dovecot's total, and bytes only grow.
        for (int job = 0; job < 3; ++job) {
            const QList<MailboxProgress> &seen = progress.value(job);
            QVERIFY(!seen.isEmpty());
            const int expected = held.value(plan.jobs.at(job).target);
            QCOMPARE(int(seen.constLast().itemsTotal), expected);
            QCOMPARE(int(seen.constLast().itemsDone), expected);
            for (qsizetype k = 1; k < seen.size(); ++k) {
                QVERIFY(seen.at(k).itemsDone >= seen.at(k - 1).itemsDone);
                QVERIFY(seen.at(k).bytesDone >= seen.at(k - 1).bytesDone);
            }
            QVERIFY(seen.constLast().bytesDone > 0);
            // The work in bytes is what the server says its messages take (STATUS SIZE).
            const qint64 bytes = heldBytes.value(plan.jobs.at(job).target);
            if (bytes >= 0)
                QCOMPARE(qint64(seen.constLast().bytesTotal), bytes);
            else
                qWarning("the server offers no STATUS=SIZE: bytes to do are unknown");
        }
    }
};

QTEST_GUILESS_MAIN(TestImapRun)
#include "TestImapRun.moc"
