#include "sources/calendar/EventRecurrence.h"

#include "sources/calendar/CalendarConverter.h"
#include "sources/calendar/ItemFields.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace mig::calendar {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mig::calendar", text); }

Error unsupported(const QString &what)
{
    return Error{Error::Code::Unsupported, what, {}};
}

constexpr int maxExpandedInstances = 20000;

bool isEmpty(const short *array) { return array[0] == ICAL_RECURRENCE_ARRAY_MAX; }

int count(const short *array, int size)
{
    int n = 0;
    while (n < size && array[n] != ICAL_RECURRENCE_ARRAY_MAX)
        ++n;
    return n;
}

/// Day of week, 0 = Sunday, of a libical by_day entry.
int weekdayOf(short byDay) { return int(icalrecurrencetype_day_day_of_week(byDay)) - 1; }

quint32 dayMaskOf(const icalrecurrencetype &rule)
{
    quint32 mask = 0;
    for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i)
        mask |= dayBit(weekdayOf(rule.by_day[i]));
    return mask;
}

/// The nth-week value of a "second Monday" style rule: 1..4, 5 = last; 0 when it has none or
/// mixes positions.
quint32 nthOf(const icalrecurrencetype &rule)
{
    int position = 0;
    if (!isEmpty(rule.by_set_pos)) {
        if (count(rule.by_set_pos, ICAL_BY_SETPOS_SIZE) != 1)
            return 0;
        position = rule.by_set_pos[0];
    }
    for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        const int p = icalrecurrencetype_day_position(rule.by_day[i]);
        if (p != 0 && position != 0 && p != position)
            return 0;
        if (p != 0)
            position = p;
    }
    if (position == -1)
        return 5;
    return position >= 1 && position <= 4 ? quint32(position) : 0;
}

/// Day-of-month / nth-weekday part shared by monthly and yearly rules.
Expected<void> setMonthDay(const icalrecurrencetype &rule, const QDate &start, RecurrencePattern &p)
{
    if (!isEmpty(rule.by_day)) {
        p.nthWeek = nthOf(rule);
        if (p.nthWeek == 0 || !isEmpty(rule.by_month_day))
            return unsupported(tr("BYDAY without one week position (1st-4th or last)"));
        p.patternType = PatternType::MonthNth;
        p.dayMask = dayMaskOf(rule);
        return {};
    }
    const int days = count(rule.by_month_day, ICAL_BY_MONTHDAY_SIZE);
    if (days > 1)
        return unsupported(tr("several BYMONTHDAY values"));
    const int day = days == 1 ? rule.by_month_day[0] : start.day();
    if (day == -1) { // last day of the month: Outlook's "last day" nth pattern
        p.patternType = PatternType::MonthNth;
        p.dayMask = 0x7F;
        p.nthWeek = 5;
        return {};
    }
    if (day < 1 || day > 31)
        return unsupported(tr("BYMONTHDAY %1").arg(day));
    p.patternType = PatternType::Month;
    p.dayOfMonth = quint32(day);
    return {};
}

quint32 monthsFirstDateTime(const QDate &start, quint32 period)
{
    const int months = (start.year() - 1601) * 12 + start.month() - 1;
    return minutesSince1601(QDate(1601, 1, 1).addMonths(months % int(period)));
}

