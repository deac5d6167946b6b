#include "sources/calendar/IcalTime.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace mig::calendar {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mig::calendar", text); }

icaltimezone *builtinZone(const QByteArray &iana)
{
    if (iana.isEmpty())
        return nullptr;
    return icaltimezone_get_builtin_timezone(iana.constData());
}

} // namespace

ZoneResolver::ZoneResolver(icalcomponent *calendar, const QByteArray &defaultZone)
    : m_calendar(calendar)
    , m_default(builtinZone(defaultZone))
{
    if (!m_default)
        m_default = icaltimezone_get_utc_timezone();
}

icaltimezone *ZoneResolver::find(const QString &tzid) const
{
    const QByteArray name = tzid.trimmed().toUtf8();
    if (name.isEmpty())
        return nullptr;
    if (m_calendar) {
        if (icaltimezone *zone = icalcomponent_get_timezone(m_calendar, tzid.toUtf8().constData()))
            return zone;
    }
    if (icaltimezone *zone = builtinZone(name))
        return zone;
    // Windows key names as Outlook and Exchange write them without a VTIMEZONE.
    if (icaltimezone *zone = builtinZone(QTimeZone::windowsIdToDefaultIanaId(name)))
        return zone;
    return nullptr;
}

std::optional<ResolvedTime> ZoneResolver::resolve(icalproperty *property, QStringList &warnings) const
{
    if (!property)
        return std::nullopt;
    icalvalue *value = icalproperty_get_value(property);
    if (!value)
        return std::nullopt;
    icaltimetype t;
    const icalvalue_kind kind = icalvalue_isa(value);
    if (kind == ICAL_DATETIME_VALUE || kind == ICAL_DATE_VALUE)
        t = icalvalue_get_datetime(value);
    else if (kind == ICAL_PERIOD_VALUE)
        t = icalvalue_get_period(value).start;
    else if (kind == ICAL_DATETIMEPERIOD_VALUE)
        t = icalvalue_get_datetimeperiod(value).time;
    else
        return std::nullopt;
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return std::nullopt;
    // libical accepts 20241345T990000 and normalises it into another date; reject it instead.
    if (!QDate::isValid(t.year, t.month, t.day) || t.hour > 23 || t.minute > 59 || t.second > 60) {
        warnings.append(tr("%1 is not a valid date and time")
                            .arg(QString::fromUtf8(icalproperty_get_value_as_string(property))));
        return std::nullopt;
    }
    QString tzid;
    icaltimezone *zone = nullptr;
    if (icalparameter *param = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER)) {
        tzid = QString::fromUtf8(icalparameter_get_tzid(param));
        zone = find(tzid);
        if (!zone && !tzid.trimmed().isEmpty())
            warnings.append(tr("unknown time zone \"%1\": its times are taken as %2")
                                .arg(tzid, QString::fromUtf8(icaltimezone_get_location(m_default)
                                                                 ? icaltimezone_get_location(m_default)
                                                                 : "UTC")));
    }
    ResolvedTime resolved = resolve(t, zone);
    resolved.tzid = zone ? tzid : QString();
    return resolved;
}

ResolvedTime ZoneResolver::resolve(icaltimetype value, icaltimezone *zone) const
{
    ResolvedTime r;
    r.dateOnly = value.is_date;
    if (icaltime_is_utc(value))
        zone = icaltimezone_get_utc_timezone();
    r.zone = zone ? zone : m_default;
    r.local = value;
    r.local.zone = nullptr;
    r.utcSeconds = icaltime_as_timet_with_zone(r.local, r.zone);
    r.local.zone = r.zone;
    return r;
}

qint64 unixToFileTime(qint64 unixSeconds) { return (unixSeconds + 11644473600LL) * 10000000LL; }
qint64 fileTimeToUnix(qint64 fileTime) { return fileTime / 10000000LL - 11644473600LL; }

quint32 minutesSince1601(const QDate &date, int hour, int minute)
{
    const qint64 days = date.toJulianDay() - QDate(1601, 1, 1).toJulianDay();
    return quint32(days * 1440 + hour * 60 + minute);
}

QDate dateOf(const icaltimetype &t) { return QDate(t.year, t.month, t.day); }

icaltimetype convertTime(icaltimetype t, icaltimezone *from, icaltimezone *to)
{
    t.zone = nullptr;
    const bool wasDate = t.is_date;
    t.is_date = 0;
    icaltimezone_convert_time(&t, from, to);
    t.is_date = wasDate;
    return t;
}

} // namespace mig::calendar
