// Reading a PST ahead on worker threads (issue 20) must hand out exactly the messages a plain read
// gives, in order, and the workers must really do the reading (not fall back every time). The
// contents tables a second handle lists for a full read must give the same counts and references.
#include "TestEnvironment.h"

#include "sources/pst/PstSource.h"
#include "sources/pst/ReadAhead.h"

#include <QThread>
#include <QtTest>

using mig::pst::PstSource;
using mig::pst::ReadAhead;
using mig::sources::ItemKind;
using mig::sources::ItemRef;
using mig::test::testDataPath;

class TestPstReadAhead final : public QObject {
    Q_OBJECT

private:
    /// The folder with the most items of path, with its refs.
    static std::pair<quint64, QList<ItemRef>> biggestFolder(PstSource &source)
    {
        auto folders = source.folders();
        if (!folders)
            return {};
        quint64 best = 0;
        int most = -1;
        for (const auto &folder : *folders) {
            if (folder.itemCount > most) {
                most = folder.itemCount;
                best = folder.id;
            }
        }
        auto refs = source.items(best, ItemKind::Normal);
        return {best, refs ? *refs : QList<ItemRef>()};
    }

    /// The same item read through plain and through ahead (a source told to expect a full read):
    /// the same message or the same failure, and the same warnings.
    static void compareReads(PstSource &plain, PstSource &ahead, const ItemRef &ref, const ItemRef &refAhead,
                             const QString &what)
    {
        auto expected = plain.readMessage(ref);
        auto actual = ahead.readMessage(refAhead);
        QCOMPARE(actual.has_value(), expected.has_value());
        if (expected) {
            QVERIFY2(*actual == *expected, qPrintable(what + QStringLiteral(" differs")));
            QVERIFY(actual->namedProperties);
            QCOMPARE(actual->namedProperties->size() > 0, expected->namedProperties->size() > 0);
        }
        QCOMPARE(ahead.takeWarnings(), plain.takeWarnings());
    }

private Q_SLOTS:
    void fullReadGivesTheSameMessagesInOrder_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("unicode pst, 72 items") << QStringLiteral("pst/aspose_PersonalStorageFile1.pst");
        QTest::newRow("ost") << QStringLiteral("pst/aspose_SampleOstFile.ost");
    }

    void fullReadGivesTheSameMessagesInOrder()
    {
        MIG_REQUIRE_TESTDATA();
        QFETCH(QString, file);
        auto plain = PstSource::open(testDataPath(file));
        auto ahead = PstSource::open(testDataPath(file));
        QVERIFY(plain && ahead);
        (*ahead)->expectFullRead();
        const auto [folder, refs] = biggestFolder(**plain);
        const auto [folderAhead, refsAhead] = biggestFolder(**ahead);
        QCOMPARE(folderAhead, folder);
        QCOMPARE(refsAhead.size(), refs.size());
        QVERIFY(refs.size() >= 8);
        for (qsizetype i = 0; i < refs.size(); ++i) {
            compareReads(**plain, **ahead, refs.at(i), refsAhead.at(i), QStringLiteral("item %1").arg(i));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void everyFolderReadsTheSame_data()
    {
        QTest::addColumn<QString>("file");
        // Inbox (8 items) opens the workers, Sent Items (6) after it is read ahead by them too.
        QTest::newRow("pst, small folders after a big one") << QStringLiteral("pst/aspose_Outlook.pst");
        QTest::newRow("ost") << QStringLiteral("pst/aspose_SampleOstFile.ost");
    }

    void everyFolderReadsTheSame()
    {
        MIG_REQUIRE_TESTDATA();
        QFETCH(QString, file);
        auto plain = PstSource::open(testDataPath(file));
        auto ahead = PstSource::open(testDataPath(file));
        QVERIFY(plain && ahead);
        (*ahead)->expectFullRead();
        // A full read of a large file lists the contents tables on a second handle (FolderLister):
        // the same counts, references and warnings.
        const auto folders = (*plain)->folders();
        const auto foldersAhead = (*ahead)->folders();
        QVERIFY(folders && foldersAhead);
        QCOMPARE(foldersAhead->size(), folders->size());
        for (qsizetype i = 0; i < folders->size(); ++i) {
            QCOMPARE(foldersAhead->at(i).id, folders->at(i).id);
            QCOMPARE(foldersAhead->at(i).path, folders->at(i).path);
            QCOMPARE(foldersAhead->at(i).itemCount, folders->at(i).itemCount);
            QCOMPARE(foldersAhead->at(i).associatedCount, folders->at(i).associatedCount);
        }
        QCOMPARE((*ahead)->takeWarnings(), (*plain)->takeWarnings());
        int compared = 0;
        for (const auto &folder : *folders) {
            for (const ItemKind kind : {ItemKind::Normal, ItemKind::Associated}) {
                const auto refs = (*plain)->items(folder.id, kind);
                const auto refsAhead = (*ahead)->items(folder.id, kind);
                // Search folders have no readable contents table: the same error either way.
                QCOMPARE(refsAhead.has_value(), refs.has_value());
                if (!refs) {
                    QCOMPARE(refsAhead.error().fullText(), refs.error().fullText());
                    continue;
                }
                QCOMPARE(refsAhead->size(), refs->size());
                for (qsizetype i = 0; i < refs->size(); ++i) {
                    QCOMPARE(refsAhead->at(i).id, refs->at(i).id);
                    QCOMPARE(refsAhead->at(i).readable, refs->at(i).readable);
                    QCOMPARE(refsAhead->at(i).problem, refs->at(i).problem);
                    compareReads(**plain, **ahead, refs->at(i), refsAhead->at(i),
                                 QStringLiteral("%1, item %2").arg(folder.path).arg(i));
                    if (QTest::currentTestFailed())
                        return;
                    ++compared;
                }
            }
        }
        QVERIFY(compared >= 14);
    }

    void workersReadAndSkippedItemsAreDropped()
    {
        MIG_REQUIRE_TESTDATA();
        const QString path = testDataPath(QStringLiteral("pst/aspose_PersonalStorageFile1.pst"));
        auto source = PstSource::open(path);
        QVERIFY(source);
        const auto [folder, refs] = biggestFolder(**source);
        QVERIFY(refs.size() >= 8);
        ReadAhead ahead(path, (*source)->info().ansiCodePage, 2);
        ahead.schedule(folder, refs, QStringList(refs.size(), QStringLiteral("here")));
        // Give the workers a head start: an item nobody has claimed yet is left to the caller, and
        // on a busy machine the loop below could otherwise pass every item before a worker runs.
        QThread::msleep(1000);
        int fromWorkers = 0;
        int readHere = 0;
        const auto countOnly = [&](const ItemRef &) -> std::optional<ReadAhead::Taken> {
            ++readHere;
            return std::nullopt;
        };
        // Take every other item, as a resumed conversion passes items over.
        for (qsizetype i = 0; i < refs.size(); i += 2) {
            auto taken = ahead.take(refs.at(i), countOnly);
            if (taken) {
                ++fromWorkers;
                auto expected = (*source)->readMessage(refs.at(i));
                QVERIFY(expected);
                QVERIFY(taken->message == *expected);
            }
        }
        QVERIFY2(fromWorkers > 0, "the workers read nothing");
        // An item already passed is not handed out again.
        QVERIFY(!ahead.take(refs.at(0), countOnly));
    }
};

QTEST_GUILESS_MAIN(TestPstReadAhead)
#include "TestPstReadAhead.moc"
