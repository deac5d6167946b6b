#include "sources/SourceSpec.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace mig::sources {

SourceSpec SourceSpec::forPath(const QString &path)
{
    SourceSpec spec;
    spec.location = path;
    return spec;
}

QList<SourceSpec> SourceSpec::forPaths(const QStringList &paths)
{
    QList<SourceSpec> specs;
    for (const QString &path : paths)
        specs.append(forPath(path));
    return specs;
}

QString SourceSpec::displayName() const
{
    // An account URL (imaps://login@host:993) is named by its login and host.
    if (const qsizetype scheme = location.indexOf(QLatin1String("://")); scheme > 0)
        return location.mid(scheme + 3).section(QLatin1Char('/'), 0, 0);
    const QString name = QFileInfo(location).fileName();
    return name.isEmpty() ? location : name;
}

QJsonValue SourceSpec::toJson() const
{
    QJsonObject json { { QStringLiteral("kind"), isAuto() ? autoKind() : kind },
        { QStringLiteral("location"), location } };
    if (!options.isEmpty())
        json.insert(QStringLiteral("options"), QJsonObject::fromVariantMap(options));
    return json;
}

Expected<SourceSpec> SourceSpec::fromJson(const QJsonValue &json)
{
    if (json.isString())
        return forPath(json.toString());
    const auto invalid = [](const QString &why) {
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::sources", "Invalid source description: %1").arg(why), {} };
    };
    if (!json.isObject())
        return invalid(QCoreApplication::translate("mig::sources", "neither a path nor an object"));
    const QJsonObject object = json.toObject();
    SourceSpec spec;
    spec.kind = object.value(QStringLiteral("kind")).toString(autoKind());
    spec.location = object.value(QStringLiteral("location")).toString();
    spec.options = object.value(QStringLiteral("options")).toObject().toVariantMap();
    if (spec.kind.isEmpty())
        spec.kind = autoKind();
    if (spec.location.isEmpty())
        return invalid(QCoreApplication::translate("mig::sources", "\"location\" is missing"));
    return spec;
}

QStringList locationsOf(const QList<SourceSpec> &specs)
{
    QStringList locations;
    for (const SourceSpec &spec : specs)
        locations.append(spec.location);
    return locations;
}

} // namespace mig::sources
