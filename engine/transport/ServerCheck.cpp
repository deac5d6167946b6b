#include "ServerCheck.h"

#include "transport/RemoteCommand.h"
#include "transport/ShellQuote.h"

#include <QCoreApplication>

namespace mig::transport {

namespace {

const char kFreeSpace[] = "for d in /var/lib/gromox /var/lib /; do if [ -d \"$d\" ]; then printf '%s\\n' \"$d\"; "
                          "LC_ALL=C df -P -k \"$d\"; exit $?; fi; done";

/// Parses the output of kFreeSpace: the directory, then df's POSIX table.
void parseFreeSpace(const QByteArray &output, ServerReport &report)
{
    const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 3)
        return;
    report.storagePath = lines.at(0).trimmed();
    // Columns: file system, 1024-blocks, used, available, capacity, mounted on.
    const QStringList columns = lines.at(2).simplified().split(QLatin1Char(' '));
    if (columns.size() >= 4) {
        bool ok = false;
        const qint64 kib = columns.at(3).toLongLong(&ok);
        if (ok)
            report.freeBytes = kib * 1024;
    }
}

} // namespace

Expected<ServerReport> checkServer(SshSession &session, const DiscoveryOptions &options, const QString &targetUser)
{
    ServerReport report;
    report.hostKey = session.hostKey();
    Expected<ImporterInfo> importer = discoverImporter(session, options);
    if (importer)
        report.importer = *importer;
    else if (importer.error().code == Error::Code::Network)
        return importer.error();
    else
        report.importerProblem = importer.error().message;

    Expected<CommandResult> space = runRemoteCommand(session, QString::fromLatin1(kFreeSpace));
    if (!space)
        return space.error();
    parseFreeSpace(space->out, report);

    if (!targetUser.isEmpty()) {
        Expected<ServerReport::UserState> user = lookUpMailbox(session, options.sudo, targetUser, &report.userDetail);
        if (!user)
            return user.error();
        report.user = *user;
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
    if (result->exitStatus == 200) {
        *detail = QCoreApplication::translate(
            "mig::transport", "grommunio-admin is not installed on the server, so the mailbox could not be looked up");
        return ServerReport::UserState::Unknown;
    }
    if (result->exitStatus != 0) {
        *detail = QCoreApplication::translate("mig::transport", "grommunio-admin user query failed: %1")
                      .arg(QString::fromUtf8(result->err).trimmed().left(300));
        return ServerReport::UserState::Unknown;
    }
    const QStringList names = QString::fromUtf8(result->out).split(QLatin1Char('\n'));
    *detail = QCoreApplication::translate("mig::transport", "looked up with grommunio-admin user query");
    for (const QString &name : names) {
        if (name.trimmed().compare(user, Qt::CaseInsensitive) == 0)
            return ServerReport::UserState::Exists;
    }
    return ServerReport::UserState::Missing;
}

} // namespace mig::transport
