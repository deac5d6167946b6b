#include "CliMain.h"

#include "CommandTable.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace mig::app {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mig::app::Cli", text);
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: %1 [--lang LANG] [COMMAND] [OPTIONS]").arg(QLatin1String(kApplicationName)) << '\n'
        << tr("Migrate Outlook PST/OST files and other mail sources into grommunio.") << "\n\n"
        << tr("Without a command the migration wizard opens.") << "\n\n"
        << tr("Options:") << '\n'
        << "  -h, --help       " << tr("Show this help and exit.") << '\n'
        << "  -v, --version    " << tr("Print the version and exit.") << '\n'
        << "  --lang LANG      " << tr("Use the given language (for example de) instead of the system's.") << '\n'
        << "  --screenshots DIR " << tr("Render every wizard page into PNG files in DIR and exit.") << "\n\n"
        << tr("Commands:") << '\n';
    for (const Command &command : commands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(16) << ' '
            << QCoreApplication::translate("mig::app::Commands", command.summary) << '\n';
    out << '\n' << tr("Run '%1 COMMAND --help' for the options of a command.").arg(QLatin1String(kApplicationName))
        << '\n';
}

} // namespace

int runCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);

    const QString first = arguments.value(0);
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printHelp(out);
        return cli::ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << kApplicationName << ' ' << kVersion << '\n';
        return cli::ExitOk;
    }
    const Command *command = findCommand(first);
    if (!command) {
        err << tr("Unknown command or option: %1").arg(first) << '\n';
        err << tr("Run '%1 --help' for the list of commands.").arg(QLatin1String(kApplicationName)) << '\n';
        return cli::ExitUsage;
    }
    cli::CommandContext ctx{arguments, out, err, &in};
    const int status = command->run(ctx);
    out.flush();
    err.flush();
    return status;
}

} // namespace mig::app
