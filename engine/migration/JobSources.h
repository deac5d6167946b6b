#pragma once

#include "core/Expected.h"
#include "sources/Source.h"
#include "sources/SourceSpec.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace mig::migration {

/// The sources of one job (or one command), open and counted, in the order given.
struct JobSources {
    std::vector<std::unique_ptr<sources::Source>> sources;
    QStringList names; ///< display names ("Import of <name>", reports), one per source
    /// Items of every folder, those the converter will skip (folder-associated ones, those in
    /// hidden or search folders) included: the total the converter counts down from.
    quint64 items = 0;
    quint64 bytes = 0; ///< sizes of the source files or Source::contentBytes() (an estimate of the work)

    /// {source, name} pairs for sources::convert().
    QList<std::pair<sources::Source *, QString>> inputs() const;
};

/// Opens every spec through the source registry and counts its items: the one place where a job
/// (of `run`, or the one job of `import`) opens its sources, all before anything is sent, so that a
/// bad source is reported first. The error is the first source's that cannot be opened or listed.
/// marks (by source location) are handed to their sources before they count (Source::continueAfter).
Expected<JobSources> openAll(const QList<sources::SourceSpec> &specs,
                             const QHash<QString, sources::SourceMarks> &marks = {});

} // namespace mig::migration
