#include "sources/calendar/LooseInstances.h"

#include "sources/calendar/CalendarConverter.h"
#include "sources/calendar/IcalTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <optional>

namespace mig::calendar {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mig::calendar", text); }

/// One RDATE value: its start and, for a PERIOD, its own end (Unix seconds).
struct ExtraDate {
    icalproperty *property = nullptr;
    icaltimetype start{};
    std::optional<icaltimetype> end;
    std::optional<icaldurationtype> duration;
    qint64 key = 0; ///< the start as an instant, to compare with EXDATE and RECURRENCE-ID
};

QString tzidOf(icalproperty *property)
{
    icalparameter *param = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    return param ? QString::fromUtf8(icalparameter_get_tzid(param)) : QString();
}

qint64 instantOf(const ZoneResolver &zones, icaltimetype t, const QString &tzid)
{
    return zones.resolve(t, tzid.isEmpty() ? nullptr : zones.find(tzid)).utcSeconds;
}

std::optional<ExtraDate> readExtraDate(const ZoneResolver &zones, icalproperty *property)
{
    const icaldatetimeperiodtype value = icalproperty_get_rdate(property);
    ExtraDate extra;
    extra.property = property;
    if (!icaltime_is_null_time(value.time)) {
        extra.start = value.time;
    } else if (!icalperiodtype_is_null_period(value.period)) {
        extra.start = value.period.start;
        if (!icaltime_is_null_time(value.period.end))
            extra.end = value.period.end;
        else
            extra.duration = value.period.duration;
    } else {
        return std::nullopt;
    }
    if (!icaltime_is_valid_time(extra.start) || !QDate::isValid(extra.start.year, extra.start.month, extra.start.day))
        return std::nullopt;
    extra.key = instantOf(zones, extra.start, tzidOf(property));
    return extra;
}

std::optional<qint64> keyOf(const ZoneResolver &zones, icalproperty *property)
{
    QStringList ignored; // an unknown TZID is reported when the item is converted
    const auto resolved = zones.resolve(property, ignored);
    return resolved ? std::optional<qint64>(resolved->utcSeconds) : std::nullopt;
}

void removeAll(icalcomponent *component, icalproperty_kind kind)
{
    while (icalproperty *p = icalcomponent_get_first_property(component, kind)) {
        icalcomponent_remove_property(component, p);
        icalproperty_free(p);
    }
}

icalproperty *withZone(icalproperty *property, const QString &tzid)
{
    if (!tzid.isEmpty())
        icalproperty_add_parameter(property, icalparameter_new_tzid(tzid.toUtf8().constData()));
    return property;
}

/// The master's length, for the copies at RDATE times that carry no end of their own.
icaldurationtype masterDuration(const ZoneResolver &zones, icalcomponent *master)
{
    if (icalproperty *duration = icalcomponent_get_first_property(master, ICAL_DURATION_PROPERTY))
        return icalproperty_get_duration(duration);
    const auto start = keyOf(zones, icalcomponent_get_first_property(master, ICAL_DTSTART_PROPERTY));
    const auto end = keyOf(zones, icalcomponent_get_first_property(master, ICAL_DTEND_PROPERTY));
    if (start && end && *end >= *start)
        return icaldurationtype_from_int(int(*end - *start));
    icalproperty *dtstart = icalcomponent_get_first_property(master, ICAL_DTSTART_PROPERTY);
    const bool allDay = dtstart && icalproperty_get_dtstart(dtstart).is_date;
    return icaldurationtype_from_int(allDay ? 86400 : 0);
}

/// A copy of the master at extra's time, added to the master's calendar (which owns it).
icalcomponent *copyAt(const CalendarItem &item, const ExtraDate &extra, icaldurationtype length)
{
    icalcomponent *copy = icalcomponent_new_clone(item.master);
    for (const icalproperty_kind kind : {ICAL_RRULE_PROPERTY, ICAL_RDATE_PROPERTY, ICAL_EXDATE_PROPERTY,
                                         ICAL_EXRULE_PROPERTY, ICAL_DTSTART_PROPERTY, ICAL_DTEND_PROPERTY,
                                         ICAL_DURATION_PROPERTY})
        removeAll(copy, kind);
    const QString tzid = icaltime_is_utc(extra.start) ? QString() : tzidOf(extra.property);
    icalcomponent_add_property(copy, withZone(icalproperty_new_dtstart(extra.start), tzid));
    if (extra.end)
        icalcomponent_add_property(copy, withZone(icalproperty_new_dtend(*extra.end), tzid));
    else
        icalcomponent_add_property(copy, icalproperty_new_duration(extra.duration ? *extra.duration : length));
    icalcomponent_add_component(item.calendar, copy);
    return copy;
}

QString timeText(const icaltimetype &t, const QString &tzid)
{
    const QString text = QString::fromLatin1(icaltime_as_ical_string(t));
    return tzid.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, tzid);
}

} // namespace