/// FREQ/INTERVAL/BY* → frequency, pattern type, period, day fields and FirstDateTime.
Expected<void> setPatternKind(const icalrecurrencetype &rule, const QDate &start, RecurrencePattern &p)
{
    if (!isEmpty(rule.by_second) || !isEmpty(rule.by_minute) || !isEmpty(rule.by_hour)
        || !isEmpty(rule.by_year_day) || !isEmpty(rule.by_week_no))
        return unsupported(tr("BYSECOND/BYMINUTE/BYHOUR/BYYEARDAY/BYWEEKNO"));
    const quint32 interval = quint32(std::max<short>(1, rule.interval));
    const int startDow = start.dayOfWeek() % 7;
    p.firstDayOfWeek = rule.week_start == ICAL_NO_WEEKDAY ? 1 : quint32(rule.week_start) - 1;
    const bool weekdaysOnly = rule.freq == ICAL_DAILY_RECURRENCE && dayMaskOf(rule) == 0x3E && interval == 1;
    if (!isEmpty(rule.by_month) && rule.freq != ICAL_YEARLY_RECURRENCE)
        return unsupported(tr("BYMONTH in a rule that is not yearly"));
    if (rule.freq == ICAL_DAILY_RECURRENCE && !weekdaysOnly) {
        if (!isEmpty(rule.by_day) || !isEmpty(rule.by_month_day))
            return unsupported(tr("a daily rule with BYDAY or BYMONTHDAY"));
        p.frequency = RecurFrequency::Daily;
        p.patternType = PatternType::Day;
        p.period = interval * 1440;
        p.firstDateTime = minutesSince1601(start) % p.period;
        return {};
    }
    if (rule.freq == ICAL_WEEKLY_RECURRENCE || weekdaysOnly) {
        if (!isEmpty(rule.by_month_day) || nthOf(rule) != 0)
            return unsupported(tr("a weekly rule with BYMONTHDAY or week positions"));
        p.frequency = RecurFrequency::Weekly;
        p.patternType = PatternType::Week;
        p.period = interval;
        p.dayMask = isEmpty(rule.by_day) ? dayBit(startDow) : dayMaskOf(rule);
        const QDate weekStart = start.addDays(-((startDow - int(p.firstDayOfWeek) + 7) % 7));
        p.firstDateTime = minutesSince1601(weekStart) % (p.period * 10080);
        return {};
    }
    if (rule.freq == ICAL_MONTHLY_RECURRENCE) {
        p.frequency = RecurFrequency::Monthly;
        p.period = interval;
    } else if (rule.freq == ICAL_YEARLY_RECURRENCE) {
        // The blob has no month field: a yearly series recurs in its start month.
        if (count(rule.by_month, ICAL_BY_MONTH_SIZE) > 1
            || (!isEmpty(rule.by_month) && icalrecurrencetype_month_month(rule.by_month[0]) != start.month()))
            return unsupported(tr("a yearly rule in another month than DTSTART or in several months"));
        p.frequency = RecurFrequency::Yearly;
        p.period = 12 * interval;
    } else {
        return unsupported(tr("FREQ=%1").arg(QString::fromLatin1(icalrecur_freq_to_string(rule.freq))));
    }
    p.firstDateTime = monthsFirstDateTime(start, p.period);
    return setMonthDay(rule, start, p);
}

/// Every instance date of the rule from localStart, up to its end or (without one) up to `until`.
QList<QDate> expand(icalrecurrencetype rule, icaltimetype localStart, const QDate &until)
{
    QList<QDate> dates;
    icalrecur_iterator *it = icalrecur_iterator_new(rule, localStart);
    if (!it)
        return dates;
    const bool endless = rule.count == 0 && icaltime_is_null_time(rule.until);
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t); t = icalrecur_iterator_next(it)) {
        if (dates.size() >= maxExpandedInstances || (endless && dateOf(t) > until))
            break;
        dates.append(dateOf(t));
    }
    icalrecur_iterator_free(it);
    return dates;
}

/// Brings UNTIL into the series' local time, as the iterator compares it with local instances.
void localizeUntil(icalrecurrencetype &rule, const ResolvedTime &start)
{
    if (icaltime_is_null_time(rule.until) || rule.until.is_date)
        return;
    if (icaltime_is_utc(rule.until))
        rule.until = convertTime(rule.until, icaltimezone_get_utc_timezone(), start.zone);
    rule.until.zone = nullptr;
    if (start.dateOnly) { // a DATE series compares with dates
        rule.until.is_date = 1;
        rule.until.hour = rule.until.minute = rule.until.second = 0;
    }
}

icaltimetype floating(icaltimetype t)
{
    t.zone = nullptr;
    return t;
}

} // namespace

bool hasRecurrenceRule(const CalendarItem &item)
{
    return icalcomponent_get_first_property(item.master, ICAL_RRULE_PROPERTY) != nullptr;
}

