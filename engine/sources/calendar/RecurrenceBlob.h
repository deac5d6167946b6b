#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mig::calendar {

// The AppointmentRecurrencePattern structure of PidLidAppointmentRecur (MS-OXOCAL 2.2.1.44).
// Dates and times are minutes since 1601-01-01 00:00 in the series' local time, as the spec has it.

enum class RecurFrequency : quint16 { Daily = 0x200A, Weekly = 0x200B, Monthly = 0x200C, Yearly = 0x200D };
enum class PatternType : quint16 { Day = 0x0, Week = 0x1, Month = 0x2, MonthNth = 0x3, MonthEnd = 0x4 };
enum class EndType : quint32 { EndDate = 0x2021, AfterCount = 0x2022, Never = 0x2023 };

/// Bits of ExceptionInfo::OverrideFlags (MS-OXOCAL 2.2.1.44.2).
enum OverrideFlag : quint16 {
    ARO_SUBJECT = 0x0001,
    ARO_MEETINGTYPE = 0x0002,
    ARO_REMINDERDELTA = 0x0004,
    ARO_REMINDER = 0x0008,
    ARO_LOCATION = 0x0010,
    ARO_BUSYSTATUS = 0x0020,
    ARO_ATTACHMENT = 0x0040,
    ARO_SUBTYPE = 0x0080,
};

/// Day bits of a weekly / nth pattern (Sunday = bit 0).
constexpr quint32 dayBit(int dayOfWeekSundayZero) { return 1u << dayOfWeekSundayZero; }

/// One changed instance (ExceptionInfo with its ExtendedException).
struct RecurrenceException {
    quint32 startDateTime = 0;     ///< local minutes
    quint32 endDateTime = 0;       ///< local minutes
    quint32 originalStartDate = 0; ///< local minutes of the instance's original start
    quint16 overrideFlags = 0;
    QString subject;               ///< with ARO_SUBJECT
    QString location;              ///< with ARO_LOCATION
    qint32 busyStatus = 0;         ///< with ARO_BUSYSTATUS
    qint32 reminderDelta = 0;      ///< with ARO_REMINDERDELTA
    qint32 reminderSet = 0;        ///< with ARO_REMINDER
    qint32 subType = 0;            ///< with ARO_SUBTYPE
    friend bool operator==(const RecurrenceException &, const RecurrenceException &) = default;
};

struct RecurrencePattern {
    RecurFrequency frequency = RecurFrequency::Daily;
    PatternType patternType = PatternType::Day;
    quint32 firstDateTime = 0;
    quint32 period = 0;            ///< minutes (daily), weeks (weekly), months (monthly; 12 for yearly)
    quint32 dayMask = 0;           ///< Week / MonthNth: dayBit()s
    quint32 dayOfMonth = 0;        ///< Month / MonthEnd
    quint32 nthWeek = 0;           ///< MonthNth: 1..4, 5 = last
    EndType endType = EndType::Never;
    quint32 occurrenceCount = 0;
    quint32 firstDayOfWeek = 0;    ///< 0 = Sunday
    QList<quint32> deletedInstanceDates;  ///< midnights of deleted and of modified originals
    QList<quint32> modifiedInstanceDates; ///< midnights of the modified instances' new dates
    quint32 startDate = 0;         ///< midnight of the first instance
    quint32 endDate = 0;           ///< midnight of the last instance; neverEndDate without end
    quint32 startTimeOffset = 0;   ///< minutes after midnight
    quint32 endTimeOffset = 0;
    QList<RecurrenceException> exceptions;
    friend bool operator==(const RecurrencePattern &, const RecurrencePattern &) = default;
};

/// EndDate written for series without an end (31 Dec 4500 23:59, MS-OXOCAL 2.2.1.44.1).
inline constexpr quint32 neverEndDate = 0x5AE980DF;

/// Encodes pattern as PidLidAppointmentRecur bytes (writer version 0x3009, extended exceptions).
QByteArray encodeRecurrence(const RecurrencePattern &pattern);
/// Decodes PidLidAppointmentRecur bytes; std::nullopt when they are truncated or inconsistent.
std::optional<RecurrencePattern> decodeRecurrence(const QByteArray &blob);

} // namespace mig::calendar
