#include "cli/CommandContext.h"

#include <QCoreApplication>

namespace mig::cli {

QString exitStateName(int exitCode)
{
    switch (exitCode) {
    case ExitOk:
        return QStringLiteral("ok");
    case ExitUsage:
        return QStringLiteral("usage");
    case ExitCanceled:
        return QStringLiteral("canceled");
    case ExitPartial:
        return QStringLiteral("partial");
    default:
        return QStringLiteral("failed");
    }
}

QString exitCodesHelp()
{
    return QCoreApplication::translate("mig::cli",
        "Exit status (the same for every command):\n"
        "  0  done: everything was converted, sent or checked\n"
        "  1  failed: nothing usable was written (unreadable input, invalid stream, server error)\n"
        "  2  wrong arguments\n"
        "  3  canceled (Ctrl+C or a STOP file) before the end\n"
        "  4  partial: finished and the output is valid, but some items or mailboxes were not moved;\n"
        "     they are listed (text, --json, report)\n");
}

int parseCommandLine(QCommandLineParser &parser, CommandContext &ctx, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("mig::cli", "Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(ctx.arguments)) {
        ctx.err << parser.errorText() << Qt::endl;
        ctx.err << QCoreApplication::translate("mig::cli", "Try '%1 --help'.").arg(ctx.arguments.value(0)) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        // QCommandLineParser::helpText() names the application; show the subcommand instead.
        QString text = parser.helpText();
        const QString usage = QStringLiteral("Usage: ");
        if (text.startsWith(usage)) {
            const qsizetype end = text.indexOf(QLatin1Char(' '), usage.size());
            text.replace(usage.size(), end - usage.size(),
                         QCoreApplication::applicationName() + QLatin1Char(' ') + ctx.arguments.value(0));
        }
        ctx.out << text << QLatin1Char('\n') << exitCodesHelp();
        return ExitOk;
    }
    return -1;
}

} // namespace mig::cli
