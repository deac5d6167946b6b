#include "pages/ServerPage.h"

#include "WizardState.h"
#include "support/Prompts.h"
#include "support/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace mig::wizard {

ServerPage::ServerPage(WizardState &state, SecretStore &secrets, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("serverPage"));
    setTitle(tr("grommunio server"));
    setSubTitle(tr("The migrated data is streamed over SSH into the importer on the grommunio server."));

    m_hostLineEdit = new QLineEdit(this);
    m_hostLineEdit->setObjectName(QStringLiteral("hostLineEdit"));
    m_hostLineEdit->setPlaceholderText(tr("mail.example.org"));
    m_portSpinBox = new QSpinBox(this);
    m_portSpinBox->setObjectName(QStringLiteral("portSpinBox"));
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setValue(22);
    m_userLineEdit = new QLineEdit(QStringLiteral("root"), this);
    m_userLineEdit->setObjectName(QStringLiteral("userLineEdit"));
    m_authComboBox = new QComboBox(this);
    m_authComboBox->setObjectName(QStringLiteral("authComboBox"));
    m_authComboBox->addItem(tr("Private key file"), int(Auth::KeyFile));
    m_authComboBox->addItem(tr("SSH agent"), int(Auth::Agent));
    m_authComboBox->addItem(tr("Password"), int(Auth::Password));
    m_authComboBox->setCurrentIndex(1);
    m_keyFileLineEdit = new QLineEdit(this);
    m_keyFileLineEdit->setObjectName(QStringLiteral("keyFileLineEdit"));
    m_keyFilePushButton = new QPushButton(tr("Br&owse…"), this);
    m_keyFilePushButton->setObjectName(QStringLiteral("keyFilePushButton"));
    m_passwordLineEdit = new QLineEdit(this);
    m_passwordLineEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_rememberCheckBox = new QCheckBox(tr("R&emember the password in the key chain"), this);
    m_rememberCheckBox->setObjectName(QStringLiteral("rememberCheckBox"));
    m_sudoCheckBox = new QCheckBox(tr("Run the importer with s&udo"), this);
    m_sudoCheckBox->setObjectName(QStringLiteral("sudoCheckBox"));
    m_knownHostsLineEdit = new QLineEdit(this);
    m_knownHostsLineEdit->setObjectName(QStringLiteral("knownHostsLineEdit"));
    m_knownHostsLineEdit->setPlaceholderText(tr("~/.ssh/known_hosts"));
    m_testPushButton = new QPushButton(tr("&Test connection"), this);
    m_testPushButton->setObjectName(QStringLiteral("testConnectionPushButton"));
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("connectionResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFileLineEdit, 1);
    keyRow->addWidget(m_keyFilePushButton);

    auto *form = new QFormLayout(this);
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field);
        form->addRow(labelWidget, field);
    };
    addRow(tr("&Host:"), m_hostLineEdit);
    addRow(tr("&Port:"), m_portSpinBox);
    addRow(tr("U&ser:"), m_userLineEdit);
    addRow(tr("&Authentication:"), m_authComboBox);
    auto *keyLabel = new QLabel(tr("&Key file:"), this);
    keyLabel->setBuddy(m_keyFileLineEdit);
    form->addRow(keyLabel, keyRow);
    addRow(tr("Pass&word:"), m_passwordLineEdit);
    form->addRow(QString(), m_rememberCheckBox);
    form->addRow(QString(), m_sudoCheckBox);
    addRow(tr("Known hosts f&ile:"), m_knownHostsLineEdit);
    form->addRow(QString(), m_testPushButton);
    form->addRow(m_resultLabel);

    // Any change to what the refused test used may fix it: Next is possible again.
    const auto formChanged = [this] {
        m_credentialsRefused = false;
        Q_EMIT completeChanged();
    };
    for (QLineEdit *edit : {m_hostLineEdit, m_userLineEdit, m_keyFileLineEdit, m_passwordLineEdit, m_knownHostsLineEdit})
        connect(edit, &QLineEdit::textChanged, this, formChanged);
    connect(m_portSpinBox, &QSpinBox::valueChanged, this, formChanged);
    connect(m_authComboBox, &QComboBox::currentIndexChanged, this, formChanged);
    connect(m_authComboBox, &QComboBox::currentIndexChanged, this, &ServerPage::updateAuthControls);
    connect(m_testPushButton, &QPushButton::clicked, this, &ServerPage::testConnection);
    connect(m_keyFilePushButton, &QPushButton::clicked, this, [this] {
        const QString path = Prompts::openFileName(this, tr("Private key"), tr("All files (*)"));
        if (!path.isEmpty())
            m_keyFileLineEdit->setText(path);
    });
    connect(&m_watcher, &QFutureWatcher<ServerProbeResult>::finished, this, [this] {
        m_testPushButton->setEnabled(true);
        showResult(m_watcher.result());
    });
    connect(m_passwordLineEdit, &QLineEdit::textEdited, this, [this] { m_passwordFromKeyChain.clear(); });
    connect(m_hostLineEdit, &QLineEdit::editingFinished, this, &ServerPage::fillRememberedPassword);
    connect(m_userLineEdit, &QLineEdit::editingFinished, this, &ServerPage::fillRememberedPassword);
    connect(m_portSpinBox, &QSpinBox::editingFinished, this, &ServerPage::fillRememberedPassword);
    loadSettings();
    updateAuthControls();
}

