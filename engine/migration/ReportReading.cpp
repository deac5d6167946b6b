// Reading report.json back: a later run in the same run directory (--resume, --retry-failed)
// merges into the report an earlier run wrote (RunReport::mergeRetry()).
#include "migration/Report.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace mig::migration {
namespace {

quint64 number(const QJsonObject &json, const char *key)
{
    return quint64(std::max<qint64>(0, json.value(QLatin1String(key)).toInteger()));
}

QList<ItemProblem> problemsFromJson(const QJsonArray &array)
{
    QList<ItemProblem> problems;
    for (const QJsonValue &value : array) {
        const QJsonObject p = value.toObject();
        problems.append(ItemProblem { p.value(QStringLiteral("item")).toString(), p.value(QStringLiteral("reason")).toString() });
    }
    return problems;
}

FolderReport folderFromJson(const QJsonObject &json)
{
    FolderReport folder;
    folder.path = json.value(QStringLiteral("path")).toString();
    folder.itemsSent = number(json, "items_sent");
    folder.itemsSkipped = number(json, "items_skipped");
    folder.itemsFailed = number(json, "items_failed");
    folder.bytes = number(json, "bytes");
    folder.problems = problemsFromJson(json.value(QStringLiteral("problems")).toArray());
    return folder;
}

MailboxReport mailboxFromJson(const QJsonObject &json)
{
    MailboxReport m;
    m.target = json.value(QStringLiteral("target")).toString();
    for (const QJsonValue &source : json.value(QStringLiteral("sources")).toArray())
        m.sources.append(source.toString());
    m.state = stateFromName(json.value(QStringLiteral("state")).toString());
    m.reason = json.value(QStringLiteral("reason")).toString();
    m.itemsTotal = number(json, "items_total");
    m.itemsSent = number(json, "items_sent");
    m.itemsFailed = number(json, "items_failed");
    m.itemsSkipped = number(json, "items_skipped");
    m.itemsResumed = number(json, "items_resumed");
    m.bytes = number(json, "bytes");
    m.started = QDateTime::fromString(json.value(QStringLiteral("started")).toString(), Qt::ISODate);
    m.finished = QDateTime::fromString(json.value(QStringLiteral("finished")).toString(), Qt::ISODate);
    for (const QJsonValue &folder : json.value(QStringLiteral("folders")).toArray())
        m.folders.append(folderFromJson(folder.toObject()));
    return m;
}

} // namespace

RunReport RunReport::fromJson(const QJsonObject &json)
{
    RunReport report;
    report.started = QDateTime::fromString(json.value(QStringLiteral("started")).toString(), Qt::ISODate);
    report.finished = QDateTime::fromString(json.value(QStringLiteral("finished")).toString(), Qt::ISODate);
    report.dryRun = json.value(QStringLiteral("dry_run")).toBool();
    for (const QJsonValue &mailbox : json.value(QStringLiteral("mailboxes")).toArray())
        report.mailboxes.append(mailboxFromJson(mailbox.toObject()));
    return report;
}

std::optional<RunReport> RunReport::load(const QString &runDir)
{
    QFile file(QDir(runDir).filePath(QStringLiteral("report.json")));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return fromJson(doc.object());
}

} // namespace mig::migration
