#include "pages/DirectoryPage.h"

#include "WizardState.h"
#include "directory/LdapDirectory.h"
#include "support/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent>

#include <utility>

namespace mig::wizard {

namespace {
const QString kOpenLdap = QStringLiteral("openldap");
const QString kActiveDirectory = QStringLiteral("ad");
} // namespace

DirectoryPage::DirectoryPage(WizardState &state, SecretStore &secrets, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("directoryPage"));
    setTitle(tr("Directory"));
    setSubTitle(tr("Optional: read the users from LDAP or Active Directory so sources can be matched to "
                   "mailboxes automatically. Skip this page to type the targets yourself."));

    m_presetComboBox = new QComboBox(this);
    m_presetComboBox->setObjectName(QStringLiteral("presetComboBox"));
    m_presetComboBox->addItem(tr("OpenLDAP / grommunio LDAP"), kOpenLdap);
    m_presetComboBox->addItem(tr("Active Directory"), kActiveDirectory);
    m_uriLineEdit = new QLineEdit(this);
    m_uriLineEdit->setObjectName(QStringLiteral("uriLineEdit"));
    m_uriLineEdit->setPlaceholderText(tr("ldap://ldap.example.org"));
    m_baseDnLineEdit = new QLineEdit(this);
    m_baseDnLineEdit->setObjectName(QStringLiteral("baseDnLineEdit"));
    m_baseDnLineEdit->setPlaceholderText(tr("dc=example,dc=org"));
    m_bindDnLineEdit = new QLineEdit(this);
    m_bindDnLineEdit->setObjectName(QStringLiteral("bindDnLineEdit"));
    m_bindDnLineEdit->setPlaceholderText(tr("empty: anonymous"));
    m_passwordLineEdit = new QLineEdit(this);
    m_passwordLineEdit->setObjectName(QStringLiteral("bindPasswordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_rememberCheckBox = new QCheckBox(tr("R&emember the password in the key chain"), this);
    m_rememberCheckBox->setObjectName(QStringLiteral("rememberDirectoryCheckBox"));
    m_startTlsCheckBox = new QCheckBox(tr("Use Start&TLS"), this);
    m_startTlsCheckBox->setObjectName(QStringLiteral("startTlsCheckBox"));
    m_testPushButton = new QPushButton(tr("Test and &count users"), this);
    m_testPushButton->setObjectName(QStringLiteral("testDirectoryPushButton"));
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("directoryResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout(this);
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field);
        form->addRow(labelWidget, field);
    };
    addRow(tr("&Kind:"), m_presetComboBox);
    addRow(tr("&URI:"), m_uriLineEdit);
    addRow(tr("Base &DN:"), m_baseDnLineEdit);
    addRow(tr("B&ind DN:"), m_bindDnLineEdit);
    addRow(tr("Pass&word:"), m_passwordLineEdit);
    form->addRow(QString(), m_rememberCheckBox);
    form->addRow(QString(), m_startTlsCheckBox);
    form->addRow(QString(), m_testPushButton);
    form->addRow(m_resultLabel);

    connect(m_testPushButton, &QPushButton::clicked, this, &DirectoryPage::testDirectory);
    connect(m_presetComboBox, &QComboBox::currentIndexChanged, this, &DirectoryPage::applyPreset);
    connect(&m_watcher, &QFutureWatcher<Lookup>::finished, this, [this] {
        m_testPushButton->setEnabled(true);
        const Lookup lookup = m_watcher.result();
        const bool ok = lookup.error.isEmpty();
        m_usersCurrent = ok;
        m_failedForCurrentForm = !ok;
        const bool advance = std::exchange(m_advanceAfterLookup, false);
        if (ok) {
            m_state.users = lookup.users;
            m_resultLabel->setText(tr("Connected: %n user(s) found.", nullptr, int(lookup.users.size())));
        } else {
            m_state.users.clear();
            m_resultLabel->setText(tr("Directory test failed: %1").arg(lookup.error));
            if (advance)
                m_resultLabel->setText(m_resultLabel->text() + QLatin1Char('\n')
                                       + tr("Press Next again to go on without the directory."));
        }
        Q_EMIT m_state.usersChanged();
        Q_EMIT completeChanged();
        Q_EMIT testFinished(ok);
        if (advance && ok && wizard())
            wizard()->next();
    });
    for (QLineEdit *edit : {m_uriLineEdit, m_baseDnLineEdit, m_bindDnLineEdit, m_passwordLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &DirectoryPage::formChanged);
    connect(m_presetComboBox, &QComboBox::currentIndexChanged, this, &DirectoryPage::formChanged);
    connect(m_startTlsCheckBox, &QCheckBox::toggled, this, &DirectoryPage::formChanged);
    loadSettings();
}

DirectoryPage::~DirectoryPage()
{
    if (m_cancel)
        *m_cancel = true; // the lookup notices within a quarter second and ends on its own
}

void DirectoryPage::loadSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("directory"));
    const int preset = m_presetComboBox->findData(settings.value(QStringLiteral("preset"), kOpenLdap));
    m_presetComboBox->setCurrentIndex(qMax(0, preset));
    m_uriLineEdit->setText(settings.value(QStringLiteral("uri")).toString());
    m_baseDnLineEdit->setText(settings.value(QStringLiteral("baseDn")).toString());
    m_bindDnLineEdit->setText(settings.value(QStringLiteral("bindDn")).toString());
    m_startTlsCheckBox->setChecked(settings.value(QStringLiteral("startTls")).toBool());
    m_rememberCheckBox->setChecked(settings.value(QStringLiteral("remember")).toBool());
    if (m_rememberCheckBox->isChecked() && !m_bindDnLineEdit->text().isEmpty()) {
        m_secrets.read(SecretStore::directoryKey(m_bindDnLineEdit->text(), m_uriLineEdit->text()),
                       [this](const QString &secret) {
                           if (m_passwordLineEdit->text().isEmpty())
                               m_passwordLineEdit->setText(secret);
                       });
    }
}

