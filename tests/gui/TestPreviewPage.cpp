// The preview page: the folder tree shows the source's folders with their counts, the message
// list loads lazily and sorts, and selecting a message shows its subject, read by the engine.
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "pages/PreviewPage.h"
#include "preview/FolderTreeModel.h"
#include "preview/MessageListModel.h"
#include "preview/MessageView.h"
#include "preview/SafeTextBrowser.h"
#include "sources/Source.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTreeView>

using mig::wizard::FolderTreeModel;
using mig::wizard::MessageListModel;
using mig::wizard::MigrationWizard;
using mig::wizard::PreviewPage;

class TestPreviewPage final : public QObject {
    Q_OBJECT

private:
    QString m_path;
    QList<mig::sources::SourceFolder> m_folders;

    /// Opens the wizard on the preview page of m_path.
    PreviewPage *openPreview(MigrationWizard &wizard)
    {
        if (!mig::test::goToSources(wizard))
            return nullptr;
        mig::test::clickAddFiles(wizard, {m_path});
        if (!QTest::qWaitFor([&] { return wizard.state().sources()->hasUsableSources(); }, 120000))
            return nullptr;
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        return qobject_cast<PreviewPage *>(wizard.currentPage());
    }

    int countNodes(const QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        int count = 0;
        for (int row = 0; row < model->rowCount(parent); ++row)
            count += 1 + countNodes(model, model->index(row, 0, parent));
        return count;
    }

    void clickIndex(QAbstractItemView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        mig::test::isolateSettings();
        m_path = mig::test::testDataPath(QStringLiteral("pst/tika_testPST.pst"));
        auto source = mig::sources::openSourceFile(m_path);
        QVERIFY2(source.has_value(), qPrintable(source.error().message));
        auto folders = (*source)->folders();
        QVERIFY2(folders.has_value(), qPrintable(folders.error().message));
        m_folders = *folders;
    }

    void cleanup() { mig::wizard::Prompts::clearAnswers(); }

    void treeCountsMatchTheSource()
    {
        MigrationWizard wizard;
        PreviewPage *page = openPreview(wizard);
        QVERIFY(page);
        FolderTreeModel *model = page->folderModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 60000);
        QCOMPARE(countNodes(model), int(m_folders.size()));
        const QLocale locale;
        for (const mig::sources::SourceFolder &folder : std::as_const(m_folders)) {
            const QModelIndex index = model->indexOf(folder.id);
            QVERIFY(index.isValid());
            QCOMPARE(index.siblingAtColumn(FolderTreeModel::ItemsColumn).data().toString(),
                     locale.toString(folder.itemCount));
            if (!folder.isRoot) {
                QCOMPARE(index.data().toString(), folder.name);
                QCOMPARE(index.parent().data(FolderTreeModel::FolderIdRole).toULongLong(), folder.parentId);
            }
        }
    }

    void selectingAMessageShowsItsSubject()
    {
        // The folder with the most items, and the engine's own view of its first readable item.
        const mig::sources::SourceFolder *busiest = nullptr;
        for (const mig::sources::SourceFolder &folder : std::as_const(m_folders)) {
            if (!busiest || folder.itemCount > busiest->itemCount)
                busiest = &folder;
        }
        QVERIFY(busiest && busiest->itemCount > 0);
        auto source = mig::sources::openSourceFile(m_path);
        QVERIFY(source.has_value());
        auto refs = (*source)->items(busiest->id, mig::sources::ItemKind::Normal);
        QVERIFY(refs.has_value());
        QCOMPARE(int(refs->size()), busiest->itemCount);
        QVERIFY(refs->first().readable);
        auto summary = (*source)->readSummary(refs->first());
        QVERIFY(summary.has_value());

        MigrationWizard wizard;
        PreviewPage *page = openPreview(wizard);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->folderModel()->rowCount() > 0, 60000);
        auto *tree = mig::test::widget<QTreeView>(&wizard, QStringLiteral("folderTreeView"));
        clickIndex(tree, page->folderModel()->indexOf(busiest->id));

        MessageListModel *messages = page->messageModel();
        QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() > 0, 60000);
        QCOMPARE(messages->totalItems(), busiest->itemCount);
        QVERIFY(messages->rowCount() <= MessageListModel::kBatchSize || messages->rowCount() == busiest->itemCount);
        QCOMPARE(messages->index(0, MessageListModel::SubjectColumn).data(MessageListModel::SortRole).toString(),
                 summary->subject);

        auto *table = mig::test::widget<QTableView>(&wizard, QStringLiteral("messageTableView"));
        clickIndex(table, messages->index(0, MessageListModel::SubjectColumn));
        auto *subject = mig::test::widget<QLabel>(&wizard, QStringLiteral("subjectLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(subject->text(), summary->subject, 30000);
        auto *body = mig::test::widget<mig::wizard::SafeTextBrowser>(&wizard, QStringLiteral("bodyTextBrowser"));
        QVERIFY(body->toPlainText().contains(summary->subject));
    }

    void sortingBySubjectOrdersTheWholeFolder()
    {
        const mig::sources::SourceFolder *busiest = nullptr;
        for (const mig::sources::SourceFolder &folder : std::as_const(m_folders)) {
            if (!busiest || folder.itemCount > busiest->itemCount)
                busiest = &folder;
        }
        MigrationWizard wizard;
        PreviewPage *page = openPreview(wizard);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->folderModel()->rowCount() > 0, 60000);
        clickIndex(mig::test::widget<QTreeView>(&wizard, QStringLiteral("folderTreeView")),
                   page->folderModel()->indexOf(busiest->id));
        MessageListModel *messages = page->messageModel();
        QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() > 0, 60000);

        auto *table = mig::test::widget<QTableView>(&wizard, QStringLiteral("messageTableView"));
        QHeaderView *header = table->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(MessageListModel::SubjectColumn) + 5,
                                 header->height() / 2));
        QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), busiest->itemCount, 60000);
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        QTRY_VERIFY_WITH_TIMEOUT(!messages->isLoading(), 60000);
        for (int row = 1; row < messages->rowCount(); ++row) {
            const QString before = messages->index(row - 1, 0).data(MessageListModel::SortRole).toString();
            const QString after = messages->index(row, 0).data(MessageListModel::SortRole).toString();
            const int order = QString::localeAwareCompare(before, after);
            QVERIFY2(ascending ? order <= 0 : order >= 0, qPrintable(before + QStringLiteral(" / ") + after));
        }
    }

    void remoteContentIsNeverLoaded()
    {
        mig::wizard::SafeTextBrowser browser;
        browser.setHtml(QStringLiteral("<p>hi</p><img src=\"http://tracker.example.org/pixel.gif\">"
                                       "<img src=\"file:///etc/hostname\"><link rel=\"stylesheet\" href=\"https://example.org/a.css\">"));
        browser.resize(400, 300);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QVERIFY(browser.refusedResources() >= 2);
        QVERIFY(browser.toPlainText().contains(QStringLiteral("hi")));
    }
};

QTEST_MAIN(TestPreviewPage)
#include "TestPreviewPage.moc"
