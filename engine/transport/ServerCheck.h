#pragma once

#include "core/Expected.h"
#include "transport/ImporterDiscovery.h"
#include "transport/SshSession.h"

#include <QString>

#include <optional>

namespace mig::transport {

/// What check-server (and the wizard's server page) learns about a server.
struct ServerReport {
    HostKeyInfo hostKey;
    std::optional<ImporterInfo> importer;
    QString importerProblem; ///< why no importer could be used (when importer is empty)
    QString storagePath; ///< the directory whose file system was measured
    qint64 freeBytes = -1; ///< -1: unknown
    enum class UserState { NotAsked, Exists, Missing, Unknown };
    UserState user = UserState::NotAsked;
    QString userDetail; ///< how the user was looked up, or why that was impossible
};

/// Examines a connected server: importer and stream revision, free space where Gromox keeps
/// mailboxes (/var/lib/gromox, else its nearest existing parent) and, when targetUser is given,
/// whether that mailbox exists (asked with `grommunio-admin user query`; Unknown without it).
/// Only connection failures are errors; everything else lands in the report.
/// Whether the mailbox user exists, asked with `grommunio-admin user query` (through `sudo -n` when
/// sudo): the user must be listed, an exit status alone proves nothing. *detail says how it was
/// looked up, or why that was impossible (then Unknown). Only connection failures are errors.
Expected<ServerReport::UserState> lookUpMailbox(SshSession &session, bool sudo, const QString &user, QString *detail);

Expected<ServerReport> checkServer(SshSession &session, const DiscoveryOptions &options, const QString &targetUser);

} // namespace mig::transport