ServerPage::~ServerPage()
{
    // The worker may be waiting for a host-key answer from this page; it is released when the
    // page goes (see probeServer). Nothing else refers to the page.
    m_watcher.disconnect(this);
}

void ServerPage::loadSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("server"));
    m_hostLineEdit->setText(settings.value(QStringLiteral("host")).toString());
    m_portSpinBox->setValue(settings.value(QStringLiteral("port"), 22).toInt());
    m_userLineEdit->setText(settings.value(QStringLiteral("user"), QStringLiteral("root")).toString());
    m_authComboBox->setCurrentIndex(settings.value(QStringLiteral("auth"), 1).toInt());
    m_keyFileLineEdit->setText(settings.value(QStringLiteral("identityFile")).toString());
    m_sudoCheckBox->setChecked(settings.value(QStringLiteral("sudo")).toBool());
    m_rememberCheckBox->setChecked(settings.value(QStringLiteral("remember")).toBool());
}

void ServerPage::saveSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("server"));
    settings.setValue(QStringLiteral("host"), m_hostLineEdit->text());
    settings.setValue(QStringLiteral("port"), m_portSpinBox->value());
    settings.setValue(QStringLiteral("user"), m_userLineEdit->text());
    settings.setValue(QStringLiteral("auth"), m_authComboBox->currentIndex());
    settings.setValue(QStringLiteral("identityFile"), m_keyFileLineEdit->text());
    settings.setValue(QStringLiteral("sudo"), m_sudoCheckBox->isChecked());
    settings.setValue(QStringLiteral("remember"), m_rememberCheckBox->isChecked());
    const QString key = SecretStore::serverKey(m_userLineEdit->text(), m_hostLineEdit->text(),
                                               quint16(m_portSpinBox->value()));
    if (m_rememberCheckBox->isChecked() && !m_passwordLineEdit->text().isEmpty())
        m_secrets.write(key, m_passwordLineEdit->text());
    else if (!m_rememberCheckBox->isChecked())
        m_secrets.remove(key);
}

void ServerPage::initializePage()
{
    // A loaded plan names its server; the form shows it.
    const migration::ServerConnection &server = m_state.plan.server;
    if (!server.host.isEmpty()) {
        m_hostLineEdit->setText(server.host);
        m_portSpinBox->setValue(server.port);
        m_userLineEdit->setText(server.user);
        m_keyFileLineEdit->setText(server.identityFile);
        m_knownHostsLineEdit->setText(server.knownHostsFile);
        m_sudoCheckBox->setChecked(server.useSudo);
        if (!server.identityFile.isEmpty())
            m_authComboBox->setCurrentIndex(int(Auth::KeyFile));
    }
    fillRememberedPassword();
}

void ServerPage::fillRememberedPassword()
{
    if (!m_rememberCheckBox->isChecked() || m_hostLineEdit->text().isEmpty())
        return;
    const QString key = SecretStore::serverKey(m_userLineEdit->text(), m_hostLineEdit->text(),
                                               quint16(m_portSpinBox->value()));
    if (key == m_passwordFromKeyChain)
        return;
    // Another server or user: a password remembered for the previous one must not be sent here.
    if (!m_passwordFromKeyChain.isEmpty()) {
        m_passwordLineEdit->clear();
        m_passwordFromKeyChain.clear();
    }
    if (!m_passwordLineEdit->text().isEmpty())
        return; // typed by the user
    m_secrets.read(key, [this, key](const QString &secret) {
        const QString current = SecretStore::serverKey(m_userLineEdit->text(), m_hostLineEdit->text(),
                                                       quint16(m_portSpinBox->value()));
        if (current == key && m_passwordLineEdit->text().isEmpty() && !secret.isEmpty()) {
            m_passwordLineEdit->setText(secret);
            m_passwordFromKeyChain = key;
        }
    });
}

