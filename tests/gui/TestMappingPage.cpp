// The mapping page: the engine's matcher proposes targets from the directory users (confidence
// and reason shown), CSV export/import round-trips edits, and unticking a source lets Next go on
// and puts its target on the plan's deny list.
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "models/MappingModel.h"
#include "pages/MappingPage.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

using mig::wizard::MappingModel;
using mig::wizard::MappingPage;
using mig::wizard::MigrationWizard;

class TestMappingPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        mig::test::isolateSettings();
    }

    void cleanup() { mig::wizard::Prompts::clearAnswers(); }

    void matchesEditsAndExcludes()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString amelia = work.filePath(QStringLiteral("amelia@example.org.pst"));
        const QString unknown = work.filePath(QStringLiteral("archive-2019.pst"));
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")), amelia));
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("pst/pstsdk_sample2.pst")), unknown));

        MigrationWizard wizard;
        mig::directory::UserRecord user;
        user.login = QStringLiteral("amelia");
        user.mail = QStringLiteral("amelia@example.org");
        user.displayName = QStringLiteral("Amelia Example");
        wizard.state().users = {user};
        QVERIFY(mig::test::advanceWithSources(wizard, {amelia, unknown}, MigrationWizard::Page_Mapping));
        auto *page = qobject_cast<MappingPage *>(wizard.currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isInspecting(), 60000);
        MappingModel *model = page->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, MappingModel::TargetColumn).data().toString(), QStringLiteral("amelia@example.org"));
        QCOMPARE(model->index(0, MappingModel::StatusColumn).data().toString(), QStringLiteral("matched"));
        QCOMPARE(model->index(0, MappingModel::ConfidenceColumn).data().toInt(), 100);
        QVERIFY(!model->index(0, MappingModel::ReasonColumn).data().toString().isEmpty());
        QCOMPARE(model->index(1, MappingModel::StatusColumn).data().toString(), QStringLiteral("unmatched"));
        QVERIFY(!mig::test::nextButton(wizard)->isEnabled());

        // Export, edit the unmatched row's target as a spreadsheet would, import.
        const QString csvPath = work.filePath(QStringLiteral("mapping.csv"));
        mig::wizard::Prompts::setNextAnswer(csvPath);
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("exportCsvPushButton")), Qt::LeftButton);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QByteArray text = csv.readAll();
        csv.close();
        QVERIFY(text.contains("source,target,status,reason"));
        QVERIFY(text.contains(amelia.toUtf8()));
        const QByteArray edited = "source;target;status\r\n" + unknown.toUtf8() + ";bruno@example.org;manual\r\n";
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write(edited);
        csv.close();
        mig::wizard::Prompts::setNextAnswer(csvPath);
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("importCsvPushButton")), Qt::LeftButton);
        QCOMPARE(model->index(1, MappingModel::TargetColumn).data().toString(), QStringLiteral("bruno@example.org"));
        QCOMPARE(model->index(1, MappingModel::StatusColumn).data().toString(), QStringLiteral("manual"));
        QVERIFY(mig::test::nextButton(wizard)->isEnabled());

        // Untick the second source: it is ignored and its target lands on the deny list.
        QVERIFY(model->setData(model->index(1, MappingModel::IncludeColumn), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model->index(1, MappingModel::StatusColumn).data().toString(), QStringLiteral("ignored"));
        QVERIFY(mig::test::nextButton(wizard)->isEnabled());
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Options));
        const mig::migration::Plan &plan = wizard.state().plan;
        QCOMPARE(plan.jobs.size(), 2);
        QCOMPARE(plan.denyList, QStringList{QStringLiteral("bruno@example.org")});
        QVERIFY(plan.isTargetIncluded(QStringLiteral("amelia@example.org")));
        QVERIFY(!plan.isTargetIncluded(QStringLiteral("bruno@example.org")));
    }
};

QTEST_MAIN(TestMappingPage)
#include "TestMappingPage.moc"