namespace {

/// A resolved time as wall-clock time in the series' zone (dates stay dates).
icaltimetype inSeriesZone(const ResolvedTime &t, icaltimezone *seriesZone)
{
    if (t.dateOnly || t.zone == seriesZone)
        return floating(t.local);
    return floating(icaltime_from_timet_with_zone(time_t(t.utcSeconds), 0, seriesZone));
}

quint32 localMinutes(const icaltimetype &t) { return minutesSince1601(dateOf(t), t.hour, t.minute); }

struct SeriesContext {
    const CalendarItem &item;
    const ResolvedTime &start;
    int durationMinutes;
    const ZoneResolver &zones;
    QStringList &warnings;
    QSet<QDate> instances;
    QString where;
};

void addDeletedInstances(SeriesContext &c, RecurrencePattern &p)
{
    for (icalproperty *ex = icalcomponent_get_first_property(c.item.master, ICAL_EXDATE_PROPERTY); ex;
         ex = icalcomponent_get_next_property(c.item.master, ICAL_EXDATE_PROPERTY)) {
        const auto resolved = c.zones.resolve(ex, c.warnings);
        if (!resolved)
            continue;
        const QDate date = dateOf(inSeriesZone(*resolved, c.start.zone));
        if (!c.instances.contains(date)) {
            c.warnings.append(tr("%1: EXDATE %2 is not an instance of the series and is ignored")
                                  .arg(c.where, date.toString(Qt::ISODate)));
            continue;
        }
        const quint32 midnight = minutesSince1601(date);
        if (!p.deletedInstanceDates.contains(midnight))
            p.deletedInstanceDates.append(midnight);
    }
}

bool isCancelled(icalcomponent *component)
{
    icalproperty *status = icalcomponent_get_first_property(component, ICAL_STATUS_PROPERTY);
    return status && icalproperty_get_status(status) == ICAL_STATUS_CANCELLED;
}

/// One RECURRENCE-ID override → its place in the series; false when it matches no instance.
bool placeOverride(SeriesContext &c, icalcomponent *component, SeriesOverride &out)
{
    const auto original = c.zones.resolve(icalcomponent_get_first_property(component, ICAL_RECURRENCEID_PROPERTY),
                                          c.warnings);
    if (!original)
        return false;
    out.component = component;
    out.originalDate = dateOf(inSeriesZone(*original, c.start.zone));
    // A RECURRENCE-ID written as a date (or floating) means the instance's time of day.
    const icaltimetype originalLocal = original->dateOnly
        ? icaltime_from_timet_with_zone(time_t(c.start.utcSeconds), c.start.dateOnly, c.start.zone)
        : inSeriesZone(*original, c.start.zone);
    icaltimetype instance = floating(originalLocal);
    instance.year = out.originalDate.year();
    instance.month = out.originalDate.month();
    instance.day = out.originalDate.day();
    out.originalStartUtc = c.zones.resolve(instance, c.start.zone).utcSeconds;
    const auto start = c.zones.resolve(icalcomponent_get_first_property(component, ICAL_DTSTART_PROPERTY), c.warnings);
    out.startUtc = start ? start->utcSeconds : out.originalStartUtc;
    const auto end = c.zones.resolve(icalcomponent_get_first_property(component, ICAL_DTEND_PROPERTY), c.warnings);
    out.endUtc = end ? end->utcSeconds : out.startUtc + qint64(c.durationMinutes) * 60;
    return c.instances.contains(out.originalDate);
}

RecurrenceException exceptionFor(const SeriesContext &c, const SeriesOverride &o)
{
    auto local = [&](qint64 utc) {
        return localMinutes(icaltime_from_timet_with_zone(time_t(utc), 0, c.start.zone));
    };
    RecurrenceException e;
    e.startDateTime = local(o.startUtc);
    e.endDateTime = local(o.endUtc);
    e.originalStartDate = local(o.originalStartUtc);
    const QString subject = componentText(o.component, ICAL_SUMMARY_PROPERTY);
    if (subject != componentText(c.item.master, ICAL_SUMMARY_PROPERTY)) {
        e.overrideFlags |= ARO_SUBJECT;
        e.subject = subject;
    }
    const QString location = componentText(o.component, ICAL_LOCATION_PROPERTY);
    if (location != componentText(c.item.master, ICAL_LOCATION_PROPERTY)) {
        e.overrideFlags |= ARO_LOCATION;
        e.location = location;
    }
    return e;
}

void addOverrides(SeriesContext &c, SeriesRecurrence &series)
{
    RecurrencePattern &p = series.pattern;
    for (icalcomponent *component : c.item.overrides) {
        SeriesOverride o;
        if (!placeOverride(c, component, o)) {
            c.warnings.append(tr("%1: an override (RECURRENCE-ID) matches no instance of the series and is not "
                                 "converted")
                                  .arg(c.where));
            continue;
        }
        const quint32 originalMidnight = minutesSince1601(o.originalDate);
        if (!p.deletedInstanceDates.contains(originalMidnight))
            p.deletedInstanceDates.append(originalMidnight);
        if (!isCancelled(component))
            series.overrides.append(o);
    }
    std::sort(series.overrides.begin(), series.overrides.end(),
              [](const SeriesOverride &a, const SeriesOverride &b) { return a.startUtc < b.startUtc; });
    for (const SeriesOverride &o : std::as_const(series.overrides)) {
        p.exceptions.append(exceptionFor(c, o));
        p.modifiedInstanceDates.append(p.exceptions.last().startDateTime / 1440 * 1440);
    }
    std::sort(p.deletedInstanceDates.begin(), p.deletedInstanceDates.end());
}

/// The latest date an EXDATE or override refers to: how far an endless series must be expanded.
QDate lastReferencedDate(const SeriesContext &c)
{
    QDate last = dateOf(c.start.local).addYears(2);
    QStringList ignored;
    auto consider = [&](icalproperty *p) {
        if (const auto t = c.zones.resolve(p, ignored))
            last = std::max(last, dateOf(inSeriesZone(*t, c.start.zone)));
    };
    for (icalproperty *ex = icalcomponent_get_first_property(c.item.master, ICAL_EXDATE_PROPERTY); ex;
         ex = icalcomponent_get_next_property(c.item.master, ICAL_EXDATE_PROPERTY))
        consider(ex);
    for (icalcomponent *o : c.item.overrides)
        consider(icalcomponent_get_first_property(o, ICAL_RECURRENCEID_PROPERTY));
    return last;
}

void setRange(const icalrecurrencetype &rule, const QList<QDate> &dates, SeriesRecurrence &series)
{
    RecurrencePattern &p = series.pattern;
    p.startDate = minutesSince1601(dates.first());
    if (rule.count > 0 || !icaltime_is_null_time(rule.until)) {
        p.endType = rule.count > 0 ? EndType::AfterCount : EndType::EndDate;
        p.occurrenceCount = quint32(dates.size());
        p.endDate = minutesSince1601(dates.last());
    } else {
        p.endType = EndType::Never;
        p.occurrenceCount = 10; // what Outlook writes for series without an end
        p.endDate = neverEndDate;
    }
}

} // namespace

