// The directory page against a real slapd: the right password counts the users the engine reads,
// a wrong one gives a clear error; the users then feed the mapping page's matcher. Next on a form
// that was not tested reads the users first; after a failure Next goes on without the directory.
#include "SlapdFixture.h"
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "directory/LdapDirectory.h"
#include "pages/DirectoryPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using mig::wizard::DirectoryPage;
using mig::wizard::MigrationWizard;

class TestDirectoryPage final : public QObject {
    Q_OBJECT

private:
    mig::test::SlapdFixture m_slapd;

    DirectoryPage *openDirectoryPage(MigrationWizard &wizard)
    {
        if (!mig::test::advanceWithSources(wizard, {mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst"))},
                                          MigrationWizard::Page_Directory))
            return nullptr;
        return qobject_cast<DirectoryPage *>(wizard.currentPage());
    }

    /// What the form holds when filled in with the reader's password.
    mig::directory::LdapSettings readerSettings() const
    {
        mig::directory::LdapSettings settings;
        settings.uri = m_slapd.uri();
        settings.baseDn = mig::test::SlapdFixture::baseDn();
        settings.bindDn = mig::test::SlapdFixture::readerDn();
        settings.password = mig::test::SlapdFixture::readerPassword();
        return settings;
    }

    void fillForm(MigrationWizard &wizard, const QString &password)
    {
        mig::test::typeInto(&wizard, QStringLiteral("uriLineEdit"), m_slapd.uri());
        mig::test::typeInto(&wizard, QStringLiteral("baseDnLineEdit"), mig::test::SlapdFixture::baseDn());
        mig::test::typeInto(&wizard, QStringLiteral("bindDnLineEdit"), mig::test::SlapdFixture::readerDn());
        mig::test::typeInto(&wizard, QStringLiteral("bindPasswordLineEdit"), password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        mig::test::isolateSettings();
        QString error;
        if (!m_slapd.start(&error))
            QSKIP(qPrintable(QStringLiteral("slapd cannot be started: ") + error));
    }

    void cleanup() { mig::wizard::Prompts::clearAnswers(); }

    void rightPasswordCountsTheUsers()
    {
        auto expected = mig::directory::fetchUsers(readerSettings());
        QVERIFY2(expected.has_value(), qPrintable(expected.error().fullText()));
        QVERIFY(!expected->empty());

        MigrationWizard wizard;
        DirectoryPage *page = openDirectoryPage(wizard);
        QVERIFY(page);
        fillForm(wizard, mig::test::SlapdFixture::readerPassword());
        QSignalSpy finished(page, &DirectoryPage::testFinished);
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("testDirectoryPushButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), true);
        const QString result = mig::test::widget<QLabel>(&wizard, QStringLiteral("directoryResultLabel"))->text();
        QCOMPARE(result, QStringLiteral("Connected: %1 user(s) found.").arg(expected->size()));
        QCOMPARE(wizard.state().users.size(), expected->size());
    }

    void wrongPasswordIsAClearError()
    {
        MigrationWizard wizard;
        DirectoryPage *page = openDirectoryPage(wizard);
        QVERIFY(page);
        fillForm(wizard, QStringLiteral("not-the-password"));
        QSignalSpy finished(page, &DirectoryPage::testFinished);
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("testDirectoryPushButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        const QString result = mig::test::widget<QLabel>(&wizard, QStringLiteral("directoryResultLabel"))->text();
        QVERIFY2(result.startsWith(QStringLiteral("Directory test failed: ")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("rejected the password")), qPrintable(result));
        QVERIFY2(result.contains(mig::test::SlapdFixture::readerDn()), qPrintable(result));
        QVERIFY(wizard.state().users.empty());
        // The directory is optional: a failed test does not block the wizard.
        QVERIFY(mig::test::nextButton(wizard)->isEnabled());
    }

    void nextWithoutTestReadsTheUsers()
    {
        MigrationWizard wizard;
        DirectoryPage *page = openDirectoryPage(wizard);
        QVERIFY(page);
        fillForm(wizard, mig::test::SlapdFixture::readerPassword());
        QVERIFY(wizard.state().users.empty());
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        // The lookup runs first; Next is held while it does.
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Directory));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(MigrationWizard::Page_Mapping), 30000);
        auto expected = mig::directory::fetchUsers(readerSettings());
        QVERIFY(expected.has_value());
        QCOMPARE(wizard.state().users.size(), expected->size());
    }

    void nextAfterAFailedLookupGoesOnWithoutTheDirectory()
    {
        MigrationWizard wizard;
        DirectoryPage *page = openDirectoryPage(wizard);
        QVERIFY(page);
        fillForm(wizard, QStringLiteral("not-the-password"));
        QSignalSpy finished(page, &DirectoryPage::testFinished);
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Directory));
        const QString result = mig::test::widget<QLabel>(&wizard, QStringLiteral("directoryResultLabel"))->text();
        QVERIFY2(result.contains(QStringLiteral("rejected the password")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Press Next again")), qPrintable(result));
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Mapping));
        QVERIFY(wizard.state().users.empty());
    }
};

QTEST_MAIN(TestDirectoryPage)
#include "TestDirectoryPage.moc"
