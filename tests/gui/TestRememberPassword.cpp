// Remembered passwords and persisted settings of the server and directory pages. With a real
// Secret Service (gnome-keyring on a private session bus, SecretServiceFixture) a ticked "remember"
// puts the password into the key ring, a new wizard fills it in again, and unticking removes it.
// Without any key chain nothing is remembered and the wizard still works. In every case the
// non-secret form values come back from QSettings, and neither the settings file nor the saved
// plan ever holds a password.
//
// The cases without a key chain run first: GLib keeps the first session bus a process connected
// to, so the private bus is started only afterwards (see SecretServiceFixture).
#include "SecretServiceFixture.h"
#include "WizardState.h"
#include "dialogs/KopanoSourceDialog.h"
#include "models/SourceListModel.h"
#include "pages/DirectoryPage.h"
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "pages/ServerPage.h"
#include "support/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

using mig::wizard::MigrationWizard;
using mig::wizard::SecretStore;
using mig::wizard::ServerPage;

namespace {

const QString kService = QStringLiteral("grommunio-migrate");
const QString kServerPassword = QStringLiteral("Srv-pw-4711-remembered");
const QString kDirectoryPassword = QStringLiteral("Ldap-pw-0815-remembered");
const QString kHost = QStringLiteral("kc.example.org");
constexpr int kPort = 2222;
const QString kUser = QStringLiteral("alice");
// Nothing listens there: leaving the page tries the directory and fails at once (see leaveDirectoryPage).
const QString kUri = QStringLiteral("ldap://127.0.0.1:9");
const QString kBaseDn = QStringLiteral("dc=kc,dc=example,dc=org");
const QString kBindDn = QStringLiteral("CN=Administrator,CN=Users,DC=kc,DC=example,DC=org");
const QString kActiveDirectory = QStringLiteral("ad");

QString serverKey()
{
    return SecretStore::serverKey(kUser, kHost, quint16(kPort));
}

QString directoryKey()
{
    return SecretStore::directoryKey(kBindDn, kUri);
}

QString text(QWidget *root, const char *name)
{
    return mig::test::widget<QLineEdit>(root, QLatin1String(name))->text();
}

QCheckBox *checkBox(QWidget *root, const char *name)
{
    return mig::test::widget<QCheckBox>(root, QLatin1String(name));
}

QComboBox *comboBox(QWidget *root, const char *name)
{
    return mig::test::widget<QComboBox>(root, QLatin1String(name));
}

/// Whether bytes hold one of the passwords, as typed or base64-encoded.
bool holdsPassword(const QByteArray &bytes)
{
    for (const QString &password : {kServerPassword, kDirectoryPassword}) {
        const QByteArray utf8 = password.toUtf8();
        if (bytes.contains(utf8) || bytes.contains(utf8.toBase64()))
            return true;
    }
    return false;
}

/// The settings file as the wizard left it.
QByteArray settingsFileBytes()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The finished() reports of a store: key → answered.
QMap<QString, bool> reports(const QSignalSpy &spy)
{
    QMap<QString, bool> result;
    for (const QList<QVariant> &arguments : spy)
        result.insert(arguments.at(0).toString(), arguments.at(1).toBool());
    return result;
}

} // namespace

/// Starts the key chain (see startKeyChain) or ends the test function, skipped or failed.
#define REQUIRE_KEY_CHAIN()                                 \
    do {                                                    \
        QString skipReason;                                 \
        if (!startKeyChain(&skipReason)) {                  \
            if (!QTest::currentTestFailed())                \
                QSKIP(qPrintable(skipReason));              \
            return;                                         \
        }                                                   \
    } while (false)

class TestRememberPassword final : public QObject {
    Q_OBJECT

private:
    mig::test::SecretServiceFixture m_keyChain;
    QTemporaryDir m_dir;

    static SecretStore *secretsOf(MigrationWizard &wizard) { return wizard.findChild<SecretStore *>(); }

    static bool openServerPage(MigrationWizard &wizard)
    {
        return mig::test::advanceWithSources(
            wizard, {mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst"))}, MigrationWizard::Page_Server);
    }

    static bool clickNext(MigrationWizard &wizard, int expectedPage)
    {
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        return wizard.currentId() == expectedPage;
    }

    /// Next on the directory page: the untested form is tried first (nothing listens at kUri, so
    /// that fails at once), the second Next goes on without the directory.
    static bool leaveDirectoryPage(MigrationWizard &wizard)
    {
        auto *page = qobject_cast<mig::wizard::DirectoryPage *>(wizard.currentPage());
        if (!page)
            return false;
        QSignalSpy finished(page, &mig::wizard::DirectoryPage::testFinished);
        QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000))
            return false;
        if (wizard.currentId() == MigrationWizard::Page_Directory)
            QTest::mouseClick(mig::test::nextButton(wizard), Qt::LeftButton);
        return wizard.currentId() == MigrationWizard::Page_Mapping;
    }

