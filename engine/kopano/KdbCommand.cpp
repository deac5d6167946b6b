#include "kopano/KdbCommand.h"

#include "transport/ShellQuote.h"

#include <QCoreApplication>
#include <QStringList>

namespace mig::kopano {
namespace {

/// A script for the login shell, run through `sudo -n sh -c` when asked.
QString asScript(const QString &script, bool useSudo)
{
    if (!useSudo)
        return script;
    return transport::shellCommand({ QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("sh"),
                                     QStringLiteral("-c"), script });
}

} // namespace

QStringList kdbWords(const KdbSettings &settings, const KdbStore &store)
{
    QStringList words { QStringLiteral("gromox-kdb2mt") };
    if (settings.splice)
        words << QStringLiteral("-s");
    if (!settings.userMap.isEmpty())
        words << QStringLiteral("--user-map") << settings.userMap;
    if (!settings.sqlHost.isEmpty())
        words << QStringLiteral("--sql-host") << settings.sqlHost;
    if (settings.sqlPort > 0)
        words << QStringLiteral("--sql-port") << QString::number(settings.sqlPort);
    if (!settings.sqlUser.isEmpty())
        words << QStringLiteral("--sql-user") << settings.sqlUser;
    if (!settings.sqlDatabase.isEmpty())
        words << QStringLiteral("--sql-db") << settings.sqlDatabase;
    if (!store.guid.isEmpty())
        words << QStringLiteral("--mbox-guid") << store.guid;
    else
        words << QStringLiteral("--mbox-mro") << store.login;
    // An empty --src-attach is kdb2mt's way to skip file attachments; it is still passed.
    words << QStringLiteral("--src-attach") << settings.attachDir;
    return words;
}

QString kdbCommand(const KdbSettings &settings, const KdbStore &store)
{
    // `read` is a shell builtin, so the password never appears in any process's arguments; only
    // kdb2mt's own environment holds it (readable by its owner and root alone).
    const QString script = QStringLiteral("IFS= read -r SQLPASS && export SQLPASS && exec ")
        + transport::shellCommand(kdbWords(settings, store));
    return asScript(script, settings.useSudo);
}

Expected<QByteArray> kdbInput(const QByteArray &sqlPassword)
{
    if (sqlPassword.contains('\n') || sqlPassword.contains('\r'))
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::kopano", "The SQL password must not contain a line break."), {} };
    return QByteArray(sqlPassword + '\n');
}

QString mountCommand(const QString &remote, bool useSudo)
{
    const QString script = QStringLiteral("dir=$(mktemp -d /tmp/grommunio-migrate-kopano.XXXXXX) && ")
        + transport::shellCommand({ QStringLiteral("sshfs"), QStringLiteral("-o"), QStringLiteral("ro,idmap=user"), remote })
        + QStringLiteral(" \"$dir\" && printf '%s\\n' \"$dir\" || { st=$?; [ -n \"$dir\" ] && rmdir \"$dir\"; exit $st; }");
    return asScript(script, useSudo);
}

QString unmountCommand(const QString &dir, bool useSudo)
{
    const QString quoted = transport::shellQuote(dir);
    const QString script = QStringLiteral("{ fusermount3 -u %1 2>/dev/null || fusermount -u %1; } && rmdir %1").arg(quoted);
    return asScript(script, useSudo);
}

} // namespace mig::kopano
