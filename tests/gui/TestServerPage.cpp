// The server page against a real sshd: Test connection asks to confirm the unknown host key
// (answered through Prompts), shows its fingerprint, the importer and the free space, and
// records the key; refusing the key fails the test with a host-key error; a wrong password is
// rejected by a real sshd with a clear error, and the password is written nowhere.
#include "SshdFixture.h"
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "pages/ServerPage.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
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
        return openServerPage(wizard, m_sshd, knownHosts);
    }

    static ServerPage *openServerPage(MigrationWizard &wizard, const mig::test::SshdFixture &sshd,
                                      const QString &knownHosts)
    {
        if (!mig::test::advanceWithSources(wizard, {mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst"))},
                                          MigrationWizard::Page_Server))
            return nullptr;
        mig::test::fillKeyFileLogin(wizard, { sshd.host(), sshd.port(), sshd.user(), sshd.clientKeyFile(), knownHosts });
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
        QVERIFY(openServerPage(wizard, knownHosts));
        bool ok = false;
        const QString result = mig::test::testServerConnection(wizard, true, &ok); // "Trust this key?" Yes
        QCOMPARE(mig::wizard::Prompts::pendingAnswers(), 0); // the question was asked
        QVERIFY2(ok, qPrintable(result));
        QVERIFY2(result.contains(m_sshd.hostKeyFingerprint() + QStringLiteral(" (confirmed now)")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Importer: gromox-import")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("GXMT0005")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Free space: ")), qPrintable(result));
        QCOMPARE(wizard.state().acceptedFingerprint, m_sshd.hostKeyFingerprint());
        QFile recorded(knownHosts);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        QVERIFY(!recorded.readAll().trimmed().isEmpty());

        // Known now: a second test asks nothing (the queued answer stays unused).
        const QString again = mig::test::testServerConnection(wizard, false, &ok);
        QCOMPARE(mig::wizard::Prompts::pendingAnswers(), 1);
        QVERIFY2(ok, qPrintable(again));
        QVERIFY2(!again.contains(QStringLiteral("confirmed now")), qPrintable(again));
    }

    void refusedHostKeyFails()
    {
        const QString knownHosts = m_sshd.knownHostsPath(QStringLiteral("refuse"));
        MigrationWizard wizard;
        QVERIFY(openServerPage(wizard, knownHosts));
        bool ok = true;
        const QString result = mig::test::testServerConnection(wizard, false, &ok);
        QVERIFY(!ok);
        QVERIFY2(result.startsWith(QStringLiteral("Connection failed: ")), qPrintable(result));
        QVERIFY(wizard.state().acceptedFingerprint.isEmpty());
    }

    void wrongPasswordIsRejected()
    {
        // An sshd that offers passwords but knows none (UsePAM no): every password is wrong.
        mig::test::SshdFixture::Options options;
        options.passwordAuthentication = true;
        mig::test::SshdFixture sshd(options);
        QString error;
        QVERIFY2(sshd.start(&error), qPrintable(error));
        const QString password = QStringLiteral("Wr0ng-Secret-4711");

        MigrationWizard wizard;
        ServerPage *page = openServerPage(wizard, sshd, sshd.knownHostsPath(QStringLiteral("password")));
        QVERIFY(page);
        auto *auth = mig::test::widget<QComboBox>(&wizard, QStringLiteral("authComboBox"));
        auth->setCurrentIndex(auth->findData(int(ServerPage::Auth::Password)));
        QVERIFY(!mig::test::widget<QLineEdit>(&wizard, QStringLiteral("keyFileLineEdit"))->isEnabled());
        auto *passwordEdit = mig::test::widget<QLineEdit>(&wizard, QStringLiteral("passwordLineEdit"));
        QVERIFY(passwordEdit->isEnabled());
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
        mig::test::typeInto(&wizard, QStringLiteral("passwordLineEdit"), password);

        bool ok = true;
        const QString result = mig::test::testServerConnection(wizard, true, &ok); // first contact: trust the key
        QVERIFY(!ok);
        QVERIFY2(result.startsWith(QStringLiteral("Connection failed: ")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("rejected the password")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("\"%1\"").arg(sshd.user())), qPrintable(result));
        QVERIFY2(result.contains(sshd.host()), qPrintable(result));
        QVERIFY2(!result.contains(QStringLiteral("Importer:")), qPrintable(result));
        QVERIFY2(!result.contains(password), qPrintable(result));
        // sshd itself saw a password attempt for that user and refused it.
        QTRY_VERIFY_WITH_TIMEOUT(sshd.log().contains("Failed password for"), 10000);
        QVERIFY(!page->isTesting());

        // Refused credentials hold the wizard here until the form changes.
        QVERIFY(!mig::test::nextButton(wizard)->isEnabled());
        mig::test::typeInto(&wizard, QStringLiteral("hostLineEdit"), sshd.host());
        QVERIFY(mig::test::nextButton(wizard)->isEnabled());

        // Going on (a dry run needs no server) saves the form: the password lands in no file.
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(MigrationWizard::Page_Directory));
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settings = settingsFile.readAll();
        QVERIFY(settings.contains(sshd.host().toUtf8())); // the form was saved ...
        QVERIFY(!settings.contains(password.toUtf8()));   // ... without the password
        QVERIFY(!QJsonDocument(wizard.state().plan.toJson()).toJson().contains(password.toUtf8()));
        QVERIFY(!mig::test::widget<QPlainTextEdit>(&wizard, QStringLiteral("logPlainTextEdit"))
                     ->toPlainText()
                     .contains(password));
    }
};

QTEST_MAIN(TestServerPage)
#include "TestServerPage.moc"
