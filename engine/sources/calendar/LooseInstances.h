#pragma once

#include "sources/calendar/IcsReader.h"

#include <QList>
#include <QStringList>

namespace mig::calendar {

/// What splitLooseInstances() made of one event.
struct LooseInstances {
    /// An override (RECURRENCE-ID) of an event without RRULE that changes its only instance: the
    /// override is the event now, the master is dropped.
    bool dropMaster = false;
    /// Overrides taken out of item.overrides; each becomes an appointment of its own.
    QList<icalcomponent *> ownOverrides;
    /// One event per RDATE, cloned from the master (the clones live in item.calendar).
    QList<CalendarItem> extraInstances;
};

/// An Outlook series holds only the instances of one rule. The instances it cannot hold are
/// split off as single appointments instead of being lost (gromox-ical2mt rejects an override of
/// an event without RRULE, and drops RDATE):
/// * every RDATE that is not also an EXDATE or DTSTART becomes a copy of the master at that
///   time (a PERIOD keeps its own end), without RRULE/RDATE/EXDATE; the master loses its RDATEs;
/// * an override of an RDATE instance becomes an appointment of its own in that copy's place;
/// * without RRULE, every override becomes an appointment of its own, and one that changes the
///   DTSTART instance replaces the master.
/// Every split is a warning naming the file, the component and the instance.
LooseInstances splitLooseInstances(CalendarItem &item, QStringList &warnings);

} // namespace mig::calendar
