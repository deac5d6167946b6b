#include "ServerFacts.h"

#include "transport/RemoteCommand.h"
#include "transport/ShellQuote.h"

#include <QHash>
#include <QStringList>

namespace mig::transport {

namespace {

/// Gromox installs to /usr/sbin (or libexec on some distributions), which a non-root login's PATH
/// often lacks. stderr is silenced except for the mailbox query, whose complaints are reported.
const char kFactsScript[]
    = "PATH=\"$PATH:/usr/sbin:/sbin:/usr/libexec/gromox\"; "
      "echo @@mig-import; command -v gromox-import 2>/dev/null; "
      "echo @@mig-mt2exm; command -v gromox-mt2exm 2>/dev/null; "
      "echo @@mig-version; { rpm -q --qf '%{VERSION}\\n' gromox || dpkg-query -W -f '${Version}\\n' gromox; } "
      "2>/dev/null; "
      "echo @@mig-space; for d in /var/lib/gromox /var/lib /; do if [ -d \"$d\" ]; then printf '%s\\n' \"$d\"; "
      "LC_ALL=C df -P -k \"$d\" 2>/dev/null; break; fi; done; ";

/// The sections of the output, by marker name; text before the first marker (a login banner or a
/// chatty shell profile) is dropped.
QHash<QString, QStringList> sections(const QByteArray &out)
{
    QHash<QString, QStringList> found;
    QString current;
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("@@mig-"))) {
            current = line.mid(6).trimmed();
            found[current];
        } else if (!current.isEmpty()) {
            found[current].append(line);
        }
    }
    return found;
}

QString firstNonEmpty(const QStringList &lines)
{
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

/// The directory line, then df's POSIX table (header, one row).
void parseFreeSpace(const QStringList &lines, ServerFacts &facts)
{
    QStringList rows;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            rows.append(line);
    }
    if (rows.size() < 3)
        return;
    facts.storagePath = rows.at(0).trimmed();
    // Columns: file system, 1024-blocks, used, available, capacity, mounted on.
    const QStringList columns = rows.at(2).simplified().split(QLatin1Char(' '));
    bool ok = false;
    const qint64 kib = columns.value(3).toLongLong(&ok);
    if (ok)
        facts.freeBytes = kib * 1024;
}

} // namespace

namespace {

QString factsScript(bool sudo, bool askMailboxes)
{
    QString command = QString::fromLatin1(kFactsScript);
    if (askMailboxes) {
        QStringList query;
        if (sudo)
            query << QStringLiteral("sudo") << QStringLiteral("-n");
        query << QStringLiteral("grommunio-admin") << QStringLiteral("user") << QStringLiteral("query")
              << QStringLiteral("username");
        command += QStringLiteral("echo @@mig-mailboxes; if command -v grommunio-admin >/dev/null 2>&1; then ")
            + shellCommand(query) + QStringLiteral("; s=$?; else s=200; fi; echo \"@@mig-mailbox-status $s\"; ");
    }
    return command;
}

} // namespace

QString serverFactsCommand(bool sudo, bool askMailboxes)
{
    return factsScript(sudo, askMailboxes) + QStringLiteral("true");
}

QString importerLauncherCommand(bool sudo)
{
    // `read` takes its line byte by byte from a pipe, so the stream after it stays for the importer.
    // The line is our own quoted command line (shellCommand()); an empty line or EOF ends quietly.
    return factsScript(sudo, false)
        + QStringLiteral("echo @@mig-ready; IFS= read -r mig_line || exit 0; [ -n \"$mig_line\" ] || exit 0; "
                         "eval \"exec $mig_line\"");
}

ServerFacts parseServerFacts(const QByteArray &out, const QByteArray &err)
{
    ServerFacts facts;
    const QHash<QString, QStringList> found = sections(out);
    facts.importPath = firstNonEmpty(found.value(QStringLiteral("import")));
    facts.mt2exmPath = firstNonEmpty(found.value(QStringLiteral("mt2exm")));
    facts.packageVersion = firstNonEmpty(found.value(QStringLiteral("version")));
    parseFreeSpace(found.value(QStringLiteral("space")), facts);
    for (auto it = found.constBegin(); it != found.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("mailbox-status "))) {
            bool ok = false;
            const int status = it.key().mid(15).toInt(&ok);
            if (ok) {
                facts.mailboxQueryStatus = status;
                facts.mailboxQueryOut = found.value(QStringLiteral("mailboxes")).join(QLatin1Char('\n')).toUtf8();
                facts.mailboxQueryErr = err;
            }
        }
    }
    return facts;
}

Expected<ServerFacts> probeServerFacts(SshSession &session, bool sudo, bool askMailboxes)
{
    Expected<CommandResult> result = runRemoteCommand(session, serverFactsCommand(sudo, askMailboxes));
    if (!result)
        return result.error();
    return parseServerFacts(result->out, result->err);
}

} // namespace mig::transport
