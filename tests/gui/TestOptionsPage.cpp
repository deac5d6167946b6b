// The options page remembers the choices of the last migration (QSettings) as the defaults of the
// next new plan, but a plan opened from a file keeps its own options; the dry run and the folder
// name belong to one migration and are not carried over.
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "pages/RunPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>

using mig::migration::MailboxCreation;
using mig::migration::Placement;
using mig::wizard::MigrationWizard;

namespace {
bool showOptionsPage(MigrationWizard &wizard)
{
    wizard.setStartId(MigrationWizard::Page_Options);
    wizard.show();
    return QTest::qWaitForWindowExposed(&wizard) && wizard.currentId() == MigrationWizard::Page_Options;
}
} // namespace

class TestOptionsPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { mig::test::isolateSettings(); }

    void choicesBecomeTheNextDefaults()
    {
        QTemporaryDir work;
        {
            MigrationWizard wizard;
            QVERIFY(showOptionsPage(wizard));
            auto *parallel = mig::test::widget<QSpinBox>(&wizard, QStringLiteral("parallelSpinBox"));
            QCOMPARE(parallel->value(), mig::migration::PlanOptions{}.parallelJobs);
            QTest::mouseClick(mig::test::widget<QRadioButton>(&wizard, QStringLiteral("spliceRadioButton")),
                              Qt::LeftButton, {}, QPoint(5, 5));
            QTest::mouseClick(mig::test::widget<QCheckBox>(&wizard, QStringLiteral("continueOnErrorCheckBox")),
                              Qt::LeftButton, {}, QPoint(5, 5));
            QTest::mouseClick(mig::test::widget<QCheckBox>(&wizard, QStringLiteral("hiddenFoldersCheckBox")),
                              Qt::LeftButton, {}, QPoint(5, 5));
            QTest::mouseClick(mig::test::widget<QCheckBox>(&wizard, QStringLiteral("dryRunCheckBox")),
                              Qt::LeftButton, {}, QPoint(5, 5));
            parallel->selectAll();
            QTest::keyClicks(parallel, QStringLiteral("5"));
            auto *creation = mig::test::widget<QComboBox>(&wizard, QStringLiteral("createMailboxesComboBox"));
            creation->setFocus();
            QTest::keyClick(creation, Qt::Key_Down);
            QTest::keyClick(creation, Qt::Key_Down);
            mig::test::typeInto(&wizard, QStringLiteral("targetFolderLineEdit"), QStringLiteral("From the old server"));
            mig::test::typeInto(&wizard, QStringLiteral("runDirLineEdit"), work.filePath(QStringLiteral("run")));
            QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
            QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Run));
            const mig::migration::PlanOptions &chosen = wizard.state().plan.options;
            QCOMPARE(chosen.placement, Placement::Splice);
            QCOMPARE(chosen.parallelJobs, 5);
            QCOMPARE(chosen.createMailboxes, MailboxCreation::TwoPasses);
            QVERIFY(!chosen.continueOnError);
            QVERIFY(chosen.withHidden);
            auto *run = qobject_cast<mig::wizard::RunPage *>(wizard.currentPage());
            QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 60000); // nothing to migrate: ends at once
        }

        MigrationWizard next;
        QVERIFY(showOptionsPage(next));
        QVERIFY(mig::test::widget<QRadioButton>(&next, QStringLiteral("spliceRadioButton"))->isChecked());
        QVERIFY(!mig::test::widget<QCheckBox>(&next, QStringLiteral("continueOnErrorCheckBox"))->isChecked());
        QVERIFY(mig::test::widget<QCheckBox>(&next, QStringLiteral("hiddenFoldersCheckBox"))->isChecked());
        QCOMPARE(mig::test::widget<QSpinBox>(&next, QStringLiteral("parallelSpinBox"))->value(), 5);
        QCOMPARE(mig::test::widget<QComboBox>(&next, QStringLiteral("createMailboxesComboBox"))->currentData().toInt(),
                 int(MailboxCreation::TwoPasses));
        // One migration's choices, not carried over.
        QVERIFY(!mig::test::widget<QCheckBox>(&next, QStringLiteral("dryRunCheckBox"))->isChecked());
        QVERIFY(mig::test::widget<QLineEdit>(&next, QStringLiteral("targetFolderLineEdit"))->text().isEmpty());
    }

    void openedPlanKeepsItsOwnOptions()
    {
        QSettings().setValue(QStringLiteral("options/parallelJobs"), 7);
        QSettings().setValue(QStringLiteral("options/splice"), true);
        QTemporaryDir work;
        mig::migration::Plan plan;
        plan.server.host = QStringLiteral("mail.example.org");
        plan.options.parallelJobs = 3;
        const QString path = work.filePath(QStringLiteral("plan.json"));
        QVERIFY(plan.save(path).has_value());

        MigrationWizard wizard;
        wizard.state().adoptPlan(plan, path);
        QVERIFY(showOptionsPage(wizard));
        QCOMPARE(mig::test::widget<QSpinBox>(&wizard, QStringLiteral("parallelSpinBox"))->value(), 3);
        QVERIFY(mig::test::widget<QRadioButton>(&wizard, QStringLiteral("newFolderRadioButton"))->isChecked());
    }

    void unusableSavedValuesFallBackToDefaults()
    {
        QSettings().setValue(QStringLiteral("options/parallelJobs"), 999);
        QSettings().setValue(QStringLiteral("options/createMailboxes"), 42);
        MigrationWizard wizard;
        QVERIFY(showOptionsPage(wizard));
        QCOMPARE(mig::test::widget<QSpinBox>(&wizard, QStringLiteral("parallelSpinBox"))->value(), 16);
        QCOMPARE(mig::test::widget<QComboBox>(&wizard, QStringLiteral("createMailboxesComboBox"))->currentData().toInt(),
                 int(mig::migration::PlanOptions{}.createMailboxes));
    }
};

QTEST_MAIN(TestOptionsPage)
#include "TestOptionsPage.moc"
