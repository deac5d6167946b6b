#include "pages/WelcomePage.h"

#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace mig::wizard {

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
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

    auto *recentLabel = new QLabel(tr("&Recent plans:"), this);
    m_recentPlansListWidget = new QListWidget(this);
    m_recentPlansListWidget->setObjectName(QStringLiteral("recentPlansListWidget"));
    recentLabel->setBuddy(m_recentPlansListWidget);
    const QStringList recent = QSettings().value(QStringLiteral("plans/recent")).toStringList();
    m_recentPlansListWidget->addItems(recent);
    m_openPlanRadioButton->setEnabled(!recent.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addSpacing(12);
    layout->addWidget(m_newMigrationRadioButton);
    layout->addWidget(m_openPlanRadioButton);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recentPlansListWidget, 1);
}

} // namespace mig::wizard
