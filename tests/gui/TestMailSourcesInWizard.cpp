// Internet mail sources in the wizard (issue 15): the "Add files" dialog offers every kind the
// engine reads, an mbox file added by dialog and a Maildir added as a folder (and by drop) are
// inspected with the engine's counts, and the Preview shows their folders and messages.
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "pages/PreviewPage.h"
#include "preview/FolderTreeModel.h"
#include "preview/MessageListModel.h"
#include "sources/Source.h"
#include "sources/SourceRegistry.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrl>

using mig::wizard::MigrationWizard;
using mig::wizard::SourceListModel;

namespace {

bool copyFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).path());
    return QFile::copy(from, to);
}

/// A small Maildir++ tree built from the shared .eml samples: INBOX with three messages (one
/// read), Sent with one.
QString buildMaildir(const QTemporaryDir &dir)
{
    const QString md = dir.filePath(QStringLiteral("Maildir"));
    const QString a = mig::test::testDataPath(QStringLiteral("eml/tika_testThunderbirdEml.eml"));
    const QString b = mig::test::testDataPath(QStringLiteral("eml/mail_attachment_pdf.eml"));
    const bool ok = copyFile(a, md + QStringLiteral("/cur/1700000001.M1.host:2,S"))
        && copyFile(b, md + QStringLiteral("/cur/1700000002.M1.host:2,"))
        && copyFile(a, md + QStringLiteral("/new/1700000003.M1.host"))
        && copyFile(b, md + QStringLiteral("/.Sent/cur/1700000004.M1.host:2,S"))
        && QDir().mkpath(md + QStringLiteral("/tmp")) && QDir().mkpath(md + QStringLiteral("/.Sent/new"));
    return ok ? md : QString();
}

QList<mig::sources::SourceFolder> foldersOf(const QString &path)
{
    auto source = mig::sources::openSourceFile(path);
    if (!source)
        return {};
    auto folders = (*source)->folders();
    return folders ? *folders : QList<mig::sources::SourceFolder>();
}

int itemsOf(const QList<mig::sources::SourceFolder> &folders)
{
    int items = 0;
    for (const auto &folder : folders)
        items += folder.itemCount;
    return items;
}

} // namespace

class TestMailSourcesInWizard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        mig::test::isolateSettings();
    }

    void cleanup() { mig::wizard::Prompts::clearAnswers(); }

    void fileDialogOffersEveryKind()
    {
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        mig::test::clickAddFiles(wizard, {});
        const QString filter = mig::wizard::Prompts::lastFilter();
        for (const mig::sources::SourceKind &kind : mig::sources::sourceKinds()) {
            for (const QString &pattern : kind.filePatterns)
                QVERIFY2(filter.contains(pattern), qPrintable(filter));
        }
        QVERIFY(filter.contains(QStringLiteral("*.eml")));
        QVERIFY(filter.contains(QStringLiteral("*.mbox")));
        QVERIFY(filter.endsWith(QStringLiteral("(*)")));
        QVERIFY(wizard.currentPage()->subTitle().contains(QStringLiteral("MBOX")));
    }

    void mboxAndMaildirShowTheirCountsInSourcesAndPreview()
    {
        QTemporaryDir dir;
        const QString maildir = buildMaildir(dir);
        QVERIFY(!maildir.isEmpty());
        const QString mbox = mig::test::testDataPath(QStringLiteral("mbox/tika_complex.mbox"));
        const QList<mig::sources::SourceFolder> mboxFolders = foldersOf(mbox);
        const QList<mig::sources::SourceFolder> maildirFolders = foldersOf(maildir);
        QCOMPARE(itemsOf(maildirFolders), 4);
        QVERIFY(itemsOf(mboxFolders) > 0);

        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        mig::test::clickAddFiles(wizard, {mbox});
        mig::wizard::Prompts::setNextAnswer(maildir);
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("addFolderPushButton")),
                          Qt::LeftButton);
        SourceListModel *model = wizard.state().sources();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
        const QLocale locale;
        QCOMPARE(model->index(0, SourceListModel::FormatColumn).data().toString(), QStringLiteral("MBOX"));
        QCOMPARE(model->index(0, SourceListModel::ItemsColumn).data().toString(), locale.toString(itemsOf(mboxFolders)));
        QCOMPARE(model->index(1, SourceListModel::NameColumn).data().toString(), QStringLiteral("Maildir"));
        QCOMPARE(model->index(1, SourceListModel::FormatColumn).data().toString(), QStringLiteral("MAILDIR"));
        QCOMPARE(model->index(1, SourceListModel::ItemsColumn).data().toString(), locale.toString(4));
        QCOMPARE(model->index(1, SourceListModel::FoldersColumn).data().toString(),
            locale.toString(int(maildirFolders.size())));
        QVERIFY(mig::test::nextButton(wizard)->isEnabled());

        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        auto *preview = qobject_cast<mig::wizard::PreviewPage *>(wizard.currentPage());
        QVERIFY(preview);
        auto *combo = mig::test::widget<QComboBox>(&wizard, QStringLiteral("sourceComboBox"));
        QCOMPARE(combo->count(), 2);
        combo->setCurrentIndex(1);
        QCOMPARE(combo->currentText(), QStringLiteral("Maildir"));
        mig::wizard::FolderTreeModel *tree = preview->folderModel();
        quint64 inboxId = 0;
        for (const auto &folder : maildirFolders) {
            if (folder.name == QLatin1String("INBOX"))
                inboxId = folder.id;
        }
        QVERIFY(inboxId != 0);
        QTRY_VERIFY_WITH_TIMEOUT(tree->indexOf(inboxId).isValid(), 60000);
        QCOMPARE(tree->indexOf(inboxId).data(mig::wizard::FolderTreeModel::ItemCountRole).toInt(), 3);
        auto *view = mig::test::widget<QTreeView>(&wizard, QStringLiteral("folderTreeView"));
        const QModelIndex inbox = tree->indexOf(inboxId);
        view->scrollTo(inbox);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(inbox).center());
        QTRY_COMPARE_WITH_TIMEOUT(preview->messageModel()->rowCount(), 3, 60000);
        QCOMPARE(preview->messageModel()->totalItems(), 3);
    }

    void droppedMaildirFolderIsOneSource()
    {
        QTemporaryDir dir;
        const QString maildir = buildMaildir(dir);
        QVERIFY(!maildir.isEmpty());
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        SourceListModel *model = wizard.state().sources();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(maildir)});
        QVERIFY(model->canDropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
        QVERIFY(model->dropMimeData(&mime, Qt::CopyAction, -1, -1, {}));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
        QVERIFY(model->index(0, 0).data(SourceListModel::ReadyRole).toBool());
        QCOMPARE(model->index(0, SourceListModel::FormatColumn).data().toString(), QStringLiteral("MAILDIR"));
    }
};

QTEST_MAIN(TestMailSourcesInWizard)
#include "TestMailSourcesInWizard.moc"
