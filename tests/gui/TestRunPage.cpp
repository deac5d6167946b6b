// The run page on its own: a mailbox whose source is missing fails, its row says so, and after the
// file appears "Retry failed mailboxes" runs only that mailbox again (same run folder) to Done.
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "models/RunModel.h"
#include "pages/RunPage.h"

#include <QPushButton>
#include <QTemporaryDir>

using mig::migration::MailboxState;
using mig::wizard::MigrationWizard;
using mig::wizard::RunModel;
using mig::wizard::RunPage;

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
        state.plan.jobs.append({{mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst"))},
                                QStringLiteral("amelia@example.org")});
        state.plan.jobs.append({{late}, QStringLiteral("late@example.org")});
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
};

QTEST_MAIN(TestRunPage)
#include "TestRunPage.moc"
