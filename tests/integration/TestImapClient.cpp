// The IMAP client against a real Dovecot (tests/common/DovecotFixture): TLS and STARTTLS with the
// throwaway CA, an untrusted certificate refused with its fingerprint and accepted only when that
// fingerprint is confirmed, login and master-user login, wrong password, LIST with nested and
// non-ASCII folders, STATUS counts, every message fetched byte for byte, EXAMINE leaving flags alone.

#include "DovecotFixture.h"
#include "TestEnvironment.h"
#include "sources/imap/ImapClient.h"

#include <QtTest>

using namespace mig;
using namespace mig::imap;

namespace {

/// IMAP delivers messages with CRLF line ends; Dovecot stores what doveadm save got and turns
/// every bare LF into CRLF on the way out. This is the expected wire form of a seeded message.
QByteArray wireForm(const QByteArray &stored)
{
    QByteArray out;
    out.reserve(stored.size() + stored.size() / 20);
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (stored.at(i) == '\n' && (i == 0 || stored.at(i - 1) != '\r'))
            out += '\r';
        out += stored.at(i);
    }
    return out;
}

} // namespace

class TestImapClient : public QObject {
    Q_OBJECT

private:
    ImapClient::Options options(ImapSecurity security) const
    {
        ImapClient::Options o;
        o.account.security = security;
        o.account.host = m_dovecot.host();
        o.account.port = security == ImapSecurity::ImplicitTls ? m_dovecot.imapsPort() : m_dovecot.imapPort();
        o.account.login = m_dovecot.user();
        o.trust.caFile = m_dovecot.caCertFile();
        o.timeoutMs = 30000;
        return o;
    }

    /// A logged-in client over implicit TLS, trusted through the fixture's CA.
    std::unique_ptr<ImapClient> loggedIn(ImapClient::Options o)
    {
        auto client = std::make_unique<ImapClient>(std::move(o));
        auto connected = client->connectToServer();
        if (!connected)
            qWarning() << connected.error().fullText();
        auto login = connected ? client->login(m_dovecot.password()) : Expected<void>(connected.error());
        if (!login)
            qWarning() << login.error().fullText();
        return login ? std::move(client) : nullptr;
    }

    ImapFolder folderNamed(const QList<ImapFolder> &folders, const QString &name)
    {
        for (const ImapFolder &f : folders)
            if (f.name == name)
                return f;
        return {};
    }

    QList<QByteArray> seededIn(const QString &folder) const
    {
        QList<QByteArray> contents;
        for (const auto &s : m_dovecot.seeded())
            if (s.folder == folder)
                contents.append(s.content);
        return contents;
    }

