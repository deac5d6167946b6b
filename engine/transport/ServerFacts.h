#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

namespace mig::transport {

class SshSession;

/// What one remote shell command tells about a server before an import: where the importers are,
/// the Gromox package version, free space where Gromox keeps mailboxes and, when asked, the
/// answer of `grommunio-admin user query`. Collecting them in one command saves a round trip and a
/// login-shell start per question (issue 22: those set-up commands were the largest share of the
/// time before the first byte).
struct ServerFacts {
    QString importPath;     ///< gromox-import on the server, empty when not found
    QString mt2exmPath;     ///< gromox-mt2exm, empty when not found
    QString packageVersion; ///< the gromox package's version (rpm/dpkg), empty when unknown
    QString storagePath;    ///< the directory whose file system was measured
    qint64 freeBytes = -1;  ///< -1: unknown
    /// grommunio-admin user query: exit status (200: grommunio-admin missing; -1: not asked),
    /// its standard output (the user names) and its error text.
    int mailboxQueryStatus = -1;
    QByteArray mailboxQueryOut;
    QByteArray mailboxQueryErr;
};

/// The remote command line (POSIX shell) that collects the facts; with askMailboxes it also runs
/// grommunio-admin user query (through `sudo -n` when sudo). Each section starts with a marker
/// line "@@mig-<name>"; only the mailbox query's error output reaches standard error.
QString serverFactsCommand(bool sudo, bool askMailboxes);

/// The facts of serverFactsCommand() (without the mailbox query), then a marker line "@@mig-ready";
/// then it reads one line from its standard input, a complete quoted command line (shellCommand()),
/// and replaces itself with it: the importer starts in the same remote command that found it, and
/// the rest of the input is its stream. An empty line or EOF ends it with status 0.
QString importerLauncherCommand(bool sudo);

/// Parses the output of serverFactsCommand(): unknown or missing sections leave their defaults,
/// so a server whose shell printed extra lines (a chatty profile) is still understood.
ServerFacts parseServerFacts(const QByteArray &out, const QByteArray &err);

/// Runs serverFactsCommand() on session. Errors: only connection/channel failures.
Expected<ServerFacts> probeServerFacts(SshSession &session, bool sudo, bool askMailboxes);

} // namespace mig::transport
