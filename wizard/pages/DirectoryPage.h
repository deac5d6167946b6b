#pragma once

#include "directory/UserRecord.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mig::wizard {

class SecretStore;
class WizardState;

/// Fifth page (optional): the LDAP directory or Active Directory whose users are the migration's
/// targets. "Test and count users" binds and reads every user on a worker thread; the users feed
/// the automatic mapping and the target completer. Without a directory, targets are typed by hand.
/// Next with a filled-in form that was not tested yet runs the lookup first and goes on when it
/// succeeds; after a failed lookup Next goes on without the directory (the page is optional).
class DirectoryPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryPage)

public:
    DirectoryPage(WizardState &state, SecretStore &secrets, QWidget *parent = nullptr);
    ~DirectoryPage() override;

    bool isComplete() const override;
    bool validatePage() override;
    bool isTesting() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void testFinished(bool ok);

private:
    struct Lookup {
        std::vector<directory::UserRecord> users;
        QString error;
    };

    void testDirectory();
    void applyPreset();
    void writeSettings();
    void loadSettings();
    void formChanged();

    WizardState &m_state;
    SecretStore &m_secrets;
    QFutureWatcher<Lookup> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QComboBox *m_presetComboBox = nullptr;
    QLineEdit *m_uriLineEdit = nullptr;
    QLineEdit *m_baseDnLineEdit = nullptr;
    QLineEdit *m_bindDnLineEdit = nullptr;
    QLineEdit *m_passwordLineEdit = nullptr;
    QCheckBox *m_rememberCheckBox = nullptr;
    QCheckBox *m_startTlsCheckBox = nullptr;
    QPushButton *m_testPushButton = nullptr;
    QLabel *m_resultLabel = nullptr;
    bool m_usersCurrent = false;       ///< the users were read with the form as it is
    bool m_failedForCurrentForm = false; ///< the last lookup with this form failed
    bool m_advanceAfterLookup = false; ///< Next started the lookup: go on when it succeeds
};

} // namespace mig::wizard
