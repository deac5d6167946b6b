// IMAP accounts on the wizard's sources page, against a real Dovecot (DovecotFixture: a throw-away
// CA, passwd-file users and a master user) and a real key chain (SecretServiceFixture): the
// dialog's connection test lists the folders with the counts Dovecot reports; accounts become rows
// (one per login) that are inspected with the right item counts; a wrong password is named in its
// row; a certificate that does not verify is refused unless its fingerprint is confirmed, and a
// confirmed one is kept as the row's acceptCert; remembered passwords land in the key chain and
// a new wizard does not ask for them again; STARTTLS and plain text make their URLs (plain text
// only with its warning shown). No spec ever holds a password.
#include "DovecotFixture.h"
#include "SecretServiceFixture.h"
#include "TestEnvironment.h"
#include "WizardTestSupport.h"
#include "dialogs/ImapAccountDialog.h"
#include "sources/imap/ImapClient.h"
#include "support/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>

using mig::wizard::ImapAccountDialog;
using mig::wizard::MigrationWizard;
using mig::wizard::Prompts;
using mig::wizard::SecretStore;
using mig::wizard::SourceListModel;

namespace {

const QString kService = QStringLiteral("grommunio-migrate");

/// How the dialog is filled in.
struct Account {
    QString logins;          ///< one per line
    QString password;        ///< the account's own (empty: a master user)
    QString masterUser;
    QString masterPassword;
    bool useCa = true;       ///< the fixture's CA file given
    bool remember = false;
};

} // namespace

class TestImapInWizard final : public QObject {
    Q_OBJECT

private:
    mig::test::DovecotFixture m_dovecot;
    mig::test::SecretServiceFixture m_keyChain;

    QString url(const QString &login) const
    {
        return QStringLiteral("imaps://%1@%2:%3").arg(login, m_dovecot.host()).arg(m_dovecot.imapsPort());
    }

    /// Dovecot's own view of login's mailbox: folder path -> STATUS MESSAGES (selectable folders).
    QMap<QString, quint32> dovecotFolders(const QString &login)
    {
        mig::imap::ImapClient::Options o;
        o.account = *mig::imap::parseImapUrl(url(login));
        o.trust.caFile = m_dovecot.caCertFile();
        mig::imap::ImapClient client(o);
        QMap<QString, quint32> out;
        if (!client.connectToServer() || !client.login(m_dovecot.password()))
            return out;
        const auto listed = client.listFolders();
        for (const mig::imap::ImapFolder &f : listed ? *listed : QList<mig::imap::ImapFolder>()) {
            if (f.isSelectable())
                out.insert(f.path().join(QLatin1Char('/')), client.status(f)->messages);
        }
        client.logout();
        return out;
    }

    static qint64 total(const QMap<QString, quint32> &folders)
    {
        qint64 sum = 0;
        for (quint32 count : folders)
            sum += count;
        return sum;
    }

