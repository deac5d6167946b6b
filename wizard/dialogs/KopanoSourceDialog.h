#pragma once

#include "kopano/KopanoSpec.h"
#include "support/KopanoDiscoveryProbe.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mig::wizard {

class SecretStore;
class WizardState;

/// "Add Kopano server": where the Kopano host and its MySQL database are, "Discover" lists the
/// server's users (kopano-admin over SSH, on a worker thread) and the public store given by GUID,
/// each with a check box. OK adds one source row per ticked store (kopano::specFor: no secret in
/// it), and for a ticked user with a Kopano Archiver store, unless left out, a row for that store
/// into a folder of the user's mailbox (kopano::archiveSpecFor, as plan does); it keeps the SQL password in the wizard's memory for the run (and in the key chain when
/// asked), never in the plan.
class KopanoSourceDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KopanoSourceDialog)

public:
    enum Column { StoreColumn, MailColumn, SizeColumn, ActiveColumn, ArchiveColumn, ColumnCount };

    explicit KopanoSourceDialog(WizardState &state, QWidget *parent = nullptr);
    ~KopanoSourceDialog() override;

    /// The sources for the ticked stores.
    QList<sources::SourceSpec> chosenSpecs() const;
    /// How the stores are reached, from the form.
    kopano::ServerSettings serverSettings() const;
    bool isDiscovering() const { return m_watcher.isRunning(); }

    void accept() override;
    /// Lists a discovery's users (and the public store of the form) in the table; public for the
    /// screenshot renderer, which shows the dialog without a Kopano server.
    void showDiscovery(const KopanoDiscoveryResult &result);

    /// Key chain entry of a Kopano SQL password.
    static QString sqlSecretKey(const QString &user, const QString &host, const QString &database);

Q_SIGNALS:
    /// Discovery ended (listed or failed); the table and status label are up to date.
    void discoveryFinished();

private:
    void buildForm();
    void layOutForm();
    void discover();
    void addStoreRow(const kopano::MigrationEntry &entry, const QString &archive);
    void loadRememberedPassword();
    void updateOkButton();
    /// The folder for archive stores, empty when they are left out.
    QString archiveFolder() const;
    migration::ServerConnection kopanoConnection() const;

    WizardState &m_state;
    SecretStore *m_secrets = nullptr;
    QLineEdit *m_hostLineEdit = nullptr;
    QSpinBox *m_portSpinBox = nullptr;
    QLineEdit *m_keyFileLineEdit = nullptr;
    QLineEdit *m_sshPasswordLineEdit = nullptr;
    QCheckBox *m_sudoCheckBox = nullptr;
    QLineEdit *m_sqlHostLineEdit = nullptr;
    QSpinBox *m_sqlPortSpinBox = nullptr;
    QLineEdit *m_sqlUserLineEdit = nullptr;
    QLineEdit *m_sqlDatabaseLineEdit = nullptr;
    QLineEdit *m_sqlPasswordLineEdit = nullptr;
    QCheckBox *m_rememberCheckBox = nullptr;
    QLineEdit *m_attachDirLineEdit = nullptr;
    QCheckBox *m_mountCheckBox = nullptr;
    QLineEdit *m_publicDomainLineEdit = nullptr;
    QLineEdit *m_publicGuidLineEdit = nullptr;
    QCheckBox *m_archivesCheckBox = nullptr;
    QLineEdit *m_archiveFolderLineEdit = nullptr;
    QCheckBox *m_directCheckBox = nullptr;
    QPushButton *m_discoverPushButton = nullptr;
    QTableWidget *m_storesTableWidget = nullptr;
    QLabel *m_statusLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<kopano::MigrationEntry> m_entries; ///< one per table row
    QFutureWatcher<KopanoDiscoveryResult> m_watcher;
};

} // namespace mig::wizard
