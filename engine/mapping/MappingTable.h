#pragma once

#include "core/Expected.h"
#include "mapping/AddressList.h"
#include "mapping/Csv.h"
#include "mapping/MappingEntry.h"
#include "mapping/Matcher.h"
#include "mapping/SourceDescriptor.h"

#include <QHash>

#include <vector>

namespace mig::mapping {

/// Decisions people made, applied on top of the matcher's proposals. Plain value type.
struct MappingRules {
    /// Source (its path, file name or name; case-insensitive) -> target (address or login).
    QHash<QString, QString> overrides;
    AddressList allow; ///< when not empty, only sources/targets listed here are migrated (".import")
    AddressList deny;  ///< sources/targets never migrated (".ignore")

    void setOverride(const QString &source, const QString &target);
    /// Takes a mapping a person edited (e.g. read back from CSV): every row with a target whose
    /// status is matched or manual becomes an override, every "ignored" row a deny entry.
    void adoptEdits(const std::vector<MappingEntry> &edited);
};

/// The source -> target mailbox table the migration runs from. Plain value type, any thread.
class MappingTable final {
public:
    MappingTable() = default;
    explicit MappingTable(std::vector<MappingEntry> entries);

    /// Proposes a target for every source with matcher, then applies rules (overrides become
    /// Manual, allow/deny lists make rows Ignored), then flags conflicts.
    static MappingTable build(const std::vector<SourceDescriptor> &sources, const Matcher &matcher,
                              const MappingRules &rules = {});

    const std::vector<MappingEntry> &entries() const { return m_entries; }
    /// The rows ready to migrate: Matched or Manual.
    std::vector<MappingEntry> ready() const;

    /// Marks every Matched or Manual row whose target another such row also has as Conflict
    /// (target kept, the rival sources in candidates): two sources never silently merge.
    void flagConflicts();

    /// CSV with the header source,target,status,reason.
    QByteArray toCsv(const CsvWriteOptions &options = {}) const;
    /// Reads what toCsv() wrote, also after a spreadsheet saved it (';' separator, BOM, CRLF,
    /// columns in another order, extra columns). Without a header row the columns are taken as
    /// source,target,status,reason. An unknown or empty status becomes manual when the row has a
    /// target, unmatched otherwise. Errors: Corrupt (unreadable CSV, no source column), naming fileName.
    static Expected<MappingTable> fromCsv(const QByteArray &data, const QString &fileName);

private:
    std::vector<MappingEntry> m_entries;
};

} // namespace mig::mapping
