// A Kopano server as a source of the wizard (issue 18), walked as a user does against the real
// sshd fixture whose PATH holds the Kopano stand-ins (tests/data/kopano, README there: which
// facts of the real tools they rely on). Sources page: "Add Kopano server…" opens the dialog; its
// Discover asks the unknown host key and lists the 5 users of kopano-admin and the public store
// given by GUID, each ticked; OK adds one row per store, inspected with its size. Mapping page:
// each store's target is the list's address (@domain for the public store). A real run relays
// every store's gromox-kdb2mt stream into the fixture's importer (which checks it with
// verify-mt): every mailbox done with the stream's message count, and the SQL password, typed
// once in the dialog, is in no file the run, the plan or the stand-ins wrote.

#include "KopanoStandIns.h"
#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "dialogs/KopanoSourceDialog.h"
#include "kopano/KopanoSpec.h"
#include "models/MappingModel.h"
#include "models/RunModel.h"
#include "pages/MappingPage.h"
#include "pages/RunPage.h"
#include "pages/ServerPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

#include <memory>

using mig::wizard::KopanoSourceDialog;
using mig::wizard::MappingModel;
using mig::wizard::MigrationWizard;
using mig::wizard::SourceListModel;

using mig::test::readAll;

namespace {

const QByteArray kPassword = "Wiz'Ko#pano $(id) S3cret";
const QString kPublicGuid = mig::test::kKopanoPublicGuid;

using Store = mig::test::KopanoStandInStore;
const QList<Store> kStores = mig::test::kopanoStandInStores();

} // namespace

