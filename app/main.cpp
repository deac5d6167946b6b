// Entry point: decides between the headless command line and the wizard before creating the
// application object, because QApplication needs a display and the CLI must not. The wizard lives
// in a library loaded only when it is opened, so headless commands start without Qt Widgets. The
// headless commands live in another library (CommandsEntry.h), except --version and the
// conversion of PST/OST files (FastPath.h), which start with Qt Core and libpff alone.
#include "CommandsEntry.h"
#include "FastPath.h"
#include "ModuleLoader.h"
#include "StartupOptions.h"
#include "Translations.h"
#include "cli/CommandContext.h"
#include "core/HeapTuning.h"
#include "core/Version.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef MIG_HAVE_GUI
#include "WizardEntry.h"
#endif

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QLatin1String(mig::kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1String(mig::kVersion));
    QCoreApplication::setOrganizationName(QStringLiteral("grommunio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("grommunio.com"));
}

/// Runs the command library with arguments; a missing or damaged library is reported on stderr.
int runCommandLibrary(const char *argv0, const QStringList &arguments)
{
    const mig::app::LoadedEntry library
        = mig::app::loadEntry(argv0, QStringLiteral(MIG_COMMANDS_FILE_NAME), mig::app::kCommandsEntrySymbol);
    if (!library.entry) {
        std::fprintf(stderr, "%s\n%s",
            qPrintable(QCoreApplication::translate("mig::app::Cli",
                "The command line cannot be started: its library is missing or damaged.")),
            qPrintable(library.problem));
        return mig::cli::ExitFailure;
    }
    return reinterpret_cast<mig::app::CommandsEntryFunction>(library.entry)(&arguments);
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
    const char *argv0 = argc > 0 ? argv[0] : "";
#ifdef MIG_HAVE_GUI
    mig::app::LoadedEntry wizard;
    if (!options.cli) {
        wizard = mig::app::loadEntry(argv0, QStringLiteral(MIG_WIZARD_FILE_NAME), mig::app::kWizardEntrySymbol);
        if (wizard.entry) {
            mig::app::WizardStart start;
            start.argc = &argc;
            start.argv = argv;
            start.arguments = options.arguments;
            start.prepare = prepareWizardApplication;
            start.context = const_cast<mig::app::StartupOptions *>(&options);
            return reinterpret_cast<mig::app::WizardEntryFunction>(wizard.entry)(&start);
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
        runCommandLibrary(argv0, { QStringLiteral("--help") });
        return 1;
#else
        // Built without the wizard: there is nothing to open, so explain the command line.
        return runCommandLibrary(argv0, { QStringLiteral("--help") });
#endif
    }
    if (const std::optional<int> status = mig::app::runOnFastPath(options.arguments))
        return *status;
    return runCommandLibrary(argv0, options.arguments);
}
