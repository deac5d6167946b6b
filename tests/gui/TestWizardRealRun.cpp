// The whole wizard against real servers, as a user walks it: sample PSTs and a broken file added
// (the broken row marked and removed), the preview's folder tree, the server page against a real
// sshd (host key confirmed, importer and free space shown), the directory page against a real slapd
// (users counted), targets matched from the directory or typed with completion, a real run that
// streams every mailbox into the sshd fixture's importer (which checks each stream with verify-mt)
// and the summary; then the same walk with an MBOX archive, and with an IMAP account on a real
// Dovecot (DovecotFixture) whose login is the target's address.
#include "DovecotFixture.h"
#include "SlapdFixture.h"
#include "SlapdSettings.h"
#include "SourceCounts.h"
#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "directory/LdapDirectory.h"
#include "models/MappingModel.h"
#include "models/RunModel.h"
#include "pages/DirectoryPage.h"
#include "dialogs/ImapAccountDialog.h"
#include "pages/MappingPage.h"
#include "pages/PreviewPage.h"
#include "pages/RunPage.h"
#include "pages/ServerPage.h"
#include "preview/FolderTreeModel.h"
#include "preview/MessageListModel.h"
#include "sources/Source.h"
#include "sources/SourceRegistry.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

#include <memory>

using mig::wizard::MappingModel;
using mig::wizard::MigrationWizard;
using mig::wizard::RunModel;
using mig::wizard::SourceListModel;

namespace {

/// A directory user whose address is the sender of every message in aspose_Outlook.pst's Sent
/// Items: the matcher finds that mailbox's owner although the file name says nothing.
const char kSentItemsOwnerLdif[] = "dn: uid=srazzaq,ou=people,dc=example,dc=org\n"
                                   "objectClass: inetOrgPerson\n"
                                   "uid: srazzaq\n"
                                   "cn: Saqib Razzaq\n"
                                   "sn: Razzaq\n"
                                   "mail: saqib.razzaq@xp.local\n";

} // namespace

