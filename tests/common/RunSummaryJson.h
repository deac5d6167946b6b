#pragma once

// Reading the --json summary a command prints as its last line, for tests of run and import.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace mig::test {

/// The JSON object on the last line of out (commands print their --json summary last).
inline QJsonObject lastJsonLine(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
}

/// The entry of target in a summary's "mailboxes" (also under "report", as run prints it); empty
/// when there is none.
inline QJsonObject summaryMailbox(const QJsonObject &summary, const QString &target)
{
    const QJsonObject report = summary.value("report").toObject().isEmpty() ? summary : summary.value("report").toObject();
    for (const QJsonValue &m : report.value("mailboxes").toArray()) {
        if (m.toObject().value("target").toString() == target)
            return m.toObject();
    }
    return {};
}

} // namespace mig::test
