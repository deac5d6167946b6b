#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mig::mapping {

/// The state of one row of a mapping. Only Matched and Manual rows are ready to migrate; the
/// others need a person's decision and are never resolved by guessing.
enum class MappingStatus {
    Matched,   ///< one best candidate found by a rule
    Manual,    ///< target set by hand (override or edited CSV)
    Ambiguous, ///< several users are equally good candidates; target left empty
    Conflict,  ///< another source maps to the same target
    Unmatched, ///< no rule found a user
    Ignored,   ///< excluded by the deny list or missing from the allow list
};

/// The CSV/JSON word for a status: "matched", "manual", "ambiguous", "conflict", "unmatched", "ignored".
QString statusName(MappingStatus status);
/// The status for a word from statusName(), case-insensitive; nullopt for anything else.
std::optional<MappingStatus> statusFromName(const QString &name);

/// One row: which source goes to which target mailbox, how sure the matcher is, and why.
struct MappingEntry {
    QString source; ///< the source's path (SourceDescriptor::path)
    QString target; ///< primary address of the target mailbox; empty when undecided
    MappingStatus status = MappingStatus::Unmatched;
    int confidence = 0; ///< 0..100; 100 = the source is named exactly like the target's address
    QString reason;     ///< translated, for people
    QStringList candidates; ///< the equally good users when Ambiguous, the rival sources when Conflict

    bool operator==(const MappingEntry &) const = default;
};

} // namespace mig::mapping
