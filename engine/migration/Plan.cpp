#include "migration/Plan.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include "core/OutputFile.h"


namespace mig::migration {
namespace {

constexpr char kFormatName[] = "grommunio-migrate-plan";

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

const char *placementName(Placement p)
{
    return p == Placement::Splice ? "splice" : "new-root-folder";
}

const char *creationName(MailboxCreation c)
{
    switch (c) {
    case MailboxCreation::Never:
        return "never";
    case MailboxCreation::OnePass:
        return "one-pass";
    case MailboxCreation::TwoPasses:
        return "two-passes";
    }
    return "never";
}

Error invalid(const QString &what)
{
    return Error { Error::Code::Corrupt,
        QCoreApplication::translate("mig::migration", "The migration plan is invalid: %1").arg(what), {} };
}

} // namespace

bool Plan::isTargetIncluded(const QString &target) const
{
    if (denyList.contains(target, Qt::CaseInsensitive))
        return false;
    return allowList.isEmpty() || allowList.contains(target, Qt::CaseInsensitive);
}

QJsonObject Plan::toJson() const
{
    QJsonArray jobArray;
    for (const Job &job : jobs) {
        QJsonArray sourceArray;
        for (const sources::SourceSpec &spec : job.sources)
            sourceArray.append(spec.toJson());
        jobArray.append(
            QJsonObject { { QStringLiteral("sources"), sourceArray }, { QStringLiteral("target"), job.target } });
    }
    QJsonObject optionObject { { QStringLiteral("placement"), QLatin1String(placementName(options.placement)) },
        { QStringLiteral("target_folder"), options.targetFolder },
        { QStringLiteral("continue_on_error"), options.continueOnError },
        { QStringLiteral("parallel_jobs"), options.parallelJobs },
        { QStringLiteral("create_mailboxes"), QLatin1String(creationName(options.createMailboxes)) },
        { QStringLiteral("revision"), options.revision }, { QStringLiteral("with_hidden"), options.withHidden } };
    // Written only when set, so plans that do not use it stay as they were.
    if (options.withAssociated)
        optionObject.insert(QStringLiteral("with_associated"), true);
    if (!options.addressMap.isEmpty())
        optionObject.insert(QStringLiteral("address_map"), options.addressMap);
    return QJsonObject {
        { QStringLiteral("format"), QLatin1String(kFormatName) },
        { QStringLiteral("version"), kFormatVersion },
        { QStringLiteral("server"),
            QJsonObject { { QStringLiteral("host"), server.host }, { QStringLiteral("port"), int(server.port) },
                { QStringLiteral("user"), server.user }, { QStringLiteral("identity_file"), server.identityFile },
                { QStringLiteral("known_hosts_file"), server.knownHostsFile },
                { QStringLiteral("sudo"), server.useSudo } } },
        { QStringLiteral("options"), optionObject },
        { QStringLiteral("allow"), toJsonArray(allowList) },
        { QStringLiteral("deny"), toJsonArray(denyList) },
        { QStringLiteral("jobs"), jobArray },
    };
}

Expected<Plan> Plan::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return invalid(QCoreApplication::translate(
            "mig::migration", "it is not a grommunio-migrate plan (\"format\" is missing or wrong)"));
    const int version = json.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > kFormatVersion)
        return invalid(
            QCoreApplication::translate("mig::migration", "version %1 is not supported (this program reads version %2)")
                .arg(version)
                .arg(kFormatVersion));

    Plan plan;
    const QJsonObject server = json.value(QStringLiteral("server")).toObject();
    plan.server.host = server.value(QStringLiteral("host")).toString();
    const int port = server.value(QStringLiteral("port")).toInt(22);
    if (port < 1 || port > 65535)
        return invalid(QCoreApplication::translate("mig::migration", "server port %1 is out of range").arg(port));
    plan.server.port = quint16(port);
    plan.server.user = server.value(QStringLiteral("user")).toString(QStringLiteral("root"));
    plan.server.identityFile = server.value(QStringLiteral("identity_file")).toString();
    plan.server.knownHostsFile = server.value(QStringLiteral("known_hosts_file")).toString();
    plan.server.useSudo = server.value(QStringLiteral("sudo")).toBool(false);

    const QJsonObject options = json.value(QStringLiteral("options")).toObject();
    const QString placement
        = options.value(QStringLiteral("placement")).toString(QLatin1String(placementName(Placement::NewRootFolder)));
    if (placement == QLatin1String(placementName(Placement::Splice)))
        plan.options.placement = Placement::Splice;
    else if (placement == QLatin1String(placementName(Placement::NewRootFolder)))
        plan.options.placement = Placement::NewRootFolder;
    else
        return invalid(QCoreApplication::translate("mig::migration", "unknown placement \"%1\"").arg(placement));
    plan.options.targetFolder = options.value(QStringLiteral("target_folder")).toString();
    plan.options.continueOnError = options.value(QStringLiteral("continue_on_error")).toBool(true);
    plan.options.parallelJobs = options.value(QStringLiteral("parallel_jobs")).toInt(2);
    if (plan.options.parallelJobs < 1 || plan.options.parallelJobs > 64)
        return invalid(QCoreApplication::translate("mig::migration", "parallel_jobs must be between 1 and 64"));
    const QString creation = options.value(QStringLiteral("create_mailboxes")).toString(QStringLiteral("never"));
    bool creationKnown = false;
    for (MailboxCreation c : { MailboxCreation::Never, MailboxCreation::OnePass, MailboxCreation::TwoPasses }) {
        if (creation == QLatin1String(creationName(c))) {
            plan.options.createMailboxes = c;
            creationKnown = true;
        }
    }
    if (!creationKnown)
        return invalid(
            QCoreApplication::translate("mig::migration", "unknown create_mailboxes value \"%1\"").arg(creation));
    plan.options.revision = options.value(QStringLiteral("revision")).toInt(0);
    if (plan.options.revision != 0 && (plan.options.revision < 3 || plan.options.revision > 5))
        return invalid(QCoreApplication::translate("mig::migration", "revision must be 0 (automatic), 3, 4 or 5"));
    plan.options.withHidden = options.value(QStringLiteral("with_hidden")).toBool(false);
    plan.options.addressMap = options.value(QStringLiteral("address_map")).toString();
    plan.options.withAssociated = options.value(QStringLiteral("with_associated")).toBool(false);

    plan.allowList = toStringList(json.value(QStringLiteral("allow")));
    plan.denyList = toStringList(json.value(QStringLiteral("deny")));
    const QJsonArray jobs = json.value(QStringLiteral("jobs")).toArray();
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const QJsonObject job = jobs.at(i).toObject();
        Job j { {}, job.value(QStringLiteral("target")).toString() };
        const QJsonArray specs = job.value(QStringLiteral("sources")).toArray();
        for (const QJsonValue &value : specs) {
            auto spec = sources::SourceSpec::fromJson(value);
            if (!spec)
                return invalid(QCoreApplication::translate("mig::migration", "job %1: %2").arg(i + 1).arg(spec.error().message));
            j.sources.append(*spec);
        }
        if (j.sources.isEmpty() || j.target.isEmpty())
            return invalid(
                QCoreApplication::translate("mig::migration", "job %1 needs at least one source and a target")
                    .arg(i + 1));
        plan.jobs.append(j);
    }
    return plan;
}

Expected<void> Plan::save(const QString &path) const
{
    if (Expected<void> written = OutputFile::write(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
        !written)
        return Error { Error::Code::AccessDenied,
            QCoreApplication::translate("mig::migration", "Cannot write the plan %1").arg(path), written.error().detail };
    return {};
}

Expected<Plan> Plan::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::migration", "Cannot read the plan %1").arg(path), file.errorString() };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::migration", "The plan %1 is not valid JSON (at byte %2)")
                .arg(path)
                .arg(parseError.offset),
            parseError.errorString() };
    return fromJson(doc.object());
}

} // namespace mig::migration
