#include "sources/ResumeMarks.h"

#include <QJsonArray>

#include <algorithm>

namespace mig::sources {

QJsonObject SourceMarks::toJson() const
{
    QJsonObject folderObjects;
    for (auto it = folders.constBegin(); it != folders.constEnd(); ++it) {
        QJsonArray retry;
        for (const quint32 position : it->retry)
            retry.append(qint64(position));
        folderObjects.insert(it.key(), QJsonObject{
            {QStringLiteral("validity"), qint64(it->validity)},
            {QStringLiteral("last"), qint64(it->last)},
            {QStringLiteral("retry"), retry},
        });
    }
    return QJsonObject{{QStringLiteral("root"), rootFolder}, {QStringLiteral("folders"), folderObjects}};
}

std::optional<SourceMarks> SourceMarks::fromJson(const QJsonObject &json)
{
    const QJsonValue folderValue = json.value(QStringLiteral("folders"));
    if (!folderValue.isObject())
        return std::nullopt;
    // Numbers are 32-bit and never 0 for a validity: anything else is not ours.
    const auto number = [](const QJsonValue &value) -> std::optional<quint32> {
        const qint64 n = value.toInteger(-1);
        if (n < 0 || n > 0xFFFFFFFFLL)
            return std::nullopt;
        return quint32(n);
    };
    SourceMarks marks;
    marks.rootFolder = json.value(QStringLiteral("root")).toString();
    const QJsonObject folderObjects = folderValue.toObject();
    for (auto it = folderObjects.constBegin(); it != folderObjects.constEnd(); ++it) {
        const QJsonObject f = it.value().toObject();
        const auto validity = number(f.value(QStringLiteral("validity")));
        const auto last = number(f.value(QStringLiteral("last")));
        if (!validity || *validity == 0 || !last)
            return std::nullopt;
        FolderMark mark;
        mark.validity = *validity;
        mark.last = *last;
        for (const QJsonValue &value : f.value(QStringLiteral("retry")).toArray()) {
            const auto position = number(value);
            if (!position)
                return std::nullopt;
            mark.retry.append(*position);
        }
        std::sort(mark.retry.begin(), mark.retry.end());
        marks.folders.insert(it.key(), mark);
    }
    return marks;
}

} // namespace mig::sources
