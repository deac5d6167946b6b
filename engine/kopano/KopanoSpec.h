#pragma once

#include "core/Expected.h"
#include "kopano/KdbCommand.h"
#include "kopano/MigrationList.h"
#include "sources/SourceSpec.h"

namespace mig::kopano {

/// The source kind of a Kopano store in a plan job.
inline QString sourceKind() { return QStringLiteral("kopano"); }

/// How the stores of one Kopano server are reached; the same for all its jobs. No secret.
struct ServerSettings {
    QString host;            ///< the Kopano host as [user@]host: the location, and where sshfs connects
    KdbSettings kdb;         ///< attachDir: on the Kopano host when mountAttachments, else on the grommunio server
    bool mountAttachments = false; ///< mount host:attachDir with sshfs on the grommunio server for each job
    /// kdb2mt piped into gromox-import on the server (DirectPipe.h): no relay through this machine,
    /// so no per-message progress; counts from the importer's -v output.
    bool direct = false;
};

/// One Kopano store to migrate, as a plan job holds it (SourceSpec kind "kopano").
struct StoreJob {
    ServerSettings server;
    KdbStore store;
    bool isPublic = false;
    double sizeMiB = -1; ///< from the discovery; -1 unknown (progress estimate only)
    /// An archive store: not spliced, its top folder becomes this folder of the user's mailbox
    /// (as a PST's with --target-folder). Empty for every other store.
    QString targetFolder;
};

/// The plan source for entry of a list from server: location "kopano://<host>/<store>", options
/// login or guid, mail (the list's target), public, size_mib and the settings (sql_host, sql_port, sql_user, sql_db, user_map,
/// attach_dir, mount_attachments, splice, direct).
sources::SourceSpec specFor(const MigrationEntry &entry, const ServerSettings &server);
/// The plan source for the archive store of user (user.archiveGuid, by GUID): the same target
/// mailbox, not spliced, its top folder named folder (option target_folder; archive true).
sources::SourceSpec archiveSpecFor(const MigrationEntry &user, const ServerSettings &server, const QString &folder);
bool isKopanoSpec(const sources::SourceSpec &spec);
/// The address the list gave the store (option mail: user@domain, or @domain for a public
/// store); empty for other specs and for plans written before the option existed.
QString listedTarget(const sources::SourceSpec &spec);
/// What names the store for people: the login (else the GUID), or "Public store @domain".
QString storeTitle(const sources::SourceSpec &spec);
/// Reads specFor()'s spec back; errors (InvalidArgument) name what is missing or wrong.
Expected<StoreJob> storeJobFrom(const sources::SourceSpec &spec);

} // namespace mig::kopano
