#include "MigrationWizard.h"

#include "WizardState.h"
#include "pages/DirectoryPage.h"
#include "pages/MappingPage.h"
#include "pages/OptionsPage.h"
#include "pages/PreviewPage.h"
#include "pages/RunPage.h"
#include "pages/ServerPage.h"
#include "pages/SourcesPage.h"
#include "pages/SummaryPage.h"
#include "pages/WelcomePage.h"
#include "support/Prompts.h"
#include "support/SecretStore.h"

#include <QAbstractButton>

namespace mig::wizard {

MigrationWizard::MigrationWizard(QWidget *parent)
    : QWizard(parent)
    , m_state(new WizardState(this))
    , m_secrets(new SecretStore(this))
{
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("grommunio Migration Wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    setPage(Page_Welcome, new WelcomePage(*m_state, this));
    setPage(Page_Sources, new SourcesPage(*m_state, this));
    setPage(Page_Preview, new PreviewPage(*m_state, this));
    setPage(Page_Server, new ServerPage(*m_state, *m_secrets, this));
    setPage(Page_Directory, new DirectoryPage(*m_state, *m_secrets, this));
    setPage(Page_Mapping, new MappingPage(*m_state, this));
    auto *options = new OptionsPage(*m_state, this);
    // Leaving the options starts the run, which cannot be taken back: the options page commits.
    options->setCommitPage(true);
    options->setButtonText(QWizard::CommitButton, tr("&Start migration"));
    setPage(Page_Options, options);
    m_runPage = new RunPage(*m_state, this);
    setPage(Page_Run, m_runPage);
    setPage(Page_Summary, new SummaryPage(*m_state, this));

    // Buttons of the wizard itself get object names too, so tests and accessibility tools find them.
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextPushButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backPushButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("commitPushButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishPushButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelPushButton"));

    connect(m_runPage, &RunPage::runFinished, this, [this] {
        if (m_closeAfterRun)
            QWizard::reject();
    });
    resize(960, 680);
}

MigrationWizard::~MigrationWizard() = default;

void MigrationWizard::reject()
{
    if (currentId() == Page_Summary) {
        QWizard::reject();
        return;
    }
    if (m_runPage->isRunning()) {
        if (!Prompts::question(this, tr("Abort the migration?"),
                               tr("A migration is running. Abort it and close the wizard? Mailboxes in progress "
                                  "end as stopped and can be resumed from the saved plan.")))
            return;
        m_closeAfterRun = true;
        m_runPage->cancelRun();
        return;
    }
    if (currentId() != Page_Welcome
        && !Prompts::question(this, tr("Close the wizard?"), tr("Close the wizard? Unsaved choices are lost.")))
        return;
    QWizard::reject();
}

} // namespace mig::wizard
