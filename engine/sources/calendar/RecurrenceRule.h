#pragma once

#include "sources/calendar/RecurrenceBlob.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace mig::calendar {

/// A decoded PidLidAppointmentRecur back as an iCalendar RRULE value, the way back of
/// EventRecurrence: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=6". Parts in a fixed order (FREQ,
/// INTERVAL, BYMONTH, BYMONTHDAY, BYDAY, BYSETPOS, COUNT or UNTIL, WKST); INTERVAL=1 and WKST=MO
/// (RFC 5545's defaults) are left out. UNTIL is the last instance's local date (a DATE value:
/// the blob keeps no time zone). "Every weekday" comes back as FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,
/// the last day of the month as BYMONTHDAY=-1. Empty for a pattern type this project never
/// writes (the Hijri ones).
QByteArray rruleFromPattern(const RecurrencePattern &pattern);

/// The local dates of pattern.deletedInstanceDates (the original dates of deleted and of
/// modified instances), in the blob's order.
QList<QDate> deletedDates(const RecurrencePattern &pattern);

/// Local date and time of a blob minute value (minutes since 1601-01-01 00:00).
QDateTime localDateTimeOf(quint32 minutesSince1601);

} // namespace mig::calendar
