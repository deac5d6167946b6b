#include "dialogs/KopanoSourceDialog.h"

#include "WizardState.h"
#include "models/SourceListModel.h"
#include "support/Prompts.h"
#include "support/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mig::wizard {

KopanoSourceDialog::KopanoSourceDialog(WizardState &state, QWidget *parent)
    : QDialog(parent)
    , m_state(state)
    , m_secrets(new SecretStore(this))
{
    setObjectName(QStringLiteral("kopanoSourceDialog"));
    setWindowTitle(tr("Add a Kopano server"));
    buildForm();
    connect(m_discoverPushButton, &QPushButton::clicked, this, &KopanoSourceDialog::discover);
    connect(&m_watcher, &QFutureWatcher<KopanoDiscoveryResult>::finished, this, [this] {
        if (!m_watcher.isCanceled())
            showDiscovery(m_watcher.result());
    });
    connect(m_storesTableWidget, &QTableWidget::itemChanged, this, &KopanoSourceDialog::updateOkButton);
    connect(m_archivesCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_archiveFolderLineEdit->setEnabled(on);
        updateOkButton();
    });
    connect(m_archiveFolderLineEdit, &QLineEdit::textChanged, this, &KopanoSourceDialog::updateOkButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KopanoSourceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KopanoSourceDialog::reject);
    // A password remembered for this database fills the field when the user names it.
    for (QLineEdit *edit : { m_sqlHostLineEdit, m_sqlUserLineEdit, m_sqlDatabaseLineEdit })
        connect(edit, &QLineEdit::editingFinished, this, &KopanoSourceDialog::loadRememberedPassword);
    updateOkButton();
}

KopanoSourceDialog::~KopanoSourceDialog()
{
    m_watcher.cancel();
}

