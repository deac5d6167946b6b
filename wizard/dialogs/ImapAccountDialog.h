#pragma once

#include "sources/SourceSpec.h"
#include "sources/imap/ImapSourceSettings.h"
#include "support/ImapConnectionTest.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace mig::wizard {

class ImapCredentials;

/// "Add IMAP account": a server (host, port, security), one login or several (one per line), the
/// authentication (each account's password, or a master user who logs in for all of them), an
/// optional CA file and whether the passwords go to the key chain. "Test connection" logs in with
/// the first login on a worker thread and lists its folders with their message counts (an
/// untrusted certificate is shown with its fingerprint for the user to confirm). Accepting hands
/// the passwords to ImapCredentials and offers specs(): one source spec per login, never a password.
class ImapAccountDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImapAccountDialog)

public:
    explicit ImapAccountDialog(ImapCredentials &credentials, QWidget *parent = nullptr);
    ~ImapAccountDialog() override;

    /// One spec per login (kind "imap", the account URL, caFile/masterUser/allowPlaintext/acceptCert).
    QList<sources::SourceSpec> specs() const;
    /// The logins typed, one per non-empty line, without duplicates.
    QStringList logins() const;
    bool isTesting() const;

    void accept() override;

Q_SIGNALS:
    /// A connection test has finished and its result is shown.
    void testFinished();

private:
    void buildForm();
    void securityChanged();
    void authenticationChanged();
    void browseCaFile();
    /// The settings for one login as the form says (no password).
    imap::ImapSourceSettings settingsFor(const QString &login) const;
    /// The password typed for the chosen authentication (the account's or the master user's).
    QString typedPassword() const;
    /// Why the form cannot be used yet; empty when it can.
    QString formProblem() const;
    void startTest();
    void showTestResult(const ImapTestResult &result);

    ImapCredentials &m_credentials;
    QLineEdit *m_hostLineEdit = nullptr;
    QSpinBox *m_portSpinBox = nullptr;
    QComboBox *m_securityComboBox = nullptr;
    QLabel *m_plainTextWarningLabel = nullptr;
    QPlainTextEdit *m_loginsPlainTextEdit = nullptr;
    QRadioButton *m_accountPasswordRadioButton = nullptr;
    QRadioButton *m_masterUserRadioButton = nullptr;
    QLineEdit *m_passwordLineEdit = nullptr;
    QLineEdit *m_masterUserLineEdit = nullptr;
    QLineEdit *m_masterPasswordLineEdit = nullptr;
    QCheckBox *m_rememberCheckBox = nullptr;
    QLineEdit *m_caFileLineEdit = nullptr;
    QPushButton *m_testPushButton = nullptr;
    QLabel *m_testResultLabel = nullptr;
    QTreeWidget *m_foldersTreeWidget = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<ImapTestResult> m_test;
    QString m_acceptedFingerprint; ///< confirmed during a test; goes into every spec
};

} // namespace mig::wizard