    mig::test::DovecotFixture m_dovecot;

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        if (!QFileInfo::exists(QStringLiteral("/usr/sbin/dovecot")))
            QSKIP("dovecot-imapd is not installed");
        QString error;
        QVERIFY2(m_dovecot.start(&error), qPrintable(error));
        QVERIFY2(m_dovecot.seedSamples(&error), qPrintable(error));
    }

    void implicitTlsLoginWithCa()
    {
        auto client = loggedIn(options(ImapSecurity::ImplicitTls));
        QVERIFY(client);
        QVERIFY(client->isEncrypted());
        QVERIFY(client->hasCapability("IMAP4rev1"));
        QCOMPARE(client->peerFingerprint(), m_dovecot.serverFingerprint());
        client->logout();
    }

    void startTlsLoginWithCa()
    {
        auto client = loggedIn(options(ImapSecurity::StartTls));
        QVERIFY(client);
        QVERIFY(client->isEncrypted());
        // Capabilities are those after TLS and login: Dovecot adds its extensions only then.
        QVERIFY(client->hasCapability("SPECIAL-USE"));
        QVERIFY(!client->hasCapability("STARTTLS"));
    }

    void wrongPasswordIsRefused()
    {
        ImapClient client(options(ImapSecurity::ImplicitTls));
        QVERIFY(client.connectToServer());
        auto login = client.login(QStringLiteral("not-the-password"));
        QVERIFY(!login);
        QCOMPARE(login.error().code, Error::Code::Auth);
        QVERIFY2(login.error().message.contains(m_dovecot.user()), qPrintable(login.error().message));
        QVERIFY(!login.error().fullText().contains(QStringLiteral("not-the-password")));
    }

    void untrustedCertificateIsRefusedWithItsFingerprint_data()
    {
        QTest::addColumn<int>("security");
        QTest::newRow("imaps") << int(ImapSecurity::ImplicitTls);
        QTest::newRow("starttls") << int(ImapSecurity::StartTls);
    }

    void untrustedCertificateIsRefusedWithItsFingerprint()
    {
        QFETCH(int, security);
        ImapClient::Options o = options(static_cast<ImapSecurity>(security));
        o.trust.caFile.clear(); // the throwaway CA is not in the system store
        ImapClient client(o);
        auto connected = client.connectToServer();
        QVERIFY(!connected);
        QCOMPARE(connected.error().code, Error::Code::HostKey);
        QVERIFY2(connected.error().message.contains(m_dovecot.serverFingerprint()), qPrintable(connected.error().message));
    }

    void confirmedFingerprintIsAccepted()
    {
        ImapClient::Options o = options(ImapSecurity::ImplicitTls);
        o.trust.caFile.clear();
        o.trust.acceptedFingerprint = m_dovecot.serverFingerprint();
        QVERIFY(loggedIn(o));
    }

    void otherFingerprintIsRefused()
    {
        ImapClient::Options o = options(ImapSecurity::ImplicitTls);
        o.trust.caFile.clear();
        QByteArray digest = QByteArray::fromBase64(m_dovecot.serverFingerprint().mid(7).toLatin1());
        digest[0] = static_cast<char>(digest.at(0) ^ 0x01);
        o.trust.acceptedFingerprint = QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64());
        ImapClient client(o);
        auto connected = client.connectToServer();
        QVERIFY(!connected);
        QCOMPARE(connected.error().code, Error::Code::HostKey);
    }

    void masterUserActsForTheAccount()
    {
        ImapClient client(options(ImapSecurity::ImplicitTls));
        QVERIFY(client.connectToServer());
        auto login = client.login(m_dovecot.masterPassword(), m_dovecot.masterUser());
        QVERIFY2(login, qPrintable(login.error().fullText()));
        auto inbox = client.examine(ImapFolder{QStringLiteral("INBOX"), "INBOX", QLatin1Char('/'), {}, {}, {}});
        QVERIFY2(inbox, qPrintable(inbox.error().fullText()));
        QCOMPARE(qsizetype(inbox->exists), seededIn(QStringLiteral("INBOX")).size());
    }

    void listShowsNestedAndNonAsciiFolders()
    {
        auto client = loggedIn(options(ImapSecurity::ImplicitTls));
        QVERIFY(client);
        auto folders = client->listFolders();
        QVERIFY2(folders, qPrintable(folders.error().fullText()));
        const ImapFolder nested = folderNamed(*folders, QStringLiteral("Archiv/2023"));
        QCOMPARE(nested.delimiter, QLatin1Char('/'));
        QCOMPARE(nested.path(), (QStringList{QStringLiteral("Archiv"), QStringLiteral("2023")}));
        QVERIFY(nested.isSelectable());
        // RFC 3501 modified UTF-7 as Dovecot sends it: ö and ß in one shifted run, "&" as "&-".
        const ImapFolder odd = folderNamed(*folders, QStringLiteral("Archiv/Größe & Co"));
        QCOMPARE(odd.wireName, QByteArray("Archiv/Gr&APYA3w-e &- Co"));
        QCOMPARE(folderNamed(*folders, QStringLiteral("Entwürfe")).wireName, QByteArray("Entw&APw-rfe"));
        QCOMPARE(folderNamed(*folders, QStringLiteral("Sent")).specialUse, QByteArray("\\Sent"));
        QCOMPARE(folderNamed(*folders, QStringLiteral("Trash")).specialUse, QByteArray("\\Trash"));
        // "Archiv" exists only as the parent of its children: listed, but not selectable.
        const ImapFolder parent = folderNamed(*folders, QStringLiteral("Archiv"));
        QCOMPARE(parent.wireName, QByteArray("Archiv"));
        QVERIFY(!parent.isSelectable());
    }

    void statusCountsMatchSeededMessages()
    {
        auto client = loggedIn(options(ImapSecurity::ImplicitTls));
        QVERIFY(client);
        auto folders = client->listFolders();
        QVERIFY(folders);
        for (const QString name : {QStringLiteral("INBOX"), QStringLiteral("Archiv/2023"), QStringLiteral("Entwürfe"),
                                   QStringLiteral("Archiv/Größe & Co"), QStringLiteral("Sent")}) {
            const ImapFolder folder = folderNamed(*folders, name);
            auto status = client->status(folder);
            QVERIFY2(status, qPrintable(status.error().fullText()));
            QCOMPARE(qsizetype(status->messages), seededIn(name).size());
            QVERIFY(status->uidValidity != 0);
            // LIST-STATUS (Dovecot offers it) gave the same counters in the LIST answer.
            QVERIFY(folder.status.has_value());
            QCOMPARE(folder.status->messages, status->messages);
            QCOMPARE(folder.status->uidNext, status->uidNext);
        }
        const ImapFolder inbox = folderNamed(*folders, QStringLiteral("INBOX"));
        QCOMPARE(qsizetype(inbox.status->unseen), seededIn(QStringLiteral("INBOX")).size() - 3);
    }

    void fetchDeliversEveryMessageByteForByte()
    {
        ImapClient::Options o = options(ImapSecurity::StartTls);
        o.fetchBatchSize = 3; // several batches in flight at once: pipelining is exercised
        o.pipelineDepth = 3;
        auto client = loggedIn(o);
        QVERIFY(client);
        auto folders = client->listFolders();
        QVERIFY(folders);
        int compared = 0;
        for (const QString name : {QStringLiteral("INBOX"), QStringLiteral("Archiv/2023"), QStringLiteral("Entwürfe"),
                                   QStringLiteral("Archiv/Größe & Co")}) {
            const QList<QByteArray> expected = seededIn(name);
            auto mailbox = client->examine(folderNamed(*folders, name));
            QVERIFY2(mailbox, qPrintable(mailbox.error().fullText()));
            QVERIFY(mailbox->readOnly);
            QCOMPARE(qsizetype(mailbox->exists), expected.size());
            auto uids = client->searchUids();
            QVERIFY(uids);
            QCOMPARE(uids->size(), expected.size());
            QList<ImapMessage> messages;
            auto report = client->fetchMessages(*uids, [&messages](ImapMessage &&m) {
                messages.append(std::move(m));
                return true;
            });
            QVERIFY2(report, qPrintable(report.error().fullText()));
            QVERIFY(report->missing.isEmpty());
            QCOMPARE(messages.size(), expected.size());
            std::sort(messages.begin(), messages.end(), [](const auto &a, const auto &b) { return a.uid < b.uid; });
            for (qsizetype i = 0; i < messages.size(); ++i) {
                // doveadm save hands out UIDs in the order the messages were saved.
                QCOMPARE(messages.at(i).content, wireForm(expected.at(i)));
                QCOMPARE(messages.at(i).size, messages.at(i).content.size());
                QVERIFY(messages.at(i).internalDate.isValid());
                QVERIFY(qAbs(messages.at(i).internalDate.secsTo(QDateTime::currentDateTimeUtc())) < 24 * 3600);
                ++compared;
            }
        }
        QCOMPARE(compared, m_dovecot.seeded().size());
    }

    void examineAndFetchLeaveFlagsUntouched()
    {
        QString error;
        const auto before = m_dovecot.flagsByUid(QStringLiteral("INBOX"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(before.size(), seededIn(QStringLiteral("INBOX")).size());
        auto client = loggedIn(options(ImapSecurity::ImplicitTls));
        QVERIFY(client);
        QVERIFY(client->examine(ImapFolder{QStringLiteral("INBOX"), "INBOX", QLatin1Char('/'), {}, {}, {}}));
        auto uids = client->searchUids();
        QVERIFY(uids);
        QMap<quint32, QList<QByteArray>> fetchedFlags;
        QVERIFY(client->fetchMessages(*uids, [&fetchedFlags](ImapMessage &&m) {
            fetchedFlags.insert(m.uid, m.flags);
            return true;
        }));
        client->logout();
        const auto after = m_dovecot.flagsByUid(QStringLiteral("INBOX"), &error);
        QCOMPARE(after, before);
        for (auto it = fetchedFlags.cbegin(); it != fetchedFlags.cend(); ++it) {
            const bool seen = it.value().contains("\\Seen");
            QCOMPARE(seen, it.key() <= 3); // the fixture marked the first three seen
            QCOMPARE(seen, before.value(it.key()).contains(QStringLiteral("\\Seen")));
        }
    }

    void searchAfterUidAndMissingUids()
    {
        auto client = loggedIn(options(ImapSecurity::ImplicitTls));
        QVERIFY(client);
        QVERIFY(client->examine(ImapFolder{QStringLiteral("INBOX"), "INBOX", QLatin1Char('/'), {}, {}, {}}));
        auto all = client->searchUids();
        QVERIFY(all);
        auto newer = client->searchUids(all->at(all->size() - 3));
        QVERIFY(newer);
        QCOMPARE(*newer, all->mid(all->size() - 2));
        auto none = client->searchUids(all->last());
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        // A UID that does not exist (a message deleted meanwhile) is reported, the others arrive.
        const quint32 absent = all->last() + 100;
        int arrived = 0;
        auto report = client->fetchMessages({all->first(), absent}, [&arrived](ImapMessage &&) {
            ++arrived;
            return true;
        });
        QVERIFY(report);
        QCOMPARE(arrived, 1);
        QCOMPARE(report->missing.size(), 1);
        QCOMPARE(report->missing.first().first, absent);
    }

    void connectionKilledMidFetchFailsClearlyAndResumes()
    {
        ImapClient::Options o = options(ImapSecurity::ImplicitTls);
        o.fetchBatchSize = 2;
        o.pipelineDepth = 1; // the server holds only two messages when the session dies
        auto client = loggedIn(o);
        QVERIFY(client);
        const ImapFolder inbox{QStringLiteral("INBOX"), "INBOX", QLatin1Char('/'), {}, {}, {}};
        QVERIFY(client->examine(inbox));
        auto all = client->searchUids();
        QVERIFY(all);
        QList<quint32> received;
        int killed = 0;
        auto report = client->fetchMessages(*all, [&](ImapMessage &&m) {
            received.append(m.uid);
            if (killed == 0)
                killed = m_dovecot.killSessions();
            return true;
        });
        QVERIFY(killed > 0);
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Network);
        QVERIFY2(report.error().message.contains(m_dovecot.host()), qPrintable(report.error().message));
        QVERIFY(received.size() < all->size());

        // A new connection picks up after the highest UID received: nothing twice, nothing missing.
        auto again = loggedIn(o);
        QVERIFY(again);
        QVERIFY(again->examine(inbox));
        auto rest = again->searchUids(received.last());
        QVERIFY(rest);
        QVERIFY(again->fetchMessages(*rest, [&received](ImapMessage &&m) {
            received.append(m.uid);
            return true;
        }));
        QCOMPARE(received, *all);
    }
};

QTEST_GUILESS_MAIN(TestImapClient)
#include "TestImapClient.moc"