void DirectoryPage::writeSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("directory"));
    settings.setValue(QStringLiteral("preset"), m_presetComboBox->currentData());
    settings.setValue(QStringLiteral("uri"), m_uriLineEdit->text());
    settings.setValue(QStringLiteral("baseDn"), m_baseDnLineEdit->text());
    settings.setValue(QStringLiteral("bindDn"), m_bindDnLineEdit->text());
    settings.setValue(QStringLiteral("startTls"), m_startTlsCheckBox->isChecked());
    settings.setValue(QStringLiteral("remember"), m_rememberCheckBox->isChecked());
    const QString key = SecretStore::directoryKey(m_bindDnLineEdit->text(), m_uriLineEdit->text());
    if (m_rememberCheckBox->isChecked() && !m_passwordLineEdit->text().isEmpty())
        m_secrets.write(key, m_passwordLineEdit->text());
    else if (!m_rememberCheckBox->isChecked())
        m_secrets.remove(key);
}

void DirectoryPage::applyPreset()
{
    // Active Directory wants a user principal or DN to bind; suggest the usual form.
    if (m_presetComboBox->currentData() == kActiveDirectory)
        m_bindDnLineEdit->setPlaceholderText(tr("administrator@example.org or CN=...,DC=example,DC=org"));
    else
        m_bindDnLineEdit->setPlaceholderText(tr("empty: anonymous"));
}

void DirectoryPage::testDirectory()
{
    directory::LdapSettings settings;
    settings.uri = m_uriLineEdit->text().trimmed();
    settings.baseDn = m_baseDnLineEdit->text().trimmed();
    settings.bindDn = m_bindDnLineEdit->text().trimmed();
    settings.password = m_passwordLineEdit->text();
    settings.startTls = m_startTlsCheckBox->isChecked();
    settings.mapping = m_presetComboBox->currentData() == kActiveDirectory ? directory::AttributeMapping::activeDirectory()
                                                                           : directory::AttributeMapping::openLdap();
    m_state.ldap = settings;
    if (settings.uri.isEmpty()) {
        m_resultLabel->setText(tr("Enter the directory's URI first."));
        return;
    }
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_testPushButton->setEnabled(false);
    m_resultLabel->setText(tr("Connecting to %1…").arg(settings.uri));
    Q_EMIT completeChanged();
    m_watcher.setFuture(QtConcurrent::run([settings, cancel = m_cancel] {
        Lookup lookup;
        Expected<std::vector<directory::UserRecord>> users =
            directory::fetchUsers(settings, [cancel] { return cancel->load(); });
        if (users)
            lookup.users = std::move(*users);
        else
            lookup.error = users.error().fullText();
        return lookup;
    }));
}

bool DirectoryPage::isComplete() const
{
    return !m_watcher.isRunning();
}

void DirectoryPage::formChanged()
{
    m_usersCurrent = false;
    m_failedForCurrentForm = false;
}

bool DirectoryPage::validatePage()
{
    // An empty URI skips the page (targets are typed by hand, or come from users read before).
    if (!m_uriLineEdit->text().trimmed().isEmpty() && !m_usersCurrent && !m_failedForCurrentForm) {
        // Filled in but not tested: read the users first, then go on (settings are kept then).
        m_advanceAfterLookup = true;
        testDirectory();
        return false;
    }
    writeSettings();
    return true;
}

} // namespace mig::wizard
