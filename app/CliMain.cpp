#include "CliMain.h"

#include "CommandRunner.h"
#include "CommandTable.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace mig::app {
namespace {

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("mig::app::Cli", "Usage: %1 [--lang LANG] [COMMAND] [OPTIONS]")
               .arg(QLatin1String(kApplicationName))
        << '\n'
        << QCoreApplication::translate(
               "mig::app::Cli", "Migrate Outlook PST/OST files and other mail sources into grommunio.")
        << "\n\n"
        << QCoreApplication::translate("mig::app::Cli", "Without a command the migration wizard opens.") << "\n\n"
        << QCoreApplication::translate("mig::app::Cli", "Options:") << '\n'
        << "  -h, --help       " << QCoreApplication::translate("mig::app::Cli", "Show this help and exit.") << '\n'
        << "  -v, --version    " << QCoreApplication::translate("mig::app::Cli", "Print the version and exit.") << '\n'
        << "  --lang LANG      "
        << QCoreApplication::translate(
               "mig::app::Cli", "Use the given language (for example de) instead of the system's.")
        << '\n'
        << "  --screenshots DIR "
        << QCoreApplication::translate("mig::app::Cli", "Render every wizard page into PNG files in DIR and exit.")
        << "\n\n"
        << QCoreApplication::translate("mig::app::Cli", "Commands:") << '\n';
    for (const Command &command : commands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(16) << ' '
            << QCoreApplication::translate("mig::app::Commands", command.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("mig::app::Cli", "Run '%1 COMMAND --help' for the options of a command.")
               .arg(QLatin1String(kApplicationName))
        << '\n';
}

} // namespace

int runCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QString first = arguments.value(0);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printHelp(out);
        return cli::ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        printVersion(out);
        return cli::ExitOk;
    }
    const Command *command = findCommand(first);
    if (!command) {
        err << QCoreApplication::translate("mig::app::Cli", "Unknown command or option: %1").arg(first) << '\n';
        err << QCoreApplication::translate("mig::app::Cli", "Run '%1 --help' for the list of commands.")
                   .arg(QLatin1String(kApplicationName))
            << '\n';
        return cli::ExitUsage;
    }
    return runCommand(command->run, arguments);
}

} // namespace mig::app
