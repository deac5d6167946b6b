#include "kopano/KopanoSpec.h"

#include <QCoreApplication>

namespace mig::kopano {
namespace {
const QString kScheme = QStringLiteral("kopano://");
}

sources::SourceSpec specFor(const MigrationEntry &entry, const ServerSettings &server)
{
    sources::SourceSpec spec;
    spec.kind = sourceKind();
    spec.location = kScheme + server.host + QLatin1Char('/') + entry.store;
    QVariantMap &o = spec.options;
    o.insert(entry.byGuid ? QStringLiteral("guid") : QStringLiteral("login"), entry.store);
    // The list's address (or @domain): the wizard's mapping proposes it as the target.
    o.insert(QStringLiteral("mail"), entry.target);
    if (entry.isPublic())
        o.insert(QStringLiteral("public"), true);
    if (!entry.active)
        o.insert(QStringLiteral("active"), false);
    if (entry.sizeMiB >= 0)
        o.insert(QStringLiteral("size_mib"), entry.sizeMiB);
    const KdbSettings &k = server.kdb;
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QString::fromLatin1(key), value);
    };
    put("sql_host", k.sqlHost);
    put("sql_user", k.sqlUser);
    put("sql_db", k.sqlDatabase);
    put("user_map", k.userMap);
    if (k.sqlPort > 0)
        o.insert(QStringLiteral("sql_port"), k.sqlPort);
    o.insert(QStringLiteral("attach_dir"), k.attachDir);
    o.insert(QStringLiteral("mount_attachments"), server.mountAttachments);
    if (server.direct)
        o.insert(QStringLiteral("direct"), true);
    // The scripts splice private stores; kdb2mt documents -s for private stores only.
    o.insert(QStringLiteral("splice"), k.splice && !entry.isPublic());
    return spec;
}

sources::SourceSpec archiveSpecFor(const MigrationEntry &user, const ServerSettings &server, const QString &folder)
{
    MigrationEntry archive;
    archive.target = user.target;
    archive.store = user.archiveGuid;
    archive.byGuid = true;
    archive.active = user.active;
    sources::SourceSpec spec = specFor(archive, server);
    // kdb2mt documents -s for a user's own store; an archive keeps its tree under the folder.
    spec.options.insert(QStringLiteral("splice"), false);
    spec.options.insert(QStringLiteral("archive"), true);
    spec.options.insert(QStringLiteral("target_folder"), folder);
    return spec;
}

bool isKopanoSpec(const sources::SourceSpec &spec)
{
    return spec.kind == sourceKind();
}

QString listedTarget(const sources::SourceSpec &spec)
{
    return isKopanoSpec(spec) ? spec.options.value(QStringLiteral("mail")).toString() : QString();
}

QString storeTitle(const sources::SourceSpec &spec)
{
    const QString login = spec.options.value(QStringLiteral("login")).toString();
    if (spec.options.value(QStringLiteral("public")).toBool())
        return QCoreApplication::translate("mig::kopano", "Public store %1").arg(listedTarget(spec));
    if (spec.options.value(QStringLiteral("archive")).toBool())
        return QCoreApplication::translate("mig::kopano", "Archive store %1").arg(spec.options.value(QStringLiteral("guid")).toString());
    return login.isEmpty() ? spec.options.value(QStringLiteral("guid")).toString() : login;
}

Expected<StoreJob> storeJobFrom(const sources::SourceSpec &spec)
{
    auto invalid = [&spec](const QString &what) {
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::kopano", "Kopano source %1: %2").arg(spec.location, what), {} };
    };
    if (!spec.location.startsWith(kScheme))
        return invalid(QCoreApplication::translate("mig::kopano", "the location must start with kopano://."));
    StoreJob job;
    const QString rest = spec.location.mid(kScheme.size());
    job.server.host = rest.section(QLatin1Char('/'), 0, 0);
    const QVariantMap &o = spec.options;
    job.store.login = o.value(QStringLiteral("login")).toString();
    job.store.guid = o.value(QStringLiteral("guid")).toString();
    if (job.store.login.isEmpty() && job.store.guid.isEmpty())
        return invalid(QCoreApplication::translate("mig::kopano", "neither a login nor a store GUID is given."));
    if (!job.store.guid.isEmpty() && !isStoreGuid(job.store.guid))
        return invalid(QCoreApplication::translate("mig::kopano", "\"%1\" is not a store GUID.").arg(job.store.guid));
    job.isPublic = o.value(QStringLiteral("public")).toBool();
    job.sizeMiB = o.contains(QStringLiteral("size_mib")) ? o.value(QStringLiteral("size_mib")).toDouble() : -1;
    KdbSettings &k = job.server.kdb;
    k.sqlHost = o.value(QStringLiteral("sql_host")).toString();
    k.sqlPort = o.value(QStringLiteral("sql_port")).toInt();
    k.sqlUser = o.value(QStringLiteral("sql_user")).toString();
    k.sqlDatabase = o.value(QStringLiteral("sql_db")).toString();
    k.userMap = o.value(QStringLiteral("user_map")).toString();
    k.attachDir = o.value(QStringLiteral("attach_dir")).toString();
    k.splice = o.value(QStringLiteral("splice"), true).toBool();
    job.server.mountAttachments = o.value(QStringLiteral("mount_attachments")).toBool();
    job.targetFolder = o.value(QStringLiteral("target_folder")).toString();
    job.server.direct = o.value(QStringLiteral("direct")).toBool();
    if (!job.targetFolder.isEmpty() && k.splice)
        return invalid(QCoreApplication::translate("mig::kopano", "a store placed under a folder cannot be spliced."));
    if (job.server.mountAttachments && (job.server.host.isEmpty() || k.attachDir.isEmpty()))
        return invalid(QCoreApplication::translate("mig::kopano",
            "mounting the attachments needs the Kopano host and its attachment directory."));
    return job;
}

} // namespace mig::kopano
