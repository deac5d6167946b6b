#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <libical/ical.h>

#include <optional>

namespace mig::calendar {

/// A DTSTART/DTEND/... value resolved to an instant and the zone it was written in.
struct ResolvedTime {
    icaltimetype local{};             ///< as written (floating times and dates in `zone`)
    icaltimezone *zone = nullptr;     ///< never null: UTC, the TZID's zone or the default zone
    qint64 utcSeconds = 0;            ///< Unix time
    bool dateOnly = false;            ///< VALUE=DATE (all-day)
    QString tzid;                     ///< the TZID parameter as written; empty for UTC/floating
};

/// Finds the icaltimezone for a TZID: the VTIMEZONE of the calendar first, then an IANA name
/// (libical's copy of the system zone data), then a Windows name (W. Europe Standard Time, mapped
/// with Qt's CLDR table). Floating times and unknown TZIDs use the default zone, with a warning
/// for the latter; gromox-ical2mt rejects the whole file there (gxmt-format.md §11.3).
class ZoneResolver {
public:
    /// defaultZone: IANA name for floating times; UTC when empty or unknown.
    ZoneResolver(icalcomponent *calendar, const QByteArray &defaultZone);

    icaltimezone *defaultZone() const { return m_default; }
    /// The zone of tzid, or nullptr when no source knows it.
    icaltimezone *find(const QString &tzid) const;

    /// Resolves the date-time property (DTSTART, DTEND, DUE, RECURRENCE-ID, EXDATE, ...).
    /// warnings gets a line when its TZID is unknown.
    std::optional<ResolvedTime> resolve(icalproperty *property, QStringList &warnings) const;
    /// Resolves a value that carries its own zone (or none: then the zone given, or the default).
    ResolvedTime resolve(icaltimetype value, icaltimezone *zone) const;

private:
    icalcomponent *m_calendar;
    icaltimezone *m_default;
};

/// Unix seconds → FILETIME (100 ns ticks since 1601-01-01 UTC), as PT_SYSTIME carries it.
qint64 unixToFileTime(qint64 unixSeconds);
qint64 fileTimeToUnix(qint64 fileTime);
/// Minutes since 1601-01-01 00:00 of a local date and time (recurrence blob units).
quint32 minutesSince1601(const QDate &date, int hour = 0, int minute = 0);
QDate dateOf(const icaltimetype &t);
/// A local time shifted into zone `to` (for comparing instances in the series' zone).
icaltimetype convertTime(icaltimetype t, icaltimezone *from, icaltimezone *to);

} // namespace mig::calendar
