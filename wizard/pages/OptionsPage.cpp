#include "pages/OptionsPage.h"

#include "WizardState.h"
#include "support/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace mig::wizard {

OptionsPage::OptionsPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("optionsPage"));
    setTitle(tr("Options"));
    setSubTitle(tr("How the data is placed in the mailboxes and how the run behaves."));

    m_newFolderRadioButton = new QRadioButton(tr("Into a &new folder at the top of each mailbox"), this);
    m_newFolderRadioButton->setObjectName(QStringLiteral("newFolderRadioButton"));
    m_spliceRadioButton = new QRadioButton(tr("Merge into the mailbox's own folders (Inbox, Sent Items, …)"), this);
    m_spliceRadioButton->setObjectName(QStringLiteral("spliceRadioButton"));
    m_targetFolderLineEdit = new QLineEdit(this);
    m_targetFolderLineEdit->setObjectName(QStringLiteral("targetFolderLineEdit"));
    m_targetFolderLineEdit->setPlaceholderText(tr("Import of <file> @<date and time>"));
    m_continueOnErrorCheckBox = new QCheckBox(tr("&Continue when a message cannot be migrated"), this);
    m_continueOnErrorCheckBox->setObjectName(QStringLiteral("continueOnErrorCheckBox"));
    m_parallelSpinBox = new QSpinBox(this);
    m_parallelSpinBox->setObjectName(QStringLiteral("parallelSpinBox"));
    m_parallelSpinBox->setRange(1, 16);
    m_createMailboxesComboBox = new QComboBox(this);
    m_createMailboxesComboBox->setObjectName(QStringLiteral("createMailboxesComboBox"));
    m_createMailboxesComboBox->addItem(tr("Never (missing mailboxes fail)"), int(migration::MailboxCreation::Never));
    m_createMailboxesComboBox->addItem(tr("Create each before migrating it"), int(migration::MailboxCreation::OnePass));
    m_createMailboxesComboBox->addItem(tr("Create all first, then migrate"), int(migration::MailboxCreation::TwoPasses));
    m_hiddenCheckBox = new QCheckBox(tr("Also migrate &hidden folders"), this);
    m_hiddenCheckBox->setObjectName(QStringLiteral("hiddenFoldersCheckBox"));
    m_dryRunCheckBox = new QCheckBox(tr("&Dry run: convert and check everything locally, send nothing"), this);
    m_dryRunCheckBox->setObjectName(QStringLiteral("dryRunCheckBox"));
    m_runDirLineEdit = new QLineEdit(this);
    m_runDirLineEdit->setObjectName(QStringLiteral("runDirLineEdit"));
    m_runDirPushButton = new QPushButton(tr("Br&owse…"), this);
    m_runDirPushButton->setObjectName(QStringLiteral("runDirPushButton"));

    auto *placement = new QVBoxLayout;
    placement->addWidget(m_newFolderRadioButton);
    placement->addWidget(m_spliceRadioButton);
    auto *runDirRow = new QHBoxLayout;
    runDirRow->addWidget(m_runDirLineEdit, 1);
    runDirRow->addWidget(m_runDirPushButton);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Placement:"), placement);
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field);
        form->addRow(labelWidget, field);
    };
    addRow(tr("&Folder name:"), m_targetFolderLineEdit);
    form->addRow(QString(), m_continueOnErrorCheckBox);
    addRow(tr("&Mailboxes at once:"), m_parallelSpinBox);
    addRow(tr("Create missing m&ailboxes:"), m_createMailboxesComboBox);
    form->addRow(QString(), m_hiddenCheckBox);
    form->addRow(QString(), m_dryRunCheckBox);
    auto *runDirLabel = new QLabel(tr("&Run folder (logs, report):"), this);
    runDirLabel->setBuddy(m_runDirLineEdit);
    form->addRow(runDirLabel, runDirRow);

    connect(m_newFolderRadioButton, &QRadioButton::toggled, m_targetFolderLineEdit, &QWidget::setEnabled);
    connect(m_runDirLineEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_runDirPushButton, &QPushButton::clicked, this, [this] {
        const QString dir = Prompts::existingDirectory(this, tr("Run folder"));
        if (!dir.isEmpty())
            m_runDirLineEdit->setText(dir);
    });
}

