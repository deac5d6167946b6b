// IMAP mailboxes run again without a message twice or missing, against a real Dovecot
// (DovecotFixture) and the real sshd fixture whose fake gromox-import checks every stream with
// verify-mt and keeps each run's stream: the Dovecot sessions killed during a run (the folders not
// read yet fail), then a second run sends exactly what is missing; a delta pass after new mail sends
// only the new messages (`--delta` re-runs a done mailbox, `--resume` alone skips it); a folder
// recreated under the same name (new UIDVALIDITY) starts over, and the log says so.

#include "DovecotFixture.h"
#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "mapi/Tags.h"
#include "migration/Ledger.h"
#include "migration/Runner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;
using namespace mig::migration;

namespace {

constexpr char kTarget[] = "alice@example.com";
constexpr int kBulkMessages = 80;
constexpr int kLaterMessages = 40;

/// A generated message of about 40 KiB whose subject names it.
QByteArray generated(const QString &subject)
{
    QByteArray body;
    const QByteArray line = "The quick brown fox jumps over the lazy dog, again and again and again.\r\n";
    while (body.size() < 40 * 1024)
        body += line;
    return "From: Bob <bob@example.org>\r\nTo: Alice <alice@example.com>\r\nSubject: " + subject.toUtf8()
        + "\r\nDate: Mon, 4 Dec 2023 10:00:00 +0000\r\nMessage-ID: <" + subject.toUtf8()
        + "@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + body;
}

QStringList subjectsOf(const test::ReadStream &stream)
{
    QStringList subjects;
    for (const gxmt::Frame &frame : stream.messages)
        subjects.append(frame.message.properties.string(mapi::PR_SUBJECT).value_or(QString()));
    return subjects;
}

} // namespace

class TestImapResume final : public QObject {
    Q_OBJECT

private:
    test::DovecotFixture m_dovecot;
    std::unique_ptr<test::SshdFixture> m_sshd;
    QTemporaryDir m_dir;
    int m_total = 0; ///< messages Dovecot holds (none is marked \Deleted)

    QString url() const
    {
        return QStringLiteral("imaps://%1@%2:%3").arg(m_dovecot.user(), m_dovecot.host()).arg(m_dovecot.imapsPort());
    }

    Plan plan() const
    {
        Plan plan;
        plan.server.host = m_sshd->host();
        plan.server.port = m_sshd->port();
        plan.server.user = m_sshd->user();
        plan.server.identityFile = m_sshd->clientKeyFile();
        plan.server.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        sources::SourceSpec spec;
        spec.kind = QStringLiteral("imap");
        spec.location = url();
        spec.options.insert(QStringLiteral("caFile"), m_dovecot.caCertFile());
        plan.jobs = { Job { { spec }, QString::fromLatin1(kTarget) } };
        return plan;
    }

    QString runDir() const { return m_dir.filePath(QStringLiteral("run")); }

    /// Runs the plan in the shared run directory; the log lines go to *log when given.
    MailboxReport run(RunOptions options, QStringList *log = nullptr,
                      const std::function<void()> &whileRunning = {})
    {
        options.runDir = runDir();
        Runner runner(plan(), options);
        if (log)
            connect(&runner, &Runner::logLine, this, [log](int, const QString &, const QString &line) { log->append(line); });
        QSignalSpy finished(&runner, &Runner::finished);
        const auto started = runner.start();
        if (!started) {
            qWarning("%s", qPrintable(started.error().fullText()));
            return {};
        }
        if (whileRunning)
            whileRunning();
        if (!finished.wait(300000) || runner.report().mailboxes.isEmpty())
            return {};
        return runner.report().mailboxes.constFirst();
    }

    /// The message frames of the importer's run number n (1-based) for the target.
    test::ReadStream importerRun(int n) const
    {
        const QList<test::SshdFixture::ImporterRun> runs = m_sshd->recordedRunsFor(QString::fromLatin1(kTarget));
        if (n < 1 || n > runs.size())
            return {};
        return test::readStream(runs.at(n - 1).stream);
    }

