#include "transport/MailboxCreation.h"

#include "transport/RemoteCommand.h"
#include "transport/ServerCheck.h"
#include "transport/ShellQuote.h"

#include <QCoreApplication>
#include <QStringList>

namespace mig::transport {
namespace {

/// (Messages keep the translation context "mig::migration" they had in the mailbox job.)
/// grommunio-admin creates the user, its store and the LDAP-less defaults: it can take a while.
constexpr int kCreateTimeoutMs = 120000;

/// true/false for "listed or not"; an error when the list cannot be had.
Expected<bool> mailboxListed(SshSession &session, bool sudo, const QString &user)
{
    QString detail;
    Expected<ServerReport::UserState> state = lookUpMailbox(session, sudo, user, &detail);
    if (!state)
        return state.error();
    if (*state == ServerReport::UserState::Unknown)
        return Error { Error::Code::Remote, detail, {} };
    return *state == ServerReport::UserState::Exists;
}

} // namespace

QString createMailboxCommand(bool sudo, const QString &user)
{
    QStringList words;
    if (sudo)
        words << QStringLiteral("sudo") << QStringLiteral("-n");
    words << QStringLiteral("grommunio-admin") << QStringLiteral("user") << QStringLiteral("create") << user;
    return QStringLiteral("PATH=\"$PATH:/usr/sbin:/sbin\"; ") + shellCommand(words);
}

Expected<void> ensureMailboxExists(SshSession &session, bool sudo, const QString &user,
                                   const std::function<void(const QString &)> &log)
{
    Expected<bool> before = mailboxListed(session, sudo, user);
    if (!before)
        return before.error();
    if (*before) {
        log(QCoreApplication::translate("mig::migration", "Mailbox %1 exists already").arg(user));
        return {};
    }
    Expected<CommandResult> created
        = runRemoteCommand(session, createMailboxCommand(sudo, user), {}, kCreateTimeoutMs);
    if (!created)
        return created.error();
    log(QCoreApplication::translate("mig::migration", "grommunio-admin user create exited with %1: %2")
            .arg(created->exitStatus)
            .arg(QString::fromUtf8(created->out + created->err).trimmed()));
    Expected<bool> after = mailboxListed(session, sudo, user);
    if (!after)
        return after.error();
    if (!*after)
        return Error { Error::Code::Remote,
            QCoreApplication::translate(
                "mig::migration", "The mailbox %1 does not exist after grommunio-admin user create: %2")
                .arg(user, QString::fromUtf8(created->err).trimmed()),
            {} };
    log(QCoreApplication::translate("mig::migration", "Mailbox %1 created").arg(user));
    return {};
}

} // namespace mig::transport