    /// Fills the server page the way a user does; keyFile only for key file authentication.
    static void fillServerPage(MigrationWizard &wizard, ServerPage::Auth auth, bool remember,
                               const QString &keyFile = {})
    {
        QComboBox *authBox = comboBox(&wizard, "authComboBox");
        authBox->setCurrentIndex(authBox->findData(int(auth)));
        mig::test::typeInto(&wizard, QStringLiteral("hostLineEdit"), kHost);
        mig::test::widget<QSpinBox>(&wizard, QStringLiteral("portSpinBox"))->setValue(kPort);
        mig::test::typeInto(&wizard, QStringLiteral("userLineEdit"), kUser);
        if (!keyFile.isEmpty())
            mig::test::typeInto(&wizard, QStringLiteral("keyFileLineEdit"), keyFile);
        mig::test::typeInto(&wizard, QStringLiteral("passwordLineEdit"), kServerPassword);
        checkBox(&wizard, "rememberCheckBox")->setChecked(remember);
    }

    static void fillDirectoryPage(MigrationWizard &wizard, bool remember)
    {
        QComboBox *preset = comboBox(&wizard, "presetComboBox");
        preset->setCurrentIndex(preset->findData(kActiveDirectory));
        mig::test::typeInto(&wizard, QStringLiteral("uriLineEdit"), kUri);
        mig::test::typeInto(&wizard, QStringLiteral("baseDnLineEdit"), kBaseDn);
        mig::test::typeInto(&wizard, QStringLiteral("bindDnLineEdit"), kBindDn);
        mig::test::typeInto(&wizard, QStringLiteral("bindPasswordLineEdit"), kDirectoryPassword);
        checkBox(&wizard, "startTlsCheckBox")->setChecked(true);
        checkBox(&wizard, "rememberDirectoryCheckBox")->setChecked(remember);
    }