    int importerRuns() const { return int(m_sshd->recordedRunsFor(QString::fromLatin1(kTarget)).size()); }

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
        QVERIFY2(m_dovecot.writeMaildirMessages(QStringLiteral("Bulk"), kBulkMessages,
                     [](int i) { return generated(QStringLiteral("bulk-%1").arg(i)); }, &error),
            qPrintable(error));
        QVERIFY2(m_dovecot.writeMaildirMessages(QStringLiteral("Later"), kLaterMessages,
                     [](int i) { return generated(QStringLiteral("later-%1").arg(i)); }, &error),
            qPrintable(error));
        m_total = int(m_dovecot.seeded().size()) + kBulkMessages + kLaterMessages;
        qputenv("MIG_IMAP_PASSWORD", m_dovecot.password().toUtf8());

        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        m_sshd = std::make_unique<test::SshdFixture>(options);
        QVERIFY2(m_sshd->start(&error), qPrintable(error));
        QVERIFY(m_sshd->writeKnownHosts(m_dir.filePath(QStringLiteral("known_hosts"))));
    }

    void cleanupTestCase() { qunsetenv("MIG_IMAP_PASSWORD"); }

    void sessionsKilledDuringARunThenTheRestArrivesOnce()
    {
        // The importer stalls after the first bytes, so the conversion waits inside the account;
        // then the IMAP sessions die. The folders not opened yet fail on the dead connection.
        m_sshd->pauseImportFor(QString::fromLatin1(kTarget), 64 * 1024);
        int killed = 0;
        const MailboxReport first = run({}, nullptr, [&] {
            QVERIFY(m_sshd->waitUntilImportPaused(QString::fromLatin1(kTarget), 60000));
            QTest::qWait(1500); // the sender fills the connection's buffers and blocks
            killed = m_dovecot.killSessions();
            m_sshd->continueImportFor(QString::fromLatin1(kTarget));
        });
        QVERIFY(killed > 0);
        QCOMPARE(importerRuns(), 1);
        const test::ReadStream firstStream = importerRun(1);
        QVERIFY2(firstStream.ok, qPrintable(firstStream.error));
        QVERIFY2(first.itemsFailed > 0 && firstStream.messages.size() < m_total,
            qPrintable(QStringLiteral("the kill came too late to cut the run short: %1 of %2 messages sent, state %3 %4")
                           .arg(firstStream.messages.size())
                           .arg(m_total)
                           .arg(stateName(first.state), first.reason)));
        QCOMPARE(first.itemsSent, quint64(firstStream.messages.size()));

        // A plain second run (no --resume) sends exactly what the first did not, into the same
        // root folder (the fake importer refuses a second root of that name without -x).
        QStringList log;
        const MailboxReport second = run({}, &log);
        QVERIFY2(second.state == MailboxState::Done, qPrintable(second.reason + log.join(QLatin1Char('\n'))));
        QCOMPARE(second.itemsFailed, quint64(0));
        QCOMPARE(importerRuns(), 2);
        const test::ReadStream secondStream = importerRun(2);
        QVERIFY2(secondStream.ok, qPrintable(secondStream.error));
        QVERIFY(m_sshd->recordedRunsFor(QString::fromLatin1(kTarget)).at(1).arguments.contains(QStringLiteral("-x")));
        QCOMPARE(firstStream.messages.size() + secondStream.messages.size(), m_total);

        // Per folder, both runs together hold Dovecot's count; generated messages exactly once.
        // Folder ids follow Dovecot's LIST order, which may differ from one session to the next:
        // each stream's messages are named by that stream's own folder frames.
        QMap<QString, int> received;
        for (const test::ReadStream *stream : { &firstStream, &secondStream }) {
            QHash<quint64, QString> folderNames;
            for (const gxmt::Frame &frame : stream->folders)
                folderNames.insert(frame.nid, frame.folder.properties.string(mapi::PR_DISPLAY_NAME).value_or(QString()));
            for (const auto &[folder, id] : test::messageIds(*stream))
                ++received[folderNames.value(folder)];
        }
        QMap<QString, int> held { { QStringLiteral("Bulk"), kBulkMessages }, { QStringLiteral("Later"), kLaterMessages } };
        for (const test::DovecotFixture::Seeded &seeded : m_dovecot.seeded())
            ++held[seeded.folder.section(QLatin1Char('/'), -1)];
        QCOMPARE(received, held);
        const QStringList subjects = subjectsOf(firstStream) + subjectsOf(secondStream);
        for (int i = 0; i < kBulkMessages; ++i)
            QCOMPARE(subjects.count(QStringLiteral("bulk-%1").arg(i)), 1);
        for (int i = 0; i < kLaterMessages; ++i)
            QCOMPARE(subjects.count(QStringLiteral("later-%1").arg(i)), 1);
        QVERIFY2(log.join(QLatin1Char('\n')).contains(QStringLiteral("only the messages they did not import")),
            qPrintable(log.join(QLatin1Char('\n'))));
    }

    void deltaPassSendsOnlyTheNewMessages()
    {
        QString error;
        for (int i = 0; i < 3; ++i)
            QVERIFY2(m_dovecot.addMessage(QStringLiteral("INBOX"), generated(QStringLiteral("new-inbox-%1").arg(i)),
                         QStringLiteral("generated"), &error),
                qPrintable(error));
        for (int i = 0; i < 2; ++i)
            QVERIFY2(m_dovecot.addMessage(QStringLiteral("Bulk"), generated(QStringLiteral("new-bulk-%1").arg(i)),
                         QStringLiteral("generated"), &error),
                qPrintable(error));

        // --resume alone leaves a done mailbox alone.
        RunOptions resume;
        resume.resume = true;
        (void)run(resume);
        QCOMPARE(importerRuns(), 2);

        RunOptions delta;
        delta.resume = true;
        delta.delta = true;
        const MailboxReport pass = run(delta);
        QVERIFY2(pass.state == MailboxState::Done, qPrintable(pass.reason));
        QCOMPARE(importerRuns(), 3);
        const test::ReadStream stream = importerRun(3);
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QStringList subjects = subjectsOf(stream);
        subjects.sort();
        QCOMPARE(subjects, (QStringList { QStringLiteral("new-bulk-0"), QStringLiteral("new-bulk-1"),
                               QStringLiteral("new-inbox-0"), QStringLiteral("new-inbox-1"), QStringLiteral("new-inbox-2") }));
        QCOMPARE(pass.itemsSent, quint64(5));

        // Nothing new: the next delta pass sends no message at all.
        const MailboxReport idle = run(delta);
        QVERIFY2(idle.state == MailboxState::Done, qPrintable(idle.reason));
        QCOMPARE(importerRuns(), 4);
        QCOMPARE(importerRun(4).messages.size(), 0);
    }

    void recreatedFolderStartsOverAndSaysSo()
    {
        QString error;
        QVERIFY2(m_dovecot.deleteFolder(QStringLiteral("Later"), &error), qPrintable(error));
        QVERIFY2(m_dovecot.createFolder(QStringLiteral("Later"), &error), qPrintable(error));
        for (int i = 0; i < 4; ++i)
            QVERIFY2(m_dovecot.addMessage(QStringLiteral("Later"), generated(QStringLiteral("again-%1").arg(i)),
                         QStringLiteral("generated"), &error),
                qPrintable(error));
        RunOptions delta;
        delta.resume = true;
        delta.delta = true;
        QStringList log;
        const MailboxReport pass = run(delta, &log);
        QVERIFY2(pass.state == MailboxState::Done, qPrintable(pass.reason));
        const test::ReadStream stream = importerRun(importerRuns());
        QStringList subjects = subjectsOf(stream);
        subjects.sort();
        // The recreated folder's UIDs start at 1 again: all of its messages come, nothing else.
        QCOMPARE(subjects, (QStringList { QStringLiteral("again-0"), QStringLiteral("again-1"),
                               QStringLiteral("again-2"), QStringLiteral("again-3") }));
        const QString joined = log.join(QLatin1Char('\n'));
        QVERIFY2(joined.contains(QStringLiteral("\"Later\": UIDVALIDITY changed")), qPrintable(joined));
    }
};

QTEST_GUILESS_MAIN(TestImapResume)
#include "TestImapResume.moc"