class TestWizardRealRun final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<mig::test::SshdFixture> m_sshd;
    mig::test::SlapdFixture m_slapd;

    void clickNext(MigrationWizard &wizard)
    {
        QAbstractButton *next = wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                                   : QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }

    void clickIndex(QAbstractItemView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    /// Edits the target of row as a user does: F2, a few letters, the completer's only proposal
    /// chosen with Down and Enter, Enter again to commit the editor.
    void pickTarget(MigrationWizard &wizard, int row, const QString &letters, const QString &expected)
    {
        // The completer's popup took the activation with it (offscreen has no window manager to
        // give it back); the line edit only completes while it really has the focus.
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto *view = mig::test::widget<QTableView>(&wizard, QStringLiteral("mappingTableView"));
        view->setCurrentIndex(view->model()->index(row, MappingModel::TargetColumn));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = view->findChild<QLineEdit *>(QStringLiteral("targetLineEdit"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
        editor->selectAll();
        QTest::keyClicks(editor, letters);
        QCompleter *completer = editor->completer();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 1);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_VERIFY(!completer->popup()->isVisible());
        QCOMPARE(editor->text(), expected);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(view->model()->index(row, MappingModel::TargetColumn).data().toString(), expected);
        QTRY_VERIFY(!view->findChild<QLineEdit *>(QStringLiteral("targetLineEdit")));
        // The edit updates the row in place: the keyboard user stays on the cell just edited.
        QCOMPARE(view->currentIndex(), view->model()->index(row, MappingModel::TargetColumn));
    }

    /// Server page: key file authentication against the sshd fixture; the unknown host key is
    /// confirmed when asked. Leaves the wizard on the Directory page.
    /// Server and Directory pages filled in, then the Mapping page with its one source inspected;
    /// nullptr (the test failed) when a step did not work.
    mig::wizard::MappingPage *toMappingOfOneSource(MigrationWizard &wizard, const QString &knownHostsName)
    {
        fillServerPage(wizard, knownHostsName);
        if (QTest::currentTestFailed())
            return nullptr;
        fillDirectoryPage(wizard);
        if (QTest::currentTestFailed())
            return nullptr;
        [&] { // QCOMPARE and friends return void: they run in a lambda of their own
            QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Mapping));
            auto *page = qobject_cast<mig::wizard::MappingPage *>(wizard.currentPage());
            QVERIFY(page);
            QCOMPARE(page->model()->rowCount(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isInspecting(), 60000);
        }();
        return QTest::currentTestFailed() ? nullptr : qobject_cast<mig::wizard::MappingPage *>(wizard.currentPage());
    }

    /// Options, Run and Summary for a plan of one mailbox: a real run into the verifying importer;
    /// the mailbox is done with items messages in its report and in the stream the importer took
    /// (and in its progress too when countedInProgress).
    void runOneMailboxToSummary(MigrationWizard &wizard, const QString &runDir, const QString &target, quint64 items,
                                bool countedInProgress)
    {
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Options));
        mig::test::typeInto(&wizard, QStringLiteral("runDirLineEdit"), runDir);
        clickNext(wizard);
        mig::wizard::RunPage *runPage = mig::test::finishedRunPage(wizard);
        QVERIFY2(runPage, "not on the Run page, or the run did not end");
        const mig::migration::MailboxProgress &progress = runPage->model()->progress(0);
        QVERIFY2(progress.state == mig::migration::MailboxState::Done, qPrintable(progress.message));
        if (countedInProgress) {
            QCOMPARE(progress.itemsTotal, items);
            QCOMPARE(progress.itemsDone, items);
        }
        const mig::migration::MailboxReport &report = wizard.state().report.mailboxes.at(0);
        QCOMPARE(report.itemsSent, items);
        QCOMPARE(m_sshd->recordedStatusFor(target), 0);
        const mig::test::ReadStream stream = mig::test::readStream(m_sshd->recordedStreamFor(target));
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QCOMPARE(quint64(stream.messages.size()), items);
        clickNext(wizard);

        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Summary));
        const QString totals = mig::test::widget<QLabel>(&wizard, QStringLiteral("totalsLabel"))->text();
        QVERIFY2(totals.contains(QStringLiteral("1 of 1 mailbox(es) migrated, 0 failed, 0 skipped")), qPrintable(totals));
    }

    void fillServerPage(MigrationWizard &wizard, const QString &knownHostsName)
    {
        // Server: key file authentication; the test asks about the unknown host key first.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Server));
        auto *serverPage = qobject_cast<mig::wizard::ServerPage *>(wizard.currentPage());
        QVERIFY(serverPage);
        const QString knownHosts = m_sshd->knownHostsPath(knownHostsName);
        mig::test::fillKeyFileLogin(wizard, { m_sshd->host(), m_sshd->port(), m_sshd->user(), m_sshd->clientKeyFile(), knownHosts });
        QCOMPARE(mig::test::widget<QSpinBox>(&wizard, QStringLiteral("portSpinBox"))->value(), int(m_sshd->port()));
        bool serverOk = false;
        const QString serverResult = mig::test::testServerConnection(wizard, true, &serverOk); // "Trust this key?"
        QCOMPARE(mig::wizard::Prompts::pendingAnswers(), 0); // the host key question was asked
        QVERIFY2(serverOk, qPrintable(serverResult));
        QVERIFY2(serverResult.contains(QStringLiteral("Connected (publickey authentication)")), qPrintable(serverResult));
        QVERIFY2(serverResult.contains(m_sshd->hostKeyFingerprint() + QStringLiteral(" (confirmed now)")),
                 qPrintable(serverResult));
        QVERIFY2(serverResult.contains(QStringLiteral("Importer: gromox-import (%1/gromox-import)").arg(m_sshd->binDir())),
                 qPrintable(serverResult));
        QVERIFY2(serverResult.contains(QStringLiteral("Free space: ")) && !serverResult.contains(QStringLiteral("unknown")),
                 qPrintable(serverResult));
        clickNext(wizard);
        QCOMPARE(wizard.state().plan.server.host, m_sshd->host());
        QCOMPARE(wizard.state().plan.server.port, m_sshd->port());
        QCOMPARE(wizard.state().plan.server.identityFile, m_sshd->clientKeyFile());
        QCOMPARE(wizard.state().plan.server.knownHostsFile, knownHosts);
    }

    /// Directory page: the slapd fixture's reader account; the test counts the users the engine
    /// reads. Leaves the wizard on the Mapping page.
    void fillDirectoryPage(MigrationWizard &wizard)
    {
        // Directory: the reader account counts the users the engine reads.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Directory));
        const mig::directory::LdapSettings ldap = mig::test::readerSettings(m_slapd.uri(), mig::test::SlapdFixture::baseDn());
        auto users = mig::directory::fetchUsers(ldap);
        QVERIFY2(users.has_value(), qPrintable(users.error().fullText()));
        mig::test::typeInto(&wizard, QStringLiteral("uriLineEdit"), ldap.uri);
        mig::test::typeInto(&wizard, QStringLiteral("baseDnLineEdit"), ldap.baseDn);
        mig::test::typeInto(&wizard, QStringLiteral("bindDnLineEdit"), ldap.bindDn);
        mig::test::typeInto(&wizard, QStringLiteral("bindPasswordLineEdit"), ldap.password);
        auto *directoryPage = qobject_cast<mig::wizard::DirectoryPage *>(wizard.currentPage());
        QVERIFY(directoryPage);
        QSignalSpy directoryTested(directoryPage, &mig::wizard::DirectoryPage::testFinished);
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("testDirectoryPushButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(directoryTested.size(), 1, 30000);
        QCOMPARE(mig::test::widget<QLabel>(&wizard, QStringLiteral("directoryResultLabel"))->text(),
                 QStringLiteral("Connected: %1 user(s) found.").arg(users->size()));
        clickNext(wizard);

    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        mig::test::isolateSettings();
        mig::test::SshdFixture::Options options;
        options.verifyProgram = mig::test::appBinary(); // the importer checks every stream
        m_sshd = std::make_unique<mig::test::SshdFixture>(options);
        QString error;
        if (!m_sshd->start(&error))
            QSKIP(qPrintable(QStringLiteral("sshd cannot be started: ") + error));
        if (!m_slapd.start(&error))
            QSKIP(qPrintable(QStringLiteral("slapd cannot be started: ") + error));
        QVERIFY2(m_slapd.addLdif(kSentItemsOwnerLdif, &error), qPrintable(error));
    }

    void cleanup() { mig::wizard::Prompts::clearAnswers(); }

    void realRunFromSourcesToSummary()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QStringList sources = {mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")),
                                     mig::test::testDataPath(QStringLiteral("pst/aspose_Outlook.pst")),
                                     mig::test::testDataPath(QStringLiteral("pst/pstsdk_sample2.pst"))};
        const QString broken = mig::test::testDataPath(QStringLiteral("broken/pstreader_not-a-pst-file.pst"));
        const QStringList targets = {QStringLiteral("amelia.hartmann@example.org"),
                                     QStringLiteral("saqib.razzaq@xp.local"),
                                     QStringLiteral("claire.dubois@example.org")};
        const QLocale locale;

        // Welcome.
        MigrationWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Welcome));
        QVERIFY(mig::test::widget<QAbstractButton>(&wizard, QStringLiteral("newMigrationRadioButton"))->isChecked());
        clickNext(wizard);

        // Sources: three PSTs and a broken file in the middle.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Sources));
        QVERIFY(!mig::test::nextButton(wizard)->isEnabled());
        mig::test::clickAddFiles(wizard, {sources.at(0), sources.at(1), broken, sources.at(2)});
        SourceListModel *sourceList = wizard.state().sources();
        QCOMPARE(sourceList->rowCount(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(!sourceList->isBusy(), 120000);
        QVERIFY(sourceList->index(2, 0).data(SourceListModel::FailedRole).toBool());
        const QString brokenStatus = sourceList->index(2, SourceListModel::StatusColumn).data().toString();
        QVERIFY2(brokenStatus.startsWith(QStringLiteral("Error: ")), qPrintable(brokenStatus));
        QVERIFY2(brokenStatus.contains(QStringLiteral("pstreader_not-a-pst-file.pst")), qPrintable(brokenStatus));
        QCOMPARE(sourceList->index(2, 0).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::red));
        auto *summary = mig::test::widget<QLabel>(&wizard, QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("3 source(s) ready")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("1 source(s) cannot be read")), qPrintable(summary->text()));
        qint64 itemsListed = 0;
        for (int row : {0, 1, 3}) {
            QVERIFY(!sourceList->index(row, 0).data(SourceListModel::FailedRole).toBool());
            QCOMPARE(sourceList->index(row, SourceListModel::FormatColumn).data().toString(), QStringLiteral("PST"));
            // The format cell's tooltip names the file's own facts (encoding, encryption).
            const QString facts = sourceList->index(row, SourceListModel::FormatColumn).data(Qt::ToolTipRole).toString();
            QVERIFY2(facts.contains(QStringLiteral("encryption ")), qPrintable(facts));
            itemsListed += locale.toLongLong(sourceList->index(row, SourceListModel::ItemsColumn).data().toString());
        }
        QVERIFY(summary->text().contains(QStringLiteral("with %1 items").arg(locale.toString(itemsListed))));

        auto *sourcesView = mig::test::widget<QTableView>(&wizard, QStringLiteral("sourcesTableView"));
        clickIndex(sourcesView, sourceList->index(2, 0));
        auto *remove = mig::test::widget<QPushButton>(&wizard, QStringLiteral("removePushButton"));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(sourceList->rowCount(), 3);
        QCOMPARE(sourceList->readyPaths(), sources);
        QVERIFY2(!summary->text().contains(QStringLiteral("cannot be read")), qPrintable(summary->text()));
        clickNext(wizard);

        // Preview: switch to aspose_Outlook.pst with the keyboard; the tree shows its folders and counts.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Preview));
        auto *preview = qobject_cast<mig::wizard::PreviewPage *>(wizard.currentPage());
        QVERIFY(preview);
        auto *sourceCombo = mig::test::widget<QComboBox>(&wizard, QStringLiteral("sourceComboBox"));
        QCOMPARE(sourceCombo->count(), 3);
        sourceCombo->setFocus();
        QTest::keyClick(sourceCombo, Qt::Key_Down);
        QCOMPARE(sourceCombo->currentText(), QStringLiteral("aspose_Outlook.pst"));
        auto opened = mig::sources::openSourceFile(sources.at(1));
        QVERIFY(opened.has_value());
        auto folders = (*opened)->folders();
        QVERIFY(folders.has_value());
        mig::wizard::FolderTreeModel *tree = preview->folderModel();
        const quint64 inboxId = [&] {
            for (const mig::sources::SourceFolder &folder : std::as_const(*folders)) {
                if (folder.name == QStringLiteral("Inbox"))
                    return folder.id;
            }
            return quint64(0);
        }();
        QVERIFY(inboxId != 0);
        QTRY_VERIFY_WITH_TIMEOUT(tree->indexOf(inboxId).isValid(), 60000);
        for (const mig::sources::SourceFolder &folder : std::as_const(*folders)) {
            const QModelIndex index = tree->indexOf(folder.id);
            QVERIFY(index.isValid());
            QCOMPARE(index.siblingAtColumn(mig::wizard::FolderTreeModel::ItemsColumn).data().toString(),
                     locale.toString(folder.itemCount));
        }
        QVERIFY(tree->indexOf(inboxId).siblingAtColumn(mig::wizard::FolderTreeModel::ItemsColumn).data().toString()
                != QStringLiteral("0"));
        clickNext(wizard);

        fillServerPage(wizard, QStringLiteral("walk"));
        if (QTest::currentTestFailed())
            return;
        fillDirectoryPage(wizard);
        if (QTest::currentTestFailed())
            return;

        // Mapping: aspose_Outlook.pst is matched through its Sent Items sender; the others are typed.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Mapping));
        auto *mappingPage = qobject_cast<mig::wizard::MappingPage *>(wizard.currentPage());
        QVERIFY(mappingPage);
        MappingModel *mapping = mappingPage->model();
        QCOMPARE(mapping->rowCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!mappingPage->isInspecting(), 60000);
        QTRY_COMPARE(mapping->index(1, MappingModel::TargetColumn).data().toString(), targets.at(1));
        QCOMPARE(mapping->index(1, MappingModel::StatusColumn).data().toString(), QStringLiteral("matched"));
        QCOMPARE(mapping->index(1, MappingModel::ConfidenceColumn).data().toInt(), 50);
        QVERIFY(mapping->index(1, MappingModel::ReasonColumn).data().toString().contains(QStringLiteral("Sent Items")));
        for (int row : {0, 2})
            QCOMPARE(mapping->index(row, MappingModel::StatusColumn).data().toString(), QStringLiteral("unmatched"));
        auto *mappingSummary = mig::test::widget<QLabel>(&wizard, QStringLiteral("mappingSummaryLabel"));
        QVERIFY2(mappingSummary->text().contains(QStringLiteral("2 source(s) still need a target")),
                 qPrintable(mappingSummary->text()));
        QVERIFY(!mig::test::nextButton(wizard)->isEnabled());
        pickTarget(wizard, 0, QStringLiteral("amelia.h"), targets.at(0));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(mapping->index(0, MappingModel::StatusColumn).data().toString(), QStringLiteral("manual"));
        QVERIFY(!mig::test::nextButton(wizard)->isEnabled());
        pickTarget(wizard, 2, QStringLiteral("dubois"), targets.at(2));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY2(!mappingSummary->text().contains(QStringLiteral("need a target")), qPrintable(mappingSummary->text()));
        QCOMPARE(mapping->conflictCount(), 0);
        clickNext(wizard);
        QCOMPARE(wizard.state().plan.jobs.size(), 3);
        for (int job = 0; job < 3; ++job) {
            QCOMPARE(wizard.state().plan.jobs.at(job).sources, mig::sources::SourceSpec::forPaths({sources.at(job)}));
            QCOMPARE(wizard.state().plan.jobs.at(job).target, targets.at(job));
        }

        // Options: a real run, two mailboxes at once, the run folder in the temporary directory.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Options));
        QVERIFY(!mig::test::widget<QCheckBox>(&wizard, QStringLiteral("dryRunCheckBox"))->isChecked());
        auto *parallel = mig::test::widget<QSpinBox>(&wizard, QStringLiteral("parallelSpinBox"));
        parallel->selectAll();
        QTest::keyClicks(parallel, QStringLiteral("2"));
        const QString runDir = work.filePath(QStringLiteral("run"));
        mig::test::typeInto(&wizard, QStringLiteral("runDirLineEdit"), runDir);
        QVERIFY(wizard.currentPage()->isCommitPage());
        clickNext(wizard);
        QVERIFY(!wizard.state().dryRun);
        QCOMPARE(wizard.state().plan.options.parallelJobs, 2);

        // Run: every mailbox streamed into the server's importer, which accepted each stream.
        mig::wizard::RunPage *runPage = mig::test::finishedRunPage(wizard);
        QVERIFY2(runPage, "not on the Run page, or the run did not end");
        RunModel *run = runPage->model();
        QCOMPARE(run->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            const mig::migration::MailboxProgress &progress = run->progress(row);
            QVERIFY2(progress.state == mig::migration::MailboxState::Done, qPrintable(progress.message));
            QCOMPARE(run->index(row, RunModel::TargetColumn).data().toString(), targets.at(row));
            QCOMPARE(run->index(row, RunModel::StateColumn).data().toString(),
                     mig::migration::stateLabel(mig::migration::MailboxState::Done));
            // The progress counts every item slot, folder-associated ones included; the row's
            // Items column says what was sent, as the report and the summary do.
            QVERIFY(progress.itemsTotal > 0);
            QCOMPARE(progress.itemsDone, progress.itemsTotal);
            QCOMPARE(progress.itemsFailed, quint64(0));
            const mig::migration::MailboxReport &report = wizard.state().report.mailboxes.at(row);
            QCOMPARE(progress.itemsSent, report.itemsSent);
            QCOMPARE(run->index(row, RunModel::ItemsColumn).data().toString(),
                     QStringLiteral("%1 sent").arg(locale.toString(report.itemsSent)));
            const quint64 readable = mig::test::readableItems(sources.at(row));
            QVERIFY(readable > 0);
            QCOMPARE(report.itemsSent + report.itemsFailed, readable);
            // The server's importer got exactly the bytes the row shows, and verify-mt accepted them.
            QCOMPARE(m_sshd->recordedStatusFor(targets.at(row)), 0);
            const QByteArray stream = m_sshd->recordedStreamFor(targets.at(row));
            QVERIFY(stream.startsWith("GXMT"));
            QCOMPARE(quint64(stream.size()), report.bytes);
            QCOMPARE(progress.bytesDone, report.bytes);
            QCOMPARE(run->index(row, RunModel::BytesColumn).data().toString(),
                     locale.formattedDataSize(qint64(report.bytes)));
        }
        QCOMPARE(mig::test::widget<QProgressBar>(&wizard, QStringLiteral("overallProgressBar"))->value(), 1000);
        const QString log = mig::test::widget<QPlainTextEdit>(&wizard, QStringLiteral("logPlainTextEdit"))->toPlainText();
        for (const QString &target : targets)
            QVERIFY2(log.contains(target), qPrintable(log));
        QVERIFY(!mig::test::widget<QPushButton>(&wizard, QStringLiteral("retryPushButton"))->isEnabled());
        clickNext(wizard);

        // Summary.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Summary));
        const QString totals = mig::test::widget<QLabel>(&wizard, QStringLiteral("totalsLabel"))->text();
        QVERIFY2(!totals.startsWith(QStringLiteral("Dry run")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("3 of 3 mailbox(es) migrated, 0 failed, 0 skipped")), qPrintable(totals));
        quint64 readableTotal = 0;
        for (const QString &source : sources)
            readableTotal += mig::test::readableItems(source);
        QVERIFY2(totals.contains(QStringLiteral("%1 item(s) sent").arg(locale.toString(readableTotal))), qPrintable(totals));
        auto *results = mig::test::widget<QTableWidget>(&wizard, QStringLiteral("resultsTableWidget"));
        QCOMPARE(results->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(results->item(row, 0)->text(), targets.at(row));
            QCOMPARE(results->item(row, 1)->text(), mig::migration::stateLabel(mig::migration::MailboxState::Done));
            QCOMPARE(results->item(row, 2)->text(), locale.toString(mig::test::readableItems(sources.at(row))));
        }
        QVERIFY(QFileInfo::exists(runDir + QStringLiteral("/report.html")));
        QVERIFY(mig::test::widget<QPushButton>(&wizard, QStringLiteral("openReportPushButton"))->isEnabled());
        QVERIFY(wizard.currentPage()->isFinalPage());
    }

    // An MBOX archive walks the same way: its folder and count on the Sources and Preview pages,
    // the target typed with completion, a real run whose stream the importer accepts, every
    // message sent.
    void mboxWalkFromSourcesToSummary()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString mbox = mig::test::testDataPath(QStringLiteral("mbox/mimekit_content-length.mbox"));
        const QString target = QStringLiteral("amelia.hartmann@example.org");
        const quint64 readable = mig::test::readableItems(mbox);
        QVERIFY(readable > 0);
        const QLocale locale;

        MigrationWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        clickNext(wizard);

        // Sources: the mbox is recognised by content, with its message count.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Sources));
        mig::test::clickAddFiles(wizard, {mbox});
        SourceListModel *sourceList = wizard.state().sources();
        QTRY_VERIFY_WITH_TIMEOUT(!sourceList->isBusy(), 60000);
        QCOMPARE(sourceList->rowCount(), 1);
        QVERIFY(!sourceList->index(0, 0).data(SourceListModel::FailedRole).toBool());
        QCOMPARE(sourceList->index(0, SourceListModel::FormatColumn).data().toString(), QStringLiteral("MBOX"));
        QCOMPARE(locale.toLongLong(sourceList->index(0, SourceListModel::ItemsColumn).data().toString()), qint64(readable));
        clickNext(wizard);

        // Preview: the folder holding the messages shows their count.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Preview));
        auto *preview = qobject_cast<mig::wizard::PreviewPage *>(wizard.currentPage());
        QVERIFY(preview);
        auto opened = mig::sources::openSourceFile(mbox);
        QVERIFY(opened.has_value());
        auto folders = (*opened)->folders();
        QVERIFY(folders.has_value());
        mig::wizard::FolderTreeModel *tree = preview->folderModel();
        for (const mig::sources::SourceFolder &folder : std::as_const(*folders)) {
            QTRY_VERIFY_WITH_TIMEOUT(tree->indexOf(folder.id).isValid(), 60000);
            QCOMPARE(tree->indexOf(folder.id).siblingAtColumn(mig::wizard::FolderTreeModel::ItemsColumn).data().toString(),
                     locale.toString(folder.itemCount));
        }
        clickNext(wizard);

        // Mapping: one row for the archive; its target typed with the directory's completion.
        mig::wizard::MappingPage *mappingPage = toMappingOfOneSource(wizard, QStringLiteral("mbox-walk"));
        if (!mappingPage)
            return;
        if (mappingPage->model()->index(0, MappingModel::TargetColumn).data().toString() != target) {
            pickTarget(wizard, 0, QStringLiteral("amelia.h"), target);
            QVERIFY(!QTest::currentTestFailed());
        }
        clickNext(wizard);
        QCOMPARE(wizard.state().plan.jobs.size(), 1);
        QCOMPARE(wizard.state().plan.jobs.first().sources, mig::sources::SourceSpec::forPaths({mbox}));

        // Options and run: a real run into the importer, which checks the stream.
        runOneMailboxToSummary(wizard, work.filePath(QStringLiteral("run")), target, readable, false);
    }

    void imapWalkFromSourcesToSummary()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/sbin/dovecot")))
            QSKIP("dovecot-imapd is not installed");
        QTemporaryDir work;
        QVERIFY(work.isValid());
        // The login is the target's address: the mapping finds the mailbox by it.
        const QString target = QStringLiteral("amelia.hartmann@example.org");
        mig::test::DovecotFixture dovecot;
        QString error;
        QVERIFY2(dovecot.start(&error), qPrintable(error));
        QVERIFY2(dovecot.addAccount(target, &error), qPrintable(error));
        dovecot.useAccount(target);
        const auto message = [](const QString &subject) {
            return QStringLiteral("From: Bob <bob@example.org>\r\nTo: %1\r\nSubject: %2\r\nMessage-ID: <%2@example.org>\r\n"
                                  "Date: Tue, 5 Dec 2023 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                                  "Content-Type: text/plain; charset=utf-8\r\n\r\nThe body of %2.\r\n")
                .arg(QStringLiteral("amelia.hartmann@example.org"), subject)
                .toUtf8();
        };
        QVERIFY2(dovecot.addMessage(QStringLiteral("INBOX"), message(QStringLiteral("imap-walk-inbox")),
                                    QStringLiteral("generated"), &error),
                 qPrintable(error));
        QVERIFY2(dovecot.writeMaildirMessages(QStringLiteral("Projekte"), 5,
                                              [&](int i) { return message(QStringLiteral("imap-walk-%1").arg(i)); }, &error),
                 qPrintable(error));
        const quint64 held = 6;
        const QLocale locale;

        MigrationWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        clickNext(wizard);

        // Sources: the account added through the IMAP dialog, inspected with its message count.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Sources));
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("addImapPushButton")), Qt::LeftButton);
        auto *dialog = wizard.findChild<mig::wizard::ImapAccountDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        mig::test::typeInto(dialog, QStringLiteral("imapHostLineEdit"), dovecot.host());
        auto *port = mig::test::widget<QSpinBox>(dialog, QStringLiteral("imapPortSpinBox"));
        port->selectAll();
        QTest::keyClicks(port, QString::number(dovecot.imapsPort()));
        auto *logins = mig::test::widget<QPlainTextEdit>(dialog, QStringLiteral("imapLoginsPlainTextEdit"));
        logins->setFocus();
        QTest::keyClicks(logins, target);
        mig::test::typeInto(dialog, QStringLiteral("imapPasswordLineEdit"), dovecot.password());
        mig::test::typeInto(dialog, QStringLiteral("caFileLineEdit"), dovecot.caCertFile());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        SourceListModel *sourceList = wizard.state().sources();
        QCOMPARE(sourceList->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!sourceList->isBusy(), 60000);
        QVERIFY2(sourceList->index(0, 0).data(SourceListModel::ReadyRole).toBool(),
                 qPrintable(sourceList->index(0, SourceListModel::StatusColumn).data().toString()));
        QCOMPARE(locale.toLongLong(sourceList->index(0, SourceListModel::ItemsColumn).data().toString()), qint64(held));
        const mig::sources::SourceSpec spec = sourceList->spec(0);
        QCOMPARE(spec.kind, QStringLiteral("imap"));
        clickNext(wizard);

        // Preview: the account's folders with their counts; a message opens with its subject and body.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Preview));
        auto *preview = qobject_cast<mig::wizard::PreviewPage *>(wizard.currentPage());
        QVERIFY(preview);
        auto opened = mig::sources::openSource(spec); // the wizard's key chain hook gives the password
        QVERIFY2(opened.has_value(), qPrintable(opened.error().fullText()));
        auto folders = (*opened)->folders();
        QVERIFY(folders.has_value());
        quint64 projects = 0;
        mig::wizard::FolderTreeModel *tree = preview->folderModel();
        for (const mig::sources::SourceFolder &folder : std::as_const(*folders)) {
            QTRY_VERIFY_WITH_TIMEOUT(tree->indexOf(folder.id).isValid(), 60000);
            QCOMPARE(tree->indexOf(folder.id).siblingAtColumn(mig::wizard::FolderTreeModel::ItemsColumn).data().toString(),
                     locale.toString(folder.itemCount));
            if (folder.name == QLatin1String("Projekte"))
                projects = folder.id;
        }
        opened->reset();
        QVERIFY(projects != 0);
        auto *folderView = mig::test::widget<QTreeView>(&wizard, QStringLiteral("folderTreeView"));
        clickIndex(folderView, tree->indexOf(projects));
        QTRY_COMPARE_WITH_TIMEOUT(preview->messageModel()->rowCount(), 5, 60000);
        auto *messages = mig::test::widget<QTableView>(&wizard, QStringLiteral("messageTableView"));
        clickIndex(messages, preview->messageModel()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(mig::test::widget<QLabel>(&wizard, QStringLiteral("subjectLabel"))->text().startsWith(
                                     QStringLiteral("imap-walk-")),
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(mig::test::shownBodyText(wizard).contains(QStringLiteral("The body of imap-walk-")), 60000);
        clickNext(wizard);

        // Mapping: the account is named by its login and matched to the directory user by address.
        mig::wizard::MappingPage *mappingPage = toMappingOfOneSource(wizard, QStringLiteral("imap-walk"));
        if (!mappingPage)
            return;
        QCOMPARE(mappingPage->model()->index(0, MappingModel::TargetColumn).data().toString(), target);
        clickNext(wizard);
        QCOMPARE(wizard.state().plan.jobs.size(), 1);
        QCOMPARE(wizard.state().plan.jobs.first().sources, QList<mig::sources::SourceSpec>{spec});

        // Options and run: the account streamed into the importer, which checks the stream; the
        // mailbox's progress counts the account's messages.
        runOneMailboxToSummary(wizard, work.filePath(QStringLiteral("run")), target, held, true);
    }
};

QTEST_MAIN(TestWizardRealRun)
#include "TestWizardRealRun.moc"
