#include "pages/WelcomePage.h"

#include "WizardState.h"
#include "support/Prompts.h"
#include "support/RecentPlans.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mig::wizard {

WelcomePage::WelcomePage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Welcome"));
    setSubTitle(tr("Move mail, calendars and contacts into grommunio."));

    auto *introLabel = new QLabel(
        tr("This wizard reads your sources (Outlook PST/OST files, Exchange exports and more), lets you "
           "look inside them, maps each source to a grommunio user, converts everything on this "
           "computer and streams it over SSH into the grommunio server. Nothing is changed in your "
           "source files."),
        this);
    introLabel->setObjectName(QStringLiteral("introLabel"));
    introLabel->setWordWrap(true);

    m_newMigrationRadioButton = new QRadioButton(tr("&Start a new migration"), this);
    m_newMigrationRadioButton->setObjectName(QStringLiteral("newMigrationRadioButton"));
    m_newMigrationRadioButton->setChecked(true);
    m_openPlanRadioButton = new QRadioButton(tr("&Open a saved migration plan"), this);
    m_openPlanRadioButton->setObjectName(QStringLiteral("openPlanRadioButton"));
    m_browsePlanPushButton = new QPushButton(tr("&Browse…"), this);
    m_browsePlanPushButton->setObjectName(QStringLiteral("browsePlanPushButton"));

    auto *recentLabel = new QLabel(tr("&Recent plans:"), this);
    m_recentPlansListWidget = new QListWidget(this);
    m_recentPlansListWidget->setObjectName(QStringLiteral("recentPlansListWidget"));
    recentLabel->setBuddy(m_recentPlansListWidget);

    m_planStatusLabel = new QLabel(this);
    m_planStatusLabel->setObjectName(QStringLiteral("planStatusLabel"));
    m_planStatusLabel->setWordWrap(true);

    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_openPlanRadioButton);
    openRow->addWidget(m_browsePlanPushButton);
    openRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addSpacing(12);
    layout->addWidget(m_newMigrationRadioButton);
    layout->addLayout(openRow);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recentPlansListWidget, 1);
    layout->addWidget(m_planStatusLabel);

    connect(m_browsePlanPushButton, &QPushButton::clicked, this, &WelcomePage::browseForPlan);
    connect(m_openPlanRadioButton, &QRadioButton::toggled, this, &WelcomePage::updateControls);
    connect(m_recentPlansListWidget, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_openPlanRadioButton->setChecked(true);
        if (openPlan(item->data(Qt::UserRole).toString()))
            wizard()->next();
    });
    connect(m_recentPlansListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_openPlanRadioButton->setChecked(true);
    });
}

void WelcomePage::initializePage()
{
    m_recentPlansListWidget->clear();
    for (const QString &path : recentPlans()) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_recentPlansListWidget);
        item->setData(Qt::UserRole, path);
    }
    updateControls();
}

void WelcomePage::updateControls()
{
    m_recentPlansListWidget->setEnabled(m_recentPlansListWidget->count() > 0);
}

void WelcomePage::browseForPlan()
{
    const QString path = Prompts::openFileName(this, tr("Open a migration plan"),
                                               tr("Migration plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_openPlanRadioButton->setChecked(true);
    openPlan(path);
}

bool WelcomePage::openPlan(const QString &path)
{
    Expected<migration::Plan> loaded = migration::Plan::load(path);
    if (!loaded) {
        m_planStatusLabel->setText(tr("Cannot open the plan: %1").arg(loaded.error().message));
        return false;
    }
    m_state.adoptPlan(*loaded, path);
    addRecentPlan(path);
    m_planStatusLabel->setText(tr("Opened %1: %n mailbox(es).", nullptr, int(loaded->jobs.size()))
                                   .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool WelcomePage::validatePage()
{
    if (m_newMigrationRadioButton->isChecked()) {
        if (!m_state.planPath.isEmpty())
            m_state.adoptPlan(migration::Plan{}, {});
        return true;
    }
    if (!m_state.planPath.isEmpty())
        return true;
    QListWidgetItem *item = m_recentPlansListWidget->currentItem();
    if (!item) {
        m_planStatusLabel->setText(tr("Choose a plan with Browse… or from the recent plans."));
        return false;
    }
    return openPlan(item->data(Qt::UserRole).toString());
}

} // namespace mig::wizard
