#pragma once

#include "core/Expected.h"
#include "migration/MailboxState.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace mig::migration {

/// The run directory's memory of what happened: an append-only JSON-lines file (ledger.jsonl),
/// one record per line, so a crash never loses earlier records and a half-written last line is
/// simply ignored on the next start.
///
/// Record kinds: "mailbox" (target, state, reason). The format leaves room for item-level records
/// ("item": target + a stable item key) so that a rerun can skip messages already imported; the
/// reader ignores kinds it does not know.
///
/// Thread-safe: jobs on several threads record into one ledger.
class Ledger {
public:
    /// Opens (creating if needed) runDir/ledger.jsonl and reads what earlier runs recorded.
    static Expected<std::unique_ptr<Ledger>> open(const QString &runDir);

    Expected<void> recordMailbox(const QString &target, MailboxState state, const QString &reason = {});

    /// The last recorded state of target (Queued if none).
    MailboxState state(const QString &target) const;
    QString reason(const QString &target) const;
    /// Targets whose last state is Done / Failed, in first-seen order.
    QStringList targetsIn(MailboxState state) const;

    QString path() const { return m_path; }

private:
    explicit Ledger(QString path);
    void apply(const QString &target, MailboxState state, const QString &reason);

    QString m_path;
    mutable QMutex m_mutex;
    QStringList m_order;
    QHash<QString, std::pair<MailboxState, QString>> m_last;
};

} // namespace mig::migration
