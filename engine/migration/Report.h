#pragma once

#include "addressing/AddressRewriter.h"
#include "core/Expected.h"
#include "migration/MailboxState.h"
#include "migration/ResumePoint.h"
#include "sources/ResumeMarks.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mig::migration {

/// One item that did not make it, and why.
struct ItemProblem {
    QString item;   ///< e.g. "node 0x200064" or a subject
    QString reason;
};

/// What happened to one source folder.
struct FolderReport {
    QString path;
    quint64 itemsSent = 0;
    quint64 itemsSkipped = 0;
    quint64 itemsFailed = 0;
    quint64 bytes = 0;
    QList<ItemProblem> problems;
};

/// What happened to one mailbox job.
struct MailboxReport {
    QString target;
    QStringList sources;
    MailboxState state = MailboxState::Queued;
    QString reason;
    quint64 itemsTotal = 0;
    quint64 itemsSent = 0;
    quint64 itemsSkipped = 0;
    quint64 itemsFailed = 0;
    quint64 itemsResumed = 0; ///< handled by the stopped run this one resumed, not sent again
    quint64 bytes = 0;
    QDateTime started;
    QDateTime finished;
    QList<FolderReport> folders;
    addressing::AddressStats addresses; ///< EX addresses rewritten and left unresolved (all sources)
    /// For a Stopped mailbox: where a resumed run may continue; std::nullopt when the boundary
    /// is unknown (canceled, connection lost). Goes into the ledger, not into report.json.
    std::optional<ResumePoint> resumePoint;
    /// How far each source that numbers its messages (IMAP) is on the server after this run, by
    /// source location; empty when the run did not get that far. Goes into the ledger only.
    QHash<QString, sources::SourceMarks> marks;

    double seconds() const;
    /// Bytes per second over the job's wall time; 0 when unknown.
    double throughput() const;
};

/// The report of a run: report.json for machines, report.html (self-contained) for people.
struct RunReport {
    QDateTime started;
    QDateTime finished;
    bool dryRun = false;
    QList<MailboxReport> mailboxes;

    /// How many mailboxes are in state: the totals the CLI, the exit code and the wizard show.
    int count(MailboxState state) const;

    /// Folds a later run of the same plan in the same run directory (--resume, --retry-failed, the
    /// wizard's Resume and Retry) into this earlier report: mailboxes the later run ran replace
    /// their earlier entries (or are added); those it skipped because of what the ledger says keep
    /// their earlier result, so an earlier-done mailbox stays done. started stays, finished is the
    /// later run's. A report of the other kind (dry vs. real) is not merged: later replaces it.
    void mergeRetry(const RunReport &later);

    QJsonObject toJson() const;
    /// Reads toJson()'s object (report.json); unknown keys are ignored.
    static RunReport fromJson(const QJsonObject &json);
    QString toHtml() const;
    /// Writes report.json and report.html into runDir.
    Expected<void> save(const QString &runDir) const;
    /// Reads runDir/report.json; std::nullopt when there is none or it is unreadable.
    static std::optional<RunReport> load(const QString &runDir);
};

} // namespace mig::migration

Q_DECLARE_METATYPE(mig::migration::RunReport)
