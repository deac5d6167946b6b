#include "MigrationWizard.h"

#include <QRadioButton>
#include <QtTest>

using mig::wizard::MigrationWizard;

class TestWizardStart final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensOnTheWelcomePage()
    {
        MigrationWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Welcome));
        auto *newMigration = wizard.findChild<QRadioButton *>(QStringLiteral("newMigrationRadioButton"));
        QVERIFY(newMigration);
        QVERIFY(newMigration->isChecked());
    }
};

QTEST_MAIN(TestWizardStart)
#include "TestWizardStart.moc"
