#include "sources/calendar/CalendarConverter.h"

#include "mapi/NamedValues.h"
#include "mapi/Tags.h"
#include "sources/calendar/CalendarNames.h"
#include "sources/calendar/IcalTime.h"
#include "sources/calendar/ItemFields.h"

#include <QCoreApplication>

namespace mig::calendar {

using namespace mig::mapi;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mig::calendar", text); }

/// TaskStatus (PSETID_Task 0x8101): 0 not started, 1 in progress, 2 complete, 4 deferred.
qint32 taskStatusOf(icalcomponent *todo, int percent)
{
    icalproperty *status = icalcomponent_get_first_property(todo, ICAL_STATUS_PROPERTY);
    switch (status ? icalproperty_get_status(status) : ICAL_STATUS_NONE) {
    case ICAL_STATUS_COMPLETED:
        return 2;
    case ICAL_STATUS_INPROCESS:
        return 1;
    case ICAL_STATUS_CANCELLED:
        return 4;
    default:
        return percent >= 100 ? 2 : percent > 0 ? 1 : 0;
    }
}

std::optional<qint64> utcOf(icalcomponent *component, icalproperty_kind kind, const ZoneResolver &zones,
                            QStringList &warnings)
{
    const auto t = zones.resolve(icalcomponent_get_first_property(component, kind), warnings);
    return t ? std::optional<qint64>(t->utcSeconds) : std::nullopt;
}

void prefixed(QStringList &out, const QString &where, const QStringList &lines)
{
    for (const QString &line : lines)
        out.append(where + QLatin1String(": ") + line);
}

} // namespace

Expected<ConvertedItem> convertTodo(const CalendarItem &item, const CalendarOptions &options)
{
    const QString where = describeItem(item);
    ConvertedItem out;
    ZoneResolver zones(item.calendar, options.defaultZone);
    Message &message = out.message;
    NamedPropertySetter named(message);
    message.properties.set(PR_MESSAGE_CLASS, QStringLiteral("IPM.Task"));
    setCommonFields(item.master, message, named);
    QStringList zoneWarnings;
    const auto start = utcOf(item.master, ICAL_DTSTART_PROPERTY, zones, zoneWarnings);
    const auto due = utcOf(item.master, ICAL_DUE_PROPERTY, zones, zoneWarnings);
    const auto completed = utcOf(item.master, ICAL_COMPLETED_PROPERTY, zones, zoneWarnings);
    prefixed(out.warnings, where, zoneWarnings);
    if (start && due && *due < *start)
        return Error{Error::Code::Corrupt, tr("%1: DUE lies before DTSTART").arg(where), {}};
    icalproperty *percentProperty = icalcomponent_get_first_property(item.master, ICAL_PERCENTCOMPLETE_PROPERTY);
    int percent = percentProperty ? std::clamp(icalproperty_get_percentcomplete(percentProperty), 0, 100) : 0;
    const qint32 status = taskStatusOf(item.master, percent);
    if (status == 2)
        percent = 100;
    named.set(taskLid(names::TaskStatus), PT_LONG, status);
    named.set(taskLid(names::PercentComplete), PT_DOUBLE, percent / 100.0);
    named.set(taskLid(names::TaskComplete), PT_BOOLEAN, status == 2);
    if (start) {
        named.set(taskLid(names::TaskStartDate), PT_SYSTIME, unixToFileTime(*start));
        named.set(commonLid(names::CommonStart), PT_SYSTIME, unixToFileTime(*start));
    }
    if (due) {
        named.set(taskLid(names::TaskDueDate), PT_SYSTIME, unixToFileTime(*due));
        named.set(commonLid(names::CommonEnd), PT_SYSTIME, unixToFileTime(*due));
    }
    if (completed)
        named.set(taskLid(names::TaskDateCompleted), PT_SYSTIME, unixToFileTime(*completed));
    if (const auto anchor = start ? start : due)
        setReminder(item.master, *anchor, due.value_or(*anchor), named, out.warnings, where);
    if (icalcomponent_get_first_property(item.master, ICAL_RRULE_PROPERTY))
        out.warnings.append(tr("%1: recurring tasks are not supported; the task is converted once").arg(where));
    return out;
}

Expected<ConvertedItem> convertJournal(const CalendarItem &item, const CalendarOptions &options)
{
    const QString where = describeItem(item);
    ConvertedItem out;
    ZoneResolver zones(item.calendar, options.defaultZone);
    Message &message = out.message;
    NamedPropertySetter named(message);
    message.properties.set(PR_MESSAGE_CLASS, QStringLiteral("IPM.Activity"));
    setCommonFields(item.master, message, named);
    named.set(PropertyName::byId(PropertySet::log(), names::LogType), PT_UNICODE, QStringLiteral("Note"));
    QStringList zoneWarnings;
    if (const auto start = utcOf(item.master, ICAL_DTSTART_PROPERTY, zones, zoneWarnings)) {
        named.set(PropertyName::byId(PropertySet::log(), names::LogStart), PT_SYSTIME, unixToFileTime(*start));
        named.set(PropertyName::byId(PropertySet::log(), names::LogEnd), PT_SYSTIME, unixToFileTime(*start));
        named.set(PropertyName::byId(PropertySet::log(), names::LogDuration), PT_LONG, qint32(0));
        named.set(commonLid(names::CommonStart), PT_SYSTIME, unixToFileTime(*start));
        named.set(commonLid(names::CommonEnd), PT_SYSTIME, unixToFileTime(*start));
    }
    prefixed(out.warnings, where, zoneWarnings);
    return out;
}

} // namespace mig::calendar
