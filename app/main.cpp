// Entry point: decides between the headless command line and the wizard before creating the
// application object, because QApplication needs a display and the CLI must not.
#include "CliMain.h"
#include "StartupOptions.h"
#include "Translations.h"
#include "core/Version.h"

#include <QCoreApplication>

#ifdef MIG_HAVE_GUI
#include "GuiMain.h"

#include <QApplication>
#endif

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QLatin1String(mig::kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1String(mig::kVersion));
    QCoreApplication::setOrganizationName(QStringLiteral("grommunio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("grommunio.com"));
}

} // namespace

int main(int argc, char **argv)
{
    const mig::app::StartupOptions options = mig::app::parseStartupOptions(argc, argv);
#ifdef MIG_HAVE_GUI
    if (!options.cli) {
        QApplication app(argc, argv);
        describeApplication();
        mig::app::installTranslations(options.language);
        return mig::app::runGui(options.arguments);
    }
#endif
    QCoreApplication app(argc, argv);
    describeApplication();
    mig::app::installTranslations(options.language);
    if (!options.cli) {
        // Built without the wizard: there is nothing to open, so explain the command line.
        return mig::app::runCli({ QStringLiteral("--help") });
    }
    return mig::app::runCli(options.arguments);
}
