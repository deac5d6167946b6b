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

Ledger::Ledger(QString path, bool dryRun)
    : m_path(std::move(path))
    , m_dryRun(dryRun)
{
}

Expected<std::unique_ptr<Ledger>> Ledger::open(const QString &runDir, bool dryRun)
{
    if (!QDir().mkpath(runDir))
        return Error{Error::Code::AccessDenied,
                     QCoreApplication::translate("mig::migration", "Cannot create the run directory %1").arg(runDir),
                     {}};
    std::unique_ptr<Ledger> ledger(new Ledger(QDir(runDir).filePath(QLatin1String(kLedgerFile)), dryRun));
    QFile file(ledger->m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Code::AccessDenied,
                         QCoreApplication::translate("mig::migration", "Cannot read the ledger %1").arg(ledger->m_path),
                         file.errorString()};
        while (!file.atEnd()) {
            const QJsonObject record = QJsonDocument::fromJson(file.readLine()).object();
            if (record.value(QStringLiteral("dry_run")).toBool() != dryRun)
                continue; // the other kind of run's history
            const QString kind = record.value(QStringLiteral("kind")).toString();
            const QString target = record.value(QStringLiteral("target")).toString();
            if (kind == QLatin1String("mailbox"))
                ledger->apply(target, stateFromName(record.value(QStringLiteral("state")).toString()),
                              record.value(QStringLiteral("reason")).toString());
            else if (kind == QLatin1String("resume"))
                ledger->applyResume(target, ResumePoint::fromJson(record));
            else if (kind == QLatin1String("marks")) {
                const auto marks = sources::SourceMarks::fromJson(record.value(QStringLiteral("marks")).toObject());
                const QString source = record.value(QStringLiteral("source")).toString();
                if (marks && !target.isEmpty() && !source.isEmpty())
                    ledger->m_marks[target].insert(source, *marks);
            }
            // Unknown kinds and torn lines are skipped, see class comment.
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
    // Only a clean stop leaves a boundary; whatever else happened to the mailbox afterwards
    // (a full run, a failure) voids it.
    if (state != MailboxState::Stopped)
        m_resume.remove(target);
}

void Ledger::applyResume(const QString &target, const std::optional<ResumePoint> &point)
{
    if (target.isEmpty())
        return;
    if (point)
        m_resume.insert(target, *point);
    else
        m_resume.remove(target);
}

Expected<void> Ledger::recordMailbox(const QString &target, MailboxState state, const QString &reason)
{
    const QJsonObject record{
        {QStringLiteral("kind"), QStringLiteral("mailbox")},
        {QStringLiteral("target"), target},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("reason"), reason},
    };
    QMutexLocker lock(&m_mutex);
    if (auto written = append(record); !written)
        return written;
    apply(target, state, reason);
    return {};
}

Expected<void> Ledger::recordResumePoint(const QString &target, const std::optional<ResumePoint> &point)
{
    QJsonObject record = point ? point->toJson() : QJsonObject{{QStringLiteral("known"), false}};
    record.insert(QStringLiteral("kind"), QStringLiteral("resume"));
    record.insert(QStringLiteral("target"), target);
    QMutexLocker lock(&m_mutex);
    if (auto written = append(record); !written)
        return written;
    applyResume(target, point);
    return {};
}

Expected<void> Ledger::recordMarks(const QString &target, const QString &source, const sources::SourceMarks &marks)
{
    const QJsonObject record{
        {QStringLiteral("kind"), QStringLiteral("marks")},
        {QStringLiteral("target"), target},
        {QStringLiteral("source"), source},
        {QStringLiteral("marks"), marks.toJson()},
    };
    QMutexLocker lock(&m_mutex);
    if (auto written = append(record); !written)
        return written;
    m_marks[target].insert(source, marks);
    return {};
}

QHash<QString, sources::SourceMarks> Ledger::marks(const QString &target) const
{
    QMutexLocker lock(&m_mutex);
    return m_marks.value(target);
}

Expected<void> Ledger::append(const QJsonObject &fields)
{
    QJsonObject record = fields;
    record.insert(QStringLiteral("v"), kRecordVersion);
    if (m_dryRun)
        record.insert(QStringLiteral("dry_run"), true);
    record.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
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

std::optional<ResumePoint> Ledger::resumePoint(const QString &target) const
{
    QMutexLocker lock(&m_mutex);
    if (m_last.value(target).first != MailboxState::Stopped || !m_resume.contains(target))
        return std::nullopt;
    return m_resume.value(target);
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
