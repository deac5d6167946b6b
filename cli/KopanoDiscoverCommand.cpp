#include "cli/KopanoDiscoverCommand.h"

#include "cli/ImportSshOptions.h"
#include "kopano/Discovery.h"
#include "kopano/MigrationList.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace mig::cli {
namespace {

QJsonObject userJson(const kopano::KopanoUser &u)
{
    return QJsonObject {
        { QStringLiteral("login"), u.login },
        { QStringLiteral("email"), u.email },
        { QStringLiteral("store_guid"), u.storeGuid },
        { QStringLiteral("size_mib"), u.storeMiB },
        { QStringLiteral("active"), u.active },
        { QStringLiteral("archive_guid"), u.archiveGuid },
        { QStringLiteral("archive_size_mib"), u.archiveMiB },
    };
}

Expected<void> writeList(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return Error { Error::Code::AccessDenied,
            QCoreApplication::translate("mig::cli", "Cannot write %1: %2").arg(path, file.errorString()), {} };
    return {};
}

/// The --public values as migration entries, or nothing after reporting the one that is not @domain=GUID.
std::optional<QList<kopano::MigrationEntry>> parsePublicStores(const QStringList &values, CommandContext &ctx)
{
    QList<kopano::MigrationEntry> publicStores;
    for (const QString &value : values) {
        const QString domain = value.section(QLatin1Char('='), 0, 0).trimmed();
        const QString guid = value.section(QLatin1Char('='), 1).trimmed();
        if (!domain.startsWith(QLatin1Char('@')) || domain.size() < 2 || !kopano::isStoreGuid(guid)) {
            ctx.err << QCoreApplication::translate("mig::cli",
                "--public \"%1\" is not @domain=GUID (a GUID has 32 hexadecimal digits).").arg(value)
                    << Qt::endl;
            return std::nullopt;
        }
        kopano::MigrationEntry entry;
        entry.target = domain;
        entry.store = guid;
        entry.byGuid = true;
        publicStores.append(entry);
    }
    return publicStores;
}

/// Writes the migration list (-o) and the archive list (--archive-list) when asked for.
Expected<void> writeLists(const std::optional<QString> &listPath, const std::optional<QString> &archivePath, const kopano::Discovery &found,
    const QList<kopano::MigrationEntry> &publicStores)
{
    if (listPath) {
        if (auto written = writeList(*listPath, kopano::writeMigrationList(found.users, publicStores)); !written)
            return written;
    }
    if (archivePath)
        return writeList(*archivePath, kopano::writeMigrationList(found.users, {}, true));
    return {};
}

void printUsersJson(const kopano::Discovery &found, const QList<kopano::MigrationEntry> &publicStores,
    CommandContext &ctx)
{
    QJsonArray users;
    for (const kopano::KopanoUser &u : found.users)
        users.append(userJson(u));
    QJsonArray stores;
    for (const kopano::MigrationEntry &p : publicStores)
        stores.append(QJsonObject { { QStringLiteral("target"), p.target }, { QStringLiteral("guid"), p.store } });
    ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject {
                                                   { QStringLiteral("users"), users },
                                                   { QStringLiteral("public_stores"), stores },
                                                   { QStringLiteral("problems"), QJsonArray::fromStringList(found.problems) },
                                               })
                                     .toJson(QJsonDocument::Indented));
}

void printUsersTable(const kopano::Discovery &found, const std::optional<QString> &listPath, CommandContext &ctx)
{
    ctx.out << QCoreApplication::translate("mig::cli", "%1 users on the Kopano server:").arg(found.users.size())
            << Qt::endl;
    for (const kopano::KopanoUser &u : found.users)
        ctx.out << QStringLiteral("  %1  %2  %3 MiB  %4%5")
                       .arg(u.login, -16)
                       .arg(u.email, -32)
                       .arg(u.storeMiB, 10, 'f', 1)
                       .arg(u.active ? QCoreApplication::translate("mig::cli", "active")
                                     : QCoreApplication::translate("mig::cli", "not active"))
                       .arg(u.archiveGuid.isEmpty() ? QString()
                                                    : QCoreApplication::translate("mig::cli", ", archive %1")
                                                          .arg(u.archiveGuid))
                << Qt::endl;
    if (listPath)
        ctx.out << QCoreApplication::translate("mig::cli", "Wrote %1.").arg(*listPath) << Qt::endl;
}

} // namespace

int kopanoDiscoverCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate("mig::cli", "Write the migration list (<mail>,<login>,0 per user) to this file."),
        QCoreApplication::translate("mig::cli", "file"));
    const QCommandLineOption archiveList(QStringLiteral("archive-list"),
        QCoreApplication::translate("mig::cli", "Also write the users' Kopano Archiver stores (<mail>,<GUID>,1) to this file."),
        QCoreApplication::translate("mig::cli", "file"));
    const QCommandLineOption publicStore(QStringLiteral("public"),
        QCoreApplication::translate("mig::cli",
            "Add a public store to the list as @domain=GUID (kopano-admin cannot show its GUID; "
            "kopano-storeadm -M can). Repeatable."),
        QCoreApplication::translate("mig::cli", "@domain=GUID"));
    const QCommandLineOption json(QStringLiteral("json"),
        QCoreApplication::translate("mig::cli", "Print the users as JSON instead of a table."));
    parser.addOptions({ output, archiveList, publicStore, json });
    ImportSshOptions ssh;
    ssh.addTo(parser);
    if (const int rc = parseCommandLine(parser, ctx,
            QCoreApplication::translate("mig::cli",
                "Lists the users of a Kopano server over SSH (kopano-admin) and writes the migration list "
                "for `plan --kopano-list`. --ssh names the Kopano host."));
        rc >= 0)
        return rc;
    const std::optional<QList<kopano::MigrationEntry>> publicStores
        = parsePublicStores(parser.values(publicStore), ctx);
    if (!publicStores)
        return ExitUsage;

    int exitCode = ExitFailure;
    std::unique_ptr<transport::SshSession> session = ssh.connect(parser, ctx, &exitCode);
    if (!session)
        return exitCode;
    Expected<kopano::Discovery> found = kopano::discoverUsers(*session, parser.isSet(QStringLiteral("sudo")));
    if (!found) {
        ctx.err << found.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    for (const QString &problem : found->problems)
        ctx.err << problem << Qt::endl;

    const auto optionalValue = [&parser](const QCommandLineOption &option) -> std::optional<QString> {
        return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
    };
    const std::optional<QString> listPath = optionalValue(output);
    const std::optional<QString> archivePath = optionalValue(archiveList);
    if (auto written = writeLists(listPath, archivePath, *found, *publicStores); !written) {
        ctx.err << written.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(json))
        printUsersJson(*found, *publicStores, ctx);
    else
        printUsersTable(*found, listPath, ctx);
    return found->problems.isEmpty() ? int(ExitOk) : int(ExitPartial);
}

} // namespace mig::cli
