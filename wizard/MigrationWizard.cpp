#include "MigrationWizard.h"

#include "pages/WelcomePage.h"

namespace mig::wizard {

MigrationWizard::MigrationWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("grommunio Migration Wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(Page_Welcome, new WelcomePage(this));
    resize(900, 640);
}

MigrationWizard::~MigrationWizard() = default;

} // namespace mig::wizard
