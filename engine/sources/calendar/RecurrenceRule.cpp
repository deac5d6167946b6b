#include "sources/calendar/RecurrenceRule.h"

#include <QDateTime>
#include <QStringList>

namespace mig::calendar {

namespace {

QByteArray byDay(quint32 mask)
{
    static const char *const days[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
    QByteArrayList parts;
    // Monday first, as people and RFC 5545 examples write it.
    for (int i = 1; i <= 7; ++i) {
        if (mask & dayBit(i % 7))
            parts.append(days[i % 7]);
    }
    return parts.join(',');
}

QByteArray weekday(quint32 dayOfWeek)
{
    static const char *const days[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};
    return dayOfWeek < 7 ? QByteArray(days[dayOfWeek]) : QByteArray("MO");
}

/// BYMONTHDAY or BYDAY+BYSETPOS of a monthly or yearly pattern.
QByteArray monthDayParts(const RecurrencePattern &p)
{
    switch (p.patternType) {
    case PatternType::Month:
        return ";BYMONTHDAY=" + QByteArray::number(p.dayOfMonth);
    case PatternType::MonthEnd:
        return ";BYMONTHDAY=-1";
    case PatternType::MonthNth:
        if (p.dayMask == 0x7F && p.nthWeek == 5) // "the last day", which EventRecurrence writes so
            return ";BYMONTHDAY=-1";
        return ";BYDAY=" + byDay(p.dayMask) + ";BYSETPOS=" + QByteArray::number(p.nthWeek == 5 ? -1 : int(p.nthWeek));
    default:
        return {};
    }
}

} // namespace

QDateTime localDateTimeOf(quint32 minutes)
{
    return QDateTime(QDate(1601, 1, 1).addDays(minutes / 1440), QTime(0, 0).addSecs(int(minutes % 1440) * 60));
}

QList<QDate> deletedDates(const RecurrencePattern &pattern)
{
    QList<QDate> dates;
    for (const quint32 d : pattern.deletedInstanceDates)
        dates.append(localDateTimeOf(d).date());
    return dates;
}

QByteArray rruleFromPattern(const RecurrencePattern &p)
{
    QByteArray rule;
    quint32 interval = 1;
    switch (p.frequency) {
    case RecurFrequency::Daily:
        if (p.patternType != PatternType::Day || p.period == 0 || p.period % 1440 != 0)
            return {};
        rule = "FREQ=DAILY";
        interval = p.period / 1440;
        break;
    case RecurFrequency::Weekly:
        if (p.patternType != PatternType::Week)
            return {};
        rule = "FREQ=WEEKLY";
        interval = p.period;
        break;
    case RecurFrequency::Monthly:
    case RecurFrequency::Yearly:
        if (p.patternType != PatternType::Month && p.patternType != PatternType::MonthNth
            && p.patternType != PatternType::MonthEnd)
            return {};
        if (p.period == 0)
            return {};
        // Outlook may write a yearly series as monthly every 12 months (MS-OXOCAL 2.2.1.44.1).
        if (p.period % 12 == 0) {
            rule = "FREQ=YEARLY";
            interval = p.period / 12;
        } else {
            rule = "FREQ=MONTHLY";
            interval = p.period;
        }
        break;
    default:
        return {};
    }
    if (interval != 1)
        rule += ";INTERVAL=" + QByteArray::number(interval);
    if (rule.startsWith("FREQ=YEARLY")) // the blob has no month: the series recurs in its first month
        rule += ";BYMONTH=" + QByteArray::number(localDateTimeOf(p.startDate).date().month());
    if (p.patternType == PatternType::Week)
        rule += ";BYDAY=" + byDay(p.dayMask);
    else
        rule += monthDayParts(p);
    if (p.endType == EndType::AfterCount)
        rule += ";COUNT=" + QByteArray::number(p.occurrenceCount);
    else if (p.endType == EndType::EndDate)
        rule += ";UNTIL=" + localDateTimeOf(p.endDate).date().toString(QStringLiteral("yyyyMMdd")).toLatin1();
    if (p.firstDayOfWeek != 1)
        rule += ";WKST=" + weekday(p.firstDayOfWeek);
    return rule;
}

} // namespace mig::calendar