LooseInstances splitLooseInstances(CalendarItem &item, QStringList &warnings)
{
    LooseInstances out;
    if (item.kind != ComponentKind::Event || !item.calendar)
        return out;
    const ZoneResolver zones(item.calendar, "UTC"); // only to compare instants: any fixed zone will do
    const QString where = describeItem(item);
    const bool hasRule = icalcomponent_get_first_property(item.master, ICAL_RRULE_PROPERTY) != nullptr;
    const auto startKey = keyOf(zones, icalcomponent_get_first_property(item.master, ICAL_DTSTART_PROPERTY));

    QSet<qint64> excluded;
    for (icalproperty *ex = icalcomponent_get_first_property(item.master, ICAL_EXDATE_PROPERTY); ex;
         ex = icalcomponent_get_next_property(item.master, ICAL_EXDATE_PROPERTY)) {
        if (const auto key = keyOf(zones, ex))
            excluded.insert(*key);
    }
    QList<ExtraDate> extras;
    QSet<qint64> seen;
    for (icalproperty *p = icalcomponent_get_first_property(item.master, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(item.master, ICAL_RDATE_PROPERTY)) {
        const auto extra = readExtraDate(zones, p);
        if (!extra) {
            warnings.append(tr("%1: RDATE %2 is not a valid date and is ignored")
                                .arg(where, QString::fromUtf8(icalproperty_get_value_as_string(p))));
            continue;
        }
        // An RDATE at DTSTART, twice, or also excluded adds no instance (RFC 5545 3.8.5).
        if (excluded.contains(extra->key) || (startKey && *startKey == extra->key) || seen.contains(extra->key))
            continue;
        seen.insert(extra->key);
        extras.append(*extra);
    }

    // Overrides the series cannot hold.
    QList<icalcomponent *> kept;
    for (icalcomponent *o : std::as_const(item.overrides)) {
        const auto key = keyOf(zones, icalcomponent_get_first_property(o, ICAL_RECURRENCEID_PROPERTY));
        const auto extra = std::find_if(extras.begin(), extras.end(),
                                        [&](const ExtraDate &e) { return key && e.key == *key; });
        const QString summary = componentText(o, ICAL_SUMMARY_PROPERTY);
        if (extra != extras.end()) {
            warnings.append(tr("%1: the override \"%2\" of the extra instance (RDATE) %3 becomes a single "
                               "appointment of its own")
                                .arg(where, summary, timeText(extra->start, tzidOf(extra->property))));
            extras.erase(extra);
            out.ownOverrides.append(o);
        } else if (!hasRule) {
            const bool replacesStart = key && startKey && *key == *startKey;
            if (replacesStart)
                out.dropMaster = true;
            warnings.append(replacesStart
                                ? tr("%1: the event has no RRULE and its override \"%2\" (RECURRENCE-ID) changes its "
                                     "only instance; the override is converted in its place")
                                      .arg(where, summary)
                                : tr("%1: the event has no RRULE; its override \"%2\" (RECURRENCE-ID) becomes a "
                                     "single appointment of its own")
                                      .arg(where, summary));
            out.ownOverrides.append(o);
        } else {
            kept.append(o);
        }
    }
    item.overrides = kept;

    const icaldurationtype length = masterDuration(zones, item.master);
    for (const ExtraDate &extra : std::as_const(extras)) {
        CalendarItem copy = item;
        copy.master = copyAt(item, extra, length);
        copy.overrides.clear();
        out.extraInstances.append(copy);
        warnings.append(tr("%1: the extra instance (RDATE) %2 cannot be part of an Outlook series and becomes a "
                           "single appointment of its own")
                            .arg(where, timeText(extra.start, tzidOf(extra.property))));
    }
    removeAll(item.master, ICAL_RDATE_PROPERTY);
    return out;
}

} // namespace mig::calendar
