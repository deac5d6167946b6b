#include "GuiMain.h"

#include "MigrationWizard.h"

#include <QApplication>

namespace mig::app {

int runGui(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    wizard::MigrationWizard wizard;
    wizard.show();
    return QApplication::exec();
}

} // namespace mig::app
