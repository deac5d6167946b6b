#include "ServerCheck.h"

#include "transport/RemoteCommand.h"
#include "transport/ServerFacts.h"
#include "transport/ShellQuote.h"

#include <QCoreApplication>

namespace mig::transport {

namespace {

/// Reads the answer of `grommunio-admin user query`: the user must be listed, an exit status alone
/// proves nothing. 200 means grommunio-admin is missing (see serverFactsCommand()).
ServerReport::UserState mailboxStateFrom(int status, const QByteArray &out, const QByteArray &err, const QString &user,
                                         QString *detail)
{
    if (status == 200) {
        *detail = QCoreApplication::translate(
            "mig::transport", "grommunio-admin is not installed on the server, so the mailbox could not be looked up");
        return ServerReport::UserState::Unknown;
    }
    if (status != 0) {
        *detail = QCoreApplication::translate("mig::transport", "grommunio-admin user query failed: %1")
                      .arg(QString::fromUtf8(err).trimmed().left(300));
        return ServerReport::UserState::Unknown;
    }
    *detail = QCoreApplication::translate("mig::transport", "looked up with grommunio-admin user query");
    const QStringList names = QString::fromUtf8(out).split(QLatin1Char('\n'));
    for (const QString &name : names) {
        if (name.trimmed().compare(user, Qt::CaseInsensitive) == 0)
            return ServerReport::UserState::Exists;
    }
    return ServerReport::UserState::Missing;
}

} // namespace

Expected<ServerReport> checkServer(SshSession &session, const DiscoveryOptions &options, const QString &targetUser)
{
    ServerReport report;
    report.hostKey = session.hostKey();
    // One remote command answers everything but an old importer's probe (issue 22).
    Expected<ServerFacts> facts = probeServerFacts(session, options.sudo, !targetUser.isEmpty());
    if (!facts)
        return facts.error();
    Expected<ImporterInfo> importer = importerFromFacts(session, *facts, options);
    if (importer) {
        report.importer = *importer;
        rememberImporter(session, options, *importer);
    } else if (importer.error().code == Error::Code::Network) {
        return importer.error();
    } else {
        report.importerProblem = importer.error().message;
    }
    report.storagePath = facts->storagePath;
    report.freeBytes = facts->freeBytes;
    if (!targetUser.isEmpty()) {
        report.user = mailboxStateFrom(facts->mailboxQueryStatus, facts->mailboxQueryOut, facts->mailboxQueryErr,
                                       targetUser, &report.userDetail);
    }
    return report;
}

Expected<ServerReport::UserState> lookUpMailbox(SshSession &session, bool sudo, const QString &user, QString *detail)
{
    QStringList query;
    if (sudo)
        query << QStringLiteral("sudo") << QStringLiteral("-n");
    query << QStringLiteral("grommunio-admin") << QStringLiteral("user") << QStringLiteral("query")
          << QStringLiteral("username");
    const QString command
        = QStringLiteral("PATH=\"$PATH:/usr/sbin:/sbin\"; command -v grommunio-admin >/dev/null || exit 200; ")
        + shellCommand(query);
    Expected<CommandResult> result = runRemoteCommand(session, command);
    if (!result)
        return result.error();
    return mailboxStateFrom(result->exitStatus, result->out, result->err, user, detail);
}

} // namespace mig::transport
