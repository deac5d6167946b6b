#include "cli/CommandContext.h"

#include <QCoreApplication>

namespace mig::cli {

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
        ctx.out << text;
        return ExitOk;
    }
    return -1;
}

} // namespace mig::cli
