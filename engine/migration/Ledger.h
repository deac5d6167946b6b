#pragma once

#include "core/Expected.h"
#include "migration/MailboxState.h"
#include "migration/ResumePoint.h"
#include "sources/ResumeMarks.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <optional>

namespace mig::migration {

/// The run directory's memory of what happened: an append-only JSON-lines file (ledger.jsonl),
/// one record per line, so a crash never loses earlier records and a half-written last line is
/// simply ignored on the next start.
///
/// Record kinds: "mailbox" (target, state, reason) and "resume" (target and a ResumePoint, or
/// "known": false when a stopped mailbox has no known message boundary). A resume record is
/// written just before the "stopped" mailbox record it belongs to; any later mailbox record
/// other than "stopped" makes it void. A "marks" record (target, source location, SourceMarks)
/// says how far a source that numbers its messages (IMAP) is on the server; the last one per
/// target and source is in force, whatever happens to the mailbox afterwards. The reader ignores kinds it does not know, so older
/// programs read newer ledgers (without resuming) and ledgers without resume records still load.
///
/// Dry runs and real runs may share a run directory, but never each other's history: a mailbox
/// a dry run converted is not on the server. Records of dry runs carry "dry_run": true, and a
/// ledger opened for one kind of run reads only that kind's records.
///
/// Thread-safe: jobs on several threads record into one ledger.
class Ledger {
public:
    /// Opens (creating if needed) runDir/ledger.jsonl and reads what earlier runs of the same
    /// kind (dry or real) recorded; what this ledger records is marked with that kind.
    static Expected<std::unique_ptr<Ledger>> open(const QString &runDir, bool dryRun = false);

    Expected<void> recordMailbox(const QString &target, MailboxState state, const QString &reason = {});
    /// Records where target may continue (std::nullopt: nowhere, the boundary is unknown).
    Expected<void> recordResumePoint(const QString &target, const std::optional<ResumePoint> &point);

    /// Records how far source (its location) of target is on the server.
    Expected<void> recordMarks(const QString &target, const QString &source, const sources::SourceMarks &marks);

    /// The last recorded state of target (Queued if none).
    MailboxState state(const QString &target) const;
    QString reason(const QString &target) const;
    /// The point recorded for target's last stop, if it is still in force (the mailbox's last
    /// state is Stopped). The caller checks ResumePoint::fits() against its plan.
    std::optional<ResumePoint> resumePoint(const QString &target) const;
    /// Targets whose last state is Done / Failed, in first-seen order.
    QStringList targetsIn(MailboxState state) const;
    /// The marks in force for target, by source location (empty when there are none).
    QHash<QString, sources::SourceMarks> marks(const QString &target) const;

    QString path() const { return m_path; }

private:
    Ledger(QString path, bool dryRun);
    void apply(const QString &target, MailboxState state, const QString &reason);
    void applyResume(const QString &target, const std::optional<ResumePoint> &point);
    /// Appends one record line; called with m_mutex held.
    Expected<void> append(const QJsonObject &fields);

    QString m_path;
    bool m_dryRun = false;
    mutable QMutex m_mutex;
    QStringList m_order;
    QHash<QString, std::pair<MailboxState, QString>> m_last;
    QHash<QString, ResumePoint> m_resume;
    QHash<QString, QHash<QString, sources::SourceMarks>> m_marks; ///< target -> source -> marks
};

} // namespace mig::migration