    /// The plan of wizard as "Save plan" writes it.
    QByteArray savedPlanBytes(MigrationWizard &wizard)
    {
        const QString path = m_dir.filePath(QStringLiteral("plan.json"));
        if (!wizard.state().plan.save(path))
            return {};
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// Neither the settings file nor the saved plan holds a password; both hold the server's host,
    /// so the check is made on the real files.
    void verifyNoPasswordStored(MigrationWizard &wizard)
    {
        const QByteArray settings = settingsFileBytes();
        QVERIFY2(settings.contains(kHost.toUtf8()), settings.constData());
        QVERIFY2(!holdsPassword(settings), settings.constData());
        const QByteArray plan = savedPlanBytes(wizard);
        QVERIFY2(plan.contains(kHost.toUtf8()), plan.constData());
        QVERIFY2(!holdsPassword(plan), plan.constData());
    }

    /// Walks a first wizard over the server (password authentication) and directory pages with
    /// both passwords typed and remember ticked or not, and waits for the key chain's answers to
    /// the writes or removals leaving the pages starts.
    void walkFirstWizard(bool remember, bool keyChainExpected)
    {
        MigrationWizard wizard;
        QSignalSpy spy(secretsOf(wizard), &SecretStore::finished);
        QVERIFY(openServerPage(wizard));
        fillServerPage(wizard, ServerPage::Auth::Password, remember);
        QVERIFY(clickNext(wizard, MigrationWizard::Page_Directory));
        // The run of this session uses the password whatever the key chain does.
        QCOMPARE(wizard.state().serverSecret, kServerPassword);
        fillDirectoryPage(wizard, remember);
        QVERIFY(leaveDirectoryPage(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 30000);
        const QMap<QString, bool> answers = reports(spy);
        QCOMPARE(answers.keys(), QList<QString>({directoryKey(), serverKey()}));
        QCOMPARE(answers.value(serverKey()), keyChainExpected);
        QCOMPARE(answers.value(directoryKey()), keyChainExpected);
        verifyNoPasswordStored(wizard);
    }

    /// The non-secret values of both pages, as the first wizard left them.
    static void verifyFormsRestored(MigrationWizard &wizard, ServerPage::Auth auth)
    {
        QCOMPARE(text(&wizard, "hostLineEdit"), kHost);
        QCOMPARE(mig::test::widget<QSpinBox>(&wizard, QStringLiteral("portSpinBox"))->value(), kPort);
        QCOMPARE(text(&wizard, "userLineEdit"), kUser);
        QCOMPARE(comboBox(&wizard, "authComboBox")->currentData().toInt(), int(auth));
        QCOMPARE(comboBox(&wizard, "presetComboBox")->currentData().toString(), kActiveDirectory);
        QCOMPARE(text(&wizard, "uriLineEdit"), kUri);
        QCOMPARE(text(&wizard, "baseDnLineEdit"), kBaseDn);
        QCOMPARE(text(&wizard, "bindDnLineEdit"), kBindDn);
        QVERIFY(checkBox(&wizard, "startTlsCheckBox")->isChecked());
    }

    /// Starts the key chain for the first test that needs it: skipped where its programs are not
    /// installed, failed where they are but do not run.
    bool startKeyChain(QString *skipReason)
    {
        if (m_keyChain.isRunning())
            return true;
        QString missing;
        if (!mig::test::SecretServiceFixture::isInstalled(&missing)) {
            *skipReason = missing + QStringLiteral(" is not installed (see scripts/debian-packages.txt)");
            return false;
        }
        QString error;
        [&] { QVERIFY2(m_keyChain.start(&error), qPrintable(error)); }();
        return m_keyChain.isRunning();
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        QVERIFY(m_dir.isValid());
        mig::test::SecretServiceFixture::withoutKeyChain();
    }

    void init() { mig::test::isolateSettings(); }
    void cleanup() { mig::wizard::Prompts::clearAnswers(); }

    void withoutKeyChainNothingIsRemembered()
    {
        // One warning per password that could not be remembered, nothing else goes wrong.
        const QRegularExpression warning(QStringLiteral("^cannot remember the password"));
        QTest::ignoreMessage(QtWarningMsg, warning);
        QTest::ignoreMessage(QtWarningMsg, warning);
        walkFirstWizard(true, false);
        if (QTest::currentTestFailed())
            return;

        MigrationWizard wizard;
        // The directory page asked for its password while the wizard was built; the answer comes
        // through the event loop, so this spy sees it.
        QSignalSpy spy(secretsOf(wizard), &SecretStore::finished);
        QVERIFY(openServerPage(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 30000);
        const QMap<QString, bool> answers = reports(spy);
        QCOMPARE(answers, (QMap<QString, bool>{{serverKey(), false}, {directoryKey(), false}}));
        verifyFormsRestored(wizard, ServerPage::Auth::Password);
        QVERIFY(checkBox(&wizard, "rememberCheckBox")->isChecked());
        QVERIFY(checkBox(&wizard, "rememberDirectoryCheckBox")->isChecked());
        QCOMPARE(text(&wizard, "passwordLineEdit"), QString());
        QCOMPARE(text(&wizard, "bindPasswordLineEdit"), QString());
        // The wizard goes on: the user types the passwords again.
        QVERIFY(clickNext(wizard, MigrationWizard::Page_Directory));
        QVERIFY(leaveDirectoryPage(wizard));
    }

    void settingsComeBackWithoutPasswords()
    {
        // Key file authentication with a passphrase typed, remember not ticked.
        const QString keyFile = m_dir.filePath(QStringLiteral("id_ed25519"));
        {
            MigrationWizard wizard;
            QSignalSpy spy(secretsOf(wizard), &SecretStore::finished);
            QVERIFY(openServerPage(wizard));
            fillServerPage(wizard, ServerPage::Auth::KeyFile, false, keyFile);
            QVERIFY(clickNext(wizard, MigrationWizard::Page_Directory));
            QCOMPARE(wizard.state().plan.server.identityFile, keyFile);
            fillDirectoryPage(wizard, false);
            QVERIFY(leaveDirectoryPage(wizard));
            // Not remembered: whatever an earlier session left under these keys is removed.
            QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 30000);
            verifyNoPasswordStored(wizard);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(settingsFileBytes().contains(keyFile.toUtf8()));
        }
        MigrationWizard wizard;
        QVERIFY(openServerPage(wizard));
        verifyFormsRestored(wizard, ServerPage::Auth::KeyFile);
        QCOMPARE(text(&wizard, "keyFileLineEdit"), keyFile);
        QVERIFY(!checkBox(&wizard, "rememberCheckBox")->isChecked());
        QVERIFY(!checkBox(&wizard, "rememberDirectoryCheckBox")->isChecked());
        QCOMPARE(text(&wizard, "passwordLineEdit"), QString());
        QCOMPARE(text(&wizard, "bindPasswordLineEdit"), QString());
    }

    void rememberedPasswordsComeBackFromTheKeyChain()
    {
        REQUIRE_KEY_CHAIN();
        walkFirstWizard(true, true);
        if (QTest::currentTestFailed())
            return;
        // Really in the key ring, as another client (secret-tool) reads it.
        QCOMPARE(m_keyChain.lookup(kService, serverKey()).value_or(QString()), kServerPassword);
        QCOMPARE(m_keyChain.lookup(kService, directoryKey()).value_or(QString()), kDirectoryPassword);

        MigrationWizard wizard;
        QVERIFY(openServerPage(wizard));
        verifyFormsRestored(wizard, ServerPage::Auth::Password);
        QTRY_COMPARE_WITH_TIMEOUT(text(&wizard, "passwordLineEdit"), kServerPassword, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(text(&wizard, "bindPasswordLineEdit"), kDirectoryPassword, 30000);
        QVERIFY(clickNext(wizard, MigrationWizard::Page_Directory));
        QCOMPARE(wizard.state().serverSecret, kServerPassword);
        QVERIFY(leaveDirectoryPage(wizard));
        verifyNoPasswordStored(wizard);
    }

    void uncheckingRememberForgetsThePassword()
    {
        REQUIRE_KEY_CHAIN();
        walkFirstWizard(true, true);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_keyChain.lookup(kService, serverKey()));
        QVERIFY(m_keyChain.lookup(kService, directoryKey()));
        {
            MigrationWizard wizard;
            QSignalSpy spy(secretsOf(wizard), &SecretStore::finished);
            QVERIFY(openServerPage(wizard));
            QTRY_COMPARE_WITH_TIMEOUT(text(&wizard, "passwordLineEdit"), kServerPassword, 30000);
            QTRY_COMPARE_WITH_TIMEOUT(text(&wizard, "bindPasswordLineEdit"), kDirectoryPassword, 30000);
            checkBox(&wizard, "rememberCheckBox")->setChecked(false);
            QVERIFY(clickNext(wizard, MigrationWizard::Page_Directory));
            checkBox(&wizard, "rememberDirectoryCheckBox")->setChecked(false);
            QVERIFY(leaveDirectoryPage(wizard));
            QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 4, 30000); // two reads, two removals
            QVERIFY(!reports(spy).values().contains(false));
            verifyNoPasswordStored(wizard);
        }
        QVERIFY(!m_keyChain.lookup(kService, serverKey()));
        QVERIFY(!m_keyChain.lookup(kService, directoryKey()));

        MigrationWizard wizard;
        QVERIFY(openServerPage(wizard));
        QVERIFY(!checkBox(&wizard, "rememberCheckBox")->isChecked());
        QVERIFY(!checkBox(&wizard, "rememberDirectoryCheckBox")->isChecked());
        QCOMPARE(text(&wizard, "passwordLineEdit"), QString());
        QCOMPARE(text(&wizard, "bindPasswordLineEdit"), QString());
    }

    void changingTheUserSwitchesTheRememberedPassword()
    {
        REQUIRE_KEY_CHAIN();
        walkFirstWizard(true, true);
        if (QTest::currentTestFailed())
            return;
        const QString bobPassword = QStringLiteral("Bob-pw-2323-remembered");
        MigrationWizard wizard;
        const QString bobKey = SecretStore::serverKey(QStringLiteral("bob"), kHost, quint16(kPort));
        secretsOf(wizard)->write(bobKey, bobPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_keyChain.lookup(kService, bobKey).value_or(QString()), bobPassword, 30000);
        QVERIFY(openServerPage(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(text(&wizard, "passwordLineEdit"), kServerPassword, 30000);

        auto switchUser = [&](const QString &user) {
            mig::test::typeInto(&wizard, QStringLiteral("userLineEdit"), user);
            QTest::keyClick(mig::test::widget<QLineEdit>(&wizard, QStringLiteral("userLineEdit")), Qt::Key_Tab);
        };
        switchUser(QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(text(&wizard, "passwordLineEdit"), bobPassword, 30000);
        // Nothing remembered for carol: alice's or bob's password must not be offered to her.
        switchUser(QStringLiteral("carol"));
        QCOMPARE(text(&wizard, "passwordLineEdit"), QString());
        // A password the user types is his: switching back does not replace it.
        mig::test::typeInto(&wizard, QStringLiteral("passwordLineEdit"), QStringLiteral("typed"));
        switchUser(kUser);
        QTest::qWait(200);
        QCOMPARE(text(&wizard, "passwordLineEdit"), QStringLiteral("typed"));
    }

    void closingTheWizardRightAfterNextStillRemembers()
    {
        REQUIRE_KEY_CHAIN();
        // A port of its own: a key no earlier case has written.
        constexpr int port = kPort + 1;
        const QString key = SecretStore::serverKey(kUser, kHost, quint16(port));
        QVERIFY(!m_keyChain.lookup(kService, key));
        {
            MigrationWizard wizard;
            QVERIFY(openServerPage(wizard));
            fillServerPage(wizard, ServerPage::Auth::Password, true);
            mig::test::widget<QSpinBox>(&wizard, QStringLiteral("portSpinBox"))->setValue(port);
            QVERIFY(clickNext(wizard, MigrationWizard::Page_Directory));
        } // gone before the key chain has even been asked
        QTRY_COMPARE_WITH_TIMEOUT(m_keyChain.lookup(kService, key).value_or(QString()), kServerPassword, 30000);
    }

    // The Kopano dialog's SQL password: OK with "remember" ticked puts it into the key ring (and
    // the wizard's memory for the run); a later dialog naming the same database fills it in.
    void kopanoSqlPasswordIsRemembered()
    {
        REQUIRE_KEY_CHAIN();
        const QString sqlPassword = QStringLiteral("Kopano SQL p4ss");
        const QString key = mig::wizard::KopanoSourceDialog::sqlSecretKey(
            QStringLiteral("kopano"), QStringLiteral("db.example.org"), QStringLiteral("kopano"));
        QVERIFY(!m_keyChain.lookup(kService, key));
        mig::wizard::WizardState state;
        {
            mig::wizard::KopanoSourceDialog dialog(state);
            mig::test::typeInto(&dialog, QStringLiteral("kopanoHostLineEdit"), QStringLiteral("root@kopano.example.org"));
            mig::test::typeInto(&dialog, QStringLiteral("sqlHostLineEdit"), QStringLiteral("db.example.org"));
            mig::test::typeInto(&dialog, QStringLiteral("sqlUserLineEdit"), QStringLiteral("kopano"));
            mig::test::typeInto(&dialog, QStringLiteral("sqlPasswordLineEdit"), sqlPassword);
            mig::test::widget<QCheckBox>(&dialog, QStringLiteral("rememberSqlPasswordCheckBox"))->setChecked(true);
            mig::test::typeInto(&dialog, QStringLiteral("publicDomainLineEdit"), QStringLiteral("@example.org"));
            mig::test::typeInto(&dialog, QStringLiteral("publicGuidLineEdit"), QStringLiteral("0123456789ABCDEF0123456789ABCDEF"));
            mig::wizard::KopanoDiscoveryResult nobody; // a server without users: the public store only
            nobody.ok = true;
            dialog.showDiscovery(nobody);
            QCOMPARE(dialog.chosenSpecs().size(), 1);
            dialog.accept();
        }
        QCOMPARE(state.kopanoSqlPassword, sqlPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_keyChain.lookup(kService, key).value_or(QString()), sqlPassword, 30000);
        QCOMPARE(state.sources()->rowCount(), 1);
        const QByteArray spec = QJsonDocument(state.sources()->spec(0).toJson().toObject()).toJson();
        QVERIFY2(spec.contains("kopano://root@kopano.example.org/") && !spec.contains(sqlPassword.toUtf8()), spec.constData());

        mig::wizard::KopanoSourceDialog again(state);
        auto *sqlHost = mig::test::widget<QLineEdit>(&again, QStringLiteral("sqlHostLineEdit"));
        mig::test::typeInto(&again, QStringLiteral("sqlHostLineEdit"), QStringLiteral("db.example.org"));
        mig::test::typeInto(&again, QStringLiteral("sqlUserLineEdit"), QStringLiteral("kopano"));
        Q_EMIT sqlHost->editingFinished();
        QTRY_COMPARE_WITH_TIMEOUT(text(&again, "sqlPasswordLineEdit"), sqlPassword, 30000);
    }
};

QTEST_MAIN(TestRememberPassword)
#include "TestRememberPassword.moc"