class TestKopanoInWizard final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<mig::test::SshdFixture> m_sshd;
    QTemporaryDir m_home;
    QString m_fake;
    QHash<QString, int> m_messages;

    void clickNext(MigrationWizard &wizard)
    {
        QAbstractButton *next = wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                                   : QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }

    /// The Kopano dialog filled in for the fixture: Discover (the host key question answered yes)
    /// lists the users and the public store; OK adds them. Leaves the wizard on the Sources page.
    void addKopanoServer(MigrationWizard &wizard)
    {
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("addKopanoPushButton")), Qt::LeftButton);
        KopanoSourceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<KopanoSourceDialog *>()) && dialog->isVisible());
        mig::test::typeInto(dialog, QStringLiteral("kopanoHostLineEdit"), m_sshd->user() + '@' + m_sshd->host());
        auto *port = mig::test::widget<QSpinBox>(dialog, QStringLiteral("kopanoPortSpinBox"));
        port->selectAll();
        QTest::keyClicks(port, QString::number(m_sshd->port()));
        mig::test::typeInto(dialog, QStringLiteral("kopanoKeyFileLineEdit"), m_sshd->clientKeyFile());
        mig::test::typeInto(dialog, QStringLiteral("sqlHostLineEdit"), QStringLiteral("127.0.0.1"));
        mig::test::typeInto(dialog, QStringLiteral("sqlUserLineEdit"), QStringLiteral("kopano"));
        mig::test::typeInto(dialog, QStringLiteral("sqlPasswordLineEdit"), QString::fromUtf8(kPassword));
        QVERIFY(mig::test::widget<QCheckBox>(dialog, QStringLiteral("mountAttachmentsCheckBox"))->isChecked());
        mig::test::typeInto(dialog, QStringLiteral("publicDomainLineEdit"), QStringLiteral("@example.com"));
        mig::test::typeInto(dialog, QStringLiteral("publicGuidLineEdit"), kPublicGuid);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok && !ok->isEnabled()); // nothing discovered yet

        QSignalSpy discovered(dialog, &KopanoSourceDialog::discoveryFinished);
        mig::wizard::Prompts::setNextAnswer(true); // "Trust this key?"
        QTest::mouseClick(mig::test::widget<QPushButton>(dialog, QStringLiteral("discoverPushButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(discovered.size(), 1, 60000);
        QCOMPARE(mig::wizard::Prompts::pendingAnswers(), 0); // the host key question was asked
        const QString status = mig::test::widget<QLabel>(dialog, QStringLiteral("kopanoStatusLabel"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("5 user(s) found.")), qPrintable(status));

        auto *table = mig::test::widget<QTableWidget>(dialog, QStringLiteral("storesTableWidget"));
        QCOMPARE(table->rowCount(), 6);
        for (int row = 0; row < 6; ++row) {
            QCOMPARE(table->item(row, KopanoSourceDialog::MailColumn)->text(), kStores.at(row).target);
            QCOMPARE(table->item(row, KopanoSourceDialog::StoreColumn)->checkState(), Qt::Checked);
        }
        QCOMPARE(table->item(0, KopanoSourceDialog::StoreColumn)->text(), QStringLiteral("alice"));
        QCOMPARE(table->item(5, KopanoSourceDialog::StoreColumn)->text(), QStringLiteral("Public store"));
        QCOMPARE(table->item(2, KopanoSourceDialog::ActiveColumn)->text(), QStringLiteral("no")); // carol
        QVERIFY(!table->item(3, KopanoSourceDialog::ArchiveColumn)->text().isEmpty());            // dave's archive
        QVERIFY(table->item(0, KopanoSourceDialog::ArchiveColumn)->text().isEmpty());
        QCOMPARE(table->item(1, KopanoSourceDialog::SizeColumn)->text(),
                 QLocale().formattedDataSize(qint64(2.2 * 1024 * 1024)));

        // dave's archive store would be added by default; it has a test of its own (archiveStoreRows).
        auto *archives = mig::test::widget<QCheckBox>(dialog, QStringLiteral("kopanoArchivesCheckBox"));
        QVERIFY(archives->isChecked());
        QCOMPARE(dialog->chosenSpecs().size(), 7);
        archives->setChecked(false);
        QCOMPARE(dialog->chosenSpecs().size(), 6);

        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!wizard.findChild<KopanoSourceDialog *>());
    }

    /// The dialog shown, the fixture's host, port and key file typed in (nothing else), Discover
    /// pressed and waited for.
    void discoverWithKeyFile(KopanoSourceDialog &dialog)
    {
        dialog.show();
        mig::test::typeInto(&dialog, QStringLiteral("kopanoHostLineEdit"), m_sshd->user() + '@' + m_sshd->host());
        mig::test::widget<QSpinBox>(&dialog, QStringLiteral("kopanoPortSpinBox"))->setValue(m_sshd->port());
        mig::test::typeInto(&dialog, QStringLiteral("kopanoKeyFileLineEdit"), m_sshd->clientKeyFile());
        QSignalSpy discovered(&dialog, &KopanoSourceDialog::discoveryFinished);
        mig::wizard::Prompts::setNextAnswer(true); // in case the host key is not known yet
        QTest::mouseClick(mig::test::widget<QPushButton>(&dialog, QStringLiteral("discoverPushButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(discovered.size(), 1, 60000);
    }

    /// Server page: key file authentication against the fixture, the host key trusted when asked.
    void fillServerPage(MigrationWizard &wizard)
    {
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Server));
        mig::test::fillKeyFileLogin(wizard, { m_sshd->host(), m_sshd->port(), m_sshd->user(), m_sshd->clientKeyFile(),
                                                m_sshd->knownHostsPath(QStringLiteral("kopano")) });
        bool serverOk = false;
        const QString serverResult = mig::test::testServerConnection(wizard, true, &serverOk);
        QVERIFY2(serverOk, qPrintable(serverResult));
    }

    /// The password reached kdb2mt only on its standard input: the stand-in found it in no argv
    /// (its own or any process's), and it is in no file the run, the stand-ins or the wizard wrote.
    void verifyPasswordNowhere(const QString &runDir)
    {
        QVERIFY2(!QFileInfo::exists(m_fake + "/violations"), readAll(m_fake + "/violations").constData());
        const QByteArray calls = readAll(m_fake + "/kdb2mt.calls");
        QVERIFY2(calls.contains("--sql-host 127.0.0.1 --sql-user kopano --sql-db kopano --mbox-mro alice --src-attach /tmp/"),
                 calls.constData());
        QVERIFY(verifyNoPasswordInDir(runDir) > 0);
        QVERIFY(verifyNoPasswordInDir(m_fake, m_fake + "/sql-password") > 0);
        // The fixture's own folder: the importer's recorded streams and arguments, the sshd logs.
        verifyNoPasswordInDir(QDir::cleanPath(m_sshd->binDir() + "/.."), QDir::cleanPath(m_fake + "/sql-password"));
        verifyNoPasswordInDir(m_home.path());
        verifyNoPasswordInDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        QVERIFY(!QTest::currentTestFailed());
    }

    /// No file below dir holds the password (but except, the stand-in's own copy of it).
    /// Returns how many files were looked at.
    int verifyNoPasswordInDir(const QString &dir, const QString &except = {})
    {
        QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int looked = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            if (file == except)
                continue;
            if (readAll(file).contains(kPassword)) {
                QTest::qFail(qPrintable(QStringLiteral("the password is in ") + file), __FILE__, __LINE__);
                return looked;
            }
            ++looked;
        }
        return looked;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        mig::test::isolateSettings();
        // The Kopano host's key is remembered in ~/.ssh/known_hosts: a home of the test's own.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        mig::test::SshdFixture::Options options;
        options.verifyProgram = mig::test::appBinary(); // the importer checks every stream
        m_sshd = std::make_unique<mig::test::SshdFixture>(options);
        QString error;
        if (!m_sshd->start(&error))
            QSKIP(qPrintable(QStringLiteral("sshd cannot be started: ") + error));
        m_fake = mig::test::installKopanoStandIns(*m_sshd, kPassword);
        QVERIFY(!m_fake.isEmpty());
        for (const Store &s : kStores) {
            const int messages = mig::test::prepareKopanoStream(m_fake, s.key, s.pst, s.splice, &error);
            QVERIFY2(messages > 0, qPrintable(s.key + QStringLiteral(": ") + error));
            m_messages.insert(s.key, messages);
        }
    }

    void cleanup() { mig::wizard::Prompts::clearAnswers(); }

    void kopanoServerFromSourcesToSummary();
    void archiveStoreRows();
    void discoveryFailureShowsTheServersWords();
};