void ServerPage::updateAuthControls()
{
    const auto auth = Auth(m_authComboBox->currentData().toInt());
    m_keyFileLineEdit->setEnabled(auth == Auth::KeyFile);
    m_keyFilePushButton->setEnabled(auth == Auth::KeyFile);
    // A key file may need a passphrase, so the secret field stays available for it.
    m_passwordLineEdit->setEnabled(auth != Auth::Agent);
    m_rememberCheckBox->setEnabled(auth != Auth::Agent);
}

void ServerPage::writeToPlan()
{
    migration::ServerConnection &server = m_state.plan.server;
    server.host = m_hostLineEdit->text().trimmed();
    server.port = quint16(m_portSpinBox->value());
    server.user = m_userLineEdit->text().trimmed();
    const auto auth = Auth(m_authComboBox->currentData().toInt());
    server.identityFile = auth == Auth::KeyFile ? m_keyFileLineEdit->text().trimmed() : QString();
    server.knownHostsFile = m_knownHostsLineEdit->text().trimmed();
    server.useSudo = m_sudoCheckBox->isChecked();
    m_state.serverSecret = auth == Auth::Agent ? QString() : m_passwordLineEdit->text();
}

bool ServerPage::isComplete() const
{
    return !m_hostLineEdit->text().trimmed().isEmpty() && !m_userLineEdit->text().trimmed().isEmpty()
           && !m_watcher.isRunning() && !m_credentialsRefused;
}

bool ServerPage::validatePage()
{
    writeToPlan();
    saveSettings();
    return true;
}

void ServerPage::testConnection()
{
    writeToPlan();
    if (m_state.plan.server.host.isEmpty()) {
        m_resultLabel->setText(tr("Enter the server's host name first."));
        return;
    }
    m_testPushButton->setEnabled(false);
    m_resultLabel->setText(tr("Connecting to %1…").arg(m_state.plan.server.host));
    Q_EMIT completeChanged();
    m_watcher.setFuture(probeServer(this, m_state.plan.server, m_state.serverSecret, m_state.acceptedFingerprint,
                                    [this](const transport::HostKeyInfo &key) { return Prompts::trustHostKey(this, key); }));
}

void ServerPage::showResult(const ServerProbeResult &result)
{
    m_credentialsRefused = result.errorCode == Error::Code::Auth;
    Q_EMIT completeChanged();
    if (!result.connected || !result.report) {
        QString reason = result.error;
        // The engine lists the methods the server offers; say plainly which secret was refused.
        // (No probe is running now, so the form still holds what the failed test used.)
        if (result.errorCode == Error::Code::Auth && Auth(m_authComboBox->currentData().toInt()) == Auth::Password
            && !m_passwordLineEdit->text().isEmpty()) {
            reason = tr("The server rejected the password for \"%1\" on %2. %3")
                         .arg(m_state.plan.server.user, m_state.plan.server.host, result.error);
        }
        m_resultLabel->setText(tr("Connection failed: %1").arg(reason));
        Q_EMIT testFinished(false);
        return;
    }
    const transport::ServerReport &report = *result.report;
    m_state.acceptedFingerprint = report.hostKey.fingerprint;
    QStringList lines;
    lines << tr("Connected (%1 authentication).").arg(result.authMethod);
    lines << tr("Host key: %1 %2%3")
                 .arg(report.hostKey.keyType, report.hostKey.fingerprint,
                      result.hostKeyConfirmed ? tr(" (confirmed now)") : QString());
    if (report.importer) {
        lines << tr("Importer: %1 (%2), stream revision GXMT000%3%4")
                     .arg(report.importer->program, report.importer->path)
                     .arg(int(report.importer->revision))
                     .arg(report.importer->packageVersion.isEmpty()
                              ? QString()
                              : tr(", Gromox %1").arg(report.importer->packageVersion));
    } else {
        lines << tr("No usable importer: %1").arg(report.importerProblem);
    }
    if (report.freeBytes >= 0)
        lines << tr("Free space: %1 in %2").arg(QLocale().formattedDataSize(report.freeBytes), report.storagePath);
    else
        lines << tr("Free space: unknown");
    m_resultLabel->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT testFinished(report.importer.has_value());
}

} // namespace mig::wizard
