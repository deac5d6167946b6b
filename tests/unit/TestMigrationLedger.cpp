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

    void dryAndRealRunsKeepTheirOwnHistory()
    {
        // A dry run and a real run share the run directory; a mailbox the dry run converted is
        // not on the server, so a real resume must not skip it (and the other way round).
        QTemporaryDir dir;
        {
            auto dry = Ledger::open(dir.path(), true);
            QVERIFY(dry.has_value());
            QVERIFY((*dry)->recordMailbox(QStringLiteral("a@x.org"), MailboxState::Done).has_value());
            auto real = Ledger::open(dir.path(), false);
            QVERIFY(real.has_value());
            QVERIFY((*real)->recordMailbox(QStringLiteral("b@x.org"), MailboxState::Failed).has_value());
        }
        auto real = Ledger::open(dir.path(), false);
        QVERIFY(real.has_value());
        QCOMPARE((*real)->state(QStringLiteral("a@x.org")), MailboxState::Queued);
        QCOMPARE((*real)->state(QStringLiteral("b@x.org")), MailboxState::Failed);
        auto dry = Ledger::open(dir.path(), true);
        QVERIFY(dry.has_value());
        QCOMPARE((*dry)->state(QStringLiteral("a@x.org")), MailboxState::Done);
        QCOMPARE((*dry)->state(QStringLiteral("b@x.org")), MailboxState::Queued);
        // Both in one file, the dry run's records marked.
        QFile file(dir.filePath(QStringLiteral("ledger.jsonl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains("\"dry_run\":true"));
        QVERIFY(!lines.at(1).contains("dry_run"));
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

    void resumePointRoundTripsAndFitsOnlyItsOwnPlan()
    {
        QTemporaryDir dir;
        // The point only looks at the sources' paths, sizes and times, never at their content.
        const QString first = dir.filePath(QStringLiteral("first.source"));
        const QString second = dir.filePath(QStringLiteral("second.source"));
        for (const QString &path : {first, second}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("content");
        }
        const Job job{mig::sources::SourceSpec::forPaths({first, second}), QStringLiteral("a@x.org")};
        PlanOptions options;
        options.targetFolder = QStringLiteral("Archive");
        const ResumePoint point = ResumePoint::forJob(job, options, false, 1234,
            {QStringLiteral("Archive"), QStringLiteral("Archive (2)")});
        QVERIFY(point.fits(job, options, false));
        {
            auto ledger = Ledger::open(dir.path());
            QVERIFY(ledger.has_value());
            QVERIFY((*ledger)->recordMailbox(QStringLiteral("a@x.org"), MailboxState::Streaming).has_value());
            QVERIFY((*ledger)->recordResumePoint(QStringLiteral("a@x.org"), point).has_value());
            QVERIFY((*ledger)->recordMailbox(QStringLiteral("a@x.org"), MailboxState::Stopped).has_value());
            // A mailbox that was aborted has no point.
            QVERIFY((*ledger)->recordResumePoint(QStringLiteral("b@x.org"), std::nullopt).has_value());
            QVERIFY((*ledger)->recordMailbox(QStringLiteral("b@x.org"), MailboxState::Stopped).has_value());
        }
        auto reopened = Ledger::open(dir.path());
        QVERIFY(reopened.has_value());
        const std::optional<ResumePoint> read = (*reopened)->resumePoint(QStringLiteral("a@x.org"));
        QVERIFY(read.has_value());
        QCOMPARE(*read, point);
        QCOMPARE(read->items, quint64(1234));
        QCOMPARE(read->rootFolders, (QStringList{QStringLiteral("Archive"), QStringLiteral("Archive (2)")}));
        QVERIFY(read->fits(job, options, false));
        QVERIFY(!(*reopened)->resumePoint(QStringLiteral("b@x.org")).has_value());
        QVERIFY(!(*reopened)->resumePoint(QStringLiteral("never@x.org")).has_value());

        // A changed plan does not reuse a stale point: other sources, order, placement, root name.
        QVERIFY(!read->fits(Job{mig::sources::SourceSpec::forPaths({first}), job.target}, options, false));
        QVERIFY(!read->fits(Job{mig::sources::SourceSpec::forPaths({second, first}), job.target}, options, false));
        PlanOptions splice = options;
        splice.placement = Placement::Splice;
        QVERIFY(!read->fits(job, splice, false));
        PlanOptions renamed = options;
        renamed.targetFolder = QStringLiteral("Old mail");
        QVERIFY(!read->fits(job, renamed, false));
        PlanOptions hidden = options;
        hidden.withHidden = true;
        QVERIFY(!read->fits(job, hidden, false));
        // A real run does not continue from a dry run's point (nor the other way round).
        QVERIFY(!read->fits(job, options, true));
        // Nor does a source file that changed after the stop.
        {
            QFile file(second);
            QVERIFY(file.open(QIODevice::Append));
            file.write(" and more");
        }
        QVERIFY(!read->fits(job, options, false));
        QFile::remove(second);
        QVERIFY(!read->fits(job, options, false));
    }

    void laterRecordsVoidAResumePoint()
    {
        QTemporaryDir dir;
        ResumePoint point;
        point.items = 7;
        point.splice = true;
        auto ledger = Ledger::open(dir.path());
        QVERIFY(ledger.has_value());
        QVERIFY((*ledger)->recordResumePoint(QStringLiteral("a@x.org"), point).has_value());
        QVERIFY((*ledger)->recordMailbox(QStringLiteral("a@x.org"), MailboxState::Stopped).has_value());
        QVERIFY((*ledger)->resumePoint(QStringLiteral("a@x.org")).has_value());
        // The resumed run then failed: what it imported before failing is unknown.
        QVERIFY((*ledger)->recordMailbox(QStringLiteral("a@x.org"), MailboxState::Failed).has_value());
        QVERIFY(!(*ledger)->resumePoint(QStringLiteral("a@x.org")).has_value());
        QVERIFY((*ledger)->recordResumePoint(QStringLiteral("a@x.org"), point).has_value());
        QVERIFY((*ledger)->recordMailbox(QStringLiteral("a@x.org"), MailboxState::Stopped).has_value());
        // It was canceled in the next run: "known": false replaces the point.
        QVERIFY((*ledger)->recordResumePoint(QStringLiteral("a@x.org"), std::nullopt).has_value());
        QVERIFY((*ledger)->recordMailbox(QStringLiteral("a@x.org"), MailboxState::Stopped).has_value());
        QVERIFY(!(*ledger)->resumePoint(QStringLiteral("a@x.org")).has_value());

        auto reopened = Ledger::open(dir.path());
        QVERIFY(reopened.has_value());
        QCOMPARE((*reopened)->state(QStringLiteral("a@x.org")), MailboxState::Stopped);
        QVERIFY(!(*reopened)->resumePoint(QStringLiteral("a@x.org")).has_value());
    }

    void olderLedgersWithoutResumeRecordsStillLoad()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("ledger.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // As version 1 wrote it before resume records existed, then a damaged resume record.
        file.write("{\"v\":1,\"time\":\"2026-01-01T00:00:00Z\",\"kind\":\"mailbox\",\"target\":\"a@x.org\","
                   "\"state\":\"stopped\",\"reason\":\"stopped after 3 of 9 items\"}\n");
        file.write("{\"v\":1,\"kind\":\"mailbox\",\"target\":\"b@x.org\",\"state\":\"done\",\"reason\":\"\"}\n");
        file.write("{\"v\":1,\"kind\":\"resume\",\"target\":\"c@x.org\",\"known\":true,\"items\":-5,"
                   "\"placement\":\"splice\"}\n");
        file.write("{\"v\":1,\"kind\":\"mailbox\",\"target\":\"c@x.org\",\"state\":\"stopped\",\"reason\":\"\"}\n");
        file.close();
        auto ledger = Ledger::open(dir.path());
        QVERIFY(ledger.has_value());
        QCOMPARE((*ledger)->state(QStringLiteral("a@x.org")), MailboxState::Stopped);
        QCOMPARE((*ledger)->state(QStringLiteral("b@x.org")), MailboxState::Done);
        QVERIFY(!(*ledger)->resumePoint(QStringLiteral("a@x.org")).has_value());
        QCOMPARE((*ledger)->state(QStringLiteral("c@x.org")), MailboxState::Stopped);
        QVERIFY(!(*ledger)->resumePoint(QStringLiteral("c@x.org")).has_value());
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