void KopanoSourceDialog::buildForm()
{
    const auto lineEdit = [this](const char *name, const QString &text = {}) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_hostLineEdit = lineEdit("kopanoHostLineEdit");
    m_hostLineEdit->setPlaceholderText(tr("root@kopano.example.org"));
    m_portSpinBox = new QSpinBox(this);
    m_portSpinBox->setObjectName(QStringLiteral("kopanoPortSpinBox"));
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setValue(22);
    m_keyFileLineEdit = lineEdit("kopanoKeyFileLineEdit");
    m_keyFileLineEdit->setPlaceholderText(tr("empty: the SSH agent"));
    m_sshPasswordLineEdit = lineEdit("kopanoSshPasswordLineEdit");
    m_sshPasswordLineEdit->setEchoMode(QLineEdit::Password);
    m_sudoCheckBox = new QCheckBox(tr("&Run kopano-admin with sudo"), this);
    m_sudoCheckBox->setObjectName(QStringLiteral("kopanoSudoCheckBox"));
    m_sqlHostLineEdit = lineEdit("sqlHostLineEdit");
    m_sqlHostLineEdit->setPlaceholderText(tr("as the grommunio server reaches it; empty: localhost"));
    m_sqlPortSpinBox = new QSpinBox(this);
    m_sqlPortSpinBox->setObjectName(QStringLiteral("sqlPortSpinBox"));
    m_sqlPortSpinBox->setRange(0, 65535);
    m_sqlPortSpinBox->setSpecialValueText(tr("default"));
    m_sqlUserLineEdit = lineEdit("sqlUserLineEdit", QStringLiteral("root"));
    m_sqlDatabaseLineEdit = lineEdit("sqlDatabaseLineEdit", QStringLiteral("kopano"));
    m_sqlPasswordLineEdit = lineEdit("sqlPasswordLineEdit");
    m_sqlPasswordLineEdit->setEchoMode(QLineEdit::Password);
    m_rememberCheckBox = new QCheckBox(tr("Re&member the SQL password in the key chain"), this);
    m_rememberCheckBox->setObjectName(QStringLiteral("rememberSqlPasswordCheckBox"));
    m_attachDirLineEdit = lineEdit("attachDirLineEdit", QStringLiteral("/var/lib/kopano/attachments"));
    m_mountCheckBox = new QCheckBox(tr("Moun&t it from the Kopano host with sshfs on the grommunio server"), this);
    m_mountCheckBox->setObjectName(QStringLiteral("mountAttachmentsCheckBox"));
    m_mountCheckBox->setChecked(true);
    m_publicDomainLineEdit = lineEdit("publicDomainLineEdit");
    m_publicDomainLineEdit->setPlaceholderText(tr("@example.org"));
    m_publicGuidLineEdit = lineEdit("publicGuidLineEdit");
    m_publicGuidLineEdit->setPlaceholderText(tr("GUID from kopano-storeadm -M"));
    m_archivesCheckBox = new QCheckBox(tr("Include the users' archi&ve stores (Kopano Archiver)"), this);
    m_archivesCheckBox->setObjectName(QStringLiteral("kopanoArchivesCheckBox"));
    m_archivesCheckBox->setChecked(true);
    // The folder name plan uses by default (--kopano-archive-folder): a folder of the mailbox, not UI text.
    m_archiveFolderLineEdit = lineEdit("archiveFolderLineEdit", QStringLiteral("Archive"));
    m_directCheckBox = new QCheckBox(
        tr("Pip&e kdb2mt into the importer on the grommunio server (less traffic; no per-message progress, no resume)"),
        this);
    m_directCheckBox->setObjectName(QStringLiteral("kopanoDirectCheckBox"));
    m_discoverPushButton = new QPushButton(tr("D&iscover"), this);
    m_discoverPushButton->setObjectName(QStringLiteral("discoverPushButton"));
    m_storesTableWidget = new QTableWidget(0, ColumnCount, this);
    m_storesTableWidget->setObjectName(QStringLiteral("storesTableWidget"));
    m_storesTableWidget->setHorizontalHeaderLabels(
        { tr("Store"), tr("E-mail"), tr("Size"), tr("Active"), tr("Archive") });
    m_storesTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_storesTableWidget->verticalHeader()->hide();
    m_storesTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_storesTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_statusLabel = new QLabel(tr("Fill in the Kopano host and press Discover."), this);
    m_statusLabel->setObjectName(QStringLiteral("kopanoStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layOutForm();
}

void KopanoSourceDialog::layOutForm()
{
    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &label, QWidget *field) {
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field);
        form->addRow(labelWidget, field);
    };
    row(tr("Kopano &host:"), m_hostLineEdit);
    row(tr("SSH &port:"), m_portSpinBox);
    row(tr("&Key file:"), m_keyFileLineEdit);
    row(tr("SSH pass&word:"), m_sshPasswordLineEdit);
    form->addRow(QString(), m_sudoCheckBox);
    row(tr("&MySQL host:"), m_sqlHostLineEdit);
    row(tr("MySQL p&ort:"), m_sqlPortSpinBox);
    row(tr("MySQL &user:"), m_sqlUserLineEdit);
    row(tr("&Database:"), m_sqlDatabaseLineEdit);
    row(tr("MySQL pa&ssword:"), m_sqlPasswordLineEdit);
    form->addRow(QString(), m_rememberCheckBox);
    row(tr("&Attachments:"), m_attachDirLineEdit);
    form->addRow(QString(), m_mountCheckBox);
    row(tr("Public store domai&n:"), m_publicDomainLineEdit);
    row(tr("Public store &GUID:"), m_publicGuidLineEdit);
    form->addRow(QString(), m_archivesCheckBox);
    row(tr("Archive fo&lder:"), m_archiveFolderLineEdit);
    form->addRow(QString(), m_directCheckBox);
    form->addRow(QString(), m_discoverPushButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_storesTableWidget, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);
}

