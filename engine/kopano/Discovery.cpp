#include "kopano/Discovery.h"

#include "transport/RemoteCommand.h"
#include "transport/ShellQuote.h"

#include <QCoreApplication>

namespace mig::kopano {
namespace {

QString adminCommand(const QStringList &arguments, bool useSudo)
{
    QStringList words;
    if (useSudo)
        words << QStringLiteral("sudo") << QStringLiteral("-n");
    words << QStringLiteral("kopano-admin") << arguments;
    return transport::shellCommand(words);
}

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(QLatin1Char('\n'), 0, 0);
}

} // namespace

Expected<Discovery> discoverUsers(transport::SshSession &session, bool useSudo,
                                  const std::function<void(const QString &)> &log)
{
    Expected<transport::CommandResult> listed =
        transport::runRemoteCommand(session, adminCommand({ QStringLiteral("-l") }, useSudo));
    if (!listed)
        return listed.error();
    if (listed->exitStatus != 0)
        return Error { Error::Code::Remote,
            QCoreApplication::translate("mig::kopano", "kopano-admin -l failed (exit status %1): %2")
                .arg(listed->exitStatus)
                .arg(firstLine(listed->err.isEmpty() ? listed->out : listed->err)),
            {} };
    Discovery found;
    for (const QString &login : parseUserList(listed->out)) {
        Expected<transport::CommandResult> details =
            transport::runRemoteCommand(session, adminCommand({ QStringLiteral("--details"), login }, useSudo));
        if (!details)
            return details.error(); // the connection is gone: nothing more can be asked
        Expected<KopanoUser> user = details->exitStatus == 0
            ? parseUserDetails(login, details->out)
            : Expected<KopanoUser>(Error { Error::Code::Remote,
                  QCoreApplication::translate("mig::kopano", "kopano-admin --details %1 failed (exit status %2): %3")
                      .arg(login)
                      .arg(details->exitStatus)
                      .arg(firstLine(details->err)),
                  {} });
        if (!user) {
            found.problems.append(user.error().fullText());
            if (log)
                log(user.error().fullText());
            continue;
        }
        found.users.append(*user);
    }
    return found;
}

} // namespace mig::kopano