    /// Clicks "Add IMAP account…" and fills the dialog in for account; nullptr on failure.
    ImapAccountDialog *openDialog(MigrationWizard &wizard, const Account &account)
    {
        QTest::mouseClick(mig::test::widget<QPushButton>(&wizard, QStringLiteral("addImapPushButton")), Qt::LeftButton);
        ImapAccountDialog *dialog = nullptr;
        for (ImapAccountDialog *candidate : wizard.findChildren<ImapAccountDialog *>()) {
            if (candidate->isVisible()) // an earlier one may wait for its deferred deletion
                dialog = candidate;
        }
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        mig::test::typeInto(dialog, QStringLiteral("imapHostLineEdit"), m_dovecot.host());
        auto *port = mig::test::widget<QSpinBox>(dialog, QStringLiteral("imapPortSpinBox"));
        port->selectAll();
        QTest::keyClicks(port, QString::number(m_dovecot.imapsPort()));
        auto *logins = mig::test::widget<QPlainTextEdit>(dialog, QStringLiteral("imapLoginsPlainTextEdit"));
        logins->setFocus();
        // keyClicks() takes no line breaks: each login typed, Return between them.
        const QStringList lines = account.logins.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(logins, Qt::Key_Return);
            QTest::keyClicks(logins, lines.at(i));
        }
        if (account.masterUser.isEmpty()) {
            mig::test::typeInto(dialog, QStringLiteral("imapPasswordLineEdit"), account.password);
        } else {
            QTest::mouseClick(mig::test::widget<QRadioButton>(dialog, QStringLiteral("masterUserRadioButton")), Qt::LeftButton);
            mig::test::typeInto(dialog, QStringLiteral("masterUserLineEdit"), account.masterUser);
            mig::test::typeInto(dialog, QStringLiteral("masterPasswordLineEdit"), account.masterPassword);
        }
        if (account.useCa)
            mig::test::typeInto(dialog, QStringLiteral("caFileLineEdit"), m_dovecot.caCertFile());
        mig::test::widget<QCheckBox>(dialog, QStringLiteral("imapRememberCheckBox"))->setChecked(account.remember);
        return dialog;
    }

    /// Clicks "Test connection" and waits for its result; the result label's text.
    static QString testConnection(ImapAccountDialog *dialog)
    {
        QSignalSpy finished(dialog, &ImapAccountDialog::testFinished);
        QTest::mouseClick(mig::test::widget<QPushButton>(dialog, QStringLiteral("testImapPushButton")), Qt::LeftButton);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000); }();
        return mig::test::widget<QLabel>(dialog, QStringLiteral("imapTestResultLabel"))->text();
    }

    static void clickAdd(ImapAccountDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    /// Adds account through the dialog and waits until every row is inspected.
    bool addAccounts(MigrationWizard &wizard, const Account &account)
    {
        ImapAccountDialog *dialog = openDialog(wizard, account);
        if (!dialog)
            return false;
        clickAdd(dialog);
        return QTest::qWaitFor([&] { return !wizard.state().sources()->isBusy(); }, 60000);
    }

    /// No option of any row's spec holds one of the fixture's passwords.
    void verifyNoPasswordInSpecs(SourceListModel *model)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            const mig::sources::SourceSpec spec = model->spec(row);
            QString all = spec.location;
            for (auto it = spec.options.cbegin(); it != spec.options.cend(); ++it)
                all += it.key() + it.value().toString();
            QVERIFY(!all.contains(m_dovecot.password()));
            QVERIFY(!all.contains(m_dovecot.masterPassword()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        if (!QFileInfo::exists(QStringLiteral("/usr/sbin/dovecot")))
            QSKIP("dovecot-imapd is not installed");
        mig::test::isolateSettings();
        QString error;
        QVERIFY2(m_dovecot.start(&error), qPrintable(error));
        QVERIFY2(m_dovecot.seedSamples(&error), qPrintable(error));
        QVERIFY2(m_dovecot.addAccount(QStringLiteral("bob"), &error), qPrintable(error));
        m_dovecot.useAccount(QStringLiteral("bob"));
        QVERIFY2(m_dovecot.writeMaildirMessages(QStringLiteral("Projekte"), 7,
                     [](int i) {
                         return QStringLiteral("From: Carl <carl@example.org>\r\nTo: bob@example.org\r\nSubject: bob-%1\r\n"
                                               "Date: Tue, 5 Dec 2023 09:00:00 +0000\r\n\r\nHello %1\r\n")
                             .arg(i)
                             .toUtf8();
                     },
                     &error),
            qPrintable(error));
        m_dovecot.useAccount(QStringLiteral("alice"));
        // Without the key chain the tests below still run; only the remembering one is skipped.
        QString missing;
        if (!mig::test::SecretServiceFixture::isInstalled(&missing) || !m_keyChain.start(&error))
            mig::test::SecretServiceFixture::withoutKeyChain();
    }

    void cleanup() { Prompts::clearAnswers(); }

    void testConnectionListsFoldersAndCounts()
    {
        const QMap<QString, quint32> expected = dovecotFolders(QStringLiteral("alice"));
        QVERIFY(expected.size() >= 4);
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        ImapAccountDialog *dialog = openDialog(wizard, {QStringLiteral("alice"), m_dovecot.password()});
        QVERIFY(dialog);
        const QString result = testConnection(dialog);
        QVERIFY2(result.startsWith(QStringLiteral("Connected: ")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("with %1 messages").arg(QLocale().toString(total(expected)))),
                 qPrintable(result));
        auto *tree = mig::test::widget<QTreeWidget>(dialog, QStringLiteral("imapFoldersTreeWidget"));
        QMap<QString, quint32> shown;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            if (!item->text(1).isEmpty())
                shown.insert(item->text(0), quint32(QLocale().toUInt(item->text(1))));
        }
        QCOMPARE(shown, expected);
        QVERIFY(shown.contains(QStringLiteral("Archiv/Größe & Co"))); // UTF-7 names decoded
        // Cancel adds nothing.
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(wizard.state().sources()->rowCount(), 0);
    }

    void securityChoiceMakesTheAccountUrl()
    {
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        ImapAccountDialog *dialog = openDialog(wizard, {QStringLiteral("alice"), m_dovecot.password()});
        QVERIFY(dialog);
        auto *security = mig::test::widget<QComboBox>(dialog, QStringLiteral("imapSecurityComboBox"));
        auto *port = mig::test::widget<QSpinBox>(dialog, QStringLiteral("imapPortSpinBox"));
        auto *warning = mig::test::widget<QLabel>(dialog, QStringLiteral("plainTextWarningLabel"));
        QVERIFY(!warning->isVisible());

        // STARTTLS on Dovecot's IMAP port: the test connects, the URL is imap://.
        security->setCurrentIndex(1);
        port->setValue(m_dovecot.imapPort());
        QVERIFY(!warning->isVisible());
        const QString result = testConnection(dialog);
        QVERIFY2(result.startsWith(QStringLiteral("Connected: ")), qPrintable(result));
        QCOMPARE(dialog->specs().first().location,
                 QStringLiteral("imap://alice@%1:%2").arg(m_dovecot.host()).arg(m_dovecot.imapPort()));
        QVERIFY(!dialog->specs().first().options.contains(QStringLiteral("allowPlaintext")));

        // Plain text only with its warning shown, and said so in the spec.
        security->setCurrentIndex(2);
        QVERIFY(warning->isVisible());
        QVERIFY(dialog->specs().first().options.value(QStringLiteral("allowPlaintext")).toBool());

        // Back to TLS: a port at the other default follows, the warning goes.
        security->setCurrentIndex(1);
        port->setValue(143);
        security->setCurrentIndex(0);
        QCOMPARE(port->value(), 993);
        QVERIFY(!warning->isVisible());
    }

    void twoAccountsBecomeTwoInspectedRows()
    {
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        QVERIFY(addAccounts(wizard, {QStringLiteral("alice\nbob\n"), m_dovecot.password()}));
        SourceListModel *model = wizard.state().sources();
        QCOMPARE(model->rowCount(), 2);
        const QLocale locale;
        for (int row = 0; row < 2; ++row) {
            const QString login = row == 0 ? QStringLiteral("alice") : QStringLiteral("bob");
            const mig::sources::SourceSpec spec = model->spec(row);
            QCOMPARE(spec.kind, QStringLiteral("imap"));
            QCOMPARE(spec.location, url(login));
            QCOMPARE(spec.options.value(QStringLiteral("caFile")).toString(), m_dovecot.caCertFile());
            QVERIFY2(model->index(row, 0).data(SourceListModel::ReadyRole).toBool(),
                     qPrintable(model->index(row, SourceListModel::StatusColumn).data().toString()));
            const QMap<QString, quint32> folders = dovecotFolders(login);
            QCOMPARE(locale.toLongLong(model->index(row, SourceListModel::ItemsColumn).data().toString()), total(folders));
        }
        QCOMPARE(model->index(1, SourceListModel::ItemsColumn).data().toString(), locale.toString(7));
        verifyNoPasswordInSpecs(model);
        QVERIFY(mig::test::nextButton(wizard)->isEnabled());
    }

    void wrongPasswordIsNamedInItsRow()
    {
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        Prompts::setNextAnswer(QString()); // asked again after the refusal: cancelled
        QVERIFY(addAccounts(wizard, {QStringLiteral("alice"), QStringLiteral("not-the-password")}));
        QCOMPARE(Prompts::pendingAnswers(), 0);
        SourceListModel *model = wizard.state().sources();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->index(0, 0).data(SourceListModel::FailedRole).toBool());
        const QString status = model->index(0, SourceListModel::StatusColumn).data().toString();
        QVERIFY2(status.contains(QStringLiteral("refused the login of alice")), qPrintable(status));
        QVERIFY(!mig::test::nextButton(wizard)->isEnabled());
    }

    void untrustedCertificateNeedsItsFingerprintConfirmed()
    {
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        SourceListModel *model = wizard.state().sources();
        const Account noCa{QStringLiteral("alice"), m_dovecot.password(), {}, {}, false};

        // Refused in the dialog's test and in the inspection: the fingerprint is named.
        ImapAccountDialog *dialog = openDialog(wizard, noCa);
        QVERIFY(dialog);
        Prompts::setNextAnswer(false);
        const QString refused = testConnection(dialog);
        QCOMPARE(Prompts::pendingAnswers(), 0);
        QVERIFY2(refused.startsWith(QStringLiteral("Connection failed: ")), qPrintable(refused));
        QVERIFY2(refused.contains(m_dovecot.serverFingerprint()), qPrintable(refused));
        Prompts::setNextAnswer(false);
        clickAdd(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
        QCOMPARE(Prompts::pendingAnswers(), 0);
        QVERIFY(model->index(0, 0).data(SourceListModel::FailedRole).toBool());
        QVERIFY(model->index(0, SourceListModel::StatusColumn).data().toString().contains(m_dovecot.serverFingerprint()));
        QVERIFY(!model->spec(0).options.contains(QStringLiteral("acceptCert")));
        model->removeRows({0});

        // Confirmed during the inspection: the row keeps it as acceptCert.
        Prompts::setNextAnswer(true);
        QVERIFY(addAccounts(wizard, noCa));
        QCOMPARE(Prompts::pendingAnswers(), 0);
        QVERIFY2(model->index(0, 0).data(SourceListModel::ReadyRole).toBool(),
                 qPrintable(model->index(0, SourceListModel::StatusColumn).data().toString()));
        QCOMPARE(model->spec(0).options.value(QStringLiteral("acceptCert")).toString(), m_dovecot.serverFingerprint());
        model->removeRows({0});

        // Confirmed in the dialog's test: the test goes on and the spec carries the fingerprint.
        dialog = openDialog(wizard, {QStringLiteral("bob"), m_dovecot.password(), {}, {}, false});
        QVERIFY(dialog);
        Prompts::setNextAnswer(true);
        const QString accepted = testConnection(dialog);
        QVERIFY2(accepted.startsWith(QStringLiteral("Connected: ")), qPrintable(accepted));
        QVERIFY2(accepted.contains(m_dovecot.serverFingerprint() + QStringLiteral(" (confirmed now)")), qPrintable(accepted));
        QCOMPARE(dialog->specs().first().options.value(QStringLiteral("acceptCert")).toString(), m_dovecot.serverFingerprint());
    }

    void olderWizardKeepsItsPasswordsWhenANewerOneCloses()
    {
        // The engine's hooks are process-wide: a second wizard that comes and goes must not take
        // them away from the first one.
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        {
            MigrationWizard other;
        }
        QVERIFY(addAccounts(wizard, {QStringLiteral("bob"), m_dovecot.password()}));
        SourceListModel *model = wizard.state().sources();
        QVERIFY2(model->index(0, 0).data(SourceListModel::ReadyRole).toBool(),
                 qPrintable(model->index(0, SourceListModel::StatusColumn).data().toString()));
    }

    void rememberedMasterPasswordIsNotAskedAgain()
    {
        if (!m_keyChain.isRunning())
            QSKIP("no Secret Service (gnome-keyring-daemon, dbus-daemon, secret-tool) to remember passwords in");
        const QString masterKey = SecretStore::imapMasterKey(m_dovecot.masterUser(), m_dovecot.host(), m_dovecot.imapsPort());
        const QString aliceKey = SecretStore::imapKey(QStringLiteral("alice"), m_dovecot.host(), m_dovecot.imapsPort());
        {
            MigrationWizard wizard;
            QVERIFY(mig::test::goToSources(wizard));
            QVERIFY(addAccounts(wizard, {QStringLiteral("alice\nbob"), {}, m_dovecot.masterUser(), m_dovecot.masterPassword(),
                                         true, true}));
            SourceListModel *model = wizard.state().sources();
            QCOMPARE(model->rowCount(), 2);
            for (int row = 0; row < 2; ++row) {
                QVERIFY2(model->index(row, 0).data(SourceListModel::ReadyRole).toBool(),
                         qPrintable(model->index(row, SourceListModel::StatusColumn).data().toString()));
                QCOMPARE(model->spec(row).options.value(QStringLiteral("masterUser")).toString(), m_dovecot.masterUser());
            }
            verifyNoPasswordInSpecs(model);
            QTRY_COMPARE_WITH_TIMEOUT(m_keyChain.lookup(kService, masterKey).value_or(QString()), m_dovecot.masterPassword(), 30000);
            // An account's own password remembered too.
            QVERIFY(addAccounts(wizard, {QStringLiteral("alice"), m_dovecot.password(), {}, {}, false, true}));
            QTRY_COMPARE_WITH_TIMEOUT(m_keyChain.lookup(kService, aliceKey).value_or(QString()), m_dovecot.password(), 30000);
        }
        // A new wizard (nothing typed in this session): the key chain answers, nobody is asked.
        MigrationWizard wizard;
        QVERIFY(mig::test::goToSources(wizard));
        Prompts::setNextAnswer(QStringLiteral("a-wrong-answer")); // would make the row fail if asked
        QVERIFY(addAccounts(wizard, {QStringLiteral("bob"), {}, m_dovecot.masterUser(), {}, true, false}));
        QCOMPARE(Prompts::pendingAnswers(), 1);
        SourceListModel *model = wizard.state().sources();
        QVERIFY2(model->index(0, 0).data(SourceListModel::ReadyRole).toBool(),
                 qPrintable(model->index(0, SourceListModel::StatusColumn).data().toString()));
    }
};

QTEST_MAIN(TestImapInWizard)
#include "TestImapInWizard.moc"
