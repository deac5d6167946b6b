#include "cli/KopanoPlanOptions.h"

#include "kopano/KopanoSpec.h"

#include <QCoreApplication>
#include <QFile>

namespace mig::cli {

KopanoPlanOptions::KopanoPlanOptions()
    : m_list(QStringLiteral("kopano-list"),
          QCoreApplication::translate("mig::cli",
              "Kopano stores to migrate: a list as kopano-discover and grommunio's create_k2g_migration_lists.sh "
              "write it (<mail>,<login or store GUID>,<0|1>; @domain,<GUID> for a public store)."),
          QCoreApplication::translate("mig::cli", "file"))
    , m_host(QStringLiteral("kopano-host"),
          QCoreApplication::translate("mig::cli", "The Kopano host as [user@]host (for --mount-attachments and the reports)."),
          QCoreApplication::translate("mig::cli", "host"))
    , m_sqlHost(QStringLiteral("sql-host"),
          QCoreApplication::translate("mig::cli", "Kopano's MySQL host as the grommunio server reaches it (kdb2mt --sql-host)."),
          QCoreApplication::translate("mig::cli", "host"))
    , m_sqlPort(QStringLiteral("sql-port"), QCoreApplication::translate("mig::cli", "Kopano's MySQL port."),
          QCoreApplication::translate("mig::cli", "port"))
    , m_sqlUser(QStringLiteral("sql-user"), QCoreApplication::translate("mig::cli", "Kopano's MySQL user."),
          QCoreApplication::translate("mig::cli", "user"))
    , m_sqlDb(QStringLiteral("sql-db"),
          QCoreApplication::translate("mig::cli", "Kopano's database (kopano, or zarafa on old servers)."),
          QCoreApplication::translate("mig::cli", "name"))
    , m_userMap(QStringLiteral("user-map"),
          QCoreApplication::translate("mig::cli", "kdb-uidextract's user map on the grommunio server (kdb2mt --user-map)."),
          QCoreApplication::translate("mig::cli", "file"))
    , m_attachDir(QStringLiteral("attach-dir"),
          QCoreApplication::translate("mig::cli",
              "Kopano's attachment directory: a path on the grommunio server, or with --mount-attachments the path "
              "on the Kopano host (default /var/lib/kopano/attachments)."),
          QCoreApplication::translate("mig::cli", "dir"))
    , m_mount(QStringLiteral("mount-attachments"),
          QCoreApplication::translate("mig::cli",
              "Mount the attachment directory from the Kopano host with sshfs on the grommunio server for each "
              "mailbox, and unmount it afterwards (the server needs SSH access to the Kopano host)."))
    , m_archiveFolder(QStringLiteral("kopano-archive-folder"),
          QCoreApplication::translate("mig::cli",
              "The folder of the user's mailbox that holds the user's Kopano archive store (default \"Archive\"). "
              "Archive stores come from kopano-discover's list (its \"archive:\" comments)."),
          QCoreApplication::translate("mig::cli", "name"), QStringLiteral("Archive"))
    , m_noArchives(QStringLiteral("no-kopano-archives"),
          QCoreApplication::translate("mig::cli", "Leave the users' Kopano archive stores out."))
    , m_direct(QStringLiteral("direct"),
          QCoreApplication::translate("mig::cli",
              "Pipe gromox-kdb2mt into gromox-import on the grommunio server instead of relaying each Kopano store "
              "through this machine: less traffic, but no per-message progress, and no resume point after a stop."))
{
}

void KopanoPlanOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ m_list, m_host, m_sqlHost, m_sqlPort, m_sqlUser, m_sqlDb, m_userMap, m_attachDir, m_mount,
        m_archiveFolder, m_noArchives, m_direct });
}

Expected<QList<migration::Job>> KopanoPlanOptions::jobs(const QCommandLineParser &parser) const
{
    QFile file(parser.value(m_list));
    if (!file.open(QIODevice::ReadOnly))
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::cli", "Cannot read %1: %2").arg(file.fileName(), file.errorString()), {} };
    Expected<QList<kopano::MigrationEntry>> entries = kopano::parseMigrationList(file.readAll());
    if (!entries)
        return entries.error();

    kopano::ServerSettings server;
    server.host = parser.value(m_host);
    server.mountAttachments = parser.isSet(m_mount);
    server.direct = parser.isSet(m_direct);
    server.kdb.sqlHost = parser.value(m_sqlHost);
    server.kdb.sqlUser = parser.value(m_sqlUser);
    server.kdb.sqlDatabase = parser.value(m_sqlDb);
    server.kdb.userMap = parser.value(m_userMap);
    server.kdb.attachDir = parser.isSet(m_attachDir) || !server.mountAttachments
        ? parser.value(m_attachDir)
        : QStringLiteral("/var/lib/kopano/attachments");
    if (parser.isSet(m_sqlPort)) {
        bool ok = false;
        server.kdb.sqlPort = parser.value(m_sqlPort).toInt(&ok);
        if (!ok || server.kdb.sqlPort < 1 || server.kdb.sqlPort > 65535)
            return Error { Error::Code::InvalidArgument,
                QCoreApplication::translate("mig::cli", "--sql-port must be a number from 1 to 65535."), {} };
    }
    if (server.mountAttachments && server.host.isEmpty())
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::cli", "--mount-attachments needs --kopano-host."), {} };
    if (!server.mountAttachments && !parser.isSet(m_attachDir))
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::cli",
                "Say where the grommunio server sees Kopano's attachments with --attach-dir (an empty value skips "
                "file attachments), or use --mount-attachments."),
            {} };
    const QString archiveFolder = parser.value(m_archiveFolder).trimmed();
    const bool withArchives = !parser.isSet(m_noArchives);
    if (withArchives && archiveFolder.isEmpty())
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::cli", "--kopano-archive-folder needs a folder name."), {} };
    QList<migration::Job> jobs;
    for (const kopano::MigrationEntry &entry : std::as_const(*entries)) {
        migration::Job job;
        job.target = entry.target;
        job.sources.append(kopano::specFor(entry, server));
        // The archive goes into the same mailbox, after the user's own store (one mailbox, one job).
        if (withArchives && !entry.archiveGuid.isEmpty() && !entry.isPublic())
            job.sources.append(kopano::archiveSpecFor(entry, server, archiveFolder));
        jobs.append(job);
    }
    if (jobs.isEmpty())
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::cli", "%1 lists no store to migrate.").arg(file.fileName()), {} };
    return jobs;
}

} // namespace mig::cli
