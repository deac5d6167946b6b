#pragma once

#include "core/Expected.h"
#include "mapi/Message.h"
#include "sources/calendar/IcsReader.h"

#include <QByteArray>
#include <QStringList>

namespace mig::calendar {

struct CalendarOptions {
    /// IANA zone for floating times and all-day dates (what the user's calendar shows them in).
    QByteArray defaultZone = "UTC";
};

/// One converted item plus what could not be carried (each line names file and component).
struct ConvertedItem {
    mapi::Message message;
    QStringList warnings;
};

/// VEVENT (with its RECURRENCE-ID overrides) → IPM.Appointment, or a meeting class by METHOD
/// (gxmt-format.md §11.3). Errors (missing DTSTART, end before start) name file, component and
/// reason; the caller goes on with the next item.
Expected<ConvertedItem> convertEvent(const CalendarItem &item, const CalendarOptions &options);
/// VTODO → IPM.Task.
Expected<ConvertedItem> convertTodo(const CalendarItem &item, const CalendarOptions &options);
/// VJOURNAL → IPM.Activity (a journal entry).
Expected<ConvertedItem> convertJournal(const CalendarItem &item, const CalendarOptions &options);
/// Dispatches by item.kind.
Expected<ConvertedItem> convertItem(const CalendarItem &item, const CalendarOptions &options);

/// "<file>: component <n> (VEVENT "Summary")", the prefix of every message about item.
QString describeItem(const CalendarItem &item);

} // namespace mig::calendar
