#include "cli/CheckServerCommand.h"

#include "cli/ImportSshOptions.h"
#include "transport/ServerCheck.h"

#include <QCoreApplication>
#include <QLocale>

namespace mig::cli {

namespace {

QString userStateText(const transport::ServerReport &report)
{
    using State = transport::ServerReport::UserState;
    switch (report.user) {
    case State::Exists:
        return QCoreApplication::translate("mig::cli", "exists");
    case State::Missing:
        return QCoreApplication::translate("mig::cli", "does NOT exist");
    case State::Unknown:
        return QCoreApplication::translate("mig::cli", "unknown");
    case State::NotAsked:
        break;
    }
    return {};
}

} // namespace

int checkServerCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
        QCoreApplication::translate("mig::cli", "Also check that this mailbox (user@domain) exists."),
        QCoreApplication::translate("mig::cli", "mailbox"));
    parser.addOption(to);
    ImportSshOptions ssh;
    ssh.addTo(parser);
    if (const int rc = parseCommandLine(parser, ctx,
            QCoreApplication::translate("mig::cli", "Checks that a grommunio server is ready to receive a migration."));
        rc >= 0)
        return rc;

    int exitCode = ExitFailure;
    std::unique_ptr<transport::SshSession> session = ssh.connect(parser, ctx, &exitCode);
    if (!session)
        return exitCode;
    const QString user = parser.value(to);
    Expected<transport::ServerReport> report
        = transport::checkServer(*session, ssh.discoveryOptions(parser, user), user);
    if (!report) {
        ctx.err << report.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    ctx.out << QCoreApplication::translate("mig::cli", "Host key: %1 %2")
                   .arg(report->hostKey.keyType, report->hostKey.fingerprint)
            << Qt::endl;
    if (report->importer) {
        ctx.out << QCoreApplication::translate("mig::cli", "Importer: %1 (%2)")
                       .arg(report->importer->program, report->importer->path)
                << Qt::endl;
        ctx.out << QCoreApplication::translate("mig::cli", "Stream revision: GXMT%1 (%2)")
                       .arg(int(report->importer->revision), 4, 10, QLatin1Char('0'))
                       .arg(report->importer->basis)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("mig::cli", "Importer: not usable: %1").arg(report->importerProblem)
                << Qt::endl;
    }
    if (report->freeBytes >= 0) {
        ctx.out << QCoreApplication::translate("mig::cli", "Free space: %1 (%2 bytes) in %3")
                       .arg(QLocale::c().formattedDataSize(report->freeBytes, 1, QLocale::DataSizeTraditionalFormat))
                       .arg(report->freeBytes)
                       .arg(report->storagePath)
                << Qt::endl;
    } else {
        ctx.out << QCoreApplication::translate("mig::cli", "Free space: unknown") << Qt::endl;
    }
    if (!user.isEmpty())
        ctx.out << QCoreApplication::translate("mig::cli", "Mailbox %1: %2 (%3)")
                       .arg(user, userStateText(*report), report->userDetail)
                << Qt::endl;
    return report->importer ? ExitOk : ExitFailure;
}

} // namespace mig::cli
