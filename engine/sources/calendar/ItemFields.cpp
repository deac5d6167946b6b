#include "sources/calendar/ItemFields.h"

#include "mapi/Tags.h"
#include "sources/calendar/CalendarNames.h"
#include "sources/calendar/IcalTime.h"
#include "sources/calendar/IcsReader.h"

#include <QCoreApplication>

namespace mig::calendar {

using namespace mig::mapi;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mig::calendar", text); }

/// PR_SUBJECT takes at most 255 bytes without line breaks in gromox-ical2mt; we keep the
/// whole text but still drop the breaks, which Outlook would show as boxes.
QString subjectOf(icalcomponent *component)
{
    QString subject = componentText(component, ICAL_SUMMARY_PROPERTY);
    subject.replace(QLatin1Char('\r'), QString()).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return subject.trimmed();
}

qint32 sensitivityOf(icalcomponent *component)
{
    const QString value = componentText(component, ICAL_CLASS_PROPERTY).toUpper();
    if (value == QLatin1String("PRIVATE"))
        return 2;
    if (value == QLatin1String("CONFIDENTIAL"))
        return 3;
    return 0;
}

std::optional<qint32> importanceOf(icalcomponent *component)
{
    bool ok = false;
    const int cdo = xProperty(component, "X-MICROSOFT-CDO-IMPORTANCE").toInt(&ok);
    if (ok && cdo >= 0 && cdo <= 2)
        return cdo;
    icalproperty *priority = icalcomponent_get_first_property(component, ICAL_PRIORITY_PROPERTY);
    if (!priority)
        return std::nullopt;
    const int value = icalproperty_get_priority(priority);
    if (value >= 1 && value <= 4)
        return 2;
    if (value >= 6 && value <= 9)
        return 0;
    return 1;
}

QString htmlDescriptionOf(icalcomponent *component)
{
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(p), "X-ALT-DESC") != 0)
            continue;
        icalparameter *type = icalproperty_get_first_parameter(p, ICAL_FMTTYPE_PARAMETER);
        if (type && qstricmp(icalparameter_get_fmttype(type), "text/html") == 0)
            return QString::fromUtf8(icalproperty_get_x(p));
    }
    return {};
}

void setTime(PropertyBag &bag, PropTag tag, icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(component, kind);
    if (!p)
        return;
    const icaltimetype t = icalvalue_get_datetime(icalproperty_get_value(p));
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        return;
    bag.set(tag, unixToFileTime(icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone())));
}

} // namespace

QString xProperty(icalcomponent *component, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(p), name) == 0)
            return QString::fromUtf8(icalproperty_get_x(p)).trimmed();
    }
    return {};
}

QStringList categoriesOf(icalcomponent *component)
{
    QStringList out;
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_CATEGORIES_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_CATEGORIES_PROPERTY)) {
        const QStringList parts = QString::fromUtf8(icalproperty_get_categories(p)).split(QLatin1Char(','));
        for (const QString &part : parts) {
            const QString category = part.trimmed();
            if (!category.isEmpty() && !out.contains(category))
                out.append(category);
        }
    }
    return out;
}

void setCommonFields(icalcomponent *component, Message &message, NamedPropertySetter &named)
{
    const QString subject = subjectOf(component);
    message.properties.set(PR_SUBJECT, subject);
    message.properties.set(PR_NORMALIZED_SUBJECT, subject);
    message.properties.set(PR_CONVERSATION_TOPIC, subject);
    const QString body = componentText(component, ICAL_DESCRIPTION_PROPERTY);
    if (!body.isEmpty())
        message.properties.set(PR_BODY, body);
    const QString html = htmlDescriptionOf(component);
    if (!html.isEmpty()) {
        message.properties.set(PR_HTML, html.toUtf8());
        message.properties.set(PR_INTERNET_CPID, qint32(65001));
    }
    message.properties.set(PR_SENSITIVITY, sensitivityOf(component));
    message.properties.set(PR_IMPORTANCE, importanceOf(component).value_or(1));
    const QStringList categories = categoriesOf(component);
    if (!categories.isEmpty())
        named.set(keywordsName(), PT_MV_UNICODE, categories);
    setTime(message.properties, PR_CREATION_TIME, component, ICAL_CREATED_PROPERTY);
    setTime(message.properties, PR_LAST_MODIFICATION_TIME, component, ICAL_LASTMODIFIED_PROPERTY);
}

namespace {

/// Minutes before the start at which alarm fires; nullopt for alarms without a usable TRIGGER.
std::optional<qint64> alarmLeadMinutes(icalcomponent *alarm, qint64 startUtc, qint64 endUtc)
{
    icalproperty *trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
    if (!trigger)
        return std::nullopt;
    const icaltriggertype value = icalproperty_get_trigger(trigger);
    if (!icaltime_is_null_time(value.time))
        return (startUtc - icaltime_as_timet_with_zone(value.time, icaltimezone_get_utc_timezone())) / 60;
    const qint64 offset = icaldurationtype_as_int(value.duration);
    icalparameter *related = icalproperty_get_first_parameter(trigger, ICAL_RELATED_PARAMETER);
    const bool fromEnd = related && icalparameter_get_related(related) == ICAL_RELATED_END;
    return ((fromEnd ? endUtc : startUtc) + offset - startUtc) / -60;
}

} // namespace

void setReminder(icalcomponent *component, qint64 startUtc, qint64 endUtc, NamedPropertySetter &named,
                 QStringList &warnings, const QString &where)
{
    int alarms = 0;
    std::optional<qint64> lead;
    for (icalcomponent *alarm = icalcomponent_get_first_component(component, ICAL_VALARM_COMPONENT); alarm;
         alarm = icalcomponent_get_next_component(component, ICAL_VALARM_COMPONENT)) {
        ++alarms;
        if (!lead)
            lead = alarmLeadMinutes(alarm, startUtc, endUtc);
    }
    if (alarms > 1)
        warnings.append(tr("%1: %2 alarms, Outlook items have one reminder: the first is kept").arg(where).arg(alarms));
    if (alarms > 0 && !lead)
        warnings.append(tr("%1: the alarm has no usable TRIGGER and is not converted").arg(where));
    named.set(commonLid(names::ReminderSet), PT_BOOLEAN, bool(lead));
    if (!lead)
        return;
    named.set(commonLid(names::ReminderDelta), PT_LONG, qint32(std::max<qint64>(0, *lead)));
    named.set(commonLid(names::ReminderTime), PT_SYSTIME, unixToFileTime(startUtc));
    named.set(commonLid(names::ReminderSignalTime), PT_SYSTIME, unixToFileTime(startUtc - *lead * 60));
}

} // namespace mig::calendar
