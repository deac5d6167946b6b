// The marks that let an IMAP mailbox run again without a message twice: which UIDs count as on the
// server after a run (skipped and failed-for-good ones do, unreachable ones and frames the importer
// did not confirm do not), merging with an earlier run's marks, a new UIDVALIDITY starting a folder
// over, and the ledger keeping the last marks per mailbox and source across a reopen.
#include "migration/Ledger.h"
#include "migration/MarkTracker.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace mig;
using namespace mig::migration;
using sources::FolderMark;
using sources::ItemOutcome;
using sources::ItemRef;
using sources::SourceMarks;

namespace {

void feed(MarkTracker &tracker, const QString &folder, quint32 uid, ItemOutcome::Kind kind,
          std::optional<Error::Code> failure = {})
{
    ItemRef ref;
    ref.position = uid;
    ItemOutcome outcome;
    outcome.kind = kind;
    outcome.folderId = folder == QLatin1String("INBOX") ? 2 : 3;
    outcome.folderPath = folder;
    outcome.item = &ref;
    outcome.failure = failure;
    tracker.itemDone(outcome);
}

quint32 validity(int, quint64 folderId)
{
    return folderId == 2 ? 100 : 200;
}

} // namespace

class TestResumeMarks final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlyConfirmedFramesAndFinalOutcomesCount()
    {
        MarkTracker tracker({ SourceMarks {} });
        feed(tracker, QStringLiteral("INBOX"), 1, ItemOutcome::Kind::Converted); // frame 0
        feed(tracker, QStringLiteral("INBOX"), 2, ItemOutcome::Kind::Skipped);
        feed(tracker, QStringLiteral("INBOX"), 3, ItemOutcome::Kind::Failed, Error::Code::Network);
        feed(tracker, QStringLiteral("INBOX"), 4, ItemOutcome::Kind::Converted); // frame 1
        feed(tracker, QStringLiteral("INBOX"), 5, ItemOutcome::Kind::Failed, Error::Code::Corrupt);
        feed(tracker, QStringLiteral("Sent"), 7, ItemOutcome::Kind::Converted);  // frame 2
        feed(tracker, QStringLiteral("Sent"), 9, ItemOutcome::Kind::Converted);  // frame 3
        QCOMPARE(tracker.frames(), quint64(4));

        // Everything confirmed: UID 3 (unreachable server) is retried, 5 (broken) is not.
        QList<SourceMarks> all = tracker.marks(4, { QStringLiteral("Import of alice") }, validity);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().rootFolder, QStringLiteral("Import of alice"));
        QCOMPARE(all.first().folders.value(QStringLiteral("INBOX")), (FolderMark { 100, 5, { 3 } }));
        QCOMPARE(all.first().folders.value(QStringLiteral("Sent")), (FolderMark { 200, 9, {} }));

        // The importer took only the first three frames: Sent UID 9 comes again, after last = 7.
        QList<SourceMarks> three = tracker.marks(3, {}, validity);
        QCOMPARE(three.first().folders.value(QStringLiteral("Sent")), (FolderMark { 200, 7, {} }));
        // It took one: INBOX UID 4 is retried below the skipped and failed UIDs, Sent starts over.
        QList<SourceMarks> one = tracker.marks(1, {}, validity);
        QCOMPARE(one.first().folders.value(QStringLiteral("INBOX")), (FolderMark { 100, 5, { 3, 4 } }));
        QVERIFY(!one.first().folders.contains(QStringLiteral("Sent")));
    }

    void laterRunsMergeAndANewValidityStartsOver()
    {
        SourceMarks earlier;
        earlier.rootFolder = QStringLiteral("Import of alice");
        earlier.folders.insert(QStringLiteral("INBOX"), FolderMark { 100, 5, { 3 } });
        earlier.folders.insert(QStringLiteral("Sent"), FolderMark { 199, 40, {} });
        earlier.folders.insert(QStringLiteral("Archive"), FolderMark { 300, 12, { 2 } });
        MarkTracker tracker({ earlier });
        feed(tracker, QStringLiteral("INBOX"), 3, ItemOutcome::Kind::Converted);
        feed(tracker, QStringLiteral("INBOX"), 6, ItemOutcome::Kind::Converted);
        feed(tracker, QStringLiteral("Sent"), 1, ItemOutcome::Kind::Converted); // renumbered folder
        const SourceMarks after = tracker.marks(3, {}, validity).first();
        QCOMPARE(after.rootFolder, earlier.rootFolder);
        QCOMPARE(after.folders.value(QStringLiteral("INBOX")), (FolderMark { 100, 6, {} }));
        QCOMPARE(after.folders.value(QStringLiteral("Sent")), (FolderMark { 200, 1, {} }));
        QCOMPARE(after.folders.value(QStringLiteral("Archive")), (FolderMark { 300, 12, { 2 } })); // not reached
        const FolderMark mark { 100, 6, { 2 } };
        QVERIFY(mark.wants(2));
        QVERIFY(!mark.wants(6));
        QVERIFY(mark.wants(7));
    }

    void jsonRoundTripAndBadRecords()
    {
        SourceMarks marks;
        marks.rootFolder = QStringLiteral("Import of alice");
        marks.folders.insert(QStringLiteral("Archiv/Größe & Co"), FolderMark { 4294967295u, 17, { 2, 9 } });
        QCOMPARE(SourceMarks::fromJson(marks.toJson()), std::optional<SourceMarks>(marks));
        QVERIFY(!SourceMarks::fromJson(QJsonObject {}));
        QJsonObject bad = marks.toJson();
        bad.insert(QStringLiteral("folders"),
            QJsonObject { { QStringLiteral("INBOX"), QJsonObject { { QStringLiteral("validity"), -1 } } } });
        QVERIFY(!SourceMarks::fromJson(bad));
    }

    void ledgerKeepsTheLastMarksPerSource()
    {
        QTemporaryDir dir;
        const QString imap = QStringLiteral("imaps://alice@imap.example.org");
        SourceMarks first;
        first.folders.insert(QStringLiteral("INBOX"), FolderMark { 100, 5, {} });
        SourceMarks second = first;
        second.folders[QStringLiteral("INBOX")].last = 9;
        {
            auto ledger = Ledger::open(dir.path());
            QVERIFY(ledger.has_value());
            QVERIFY((*ledger)->recordMarks(QStringLiteral("a@x.org"), imap, first).has_value());
            QVERIFY((*ledger)->recordMarks(QStringLiteral("a@x.org"), imap, second).has_value());
            QVERIFY((*ledger)->recordMailbox(QStringLiteral("a@x.org"), MailboxState::Failed).has_value());
        }
        auto reopened = Ledger::open(dir.path());
        QVERIFY(reopened.has_value());
        // A failure afterwards does not void them: they say what is on the server.
        QCOMPARE((*reopened)->marks(QStringLiteral("a@x.org")).value(imap), second);
        QVERIFY((*reopened)->marks(QStringLiteral("b@x.org")).isEmpty());
        // A dry run's ledger does not see a real run's marks.
        auto dry = Ledger::open(dir.path(), true);
        QVERIFY(dry.has_value());
        QVERIFY((*dry)->marks(QStringLiteral("a@x.org")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResumeMarks)
#include "TestResumeMarks.moc"
