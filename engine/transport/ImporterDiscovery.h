#pragma once

#include "core/Expected.h"
#include "gxmt/Writer.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mig::transport {

class SshSession;
struct ServerFacts;

/// The importer found on a server and the stream revision it reads (gxmt-format.md §1.3).
struct ImporterInfo {
    QString program;          ///< "gromox-import" or "gromox-mt2exm"
    QString path;             ///< absolute path on the server
    gxmt::Revision revision = gxmt::Revision::V5;
    QString basis;            ///< how the revision was found, for the user ("gromox-import exists", ...)
    QString packageVersion;   ///< Gromox package version when the package manager told it
    bool sudo = false;        ///< run through `sudo -n`

    /// The words of the remote command line that starts the importer (before its options).
    QStringList commandPrefix() const;
    /// True when the package version says Gromox 3.10 or later, whose importer places folders
    /// whose folder-map target is MAILBOX_FID_UNANCHORED (gxmt-format.md §1.1); false when older
    /// or unknown.
    bool readsUnanchoredFolders() const;
};

/// How to look for the importer.
struct DiscoveryOptions {
    bool sudo = false;  ///< run importer probes through `sudo -n`
    QString probeUser;  ///< an existing mailbox for the GXMT9999 probe (mandatory before Gromox 3.3)
};

/// Finds the importer: `gromox-import` means Gromox >= 3.3 (GXMT0005); else `gromox-mt2exm`, whose
/// revision comes from the package manager (rpm/dpkg) or, failing that, from the GXMT9999 probe.
/// Fails with NotFound when neither program exists, Unsupported when the server reads a revision
/// this program does not write (< GXMT0003), Network on connection errors.
/// Asks the server in one remote command (serverFactsCommand()), plus a probe stream for an old
/// gromox-mt2exm whose package version is unknown. The answer is cached for the rest of the process
/// per login, server address, host key and sudo: later sessions to the same server do not ask again.
Expected<ImporterInfo> discoverImporter(SshSession &session, const DiscoveryOptions &options);

/// The importer described by facts (probing gromox-mt2exm on session when its revision is unknown).
Expected<ImporterInfo> importerFromFacts(SshSession &session, const ServerFacts &facts, const DiscoveryOptions &options);
/// The importer cached for session's server, if any.
std::optional<ImporterInfo> knownImporter(const SshSession &session, const DiscoveryOptions &options);
/// Caches importer for session's server (discoverImporter() does it itself; check-server too).
void rememberImporter(const SshSession &session, const DiscoveryOptions &options, const ImporterInfo &importer);
/// Empties the cache (a server was changed on purpose, e.g. Gromox updated during a run).
void forgetDiscoveredImporters();

/// The revision a Gromox release reads, from its package version ("2.48.170-1", "3.1"), per the
/// table of gxmt-format.md §1.1; -1 for releases before 1.2 (no magic), nullopt when unparsable.
std::optional<int> revisionForGromoxVersion(const QString &version);

/// From the importer's answer to the GXMT9999 probe: N of `only "GXMT000N" is understood`;
/// 3 when it only says `Unrecognized input format` (releases before 3.0, so at most GXMT0003);
/// nullopt when the answer is neither.
std::optional<int> revisionFromProbeAnswer(const QString &stderrText);

} // namespace mig::transport
