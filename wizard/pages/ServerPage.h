#pragma once

#include "support/ServerProbe.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mig::wizard {

class SecretStore;
class WizardState;

/// Fourth page: how to reach the grommunio server over SSH (host, port, user, key file, agent or
/// password). "Test connection" connects on a worker thread, asks the user to confirm an unknown
/// host key (through Prompts, so tests can answer), and shows the importer found, the stream
/// revision it reads and the free space. Next needs a host and a user; the test is optional
/// (a dry run needs no server), but after the server refused the credentials Next waits until
/// the form changes: a run with them could only fail.
class ServerPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPage)

public:
    enum class Auth { KeyFile, Agent, Password };

    ServerPage(WizardState &state, SecretStore &secrets, QWidget *parent = nullptr);
    ~ServerPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// True while a connection test runs.
    bool isTesting() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void testConnection();
    void showResult(const ServerProbeResult &result);
    void updateAuthControls();
    void writeToPlan();
    void loadSettings();
    void saveSettings();
    /// With "remember" ticked, fills the password field from the key chain for the user, host
    /// and port the form shows now, unless the user typed a password himself.
    void fillRememberedPassword();

    WizardState &m_state;
    SecretStore &m_secrets;
    QFutureWatcher<ServerProbeResult> m_watcher;
    QLineEdit *m_hostLineEdit = nullptr;
    QSpinBox *m_portSpinBox = nullptr;
    QLineEdit *m_userLineEdit = nullptr;
    QComboBox *m_authComboBox = nullptr;
    QLineEdit *m_keyFileLineEdit = nullptr;
    QPushButton *m_keyFilePushButton = nullptr;
    QLineEdit *m_passwordLineEdit = nullptr;
    QCheckBox *m_rememberCheckBox = nullptr;
    QCheckBox *m_sudoCheckBox = nullptr;
    QLineEdit *m_knownHostsLineEdit = nullptr;
    QPushButton *m_testPushButton = nullptr;
    QLabel *m_resultLabel = nullptr;
    bool m_credentialsRefused = false; ///< the last test failed authentication with this form
    /// The key-chain key the password field was filled from; empty when the user typed it.
    QString m_passwordFromKeyChain;
};

} // namespace mig::wizard
