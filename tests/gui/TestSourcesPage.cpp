// The sources page: files added by dialog, folder and drop get inspected in the background and
// show the counts the engine reports; a broken file stays listed with its error and can be removed.
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "sources/Source.h"

#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>

using mig::wizard::MigrationWizard;
using mig::wizard::SourceListModel;

namespace {

struct Counts {
    int folders = 0;
    int items = 0;
};

Counts countWithEngine(const QString &path)
{
    Counts expected;
    auto source = mig::sources::openSourceFile(path);
    if (!source)
        return expected;
    auto folders = (*source)->folders();
    if (!folders)
        return expected;
    expected.folders = int(folders->size());
    for (const auto &folder : *folders)
        expected.items += folder.itemCount;
    return expected;
}

} // namespace

class TestSourcesPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        mig::test::isolateSettings();
    }

    void cleanup() { mig::wizard::Prompts::clearAnswers(); }

    void addedFilesShowTheEnginesCounts()
    {
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        QVERIFY(!mig::test::nextButton(wizard)->isEnabled());

        const QStringList paths = {mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")),
                                   mig::test::testDataPath(QStringLiteral("pst/tika_testPST.pst"))};
        mig::test::clickAddFiles(wizard, paths);
        auto *view = mig::test::widget<QTableView>(&wizard, QStringLiteral("sourcesTableView"));
        QVERIFY(view);
        SourceListModel *model = wizard.state().sources();
        QCOMPARE(model->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 120000);

        const QLocale locale;
        for (int row = 0; row < 2; ++row) {
            const Counts expected = countWithEngine(paths.at(row));
            QVERIFY(expected.folders > 0);
            QCOMPARE(model->index(row, SourceListModel::NameColumn).data().toString(), QFileInfo(paths.at(row)).fileName());
            QCOMPARE(model->index(row, SourceListModel::FormatColumn).data().toString(), QStringLiteral("PST"));
            QCOMPARE(model->index(row, SourceListModel::FoldersColumn).data().toString(), locale.toString(expected.folders));
            QCOMPARE(model->index(row, SourceListModel::ItemsColumn).data().toString(), locale.toString(expected.items));
            QVERIFY(model->index(row, SourceListModel::StatusColumn).data().toString().startsWith(QStringLiteral("Ready")));
        }
        QVERIFY(mig::test::nextButton(wizard)->isEnabled());
        auto *summary = mig::test::widget<QLabel>(&wizard, QStringLiteral("summaryLabel"));
        QVERIFY(summary->text().contains(QStringLiteral("2 source(s) ready")));

        // Adding the same file again does not duplicate it.
        mig::test::clickAddFiles(wizard, {paths.first()});
        QCOMPARE(model->rowCount(), 2);
    }

    void brokenFileStaysMarkedAndCanBeRemoved()
    {
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        const QString broken = mig::test::testDataPath(QStringLiteral("broken/pstreader_not-a-pst-file.pst"));
        mig::test::clickAddFiles(wizard, {broken});
        SourceListModel *model = wizard.state().sources();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->index(0, 0).data(SourceListModel::FailedRole).toBool());
        const QString status = model->index(0, SourceListModel::StatusColumn).data().toString();
        QVERIFY2(status.startsWith(QStringLiteral("Error: ")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("pstreader_not-a-pst-file.pst")), qPrintable(status));
        QCOMPARE(model->index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::red));
        // A broken source alone is not enough to go on.
        QVERIFY(!mig::test::nextButton(wizard)->isEnabled());

        auto *view = mig::test::widget<QTableView>(&wizard, QStringLiteral("sourcesTableView"));
        auto *remove = mig::test::widget<QPushButton>(&wizard, QStringLiteral("removePushButton"));
        QVERIFY(!remove->isEnabled());
        const QRect cell = view->visualRect(model->index(0, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(model->rowCount(), 0);
    }

    void folderOfExportsIsExpanded()
    {
        QTemporaryDir exports;
        QVERIFY(exports.isValid());
        // A folder as Exchange export scripts leave it: one data file per mailbox, named by address.
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")),
                            exports.filePath(QStringLiteral("amelia@example.org.pst"))));
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("pst/gopst_32-bit.pst")),
                            exports.filePath(QStringLiteral("bruno@example.org.pst"))));

        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        mig::wizard::Prompts::setNextAnswer(exports.path());
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("addFolderPushButton")),
                          Qt::LeftButton);
        SourceListModel *model = wizard.state().sources();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
        QCOMPARE(model->index(0, SourceListModel::NameColumn).data().toString(), QStringLiteral("amelia@example.org.pst"));
        QCOMPARE(model->index(1, SourceListModel::NameColumn).data().toString(), QStringLiteral("bruno@example.org.pst"));
        QCOMPARE(model->readyPaths().size(), 2);
    }

    void droppedUrlsAreAdded()
    {
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        SourceListModel *model = wizard.state().sources();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(mig::test::testDataPath(QStringLiteral("pst/pstsdk_sample2.pst")))});
        QVERIFY(model->canDropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
        QVERIFY(model->dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
        QCOMPARE(model->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
        QVERIFY(model->index(0, 0).data(SourceListModel::ReadyRole).toBool());
    }
};

QTEST_MAIN(TestSourcesPage)
#include "TestSourcesPage.moc"
