#include "migration/Ledger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace mig::migration {
namespace {
constexpr char kLedgerFile[] = "ledger.jsonl";
constexpr int kRecordVersion = 1;
} // namespace

Ledger::Ledger(QString path)
    : m_path(std::move(path))
{
}

Expected<std::unique_ptr<Ledger>> Ledger::open(const QString &runDir)
{
    if (!QDir().mkpath(runDir))
        return Error{Error::Code::AccessDenied,
                     QCoreApplication::translate("mig::migration", "Cannot create the run directory %1").arg(runDir),
                     {}};
    std::unique_ptr<Ledger> ledger(new Ledger(QDir(runDir).filePath(QLatin1String(kLedgerFile))));
    QFile file(ledger->m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::AccessDenied,
                         QCoreApplication::translate("mig::migration", "Cannot read the ledger %1").arg(ledger->m_path),
                         file.errorString()};
        while (!file.atEnd()) {
            const QJsonObject record = QJsonDocument::fromJson(file.readLine()).object();
            if (record.value(QStringLiteral("kind")).toString() != QLatin1String("mailbox"))
                continue; // unknown kinds and torn lines are skipped, see class comment
            ledger->apply(record.value(QStringLiteral("target")).toString(),
                          stateFromName(record.value(QStringLiteral("state")).toString()),
                          record.value(QStringLiteral("reason")).toString());
        }
    }
    return ledger;
}

void Ledger::apply(const QString &target, MailboxState state, const QString &reason)
{
    if (target.isEmpty())
        return;
    if (!m_last.contains(target))
        m_order.append(target);
    m_last.insert(target, {state, reason});
}

Expected<void> Ledger::recordMailbox(const QString &target, MailboxState state, const QString &reason)
{
    const QJsonObject record{
        {QStringLiteral("v"), kRecordVersion},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("kind"), QStringLiteral("mailbox")},
        {QStringLiteral("target"), target},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("reason"), reason},
    };
    QMutexLocker lock(&m_mutex);
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error{Error::Code::AccessDenied,
                     QCoreApplication::translate("mig::migration", "Cannot write the ledger %1").arg(m_path),
                     file.errorString()};
    // One write() of one complete line: an interrupted run leaves at most one torn line.
    file.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
    if (!file.flush())
        return Error{Error::Code::AccessDenied,
                     QCoreApplication::translate("mig::migration", "Cannot write the ledger %1").arg(m_path),
                     file.errorString()};
    apply(target, state, reason);
    return {};
}

MailboxState Ledger::state(const QString &target) const
{
    QMutexLocker lock(&m_mutex);
    return m_last.value(target, {MailboxState::Queued, {}}).first;
}

QString Ledger::reason(const QString &target) const
{
    QMutexLocker lock(&m_mutex);
    return m_last.value(target).second;
}

QStringList Ledger::targetsIn(MailboxState state) const
{
    QMutexLocker lock(&m_mutex);
    QStringList result;
    for (const QString &target : m_order) {
        if (m_last.value(target).first == state)
            result.append(target);
    }
    return result;
}

} // namespace mig::migration
