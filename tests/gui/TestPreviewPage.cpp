// The preview page: the folder tree shows the source's folders with their counts, the message
// list loads lazily and sorts, and selecting a message shows its subject, read by the engine, and
// its body, also when that is only RTF.
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "pages/PreviewPage.h"
#include "preview/FolderTreeModel.h"
#include "preview/MessageListModel.h"
#include "preview/MessageView.h"
#include "preview/SafeTextBrowser.h"
#include "rtf/RtfBody.h"
#include "sources/Source.h"
#include "mapi/Tags.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTextDocumentFragment>
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

    /// Opens the wizard on the preview page of path (m_path by default).
    PreviewPage *openPreview(MigrationWizard &wizard, const QString &path = {})
    {
        if (!mig::test::goToSources(wizard))
            return nullptr;
        mig::test::clickAddFiles(wizard, {path.isEmpty() ? m_path : path});
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

    void rtfOnlyItemsShowTheirBody()
    {
        // Items of the sample OST whose only body is PR_RTF_COMPRESSED: the first with encapsulated
        // HTML and the first with plain RTF, with the opening words of their body as the engine reads it.
        const QString path = mig::test::testDataPath(QStringLiteral("pst/aspose_SampleOstFile.ost"));
        struct Case {
            quint64 folderId = 0;
            quint64 itemId = 0;
            QString opening;
        };
        QHash<int, Case> cases; // by mig::rtf::RtfBody::Kind
        {
            auto source = mig::sources::openSourceFile(path);
            QVERIFY2(source.has_value(), qPrintable(source.error().message));
            auto folders = (*source)->folders();
            QVERIFY(folders.has_value());
            for (const mig::sources::SourceFolder &folder : *folders) {
                if (folder.searchFolder)
                    continue;
                auto refs = (*source)->items(folder.id, mig::sources::ItemKind::Normal);
                QVERIFY(refs.has_value());
                for (const mig::sources::ItemRef &ref : *refs) {
                    auto message = ref.readable ? (*source)->readMessage(ref) : mig::Expected<mig::mapi::Message>(mig::Error {});
                    if (!message)
                        continue;
                    const mig::mapi::PropertyBag &props = message->properties;
                    const auto rtf = props.binary(mig::mapi::PR_RTF_COMPRESSED);
                    if (!rtf || props.findId(mig::mapi::propId(mig::mapi::PR_HTML))
                        || !props.string(mig::mapi::PR_BODY).value_or(QString()).trimmed().isEmpty())
                        continue;
                    auto body = mig::rtf::bodyFromCompressedRtf(*rtf);
                    QVERIFY2(body.has_value(), qPrintable(body.error().message));
                    const QString text = body->kind == mig::rtf::RtfBody::Kind::Html
                                             ? QTextDocumentFragment::fromHtml(body->body).toPlainText()
                                             : body->body;
                    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                    if (words.size() >= 3 && !cases.contains(int(body->kind)))
                        cases.insert(int(body->kind), {folder.id, ref.id, words.mid(0, 3).join(QLatin1Char(' '))});
                }
            }
        }
        QCOMPARE(cases.size(), 2);

        MigrationWizard wizard;
        PreviewPage *page = openPreview(wizard, path);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->folderModel()->rowCount() > 0, 60000);
        auto *tree = mig::test::widget<QTreeView>(&wizard, QStringLiteral("folderTreeView"));
        auto *table = mig::test::widget<QTableView>(&wizard, QStringLiteral("messageTableView"));
        auto *body = mig::test::widget<mig::wizard::SafeTextBrowser>(&wizard, QStringLiteral("bodyTextBrowser"));
        MessageListModel *messages = page->messageModel();
        for (const Case &rtfCase : std::as_const(cases)) {
            clickIndex(tree, page->folderModel()->indexOf(rtfCase.folderId));
            int row = -1;
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    if (messages->canFetchMore({}))
                        messages->fetchMore({});
                    for (int r = 0; r < messages->rowCount(); ++r) {
                        if (messages->itemRef(r).id == rtfCase.itemId && messages->itemRef(r).folderId == rtfCase.folderId)
                            row = r;
                    }
                    return row >= 0;
                }(),
                60000);
            body->clear();
            clickIndex(table, messages->index(row, MessageListModel::SubjectColumn));
            QTRY_VERIFY2_WITH_TIMEOUT(body->toPlainText().simplified().contains(rtfCase.opening),
                                      qPrintable(rtfCase.opening + QStringLiteral(" / ") + body->toPlainText().left(300)),
                                      30000);
            // Neither the old placeholder nor the note about a damaged RTF body.
            QVERIFY(!body->toPlainText().contains(QStringLiteral("rich-text (RTF) body")));
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
