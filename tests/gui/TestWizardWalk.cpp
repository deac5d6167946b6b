// The whole wizard, as a user walks it: sources, preview, server form, skipped directory,
// targets typed into the mapping, options with a dry run, the run itself (real conversion and
// stream validation, nothing sent) and the summary with its report and the saved plan.
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "migration/Plan.h"
#include "models/MappingModel.h"
#include "models/RunModel.h"
#include "pages/MappingPage.h"
#include "pages/RunPage.h"
#include "support/RecentPlans.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using mig::wizard::MappingModel;
using mig::wizard::MigrationWizard;
using mig::wizard::RunModel;

class TestWizardWalk final : public QObject {
    Q_OBJECT

private:
    /// Types target into the mapping table's target cell of row, as a user does (F2, type, Enter).
    void typeTarget(MigrationWizard &wizard, int row, const QString &target)
    {
        auto *view = mig::test::widget<QTableView>(&wizard, QStringLiteral("mappingTableView"));
        const QModelIndex cell = view->model()->index(row, MappingModel::TargetColumn);
        view->setCurrentIndex(cell);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = view->findChild<QLineEdit *>(QStringLiteral("targetLineEdit"));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, target);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits through a queued call; the editor goes away with deleteLater().
        QTRY_COMPARE(view->model()->index(row, MappingModel::TargetColumn).data().toString(), target);
        QTRY_VERIFY(!view->findChild<QLineEdit *>(QStringLiteral("targetLineEdit")));
    }

    void clickNext(MigrationWizard &wizard)
    {
        QAbstractButton *next = wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                                   : QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        mig::test::isolateSettings();
    }

    void cleanup() { mig::wizard::Prompts::clearAnswers(); }

    void dryRunFromSourcesToSummary()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QStringList sources = {mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")),
                                     mig::test::testDataPath(QStringLiteral("pst/pstsdk_sample2.pst"))};

        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        mig::test::clickAddFiles(wizard, sources);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.state().sources()->hasUsableSources(), 120000);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Preview));
        clickNext(wizard);

        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Server));
        auto *host = mig::test::widget<QLineEdit>(&wizard, QStringLiteral("hostLineEdit"));
        host->clear();
        QVERIFY(!mig::test::nextButton(wizard)->isEnabled());
        QTest::keyClicks(host, QStringLiteral("mail.example.org"));
        auto *password = mig::test::widget<QLineEdit>(&wizard, QStringLiteral("passwordLineEdit"));
        clickNext(wizard);
        QCOMPARE(wizard.state().plan.server.host, QStringLiteral("mail.example.org"));
        Q_UNUSED(password);

        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Directory));
        clickNext(wizard); // skipped: no directory

        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Mapping));
        auto *mapping = static_cast<mig::wizard::MappingPage *>(wizard.currentPage());
        MappingModel *model = mapping->model();
        QCOMPARE(model->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!mapping->isInspecting(), 60000);
        // Without a directory nothing is matched, so Next waits for the targets.
        QCOMPARE(model->index(0, MappingModel::StatusColumn).data().toString(), QStringLiteral("unmatched"));
        QVERIFY(!mig::test::nextButton(wizard)->isEnabled());

        typeTarget(wizard, 0, QStringLiteral("amelia@example.org"));
        QCOMPARE(model->index(0, MappingModel::TargetColumn).data().toString(), QStringLiteral("amelia@example.org"));
        QCOMPARE(model->index(0, MappingModel::StatusColumn).data().toString(), QStringLiteral("manual"));
        QVERIFY(!mig::test::nextButton(wizard)->isEnabled());

        // The same target twice is a conflict, highlighted; a different one resolves it.
        typeTarget(wizard, 1, QStringLiteral("amelia@example.org"));
        QCOMPARE(model->index(1, MappingModel::StatusColumn).data().toString(), QStringLiteral("conflict"));
        QVERIFY(model->index(1, MappingModel::TargetColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model->conflictCount(), 2);
        typeTarget(wizard, 1, QStringLiteral("bruno@example.org"));
        QCOMPARE(model->conflictCount(), 0);
        QVERIFY(mig::test::nextButton(wizard)->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard.state().plan.jobs.size(), 2);
        QCOMPARE(wizard.state().plan.jobs.at(0).target, QStringLiteral("amelia@example.org"));
        QCOMPARE(wizard.state().plan.jobs.at(0).sources, mig::sources::SourceSpec::forPaths({sources.at(0)}));

        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Options));
        QTest::mouseClick(mig::test::widget<QCheckBox>(&wizard, QStringLiteral("dryRunCheckBox")), Qt::LeftButton,
                          {}, QPoint(5, 5));
        auto *runDir = mig::test::widget<QLineEdit>(&wizard, QStringLiteral("runDirLineEdit"));
        runDir->clear();
        QTest::keyClicks(runDir, work.filePath(QStringLiteral("run")));
        QVERIFY(wizard.currentPage()->isCommitPage());
        QCOMPARE(wizard.button(QWizard::CommitButton)->text(), QStringLiteral("&Start migration"));
        clickNext(wizard);
        QVERIFY(wizard.state().dryRun);

        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Run));
        auto *runPage = static_cast<mig::wizard::RunPage *>(wizard.currentPage());
        QVERIFY(runPage->isCommitPage());
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() || !wizard.button(QWizard::BackButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(runPage->isComplete(), 300000);
        RunModel *runModel = runPage->model();
        QCOMPARE(runModel->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const mig::migration::MailboxProgress &progress = runModel->progress(row);
            QVERIFY2(progress.state == mig::migration::MailboxState::Done, qPrintable(progress.message));
            QCOMPARE(runModel->index(row, RunModel::StateColumn).data().toString(),
                     mig::migration::stateLabel(mig::migration::MailboxState::Done));
        }
        QCOMPARE(mig::test::widget<QProgressBar>(&wizard, QStringLiteral("overallProgressBar"))->value(), 1000);
        QVERIFY(!mig::test::widget<QPlainTextEdit>(&wizard, QStringLiteral("logPlainTextEdit"))->toPlainText().isEmpty());
        QVERIFY(!mig::test::widget<QPushButton>(&wizard, QStringLiteral("retryPushButton"))->isEnabled());
        QVERIFY(!mig::test::widget<QPushButton>(&wizard, QStringLiteral("stopPushButton"))->isEnabled());

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Summary));
        const QString totals = mig::test::widget<QLabel>(&wizard, QStringLiteral("totalsLabel"))->text();
        QVERIFY2(totals.startsWith(QStringLiteral("Dry run")), qPrintable(totals));
        QVERIFY2(totals.contains(QStringLiteral("2 of 2 mailbox(es) migrated, 0 failed")), qPrintable(totals));
        auto *results = mig::test::widget<QTableWidget>(&wizard, QStringLiteral("resultsTableWidget"));
        QCOMPARE(results->rowCount(), 2);
        QCOMPARE(results->item(0, 0)->text(), QStringLiteral("amelia@example.org"));
        QCOMPARE(results->item(1, 0)->text(), QStringLiteral("bruno@example.org"));
        QVERIFY(QFileInfo::exists(work.filePath(QStringLiteral("run/report.html"))));
        QVERIFY(mig::test::widget<QPushButton>(&wizard, QStringLiteral("openReportPushButton"))->isEnabled());

        // The saved plan reruns the same jobs and holds no secret.
        const QString planPath = work.filePath(QStringLiteral("plan.json"));
        mig::wizard::Prompts::setNextAnswer(planPath);
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("savePlanPushButton")), Qt::LeftButton);
        auto loaded = mig::migration::Plan::load(planPath);
        QVERIFY2(loaded.has_value(), qPrintable(loaded.error().message));
        QCOMPARE(loaded->jobs, wizard.state().plan.jobs);
        QCOMPARE(loaded->server.host, QStringLiteral("mail.example.org"));
        QCOMPARE(mig::wizard::recentPlans().value(0), QFileInfo(planPath).absoluteFilePath());
    }

    void savedPlanOpensFromTheWelcomePage()
    {
        QTemporaryDir work;
        mig::migration::Plan plan;
        plan.server.host = QStringLiteral("mail.example.org");
        plan.jobs.append({{mig::sources::SourceSpec::forPath(mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")))},
                          QStringLiteral("amelia@example.org")});
        const QString path = work.filePath(QStringLiteral("saved.json"));
        QVERIFY(plan.save(path).has_value());

        MigrationWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        mig::wizard::Prompts::setNextAnswer(path);
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("browsePlanPushButton")),
                          Qt::LeftButton);
        QVERIFY(mig::test::widget<QLabel>(&wizard, QStringLiteral("planStatusLabel"))->text().contains(
            QStringLiteral("1 mailbox")));
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Sources));
        QCOMPARE(wizard.state().sources()->rowCount(), 1);
        QCOMPARE(wizard.state().plan, plan);
    }
};

QTEST_MAIN(TestWizardWalk)
#include "TestWizardWalk.moc"
