// Entry point: decides between the headless command line and the wizard before creating the
// application object, because QApplication needs a display and the CLI must not. The wizard lives
// in a library loaded only when it is opened, so headless commands start without Qt Widgets.
#include "CliMain.h"
#include "StartupOptions.h"
#include "Translations.h"
#include "core/HeapTuning.h"
#include "core/Version.h"

#include <QCoreApplication>

#ifdef MIG_HAVE_GUI
#include "WizardLoader.h"

#include <cstdio>
#endif

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QLatin1String(mig::kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1String(mig::kVersion));
    QCoreApplication::setOrganizationName(QStringLiteral("grommunio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("grommunio.com"));
}

#ifdef MIG_HAVE_GUI
/// Runs in the wizard library once its QApplication exists.
void prepareWizardApplication(void *context)
{
    describeApplication();
    mig::app::installTranslations(static_cast<const mig::app::StartupOptions *>(context)->language);
}
#endif

} // namespace

int main(int argc, char **argv)
{
    mig::keepLargeBuffersOnHeap();
    const mig::app::StartupOptions options = mig::app::parseStartupOptions(argc, argv);
#ifdef MIG_HAVE_GUI
    mig::app::LoadedWizard wizard;
    if (!options.cli) {
        wizard = mig::app::loadWizard(argc > 0 ? argv[0] : "");
        if (wizard.entry) {
            mig::app::WizardStart start;
            start.argc = &argc;
            start.argv = argv;
            start.arguments = options.arguments;
            start.prepare = prepareWizardApplication;
            start.context = const_cast<mig::app::StartupOptions *>(&options);
            return wizard.entry(&start);
        }
    }
#endif
    QCoreApplication app(argc, argv);
    describeApplication();
    mig::app::installTranslations(options.language);
    if (!options.cli) {
#ifdef MIG_HAVE_GUI
        // A broken installation: say so, then show what still works without the wizard.
        std::fprintf(stderr, "%s\n%s",
            qPrintable(QCoreApplication::translate("mig::app::Cli",
                "The migration wizard cannot be started: its library is missing or damaged.")),
            qPrintable(wizard.problem));
        mig::app::runCli({ QStringLiteral("--help") });
        return 1;
#else
        // Built without the wizard: there is nothing to open, so explain the command line.
        return mig::app::runCli({ QStringLiteral("--help") });
#endif
    }
    return mig::app::runCli(options.arguments);
}