migration::ServerConnection KopanoSourceDialog::kopanoConnection() const
{
    migration::ServerConnection host;
    const QString text = m_hostLineEdit->text().trimmed();
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    host.host = at >= 0 ? text.mid(at + 1) : text;
    if (at > 0)
        host.user = text.left(at);
    host.port = quint16(m_portSpinBox->value());
    host.identityFile = m_keyFileLineEdit->text().trimmed();
    // The same known hosts as the grommunio server (a loaded plan may name its own file).
    host.knownHostsFile = m_state.plan.server.knownHostsFile;
    host.useSudo = m_sudoCheckBox->isChecked();
    return host;
}

void KopanoSourceDialog::discover()
{
    const migration::ServerConnection host = kopanoConnection();
    if (host.host.isEmpty()) {
        m_statusLabel->setText(tr("Enter the Kopano host first."));
        return;
    }
    m_discoverPushButton->setEnabled(false);
    m_statusLabel->setText(tr("Asking %1 for its users…").arg(host.host));
    m_watcher.setFuture(discoverKopano(this, host, m_sshPasswordLineEdit->text(),
                                       [this](const transport::HostKeyInfo &key) { return Prompts::trustHostKey(this, key); }));
}

void KopanoSourceDialog::showDiscovery(const KopanoDiscoveryResult &result)
{
    m_discoverPushButton->setEnabled(true);
    m_storesTableWidget->setRowCount(0);
    m_entries.clear();
    if (!result.ok) {
        m_statusLabel->setText(tr("Discovery failed: %1").arg(result.error));
        updateOkButton();
        Q_EMIT discoveryFinished();
        return;
    }
    const QLocale locale;
    for (const kopano::KopanoUser &user : result.found.users) {
        kopano::MigrationEntry entry;
        entry.target = user.email;
        entry.store = user.login;
        entry.sizeMiB = user.storeMiB;
        entry.active = user.active;
        entry.archiveGuid = user.archiveGuid;
        addStoreRow(entry, user.archiveGuid.isEmpty()
                               ? QString()
                               : locale.formattedDataSize(qint64(user.archiveMiB * 1024 * 1024)));
    }
    QString text = tr("%n user(s) found.", nullptr, int(result.found.users.size()));
    const QString domain = m_publicDomainLineEdit->text().trimmed();
    const QString guid = m_publicGuidLineEdit->text().trimmed();
    if (!domain.isEmpty() || !guid.isEmpty()) {
        if (domain.startsWith(QLatin1Char('@')) && domain.size() > 1 && kopano::isStoreGuid(guid)) {
            addStoreRow(kopano::MigrationEntry { domain, guid.toUpper(), true }, QString());
        } else {
            text += QLatin1Char(' ')
                + tr("The public store is left out: give its domain as @domain and its GUID (32 hexadecimal digits).");
        }
    }
    if (!result.found.problems.isEmpty())
        text += QLatin1Char(' ') + result.found.problems.join(QLatin1Char(' '));
    m_statusLabel->setText(text);
    updateOkButton();
    Q_EMIT discoveryFinished();
}

void KopanoSourceDialog::addStoreRow(const kopano::MigrationEntry &entry, const QString &archive)
{
    const int row = m_storesTableWidget->rowCount();
    const QSignalBlocker quiet(m_storesTableWidget);
    m_storesTableWidget->insertRow(row);
    auto *store = new QTableWidgetItem(entry.isPublic() ? tr("Public store") : entry.store);
    store->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    store->setCheckState(Qt::Checked);
    m_storesTableWidget->setItem(row, StoreColumn, store);
    m_storesTableWidget->setItem(row, MailColumn, new QTableWidgetItem(entry.target));
    const bool sized = entry.sizeMiB >= 0;
    m_storesTableWidget->setItem(row, SizeColumn, new QTableWidgetItem(
        sized ? QLocale().formattedDataSize(qint64(entry.sizeMiB * 1024 * 1024)) : QString()));
    m_storesTableWidget->setItem(row, ActiveColumn, new QTableWidgetItem(
        entry.isPublic() ? QString() : entry.active ? tr("yes") : tr("no")));
    m_storesTableWidget->setItem(row, ArchiveColumn, new QTableWidgetItem(archive));
    m_entries.append(entry);
}

