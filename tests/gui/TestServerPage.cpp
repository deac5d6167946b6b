// The server page against a real sshd: Test connection asks to confirm the unknown host key
// (answered through Prompts), shows its fingerprint, the importer and the free space, and
// records the key; refusing the key fails the test with a host-key error.
#include "SshdFixture.h"
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "pages/ServerPage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using mig::wizard::MigrationWizard;
using mig::wizard::ServerPage;

class TestServerPage final : public QObject {
    Q_OBJECT

private:
    mig::test::SshdFixture m_sshd;

    ServerPage *openServerPage(MigrationWizard &wizard, const QString &knownHosts)
    {
        if (!mig::test::advanceWithSources(wizard, {mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst"))},
                                          MigrationWizard::Page_Server))
            return nullptr;
        // Key file authentication first: it enables the key file field.
        auto *auth = mig::test::widget<QComboBox>(&wizard, QStringLiteral("authComboBox"));
        auth->setCurrentIndex(auth->findData(int(ServerPage::Auth::KeyFile)));
        mig::test::typeInto(&wizard, QStringLiteral("hostLineEdit"), m_sshd.host());
        mig::test::typeInto(&wizard, QStringLiteral("userLineEdit"), m_sshd.user());
        mig::test::typeInto(&wizard, QStringLiteral("keyFileLineEdit"), m_sshd.clientKeyFile());
        mig::test::typeInto(&wizard, QStringLiteral("knownHostsLineEdit"), knownHosts);
        mig::test::widget<QSpinBox>(&wizard, QStringLiteral("portSpinBox"))->setValue(m_sshd.port());
        return qobject_cast<ServerPage *>(wizard.currentPage());
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        mig::test::isolateSettings();
        QString error;
        if (!m_sshd.start(&error))
            QSKIP(qPrintable(QStringLiteral("sshd cannot be started: ") + error));
    }

    void cleanup() { mig::wizard::Prompts::clearAnswers(); }

    void confirmedHostKeyShowsTheServer()
    {
        const QString knownHosts = m_sshd.knownHostsPath(QStringLiteral("accept"));
        MigrationWizard wizard;
        ServerPage *page = openServerPage(wizard, knownHosts);
        QVERIFY(page);
        QSignalSpy finished(page, &ServerPage::testFinished);
        mig::wizard::Prompts::setNextAnswer(true); // "Trust this key?"
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("testConnectionPushButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(mig::wizard::Prompts::pendingAnswers(), 0); // the question was asked
        const QString result = mig::test::widget<QLabel>(&wizard, QStringLiteral("connectionResultLabel"))->text();
        QVERIFY2(finished.first().first().toBool(), qPrintable(result));
        QVERIFY2(result.contains(m_sshd.hostKeyFingerprint() + QStringLiteral(" (confirmed now)")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Importer: gromox-import")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("GXMT0005")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Free space: ")), qPrintable(result));
        QCOMPARE(wizard.state().acceptedFingerprint, m_sshd.hostKeyFingerprint());
        QFile recorded(knownHosts);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        QVERIFY(!recorded.readAll().trimmed().isEmpty());

        // Known now: a second test asks nothing.
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("testConnectionPushButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QVERIFY(finished.last().first().toBool());
        QVERIFY(!mig::test::widget<QLabel>(&wizard, QStringLiteral("connectionResultLabel"))
                     ->text()
                     .contains(QStringLiteral("confirmed now")));
    }

    void refusedHostKeyFails()
    {
        const QString knownHosts = m_sshd.knownHostsPath(QStringLiteral("refuse"));
        MigrationWizard wizard;
        ServerPage *page = openServerPage(wizard, knownHosts);
        QVERIFY(page);
        QSignalSpy finished(page, &ServerPage::testFinished);
        mig::wizard::Prompts::setNextAnswer(false);
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("testConnectionPushButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        const QString result = mig::test::widget<QLabel>(&wizard, QStringLiteral("connectionResultLabel"))->text();
        QVERIFY2(result.startsWith(QStringLiteral("Connection failed: ")), qPrintable(result));
        QVERIFY(wizard.state().acceptedFingerprint.isEmpty());
    }
};

QTEST_MAIN(TestServerPage)
#include "TestServerPage.moc"
