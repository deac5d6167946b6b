// The run page on its own (dry runs on the shared samples): a mailbox whose source is missing fails
// and "Retry failed mailboxes" runs only it again; Stop ends after the messages in progress and
// "Resume" finishes the rest; Abort cancels; closing the wizard during a run asks, aborts and closes.
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "models/RunModel.h"
#include "pages/RunPage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using mig::migration::MailboxState;
using mig::wizard::MigrationWizard;
using mig::wizard::RunModel;
using mig::wizard::RunPage;

namespace {
constexpr int kJobs = 6;

/// kJobs mailboxes of the largest sample, one at a time: the run lasts long enough (several
/// conversions one after the other) that a click right after the start lands while it runs.
void planLongRun(mig::wizard::WizardState &state, const QString &runDir)
{
    state.plan.server.host = QStringLiteral("mail.example.org");
    state.plan.options.parallelJobs = 1;
    for (int i = 0; i < kJobs; ++i) {
        state.plan.jobs.append({{mig::sources::SourceSpec::forPath(mig::test::testDataPath(QStringLiteral("pst/aspose_SampleOstFile.ost")))},
                                QStringLiteral("user%1@example.org").arg(i)});
    }
    state.dryRun = true;
    state.runDir = runDir;
}

RunPage *showRunPage(MigrationWizard &wizard)
{
    wizard.setStartId(MigrationWizard::Page_Run);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return nullptr;
    return qobject_cast<RunPage *>(wizard.currentPage());
}

int rowsIn(const RunModel &model, MailboxState state)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        count += model.progress(row).state == state;
    return count;
}
} // namespace

class TestRunPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        mig::test::isolateSettings();
    }

    void failedMailboxIsRetried()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString late = work.filePath(QStringLiteral("late@example.org.pst"));
        MigrationWizard wizard;
        mig::wizard::WizardState &state = wizard.state();
        state.plan.server.host = QStringLiteral("mail.example.org");
        state.plan.jobs.append({{mig::sources::SourceSpec::forPath(mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")))},
                                QStringLiteral("amelia@example.org")});
        state.plan.jobs.append({{mig::sources::SourceSpec::forPath(late)}, QStringLiteral("late@example.org")});
        state.dryRun = true;
        state.runDir = work.filePath(QStringLiteral("run"));
        wizard.setStartId(MigrationWizard::Page_Run);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        auto *page = qobject_cast<RunPage *>(wizard.currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 120000);
        RunModel *model = page->model();
        QCOMPARE(model->progress(0).state, MailboxState::Done);
        QCOMPARE(model->progress(1).state, MailboxState::Failed);
        QVERIFY2(model->progress(1).message.contains(QStringLiteral("late@example.org.pst")),
                 qPrintable(model->progress(1).message));
        QCOMPARE(model->index(1, RunModel::StateColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 QColor(Qt::red));
        auto *retry = mig::test::widget<QPushButton>(&wizard, QStringLiteral("retryPushButton"));
        QVERIFY(retry->isEnabled());

        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("pst/pstsdk_sample2.pst")), late));
        QSignalSpy finished(page, &RunPage::runFinished);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(!retry->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(model->progress(1).state, MailboxState::Done);
        QCOMPARE(model->progress(0).state, MailboxState::Done); // not run again, result kept
        QVERIFY(!retry->isEnabled());
        // The merged report has both mailboxes done.
        QCOMPARE(state.report.mailboxes.size(), 2);
        for (const mig::migration::MailboxReport &mailbox : std::as_const(state.report.mailboxes))
            QVERIFY2(mailbox.state == MailboxState::Done, qPrintable(mailbox.target + QStringLiteral(": ") + mailbox.reason));
    }

    void stopEndsCleanlyAndResumeFinishes()
    {
        QTemporaryDir work;
        MigrationWizard wizard;
        planLongRun(wizard.state(), work.filePath(QStringLiteral("run")));
        RunPage *page = showRunPage(wizard);
        QVERIFY(page);
        auto *stop = mig::test::widget<QPushButton>(&wizard, QStringLiteral("stopPushButton"));
        auto *resume = mig::test::widget<QPushButton>(&wizard, QStringLiteral("resumePushButton"));
        QVERIFY(stop->isEnabled());
        QVERIFY(!resume->isEnabled());
        QVERIFY(!page->isComplete());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(!stop->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 120000);

        RunModel *model = page->model();
        // Nothing fails because of a stop; the mailboxes not reached end as stopped, the last one
        // certainly (five conversions were ahead of it).
        QCOMPARE(rowsIn(*model, MailboxState::Failed), 0);
        QCOMPARE(rowsIn(*model, MailboxState::Done) + rowsIn(*model, MailboxState::Stopped), kJobs);
        QCOMPARE(model->progress(kJobs - 1).state, MailboxState::Stopped);
        QVERIFY(!model->progress(kJobs - 1).message.isEmpty());
        const int doneBefore = rowsIn(*model, MailboxState::Done);
        const QString status = mig::test::widget<QLabel>(&wizard, QStringLiteral("runStatusLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("%1 stopped").arg(kJobs - doneBefore)), qPrintable(status));
        QVERIFY(resume->isEnabled());
        QVERIFY(!stop->isEnabled());
        QVERIFY(!mig::test::widget<QPushButton>(&wizard, QStringLiteral("retryPushButton"))->isEnabled());

        QSignalSpy finished(page, &RunPage::runFinished);
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(!page->isComplete());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
        QCOMPARE(rowsIn(*model, MailboxState::Done), kJobs);
        QVERIFY(!resume->isEnabled());
        QCOMPARE(wizard.state().report.mailboxes.size(), kJobs);
        for (const mig::migration::MailboxReport &mailbox : std::as_const(wizard.state().report.mailboxes))
            QVERIFY2(mailbox.state == MailboxState::Done, qPrintable(mailbox.target + QStringLiteral(": ") + mailbox.reason));
    }

    void abortCancelsTheRun()
    {
        QTemporaryDir work;
        MigrationWizard wizard;
        planLongRun(wizard.state(), work.filePath(QStringLiteral("run")));
        RunPage *page = showRunPage(wizard);
        QVERIFY(page);
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("abortPushButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 120000);
        RunModel *model = page->model();
        QCOMPARE(rowsIn(*model, MailboxState::Failed), 0);
        QCOMPARE(model->progress(kJobs - 1).state, MailboxState::Stopped);
        QVERIFY(!page->isRunning());
        // The summary is reachable after an aborted run.
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    }

    void closingDuringARunAsksAndAborts()
    {
        QTemporaryDir work;
        MigrationWizard wizard;
        planLongRun(wizard.state(), work.filePath(QStringLiteral("run")));
        RunPage *page = showRunPage(wizard);
        QVERIFY(page);
        QVERIFY(page->isRunning());
        // "No": the run goes on and the wizard stays.
        mig::wizard::Prompts::setNextAnswer(false);
        wizard.reject();
        QCOMPARE(mig::wizard::Prompts::pendingAnswers(), 0);
        QVERIFY(wizard.isVisible());
        QVERIFY(!page->isComplete());
        // "Yes": the run is aborted and the wizard closes once it has ended, without a second question.
        mig::wizard::Prompts::setNextAnswer(true);
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QCOMPARE(mig::wizard::Prompts::pendingAnswers(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 120000);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(!page->isRunning());
        QCOMPARE(page->model()->progress(kJobs - 1).state, MailboxState::Stopped);
    }

    void cleanup() { mig::wizard::Prompts::clearAnswers(); }
};

QTEST_MAIN(TestRunPage)
#include "TestRunPage.moc"
