// The IMAP client's offline parts: the response parser (real Dovecot responses, then thousands of
// mutated ones that must never crash it), modified UTF-7 (RFC 3501's own examples), account URLs
// (passwords refused), UID sets, INTERNALDATE and keywords as categories.

#include "sources/imap/ImapAccount.h"
#include "sources/imap/ImapClient.h"
#include "sources/imap/ImapKeywords.h"
#include "sources/imap/ImapResponse.h"
#include "sources/imap/ModifiedUtf7.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace mig;
using namespace mig::imap;

namespace {

RawResponse raw(const QList<QByteArray> &lines, const QList<QByteArray> &literals = {})
{
    return RawResponse{lines, literals};
}

ImapResponse parsed(const RawResponse &r)
{
    QString error;
    auto response = parseImapResponse(r, &error);
    if (!response)
        qWarning() << "parse failed:" << error;
    return response.value_or(ImapResponse{});
}

/// Responses as Dovecot 2.3 sends them (copied from a session with the test fixture).
QList<RawResponse> dovecotResponses()
{
    return {
        raw({"* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN] Dovecot (Debian) ready."}),
        raw({"* LIST (\\HasNoChildren \\Sent) \"/\" Sent"}),
        raw({"* LIST (\\NonExistent) \"/\" Archiv"}),
        raw({"* STATUS Entw&APw-rfe (MESSAGES 3 UNSEEN 3 UIDNEXT 4 UIDVALIDITY 1733425000)"}),
        raw({"* 3 FETCH (UID 3 RFC822.SIZE 11 FLAGS (\\Seen $Forwarded) INTERNALDATE \" 5-Dec-2026 19:00:05 +0100\" BODY[] {11}",
             ")"},
            {"Subject: x\n"}),
        raw({"* OK [UIDVALIDITY 1733425000] UIDs valid"}),
        raw({"g7 OK [READ-ONLY] Examine completed (0.001 + 0.000 secs)."}),
        raw({"* SEARCH 1 2 3 17"}),
        raw({"+ idling"}),
        raw({"* BYE Server shutting down."}),
    };
}

} // namespace

class TestImapProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesFetchWithLiteral()
    {
        const ImapResponse r = parsed(dovecotResponses().at(4));
        QCOMPARE(r.type, ImapResponse::Type::Untagged);
        QCOMPARE(r.dataName(), QByteArray("FETCH"));
        const QList<ImapValue> &items = r.fields.at(2).items;
        QCOMPARE(items.size(), 10);
        QCOMPARE(items.at(5).items.size(), 2);
        QCOMPARE(items.at(5).items.at(1).text, QByteArray("$Forwarded"));
        QCOMPARE(items.at(8).text, QByteArray("BODY[]"));
        QCOMPARE(items.at(9).kind, ImapValue::Kind::String);
        QCOMPARE(items.at(9).text, QByteArray("Subject: x\n"));
        QCOMPARE(parseInternalDate(items.at(7).text), QDateTime(QDate(2026, 12, 5), QTime(18, 0, 5), QTimeZone::utc()));
    }

    void parsesStatusResponsesAndCodes()
    {
        const ImapResponse greeting = parsed(dovecotResponses().at(0));
        QCOMPARE(greeting.status, QByteArray("OK"));
        QVERIFY(greeting.code.first().isAtom("CAPABILITY"));
        QCOMPARE(greeting.code.size(), 10);
        QCOMPARE(greeting.text, QStringLiteral("Dovecot (Debian) ready."));
        const ImapResponse tagged = parsed(dovecotResponses().at(6));
        QCOMPARE(tagged.type, ImapResponse::Type::Tagged);
        QCOMPARE(tagged.tag, QByteArray("g7"));
        QVERIFY(tagged.code.first().isAtom("READ-ONLY"));
        QCOMPARE(parsed(dovecotResponses().at(8)).type, ImapResponse::Type::Continuation);
        QCOMPARE(parsed(dovecotResponses().at(9)).status, QByteArray("BYE"));
    }

    void parsesQuotedStringsNilAndSections()
    {
        const ImapResponse r = parsed(raw({"* LIST () NIL \"a \\\"b\\\" \\\\c\""}));
        QCOMPARE(r.fields.at(2).kind, ImapValue::Kind::Nil);
        QCOMPARE(r.fields.at(3).text, QByteArray("a \"b\" \\c"));
        const ImapResponse section = parsed(raw({"* 1 FETCH (BODY[HEADER.FIELDS (FROM TO)] NIL)"}));
        QCOMPARE(section.fields.at(2).items.at(0).text, QByteArray("BODY[HEADER.FIELDS (FROM TO)]"));
    }

    void rejectsMalformedResponses_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("unclosed list") << QByteArray("* LIST (\\Noselect \"/\" x");
        QTest::newRow("unclosed quote") << QByteArray("* LIST () \"/ x");
        QTest::newRow("stray paren") << QByteArray("* LIST ) x");
        QTest::newRow("tagged without status") << QByteArray("a1 FETCH (UID 1)");
        QTest::newRow("unclosed section") << QByteArray("* 1 FETCH (BODY[HEADER NIL)");
        QTest::newRow("too deep") << QByteArray("* X ") + QByteArray(200, '(');
        QTest::newRow("empty") << QByteArray();
    }

    void rejectsMalformedResponses()
    {
        QFETCH(QByteArray, line);
        QString error;
        QVERIFY(!parseImapResponse(raw({line}), &error));
        QVERIFY(!error.isEmpty());
    }

    void literalWithoutDataIsRejected()
    {
        QString error;
        QVERIFY(!parseImapResponse(raw({"* 1 FETCH (BODY[] {5}"}), &error));
        QVERIFY(!parseImapResponse(raw({"* 1 FETCH (BODY[] {5}", ")"}, {}), &error));
    }

    void mutatedResponsesNeverCrash()
    {
        // Deterministic: a fixed seed, so that a failure can be replayed.
        QRandomGenerator random(17);
        const QList<RawResponse> seeds = dovecotResponses();
        const QByteArray alphabet("(){}[]\"\\ *+~0123456789NILOKabc\r\n\x80\xff");
        int parsedCount = 0;
        for (int round = 0; round < 20000; ++round) {
            RawResponse r = seeds.at(random.bounded(int(seeds.size())));
            QByteArray &line = r.lines[random.bounded(int(r.lines.size()))];
            const int edits = 1 + random.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const int at = line.isEmpty() ? 0 : random.bounded(int(line.size()));
                switch (random.bounded(3)) {
                case 0:
                    line.insert(at, alphabet.at(random.bounded(int(alphabet.size()))));
                    break;
                case 1:
                    line.remove(at, 1 + random.bounded(3));
                    break;
                default:
                    line.truncate(at);
                }
            }
            QString error;
            if (parseImapResponse(r, &error))
                ++parsedCount;
            else
                QVERIFY(!error.isEmpty());
        }
        QVERIFY(parsedCount > 0); // the mutations do not merely break everything
    }

    void modifiedUtf7MatchesRfc3501()
    {
        // RFC 3501 section 5.1.3's example, and names Dovecot produced in the integration test.
        QCOMPARE(decodeModifiedUtf7("~peter/mail/&U,BTFw-/&ZeVnLIqe-"), QStringLiteral("~peter/mail/台北/日本語"));
        QCOMPARE(encodeModifiedUtf7(QStringLiteral("~peter/mail/台北/日本語")), QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-"));
        QCOMPARE(encodeModifiedUtf7(QStringLiteral("Archiv/Größe & Co")), QByteArray("Archiv/Gr&APYA3w-e &- Co"));
        QCOMPARE(decodeModifiedUtf7("Entw&APw-rfe"), QStringLiteral("Entwürfe"));
        const QString emoji = QStringLiteral("Post 📬");
        QCOMPARE(decodeModifiedUtf7(encodeModifiedUtf7(emoji)), emoji);
    }

    void malformedModifiedUtf7IsRefused()
    {
        QVERIFY(!decodeModifiedUtf7("&APw"));          // not terminated
        QVERIFY(!decodeModifiedUtf7("&AP-"));          // odd number of bytes
        QVERIFY(!decodeModifiedUtf7("&A!w-"));         // not base64
        QVERIFY(!decodeModifiedUtf7("Entw\xc3\xbcrfe")); // raw 8-bit
    }

    void accountUrls()
    {
        auto imaps = parseImapUrl(QStringLiteral("imaps://alice%40example.com@mail.example.com"));
        QVERIFY2(imaps, qPrintable(imaps.error().message));
        QCOMPARE(imaps->security, ImapSecurity::ImplicitTls);
        QCOMPARE(imaps->port, quint16(993));
        QCOMPARE(imaps->login, QStringLiteral("alice@example.com"));
        auto starttls = parseImapUrl(QStringLiteral("imap://bob@[::1]:1143"));
        QVERIFY(starttls);
        QCOMPARE(starttls->security, ImapSecurity::StartTls);
        QCOMPARE(starttls->host, QStringLiteral("::1"));
        QCOMPARE(starttls->port, quint16(1143));
        QCOMPARE(parseImapUrl(QStringLiteral("imap://bob@host"), true)->security, ImapSecurity::Plain);
        QCOMPARE(imaps->displayUrl(), QStringLiteral("imaps://alice%40example.com@mail.example.com:993"));
    }

    void badAccountUrlsAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("password") << QStringLiteral("imaps://alice:hunter2@host");
        QTest::newRow("no login") << QStringLiteral("imaps://host");
        QTest::newRow("other scheme") << QStringLiteral("pop3://alice@host");
        QTest::newRow("folder") << QStringLiteral("imaps://alice@host/INBOX");
        QTest::newRow("port") << QStringLiteral("imaps://alice@host:99999");
    }

    void badAccountUrlsAreRefused()
    {
        QFETCH(QString, url);
        auto account = parseImapUrl(url);
        QVERIFY(!account);
        QCOMPARE(account.error().code, Error::Code::InvalidArgument);
        QVERIFY(!account.error().message.contains(QStringLiteral("hunter2")));
    }

    void serverUrls()
    {
        auto imaps = parseImapServerUrl(QStringLiteral("imaps://mail.example.com"));
        QVERIFY2(imaps, qPrintable(imaps.error().message));
        QCOMPARE(imaps->security, ImapSecurity::ImplicitTls);
        QCOMPARE(imaps->host, QStringLiteral("mail.example.com"));
        QCOMPARE(imaps->port, quint16(993));
        QVERIFY(imaps->login.isEmpty());
        auto starttls = parseImapServerUrl(QStringLiteral("IMAP://[::1]:1143/"));
        QVERIFY(starttls);
        QCOMPARE(starttls->security, ImapSecurity::StartTls);
        QCOMPARE(starttls->port, quint16(1143));
        for (const char *bad : { "imaps://alice@host", "imaps://alice:hunter2@host", "pop3://host", "imaps://host/INBOX",
                                 "imaps://host:0", "imaps://host:99999", "imaps://", "imaps://host?x" }) {
            auto refused = parseImapServerUrl(QString::fromLatin1(bad));
            QVERIFY2(!refused, bad);
            QCOMPARE(refused.error().code, Error::Code::InvalidArgument);
            QVERIFY(!refused.error().message.contains(QStringLiteral("hunter2")));
        }
    }

    void uidSets()
    {
        QCOMPARE(uidSet({1, 2, 3, 5, 7, 8, 10}), QByteArray("1:3,5,7:8,10"));
        QCOMPARE(uidSet({42}), QByteArray("42"));
        QCOMPARE(uidSet({}), QByteArray());
    }

    void internalDates()
    {
        QCOMPARE(parseInternalDate("17-Jul-1996 02:44:25 -0700"), QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), QTimeZone::utc()));
        QVERIFY(!parseInternalDate("17-Jux-1996 02:44:25 -0700").isValid());
        QVERIFY(!parseInternalDate("31-Feb-1996 02:44:25 +0000").isValid());
        QVERIFY(!parseInternalDate("garbage").isValid());
    }

    void keywordsAsCategories()
    {
        // $label2 is Thunderbird's "Work", so "work" is not added again; states and system flags
        // are no categories.
        QCOMPARE(categoriesFromFlags({ "\\Seen", "$label2", "work", "$MDNSent", "NonJunk", "Projekt", "$Label9", "\\Flagged" }),
            (QStringList { QStringLiteral("Work"), QStringLiteral("Projekt"), QStringLiteral("$Label9") }));
        QCOMPARE(categoriesFromFlags({ "\\Answered", "$Forwarded" }), QStringList());
        QCOMPARE(categoriesFromFlags({ "Größe" }), QStringList { QStringLiteral("Größe") });
    }
};

QTEST_GUILESS_MAIN(TestImapProtocol)
#include "TestImapProtocol.moc"
