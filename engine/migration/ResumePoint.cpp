#include "migration/ResumePoint.h"

#include "kopano/KopanoSpec.h"

#include <QDateTime>
#include <algorithm>
#include <QFileInfo>
#include <QJsonArray>

namespace mig::migration {
namespace {
// The same words as the plan file uses for its placement.
constexpr char kSplice[] = "splice";
constexpr char kNewRoot[] = "new-root-folder";
} // namespace

ResumePoint ResumePoint::forJob(const Job &job, const PlanOptions &options, bool dryRun, quint64 items,
                                QStringList rootFolders)
{
    ResumePoint point;
    point.dryRun = dryRun;
    point.items = items;
    point.rootFolders = std::move(rootFolders);
    point.splice = options.placement == Placement::Splice;
    point.targetFolder = options.targetFolder;
    point.withHidden = options.withHidden;
    point.sources = sources::locationsOf(job.sources);
    for (const sources::SourceSpec &source : job.sources)
        point.sourceStamps.append(stampOf(source));
    return point;
}

QString ResumePoint::stampOf(const sources::SourceSpec &source)
{
    // A Kopano store has no file to stamp: its location (server and store) is what must not change.
    if (kopano::isKopanoSpec(source))
        return kopano::sourceKind();
    return stampOf(source.location);
}

QString ResumePoint::stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QStringLiteral("%1:%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
}

bool ResumePoint::fits(const Job &job, const PlanOptions &options, bool dryRunNow) const
{
    if (dryRun != dryRunNow || sources != sources::locationsOf(job.sources) || splice != (options.placement == Placement::Splice)
        || targetFolder != options.targetFolder || withHidden != options.withHidden)
        return false;
    // New-root mode needs one recorded root name per source, or the resumed stream would name a
    // new folder and the items before the point would be missing from it.
    // A Kopano job's folders come from gromox-kdb2mt's own folder map, not from recorded names.
    const bool relayed = std::all_of(job.sources.begin(), job.sources.end(), kopano::isKopanoSpec);
    if (!splice && !relayed && rootFolders.size() != sources.size())
        return false;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (sourceStamps.value(i) != stampOf(job.sources.at(i)) || sourceStamps.value(i).isEmpty())
            return false;
    }
    return true;
}

QJsonObject ResumePoint::toJson() const
{
    return QJsonObject{
        {QStringLiteral("known"), true},
        {QStringLiteral("items"), qint64(items)},
        {QStringLiteral("roots"), QJsonArray::fromStringList(rootFolders)},
        {QStringLiteral("placement"), QLatin1String(splice ? kSplice : kNewRoot)},
        {QStringLiteral("target_folder"), targetFolder},
        {QStringLiteral("with_hidden"), withHidden},
        {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
        {QStringLiteral("source_stamps"), QJsonArray::fromStringList(sourceStamps)},
        {QStringLiteral("dry_run"), dryRun},
    };
}

std::optional<ResumePoint> ResumePoint::fromJson(const QJsonObject &json)
{
    const QString placement = json.value(QStringLiteral("placement")).toString();
    const qint64 items = json.value(QStringLiteral("items")).toInteger(-1);
    if (!json.value(QStringLiteral("known")).toBool() || items < 0
        || (placement != QLatin1String(kSplice) && placement != QLatin1String(kNewRoot)))
        return std::nullopt;
    auto strings = [&](const char *key) {
        QStringList list;
        const QJsonArray array = json.value(QLatin1String(key)).toArray();
        for (const QJsonValue &value : array)
            list.append(value.toString());
        return list;
    };
    ResumePoint point;
    point.items = quint64(items);
    point.rootFolders = strings("roots");
    point.splice = placement == QLatin1String(kSplice);
    point.targetFolder = json.value(QStringLiteral("target_folder")).toString();
    point.withHidden = json.value(QStringLiteral("with_hidden")).toBool();
    point.sources = strings("sources");
    point.sourceStamps = strings("source_stamps");
    point.dryRun = json.value(QStringLiteral("dry_run")).toBool();
    return point;
}

} // namespace mig::migration
