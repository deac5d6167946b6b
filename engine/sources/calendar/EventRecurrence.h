#pragma once

#include "core/Expected.h"
#include "sources/calendar/IcalTime.h"
#include "sources/calendar/IcsReader.h"
#include "sources/calendar/RecurrenceBlob.h"

#include <QList>
#include <QStringList>

namespace mig::calendar {

/// One RECURRENCE-ID override, placed in the series.
struct SeriesOverride {
    icalcomponent *component = nullptr;
    qint64 originalStartUtc = 0;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    QDate originalDate;                    ///< in the series' zone
};

/// A series as the recurrence blob carries it.
struct SeriesRecurrence {
    RecurrencePattern pattern;
    qint32 recurrenceType = 0;             ///< PidLidRecurrenceType: 1 daily, 2 weekly, 3 monthly, 4 yearly
    qint64 clipStartUtc = 0;
    qint64 clipEndUtc = 0;
    /// Changed instances (cancelled ones are only deleted), in the order of pattern.exceptions.
    QList<SeriesOverride> overrides;
};

/// The master's RRULE, EXDATEs and RECURRENCE-ID overrides in blob form. start: the master's
/// resolved DTSTART (its zone is the series' zone), durationMinutes: the master's length.
/// An Error (Unsupported) says which part of the rule the blob cannot express; the caller keeps
/// the event as a single appointment then. Lesser losses (an EXDATE that is no instance)
/// go into warnings. RDATEs were split off by IcsFile already (LooseInstances.h).
Expected<SeriesRecurrence> buildRecurrence(const CalendarItem &item, const ResolvedTime &start, int durationMinutes,
                                           const ZoneResolver &zones, QStringList &warnings);

/// True when item's master has an RRULE.
bool hasRecurrenceRule(const CalendarItem &item);

} // namespace mig::calendar
