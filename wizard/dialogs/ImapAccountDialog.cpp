#include "dialogs/ImapAccountDialog.h"

#include "support/ImapCredentials.h"
#include "support/Prompts.h"
#include "support/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mig::wizard {

namespace {

using imap::ImapSecurity;

quint16 defaultPort(ImapSecurity security)
{
    return security == ImapSecurity::ImplicitTls ? 993 : 143;
}

QLineEdit *passwordEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

/// The connection test's list: folder paths and message counts, no tree lines (paths say the levels).
QTreeWidget *foldersTree(QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QStringLiteral("imapFoldersTreeWidget"));
    tree->setHeaderLabels({ImapAccountDialog::tr("Folder"), ImapAccountDialog::tr("Messages")});
    tree->setRootIsDecorated(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    return tree;
}

} // namespace

ImapAccountDialog::ImapAccountDialog(ImapCredentials &credentials, QWidget *parent)
    : QDialog(parent)
    , m_credentials(credentials)
{
    setObjectName(QStringLiteral("imapAccountDialog"));
    setWindowTitle(tr("Add IMAP account"));
    buildForm();
    connect(m_securityComboBox, &QComboBox::currentIndexChanged, this, &ImapAccountDialog::securityChanged);
    connect(m_accountPasswordRadioButton, &QRadioButton::toggled, this, &ImapAccountDialog::authenticationChanged);
    connect(m_testPushButton, &QPushButton::clicked, this, &ImapAccountDialog::startTest);
    connect(&m_test, &QFutureWatcher<ImapTestResult>::finished, this, [this] { showTestResult(m_test.result()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImapAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImapAccountDialog::reject);
    securityChanged();
    authenticationChanged();
}

ImapAccountDialog::~ImapAccountDialog()
{
    // The test keeps running on its worker (it has no way to be interrupted mid-command); its
    // result is simply not shown.
    m_test.disconnect(this);
}

void ImapAccountDialog::buildForm()
{
    m_hostLineEdit = new QLineEdit(this);
    m_hostLineEdit->setObjectName(QStringLiteral("imapHostLineEdit"));
    m_hostLineEdit->setPlaceholderText(tr("imap.example.com"));
    m_portSpinBox = new QSpinBox(this);
    m_portSpinBox->setObjectName(QStringLiteral("imapPortSpinBox"));
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setValue(993);
    m_securityComboBox = new QComboBox(this);
    m_securityComboBox->setObjectName(QStringLiteral("imapSecurityComboBox"));
    m_securityComboBox->addItem(tr("TLS (port 993)"), int(ImapSecurity::ImplicitTls));
    m_securityComboBox->addItem(tr("STARTTLS (port 143)"), int(ImapSecurity::StartTls));
    m_securityComboBox->addItem(tr("Plain text (unencrypted)"), int(ImapSecurity::Plain));
    m_plainTextWarningLabel = new QLabel(
        tr("Warning: without encryption, passwords and mail cross the network readable by anyone on the way. "
           "Use plain text only inside a network you trust."),
        this);
    m_plainTextWarningLabel->setObjectName(QStringLiteral("plainTextWarningLabel"));
    m_plainTextWarningLabel->setWordWrap(true);
    m_plainTextWarningLabel->setStyleSheet(QStringLiteral("color: #b00000; font-weight: bold"));
    m_loginsPlainTextEdit = new QPlainTextEdit(this);
    m_loginsPlainTextEdit->setObjectName(QStringLiteral("imapLoginsPlainTextEdit"));
    m_loginsPlainTextEdit->setPlaceholderText(tr("One login per line, e.g. anna@example.com"));
    m_loginsPlainTextEdit->setTabChangesFocus(true);
    m_loginsPlainTextEdit->setFixedHeight(m_loginsPlainTextEdit->fontMetrics().lineSpacing() * 5);
    m_accountPasswordRadioButton = new QRadioButton(tr("Each account's own &password"), this);
    m_accountPasswordRadioButton->setObjectName(QStringLiteral("accountPasswordRadioButton"));
    m_accountPasswordRadioButton->setChecked(true);
    m_masterUserRadioButton = new QRadioButton(tr("A &master user who logs in for every account"), this);
    m_masterUserRadioButton->setObjectName(QStringLiteral("masterUserRadioButton"));
    m_passwordLineEdit = passwordEdit(this, "imapPasswordLineEdit");
    m_passwordLineEdit->setToolTip(tr("Used for every login listed; leave it empty to be asked for each account"));
    m_masterUserLineEdit = new QLineEdit(this);
    m_masterUserLineEdit->setObjectName(QStringLiteral("masterUserLineEdit"));
    m_masterPasswordLineEdit = passwordEdit(this, "masterPasswordLineEdit");
    m_rememberCheckBox = new QCheckBox(tr("R&emember passwords in the key chain"), this);
    m_rememberCheckBox->setObjectName(QStringLiteral("imapRememberCheckBox"));
    m_caFileLineEdit = new QLineEdit(this);
    m_caFileLineEdit->setObjectName(QStringLiteral("caFileLineEdit"));
    m_caFileLineEdit->setPlaceholderText(tr("optional: PEM file of a private CA"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("caFileBrowsePushButton"));
    connect(browse, &QPushButton::clicked, this, &ImapAccountDialog::browseCaFile);
    m_testPushButton = new QPushButton(tr("&Test connection"), this);
    m_testPushButton->setObjectName(QStringLiteral("testImapPushButton"));
    m_testResultLabel = new QLabel(this);
    m_testResultLabel->setObjectName(QStringLiteral("imapTestResultLabel"));
    m_testResultLabel->setWordWrap(true);
    m_testResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_foldersTreeWidget = foldersTree(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFileLineEdit, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_hostLineEdit);
    form->addRow(tr("Se&curity:"), m_securityComboBox);
    form->addRow(QString(), m_plainTextWarningLabel);
    form->addRow(tr("P&ort:"), m_portSpinBox);
    form->addRow(tr("&Logins:"), m_loginsPlainTextEdit);
    form->addRow(tr("Authentication:"), m_accountPasswordRadioButton);
    form->addRow(tr("Pass&word:"), m_passwordLineEdit);
    form->addRow(QString(), m_masterUserRadioButton);
    form->addRow(tr("Master &user:"), m_masterUserLineEdit);
    form->addRow(tr("Master passwor&d:"), m_masterPasswordLineEdit);
    form->addRow(QString(), m_rememberCheckBox);
    form->addRow(tr("CA &file:"), caRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_testPushButton, 0, Qt::AlignLeft);
    layout->addWidget(m_testResultLabel);
    layout->addWidget(m_foldersTreeWidget, 1);
    layout->addWidget(m_buttons);
}

void ImapAccountDialog::securityChanged()
{
    const auto security = ImapSecurity(m_securityComboBox->currentData().toInt());
    m_plainTextWarningLabel->setVisible(security == ImapSecurity::Plain);
    // A port still at another security's default follows the choice; one the user typed stays.
    for (ImapSecurity other : {ImapSecurity::ImplicitTls, ImapSecurity::StartTls}) {
        if (m_portSpinBox->value() == defaultPort(other))
            m_portSpinBox->setValue(defaultPort(security));
    }
    m_acceptedFingerprint.clear();
}

void ImapAccountDialog::authenticationChanged()
{
    const bool master = m_masterUserRadioButton->isChecked();
    m_passwordLineEdit->setEnabled(!master);
    m_masterUserLineEdit->setEnabled(master);
    m_masterPasswordLineEdit->setEnabled(master);
}

void ImapAccountDialog::browseCaFile()
{
    const QString file = Prompts::openFileName(this, tr("CA certificate"), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFileLineEdit->setText(file);
}

QStringList ImapAccountDialog::logins() const
{
    QStringList out;
    for (const QString &line : m_loginsPlainTextEdit->toPlainText().split(QLatin1Char('\n'))) {
        const QString login = line.trimmed();
        if (!login.isEmpty() && !out.contains(login))
            out << login;
    }
    return out;
}

imap::ImapSourceSettings ImapAccountDialog::settingsFor(const QString &login) const
{
    imap::ImapSourceSettings settings;
    settings.account.security = ImapSecurity(m_securityComboBox->currentData().toInt());
    settings.account.host = m_hostLineEdit->text().trimmed();
    settings.account.port = quint16(m_portSpinBox->value());
    settings.account.login = login;
    settings.allowPlaintext = settings.account.security == ImapSecurity::Plain;
    settings.trust.caFile = m_caFileLineEdit->text().trimmed();
    settings.trust.acceptedFingerprint = m_acceptedFingerprint;
    if (m_masterUserRadioButton->isChecked())
        settings.masterUser = m_masterUserLineEdit->text().trimmed();
    return settings;
}

QString ImapAccountDialog::typedPassword() const
{
    return m_masterUserRadioButton->isChecked() ? m_masterPasswordLineEdit->text() : m_passwordLineEdit->text();
}

QString ImapAccountDialog::formProblem() const
{
    if (m_hostLineEdit->text().trimmed().isEmpty())
        return tr("Enter the server's host name.");
    if (logins().isEmpty())
        return tr("Enter at least one login.");
    if (m_masterUserRadioButton->isChecked() && m_masterUserLineEdit->text().trimmed().isEmpty())
        return tr("Enter the master user's name.");
    // Each login must make a valid account URL (no spaces, no password part).
    for (const QString &login : logins()) {
        const sources::SourceSpec spec = settingsFor(login).toSpec();
        if (Expected<imap::ImapSourceSettings> parsed = imap::ImapSourceSettings::fromSpec(spec); !parsed)
            return parsed.error().message;
    }
    return {};
}

QList<sources::SourceSpec> ImapAccountDialog::specs() const
{
    QList<sources::SourceSpec> out;
    for (const QString &login : logins())
        out << settingsFor(login).toSpec();
    return out;
}

bool ImapAccountDialog::isTesting() const
{
    return m_test.isRunning();
}

void ImapAccountDialog::startTest()
{
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        m_testResultLabel->setText(problem);
        return;
    }
    if (typedPassword().isEmpty()) {
        m_testResultLabel->setText(tr("Enter the password to test the connection."));
        return;
    }
    m_testPushButton->setEnabled(false);
    m_foldersTreeWidget->clear();
    const imap::ImapSourceSettings settings = settingsFor(logins().first());
    m_testResultLabel->setText(tr("Connecting to %1…").arg(settings.account.displayUrl()));
    m_test.setFuture(QtConcurrent::run(testImapConnection, settings, typedPassword()));
}

void ImapAccountDialog::showTestResult(const ImapTestResult &result)
{
    m_testPushButton->setEnabled(true);
    if (!result.untrustedFingerprint.isEmpty()) {
        const bool trusted = Prompts::question(
            this, tr("Untrusted certificate"),
            tr("The server's certificate cannot be verified: %1\n\nIts fingerprint is\n%2\n\n"
               "Compare it with the fingerprint your provider or administrator gives you. Trust this certificate?")
                .arg(result.certificateProblem, result.untrustedFingerprint));
        if (trusted) {
            m_acceptedFingerprint = result.untrustedFingerprint;
            startTest();
            return;
        }
    }
    if (!result.ok) {
        m_testResultLabel->setText(tr("Connection failed: %1").arg(result.error));
        Q_EMIT testFinished();
        return;
    }
    const QLocale locale;
    for (const ImapTestFolder &folder : result.folders) {
        auto *item = new QTreeWidgetItem(m_foldersTreeWidget);
        item->setText(0, folder.path);
        item->setText(1, folder.selectable ? locale.toString(folder.messages) : QString());
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    QString text = tr("Connected: %n folder(s) with %1 messages.", nullptr, int(result.folders.size()))
                       .arg(locale.toString(result.messages));
    if (!m_acceptedFingerprint.isEmpty())
        text += QLatin1Char(' ') + tr("Certificate %1 (confirmed now).").arg(m_acceptedFingerprint);
    m_testResultLabel->setText(text);
    Q_EMIT testFinished();
}

void ImapAccountDialog::accept()
{
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        m_testResultLabel->setText(problem);
        return;
    }
    const bool remember = m_rememberCheckBox->isChecked();
    // The keys as the engine will name the accounts (the URL's normalized host), so that the
    // password hook finds these passwords.
    const QList<sources::SourceSpec> accounts = specs();
    imap::ImapSourceSettings first = *imap::ImapSourceSettings::fromSpec(accounts.first());
    const QString host = first.account.host;
    const quint16 port = first.account.port;
    if (m_masterUserRadioButton->isChecked()) {
        m_credentials.setPassword(SecretStore::imapMasterKey(first.masterUser, host, port), typedPassword(), remember);
    } else {
        for (const sources::SourceSpec &spec : accounts) {
            const imap::ImapSourceSettings settings = *imap::ImapSourceSettings::fromSpec(spec);
            m_credentials.setPassword(SecretStore::imapKey(settings.account.login, host, port), typedPassword(), remember);
        }
    }
    if (!m_acceptedFingerprint.isEmpty())
        m_credentials.trustCertificate(host, port, m_acceptedFingerprint);
    QDialog::accept();
}

} // namespace mig::wizard