void TestKopanoInWizard::kopanoServerFromSourcesToSummary()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QLocale locale;
    MigrationWizard wizard;
    QVERIFY(mig::test::goToSources(wizard));

    // Sources: the dialog's stores become rows with the discovered size, ready to migrate.
    addKopanoServer(wizard);
    if (QTest::currentTestFailed())
        return;
    SourceListModel *sources = wizard.state().sources();
    QCOMPARE(sources->rowCount(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(!sources->isBusy(), 30000);
    QVERIFY(sources->hasUsableSources());
    for (int row = 0; row < 6; ++row) {
        QVERIFY2(sources->index(row, 0).data(SourceListModel::ReadyRole).toBool(),
                 qPrintable(sources->index(row, SourceListModel::StatusColumn).data().toString()));
        QCOMPARE(sources->index(row, SourceListModel::FormatColumn).data().toString(), QStringLiteral("Kopano store"));
        QVERIFY(!sources->spec(row).options.contains(QStringLiteral("password")));
    }
    QCOMPARE(sources->index(0, SourceListModel::NameColumn).data().toString(), QStringLiteral("alice"));
    QCOMPARE(sources->index(5, SourceListModel::NameColumn).data().toString(), QStringLiteral("Public store @example.com"));
    QCOMPARE(sources->index(1, SourceListModel::SizeColumn).data().toString(),
             locale.formattedDataSize(qint64(2.2 * 1024 * 1024)));
    QCOMPARE(wizard.state().kopanoSqlPassword, QString::fromUtf8(kPassword));
    // Nothing is counted before the run: the summary says so instead of "0 items".
    const QString summary = mig::test::widget<QLabel>(&wizard, QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("6 Kopano store")) && summary.endsWith(QStringLiteral("counted during the run.")),
             qPrintable(summary));
    clickNext(wizard);

    // Preview (a Kopano store is read on the server during the run), then the server page.
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Preview));
    clickNext(wizard);
    fillServerPage(wizard);
    if (QTest::currentTestFailed())
        return;
    clickNext(wizard);

    // Directory: none (the targets are the list's addresses).
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Directory));
    clickNext(wizard);

    // Mapping: each store goes to the address kopano-admin gave, the public store to @domain.
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Mapping));
    auto *mappingPage = qobject_cast<mig::wizard::MappingPage *>(wizard.currentPage());
    QVERIFY(mappingPage);
    MappingModel *mapping = mappingPage->model();
    QCOMPARE(mapping->rowCount(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(!mappingPage->isInspecting(), 30000);
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(mapping->index(row, MappingModel::TargetColumn).data().toString(), kStores.at(row).target);
        QCOMPARE(mapping->index(row, MappingModel::StatusColumn).data().toString(), QStringLiteral("matched"));
        // Named as on the Sources page (login, "Public store @domain"), not by the store's GUID.
        QCOMPARE(mapping->index(row, MappingModel::SourceColumn).data().toString(),
                 sources->index(row, SourceListModel::NameColumn).data().toString());
    }
    clickNext(wizard);
    QCOMPARE(wizard.state().plan.jobs.size(), 6);

    // Options: a real run, two mailboxes at once.
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Options));
    auto *parallel = mig::test::widget<QSpinBox>(&wizard, QStringLiteral("parallelSpinBox"));
    parallel->selectAll();
    QTest::keyClicks(parallel, QStringLiteral("2"));
    const QString runDir = work.filePath(QStringLiteral("run"));
    mig::test::typeInto(&wizard, QStringLiteral("runDirLineEdit"), runDir);
    clickNext(wizard);

    // Run: every store relayed from kdb2mt into the importer, every message of its stream sent.
    mig::wizard::RunPage *runPage = mig::test::finishedRunPage(wizard);
    QVERIFY2(runPage, "not on the Run page, or the run did not end");
    QCOMPARE(runPage->model()->rowCount(), 6);
    for (int row = 0; row < 6; ++row) {
        const Store &s = kStores.at(row);
        const mig::migration::MailboxReport &report = wizard.state().report.mailboxes.at(row);
        QCOMPARE(report.target, s.target);
        QVERIFY2(report.state == mig::migration::MailboxState::Done, qPrintable(s.target + ": " + report.reason));
        QCOMPARE(int(report.itemsSent), m_messages.value(s.key));
        QCOMPARE(m_sshd->recordedStatusFor(s.target), 0);
        QCOMPARE(m_sshd->recordedStreamFor(s.target), readAll(m_fake + "/streams/" + s.key + ".mt"));
    }
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Summary));
    const QString totals = mig::test::widget<QLabel>(&wizard, QStringLiteral("totalsLabel"))->text();
    QVERIFY2(totals.contains(QStringLiteral("6 of 6 mailbox(es) migrated, 0 failed, 0 skipped")), qPrintable(totals));

    verifyPasswordNowhere(runDir);

    // The plan opened again in a new session holds no password: the run asks for the database's
    // (once, for all stores) and every store is read again with it.
    // (Private stores only: the first run imported the unspliced public store already, and the
    // importer refuses it a second time; this checks the password path, not a re-import.)
    mig::migration::Plan saved = wizard.state().plan;
    saved.jobs.removeIf([](const mig::migration::Job &job) { return job.target.startsWith(QLatin1Char('@')); });
    QCOMPARE(saved.jobs.size(), kStores.size() - 1);
    mig::wizard::WizardState reopened;
    reopened.adoptPlan(saved, work.filePath(QStringLiteral("plan.json")));
    QVERIFY(reopened.kopanoSqlPassword.isEmpty());
    reopened.runDir = work.filePath(QStringLiteral("run-again"));
    reopened.acceptedFingerprint = wizard.state().acceptedFingerprint;
    mig::wizard::RunPage again(reopened);
    mig::wizard::Prompts::setNextAnswer(QString::fromUtf8(kPassword));
    again.initializePage();
    QCOMPARE(mig::wizard::Prompts::pendingAnswers(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(again.isComplete(), 300000);
    QCOMPARE(int(reopened.report.mailboxes.size()), int(saved.jobs.size()));
    for (const mig::migration::MailboxReport &report : reopened.report.mailboxes)
        QVERIFY2(report.state == mig::migration::MailboxState::Done, qPrintable(report.target + ": " + report.reason));
    verifyPasswordNowhere(reopened.runDir);
}

// A ticked user with a Kopano Archiver store brings a second row for that store, right after the
// user's own: the same mailbox, not spliced, into the folder the dialog names (as plan does with
// --kopano-archive-folder; TestKopanoRun runs such a plan). Without a folder there is nothing to
// add; left out, only the user's own store.
void TestKopanoInWizard::archiveStoreRows()
{
    MigrationWizard wizard;
    QVERIFY(mig::test::goToSources(wizard));
    KopanoSourceDialog dialog(wizard.state(), &wizard);
    discoverWithKeyFile(dialog);
    auto *table = mig::test::widget<QTableWidget>(&dialog, QStringLiteral("storesTableWidget"));
    QCOMPARE(table->rowCount(), 5);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, KopanoSourceDialog::StoreColumn)->text() != QLatin1String("dave"))
            table->item(row, KopanoSourceDialog::StoreColumn)->setCheckState(Qt::Unchecked);
    }
    auto *folder = mig::test::widget<QLineEdit>(&dialog, QStringLiteral("archiveFolderLineEdit"));
    QCOMPARE(folder->text(), QStringLiteral("Archive"));
    folder->clear();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // archive stores asked for, but no folder for them
    mig::test::typeInto(&dialog, QStringLiteral("archiveFolderLineEdit"), QStringLiteral("Kopano-Archiv"));
    QVERIFY(ok->isEnabled());

    const QList<mig::sources::SourceSpec> specs = dialog.chosenSpecs();
    QCOMPARE(specs.size(), 2);
    QCOMPARE(specs.at(0).options.value(QStringLiteral("login")).toString(), QStringLiteral("dave"));
    const QVariantMap archive = specs.at(1).options;
    QCOMPARE(archive.value(QStringLiteral("guid")).toString(), QStringLiteral("DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E"));
    QCOMPARE(archive.value(QStringLiteral("archive")).toBool(), true);
    QCOMPARE(archive.value(QStringLiteral("splice")).toBool(), false);
    QCOMPARE(archive.value(QStringLiteral("target_folder")).toString(), QStringLiteral("Kopano-Archiv"));
    QCOMPARE(mig::kopano::listedTarget(specs.at(1)), mig::kopano::listedTarget(specs.at(0))); // dave's mailbox

    QVERIFY(!archive.contains(QStringLiteral("direct")) && !specs.at(0).options.contains(QStringLiteral("direct")));
    // --direct as plan has it: every store of the dialog piped into the importer on the server.
    mig::test::widget<QCheckBox>(&dialog, QStringLiteral("kopanoDirectCheckBox"))->setChecked(true);
    for (const mig::sources::SourceSpec &spec : dialog.chosenSpecs())
        QVERIFY(spec.options.value(QStringLiteral("direct")).toBool());
    mig::test::widget<QCheckBox>(&dialog, QStringLiteral("kopanoDirectCheckBox"))->setChecked(false);

    mig::test::widget<QCheckBox>(&dialog, QStringLiteral("kopanoArchivesCheckBox"))->setChecked(false);
    QVERIFY(!folder->isEnabled());
    QCOMPARE(dialog.chosenSpecs().size(), 1);
    mig::test::widget<QCheckBox>(&dialog, QStringLiteral("kopanoArchivesCheckBox"))->setChecked(true);
    QTest::mouseClick(ok, Qt::LeftButton);
    SourceListModel *sources = wizard.state().sources();
    QCOMPARE(sources->rowCount(), 2);
    QCOMPARE(sources->index(0, SourceListModel::NameColumn).data().toString(), QStringLiteral("dave"));
    QCOMPARE(sources->index(1, SourceListModel::NameColumn).data().toString(),
             QStringLiteral("Archive store DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E"));
}

// kopano-admin missing on the Kopano host: the dialog says so in the shell's own words and
// offers nothing to add.
void TestKopanoInWizard::discoveryFailureShowsTheServersWords()
{
    const QString admin = m_sshd->binDir() + QStringLiteral("/kopano-admin");
    QVERIFY(QFile::rename(admin, admin + QStringLiteral(".off")));
    MigrationWizard wizard;
    QVERIFY(mig::test::goToSources(wizard));
    KopanoSourceDialog dialog(wizard.state(), &wizard);
    discoverWithKeyFile(dialog);
    QVERIFY(QFile::rename(admin + QStringLiteral(".off"), admin));
    const QString status = mig::test::widget<QLabel>(&dialog, QStringLiteral("kopanoStatusLabel"))->text();
    QVERIFY2(status.startsWith(QStringLiteral("Discovery failed: kopano-admin -l failed (exit status 127)")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("not found")), qPrintable(status));
    QCOMPARE(mig::test::widget<QTableWidget>(&dialog, QStringLiteral("storesTableWidget"))->rowCount(), 0);
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(TestKopanoInWizard)
#include "TestKopanoInWizard.moc"
