#pragma once

#include "migration/Plan.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mig::migration {

/// Where a cleanly stopped mailbox may continue: the converter's first `items` item slots (in its
/// deterministic source order: folders depth-first, then items as the source lists them) are
/// known to be on the server, because the stream ended cleanly after them and the importer
/// accepted it. gromox-import never deduplicates (gxmt-format.md §8.2, §13.4), so a resumed run
/// must neither send those items again nor create a second root folder.
///
/// Recorded in the ledger as a "resume" record; plain value type.
struct ResumePoint {
    quint64 items = 0;          ///< item slots consumed from the very start (sent, skipped or failed)
    QStringList rootFolders;    ///< names of the new root folders in the target, one per source (new-root mode)
    bool splice = false;        ///< placement mode of the stopped run
    QString targetFolder;       ///< the plan's fixed root folder name then (empty: "Import of ...")
    bool withHidden = false;    ///< the plan's hidden-folder option then (it changes the item order)
    QStringList sources;        ///< source paths in plan order
    QStringList sourceStamps;   ///< size and modification time per source, see stampOf()
    bool dryRun = false;        ///< the stopped run was a dry run: it imported nothing

    /// The point for a run (a dry one when dryRun) of job under options that consumed items slots
    /// into rootFolders.
    static ResumePoint forJob(const Job &job, const PlanOptions &options, bool dryRun, quint64 items,
                              QStringList rootFolders);
    /// "<size>:<mtime ms>" of a file: a replaced or modified source invalidates the point.
    static QString stampOf(const QString &path);
    /// stampOf(location) for a file source; a fixed stamp for a Kopano store (no file to look at).
    static QString stampOf(const sources::SourceSpec &source);

    /// Whether this point still describes job under options in a run that is dry or not (same
    /// sources, unchanged files, same placement, a dry run's point only for a dry run and a real
    /// one's only for a real run); a stale point must not be used. Reads the files' metadata.
    bool fits(const Job &job, const PlanOptions &options, bool dryRun) const;

    QJsonObject toJson() const;
    /// std::nullopt for a record that carries no usable point.
    static std::optional<ResumePoint> fromJson(const QJsonObject &json);

    friend bool operator==(const ResumePoint &, const ResumePoint &) = default;
};

} // namespace mig::migration