kopano::ServerSettings KopanoSourceDialog::serverSettings() const
{
    kopano::ServerSettings server;
    server.host = m_hostLineEdit->text().trimmed();
    server.kdb.sqlHost = m_sqlHostLineEdit->text().trimmed();
    server.kdb.sqlPort = m_sqlPortSpinBox->value();
    server.kdb.sqlUser = m_sqlUserLineEdit->text().trimmed();
    server.kdb.sqlDatabase = m_sqlDatabaseLineEdit->text().trimmed();
    server.kdb.attachDir = m_attachDirLineEdit->text().trimmed();
    server.mountAttachments = m_mountCheckBox->isChecked();
    server.direct = m_directCheckBox->isChecked();
    return server;
}

QString KopanoSourceDialog::archiveFolder() const
{
    return m_archivesCheckBox->isChecked() ? m_archiveFolderLineEdit->text().trimmed() : QString();
}

QList<sources::SourceSpec> KopanoSourceDialog::chosenSpecs() const
{
    const kopano::ServerSettings server = serverSettings();
    const QString folder = archiveFolder();
    QList<sources::SourceSpec> specs;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_storesTableWidget->item(row, StoreColumn)->checkState() != Qt::Checked)
            continue;
        const kopano::MigrationEntry &entry = m_entries.at(row);
        specs << kopano::specFor(entry, server);
        // Right after the user's own store: the same mailbox, one job, the archive second (as plan does).
        if (!folder.isEmpty() && !entry.archiveGuid.isEmpty() && !entry.isPublic())
            specs << kopano::archiveSpecFor(entry, server, folder);
    }
    return specs;
}

void KopanoSourceDialog::updateOkButton()
{
    // Archive stores asked for need a folder to go into.
    const bool folderMissing = m_archivesCheckBox->isChecked() && archiveFolder().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!folderMissing && !chosenSpecs().isEmpty());
}

QString KopanoSourceDialog::sqlSecretKey(const QString &user, const QString &host, const QString &database)
{
    return QStringLiteral("kopano-sql:%1@%2/%3").arg(user, host, database);
}

void KopanoSourceDialog::loadRememberedPassword()
{
    if (!m_sqlPasswordLineEdit->text().isEmpty())
        return;
    const QString key = sqlSecretKey(m_sqlUserLineEdit->text().trimmed(), m_sqlHostLineEdit->text().trimmed(),
                                     m_sqlDatabaseLineEdit->text().trimmed());
    m_secrets->read(key, [this](const QString &secret) {
        if (!secret.isEmpty() && m_sqlPasswordLineEdit->text().isEmpty()) {
            m_sqlPasswordLineEdit->setText(secret);
            m_rememberCheckBox->setChecked(true);
        }
    });
}

void KopanoSourceDialog::accept()
{
    const QList<sources::SourceSpec> specs = chosenSpecs();
    if (specs.isEmpty())
        return;
    // The password stays in memory for the run (gromox-kdb2mt reads it on its standard input).
    m_state.kopanoSqlPassword = m_sqlPasswordLineEdit->text();
    const QString key = sqlSecretKey(m_sqlUserLineEdit->text().trimmed(), m_sqlHostLineEdit->text().trimmed(),
                                     m_sqlDatabaseLineEdit->text().trimmed());
    if (m_rememberCheckBox->isChecked() && !m_sqlPasswordLineEdit->text().isEmpty())
        m_secrets->write(key, m_sqlPasswordLineEdit->text());
    m_state.sources()->addSpecs(specs);
    QDialog::accept();
}

} // namespace mig::wizard
