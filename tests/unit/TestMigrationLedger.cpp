// The ledger is what makes resume and retry possible: it must survive restarts and torn writes.
#include "migration/Ledger.h"
#include "migration/Report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig::migration;

class TestMigrationLedger final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void remembersStatesAcrossReopen()
    {
        QTemporaryDir dir;
        {
            auto ledger = Ledger::open(dir.path());
            QVERIFY(ledger.has_value());
            QVERIFY((*ledger)->recordMailbox(QStringLiteral("a@x.org"), MailboxState::Streaming).has_value());
            QVERIFY((*ledger)->recordMailbox(QStringLiteral("a@x.org"), MailboxState::Done).has_value());
            QVERIFY((*ledger)->recordMailbox(QStringLiteral("b@x.org"), MailboxState::Failed, QStringLiteral("Connection lost")).has_value());
            QVERIFY((*ledger)->recordMailbox(QStringLiteral("c@x.org"), MailboxState::Stopped).has_value());
        }
        auto reopened = Ledger::open(dir.path());
        QVERIFY(reopened.has_value());
        QCOMPARE((*reopened)->state(QStringLiteral("a@x.org")), MailboxState::Done);
        QCOMPARE((*reopened)->state(QStringLiteral("b@x.org")), MailboxState::Failed);
        QCOMPARE((*reopened)->reason(QStringLiteral("b@x.org")), QStringLiteral("Connection lost"));
        QCOMPARE((*reopened)->state(QStringLiteral("never@x.org")), MailboxState::Queued);
        QCOMPARE((*reopened)->targetsIn(MailboxState::Done), QStringList{QStringLiteral("a@x.org")});
        QCOMPARE((*reopened)->targetsIn(MailboxState::Failed), QStringList{QStringLiteral("b@x.org")});
    }

    void ignoresATornLastLineAndUnknownKinds()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("ledger.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"v\":1,\"kind\":\"mailbox\",\"target\":\"a@x.org\",\"state\":\"done\",\"reason\":\"\"}\n");
        file.write("{\"v\":1,\"kind\":\"item\",\"target\":\"a@x.org\",\"key\":\"0x200064\"}\n");
        file.write("{\"v\":1,\"kind\":\"mailbox\",\"target\":\"a@x.org\",\"state\":\"fai");
        file.close();
        auto ledger = Ledger::open(dir.path());
        QVERIFY(ledger.has_value());
        QCOMPARE((*ledger)->state(QStringLiteral("a@x.org")), MailboxState::Done);
    }

    void reportHasTheDocumentedShapeAndEscapesHtml()
    {
        RunReport report;
        report.started = QDateTime::currentDateTimeUtc();
        report.finished = report.started.addSecs(10);
        MailboxReport m;
        m.target = QStringLiteral("a@x.org");
        m.state = MailboxState::Done;
        m.itemsSent = 5;
        m.itemsFailed = 1;
        m.bytes = 1000;
        m.started = report.started;
        m.finished = report.finished;
        m.folders.append(FolderReport{QStringLiteral("Inbox/<script>"), 5, 0, 1, 1000,
                                      {ItemProblem{QStringLiteral("node 0x21"), QStringLiteral("unreadable & broken")}}});
        report.mailboxes.append(m);

        const QJsonObject json = report.toJson();
        const QJsonObject mailbox = json.value(QStringLiteral("mailboxes")).toArray().at(0).toObject();
        QCOMPARE(mailbox.value(QStringLiteral("target")).toString(), QStringLiteral("a@x.org"));
        QCOMPARE(mailbox.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(mailbox.value(QStringLiteral("items_sent")).toInt(), 5);
        QCOMPARE(mailbox.value(QStringLiteral("items_failed")).toInt(), 1);
        QCOMPARE(mailbox.value(QStringLiteral("items_skipped")).toInt(), 0);
        QCOMPARE(mailbox.value(QStringLiteral("bytes")).toInt(), 1000);
        QCOMPARE(mailbox.value(QStringLiteral("folders")).toArray().size(), 1);

        const QString html = report.toHtml();
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("Inbox/&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("unreadable &amp; broken")));

        QTemporaryDir dir;
        QVERIFY(report.save(dir.path()).has_value());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("report.json"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("report.html"))));
    }
};

QTEST_GUILESS_MAIN(TestMigrationLedger)
#include "TestMigrationLedger.moc"
