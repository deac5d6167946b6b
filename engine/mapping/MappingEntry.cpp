#include "mapping/MappingEntry.h"

#include <array>
#include <utility>

namespace mig::mapping {

namespace {

constexpr std::array<std::pair<MappingStatus, const char *>, 6> StatusNames{{
    {MappingStatus::Matched, "matched"},
    {MappingStatus::Manual, "manual"},
    {MappingStatus::Ambiguous, "ambiguous"},
    {MappingStatus::Conflict, "conflict"},
    {MappingStatus::Unmatched, "unmatched"},
    {MappingStatus::Ignored, "ignored"},
}};

} // namespace

QString statusName(MappingStatus status)
{
    for (const auto &[value, name] : StatusNames) {
        if (value == status)
            return QLatin1String(name);
    }
    return {};
}

std::optional<MappingStatus> statusFromName(const QString &name)
{
    const QString key = name.trimmed();
    for (const auto &[value, text] : StatusNames) {
        if (key.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace mig::mapping