void OptionsPage::applySavedDefaults()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("options"));
    migration::PlanOptions &options = m_state.plan.options;
    const migration::PlanOptions defaults;
    options.placement = settings.value(QStringLiteral("splice"), defaults.placement == migration::Placement::Splice).toBool()
                            ? migration::Placement::Splice
                            : migration::Placement::NewRootFolder;
    options.continueOnError = settings.value(QStringLiteral("continueOnError"), defaults.continueOnError).toBool();
    options.parallelJobs = std::clamp(settings.value(QStringLiteral("parallelJobs"), defaults.parallelJobs).toInt(),
                                      m_parallelSpinBox->minimum(), m_parallelSpinBox->maximum());
    const int creation = settings.value(QStringLiteral("createMailboxes"), int(defaults.createMailboxes)).toInt();
    if (m_createMailboxesComboBox->findData(creation) >= 0)
        options.createMailboxes = migration::MailboxCreation(creation);
    options.withHidden = settings.value(QStringLiteral("withHidden"), defaults.withHidden).toBool();
}

void OptionsPage::saveDefaults() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("options"));
    const migration::PlanOptions &options = m_state.plan.options;
    settings.setValue(QStringLiteral("splice"), options.placement == migration::Placement::Splice);
    settings.setValue(QStringLiteral("continueOnError"), options.continueOnError);
    settings.setValue(QStringLiteral("parallelJobs"), options.parallelJobs);
    settings.setValue(QStringLiteral("createMailboxes"), int(options.createMailboxes));
    settings.setValue(QStringLiteral("withHidden"), options.withHidden);
}

void OptionsPage::initializePage()
{
    if (m_state.planPath.isEmpty())
        applySavedDefaults();
    const migration::PlanOptions &options = m_state.plan.options;
    m_newFolderRadioButton->setChecked(options.placement == migration::Placement::NewRootFolder);
    m_spliceRadioButton->setChecked(options.placement == migration::Placement::Splice);
    m_targetFolderLineEdit->setEnabled(options.placement == migration::Placement::NewRootFolder);
    m_targetFolderLineEdit->setText(options.targetFolder);
    m_continueOnErrorCheckBox->setChecked(options.continueOnError);
    m_parallelSpinBox->setValue(options.parallelJobs);
    m_createMailboxesComboBox->setCurrentIndex(m_createMailboxesComboBox->findData(int(options.createMailboxes)));
    m_hiddenCheckBox->setChecked(options.withHidden);
    m_dryRunCheckBox->setChecked(m_state.dryRun);
    if (m_runDirLineEdit->text().isEmpty()) {
        const QString base = m_state.runDir.isEmpty()
                                 ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                       .filePath(QStringLiteral("runs/")
                                                 + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                                 : m_state.runDir;
        m_runDirLineEdit->setText(QDir::toNativeSeparators(base));
    }
}

bool OptionsPage::isComplete() const
{
    return !m_runDirLineEdit->text().trimmed().isEmpty();
}

bool OptionsPage::validatePage()
{
    migration::PlanOptions &options = m_state.plan.options;
    options.placement = m_spliceRadioButton->isChecked() ? migration::Placement::Splice
                                                         : migration::Placement::NewRootFolder;
    options.targetFolder = m_targetFolderLineEdit->text().trimmed();
    options.continueOnError = m_continueOnErrorCheckBox->isChecked();
    options.parallelJobs = m_parallelSpinBox->value();
    options.createMailboxes = migration::MailboxCreation(m_createMailboxesComboBox->currentData().toInt());
    options.withHidden = m_hiddenCheckBox->isChecked();
    m_state.dryRun = m_dryRunCheckBox->isChecked();
    m_state.runDir = QDir::fromNativeSeparators(m_runDirLineEdit->text().trimmed());
    saveDefaults();
    return true;
}

} // namespace mig::wizard