Expected<SeriesRecurrence> buildRecurrence(const CalendarItem &item, const ResolvedTime &start, int durationMinutes,
                                           const ZoneResolver &zones, QStringList &warnings)
{
    icalproperty *rrule = icalcomponent_get_first_property(item.master, ICAL_RRULE_PROPERTY);
    if (!rrule)
        return unsupported(tr("no RRULE"));
    if (icalcomponent_get_next_property(item.master, ICAL_RRULE_PROPERTY))
        return unsupported(tr("more than one RRULE"));
    icalrecurrencetype rule = icalproperty_get_rrule(rrule);
    if (rule.freq == ICAL_NO_RECURRENCE)
        return unsupported(tr("an RRULE libical cannot read"));
    SeriesRecurrence series;
    const QDate startDate = dateOf(start.local);
    if (auto kind = setPatternKind(rule, startDate, series.pattern); !kind)
        return kind.error();
    series.recurrenceType = int(series.pattern.frequency) - 0x2009; // 0x200A daily → 1, ... yearly → 4
    SeriesContext c{item, start, durationMinutes, zones, warnings, {}, describeItem(item)};
    localizeUntil(rule, start);
    const QList<QDate> dates = expand(rule, floating(start.local), lastReferencedDate(c));
    if (dates.isEmpty())
        return unsupported(tr("an RRULE without any instance"));
    c.instances = QSet<QDate>(dates.cbegin(), dates.cend());
    setRange(rule, dates, series);
    series.pattern.startTimeOffset = start.dateOnly ? 0 : quint32(start.local.hour * 60 + start.local.minute);
    series.pattern.endTimeOffset = series.pattern.startTimeOffset + quint32(std::max(0, durationMinutes));
    addDeletedInstances(c, series.pattern);
    addOverrides(c, series);
    icaltimetype clip = floating(start.local);
    clip.is_date = 1;
    series.clipStartUtc = zones.resolve(clip, start.zone).utcSeconds;
    if (series.pattern.endType == EndType::Never) {
        // Outlook's "no end" clip date; taken as UTC because converting it through the zone would
        // make libical expand the zone's rules up to the year 4500.
        series.clipEndUtc = QDateTime(QDate(4500, 8, 31), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    } else {
        clip.year = dates.last().year();
        clip.month = dates.last().month();
        clip.day = dates.last().day();
        series.clipEndUtc = zones.resolve(clip, start.zone).utcSeconds;
    }
    return series;
}

} // namespace mig::calendar
