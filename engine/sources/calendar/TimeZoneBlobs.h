#pragma once

#include <QByteArray>
#include <QString>

#include <libical/ical.h>

namespace mig::calendar {

/// A SYSTEMTIME as TZREG uses it for a yearly rule: month, day of week (0 = Sunday), week of the
/// month (1-4, 5 = last) and the local time of the change.
struct TransitionRule {
    quint16 month = 0; ///< 0: no daylight saving time
    quint16 dayOfWeek = 0;
    quint16 week = 0;
    quint16 hour = 0;
    quint16 minute = 0;
    friend bool operator==(const TransitionRule &, const TransitionRule &) = default;
};

/// The yearly rule of a zone in TZREG terms (MS-OXOCAL 2.2.1.39): biases in minutes, UTC = local + bias.
struct ZoneRule {
    qint32 bias = 0;
    qint32 standardBias = 0;
    qint32 daylightBias = 0;
    TransitionRule standardDate;
    TransitionRule daylightDate;
    friend bool operator==(const ZoneRule &, const ZoneRule &) = default;
};

/// Derives the rule in force in year from zone's offsets (whatever defined the zone: a VTIMEZONE
/// or the system's zone data), by finding the year's offset changes.
ZoneRule zoneRuleForYear(icaltimezone *zone, int year);

/// PidLidTimeZoneStruct (48 bytes).
QByteArray timeZoneStruct(const ZoneRule &rule);
/// A TZDEFINITION with one rule (PidLidAppointmentTimeZoneDefinitionStartDisplay/EndDisplay/Recur).
/// keyName: the Windows zone name when known, else the TZID.
QByteArray timeZoneDefinition(const QString &keyName, const ZoneRule &rule, int year);
/// Decodes timeZoneStruct() bytes (for tests and the preview); a zero rule for bad input.
ZoneRule decodeTimeZoneStruct(const QByteArray &blob);

/// The Windows name of a zone (Qt's CLDR table) or its TZID when there is none.
QString windowsZoneName(icaltimezone *zone, const QString &tzid);

} // namespace mig::calendar
