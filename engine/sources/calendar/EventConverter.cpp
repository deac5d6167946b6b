#include "sources/calendar/CalendarConverter.h"

#include "mapi/NamedValues.h"
#include "mapi/Tags.h"
#include "sources/calendar/CalendarNames.h"
#include "sources/calendar/EventRecurrence.h"
#include "sources/calendar/IcalTime.h"
#include "sources/calendar/ItemFields.h"
#include "sources/calendar/Participants.h"
#include "sources/calendar/TimeZoneBlobs.h"

#include <QCoreApplication>

namespace mig::calendar {

using namespace mig::mapi;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mig::calendar", text); }

struct EventTimes {
    ResolvedTime start;
    qint64 endUtc = 0;
    bool allDay = false;
};

/// DTSTART and DTEND (or DURATION, or the RFC 5545 defaults: one day for dates, zero length).
Expected<EventTimes> eventTimes(icalcomponent *event, const ZoneResolver &zones, QStringList &warnings,
                                const QString &where)
{
    const auto start = zones.resolve(icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY), warnings);
    if (!start)
        return Error{Error::Code::Corrupt, tr("%1: no valid DTSTART").arg(where), {}};
    EventTimes t{*start, start->utcSeconds, start->dateOnly};
    if (const auto end = zones.resolve(icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY), warnings)) {
        t.endUtc = end->utcSeconds;
    } else if (icalproperty *duration = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
        t.endUtc = start->utcSeconds + icaldurationtype_as_int(icalproperty_get_duration(duration));
    } else if (start->dateOnly) {
        t.endUtc = start->utcSeconds + 86400;
    }
    if (t.endUtc < t.start.utcSeconds)
        return Error{Error::Code::Corrupt, tr("%1: DTEND lies before DTSTART").arg(where), {}};
    const QString cdoAllDay = xProperty(event, "X-MICROSOFT-CDO-ALLDAYEVENT").toUpper();
    const icaltimetype local = t.start.local;
    const qint64 length = t.endUtc - t.start.utcSeconds;
    if (cdoAllDay == QLatin1String("TRUE")
        || (local.hour == 0 && local.minute == 0 && length > 0 && length % 86400 == 0 && !icaltime_is_utc(local)))
        t.allDay = true;
    return t;
}

qint32 busyStatusOf(icalcomponent *event, const QString &cdoName)
{
    static const QStringList cdo = {QStringLiteral("FREE"), QStringLiteral("TENTATIVE"), QStringLiteral("BUSY"),
                                    QStringLiteral("OOF"), QStringLiteral("WORKINGELSEWHERE")};
    const qsizetype fromCdo = cdo.indexOf(xProperty(event, cdoName.toLatin1().constData()).toUpper());
    if (fromCdo >= 0)
        return qint32(fromCdo);
    icalproperty *transp = icalcomponent_get_first_property(event, ICAL_TRANSP_PROPERTY);
    if (transp && icalproperty_get_transp(transp) == ICAL_TRANSP_TRANSPARENT)
        return 0;
    icalproperty *status = icalcomponent_get_first_property(event, ICAL_STATUS_PROPERTY);
    if (status && icalproperty_get_status(status) == ICAL_STATUS_TENTATIVE)
        return 1;
    return 2;
}

/// Message class by METHOD (gxmt-format.md §11.3).
QString messageClassFor(const CalendarItem &item)
{
    if (item.method == QLatin1String("REQUEST"))
        return QStringLiteral("IPM.Schedule.Meeting.Request");
    if (item.method == QLatin1String("CANCEL"))
        return QStringLiteral("IPM.Schedule.Meeting.Canceled");
    if (item.method == QLatin1String("REPLY")) {
        icalproperty *attendee = icalcomponent_get_first_property(item.master, ICAL_ATTENDEE_PROPERTY);
        icalparameter *partstat = attendee ? icalproperty_get_first_parameter(attendee, ICAL_PARTSTAT_PARAMETER) : nullptr;
        switch (partstat ? icalparameter_get_partstat(partstat) : ICAL_PARTSTAT_NONE) {
        case ICAL_PARTSTAT_ACCEPTED:
            return QStringLiteral("IPM.Schedule.Meeting.Resp.Pos");
        case ICAL_PARTSTAT_TENTATIVE:
            return QStringLiteral("IPM.Schedule.Meeting.Resp.Tent");
        case ICAL_PARTSTAT_DECLINED:
            return QStringLiteral("IPM.Schedule.Meeting.Resp.Neg");
        default:
            break;
        }
    }
    return QStringLiteral("IPM.Appointment");
}

/// Start, end, duration, all-day flag and the time zone blobs of an appointment or exception.
void setTimes(const EventTimes &t, Message &message, NamedPropertySetter &named)
{
    const qint64 start = unixToFileTime(t.start.utcSeconds);
    const qint64 end = unixToFileTime(t.endUtc);
    named.set(appointmentLid(names::AppointmentStartWhole), PT_SYSTIME, start);
    named.set(appointmentLid(names::AppointmentEndWhole), PT_SYSTIME, end);
    named.set(commonLid(names::CommonStart), PT_SYSTIME, start);
    named.set(commonLid(names::CommonEnd), PT_SYSTIME, end);
    message.properties.set(names::PR_START_DATE, start);
    message.properties.set(names::PR_END_DATE, end);
    named.set(appointmentLid(names::AppointmentDuration), PT_LONG, qint32((t.endUtc - t.start.utcSeconds) / 60));
    named.set(appointmentLid(names::AppointmentSubType), PT_BOOLEAN, t.allDay);
}

void setZoneBlobs(const EventTimes &t, bool recurring, NamedPropertySetter &named)
{
    if (t.start.dateOnly && !recurring)
        return; // floating all-day events carry no zone
    const int year = t.start.local.year;
    const ZoneRule rule = zoneRuleForYear(t.start.zone, year);
    const QString key = windowsZoneName(t.start.zone, t.start.tzid);
    const QByteArray definition = timeZoneDefinition(key, rule, year);
    named.set(appointmentLid(names::TimeZoneDefinitionStartDisplay), PT_BINARY, definition);
    named.set(appointmentLid(names::TimeZoneDefinitionEndDisplay), PT_BINARY, definition);
    if (!recurring)
        return;
    named.set(appointmentLid(names::TimeZoneStruct), PT_BINARY, timeZoneStruct(rule));
    named.set(appointmentLid(names::TimeZoneDescription), PT_UNICODE, key);
    named.set(appointmentLid(names::TimeZoneDefinitionRecur), PT_BINARY, definition);
}

/// Location, busy status, sequence, ids, meeting state: what a series and its exceptions share.
void setEventFields(const CalendarItem &item, icalcomponent *event, Message &message, NamedPropertySetter &named,
                    int attendees)
{
    named.set(appointmentLid(names::Location), PT_UNICODE, componentText(event, ICAL_LOCATION_PROPERTY));
    named.set(appointmentLid(names::BusyStatus), PT_LONG, busyStatusOf(event, QStringLiteral("X-MICROSOFT-CDO-BUSYSTATUS")));
    if (!xProperty(event, "X-MICROSOFT-CDO-INTENDEDSTATUS").isEmpty())
        named.set(appointmentLid(names::IntendedBusyStatus), PT_LONG,
                  busyStatusOf(event, QStringLiteral("X-MICROSOFT-CDO-INTENDEDSTATUS")));
    if (icalproperty *seq = icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY))
        named.set(appointmentLid(names::AppointmentSequence), PT_LONG, qint32(icalproperty_get_sequence(seq)));
    if (icalproperty *stamp = icalcomponent_get_first_property(event, ICAL_DTSTAMP_PROPERTY))
        named.set(meetingLid(names::OwnerCriticalChange), PT_SYSTIME,
                  unixToFileTime(icaltime_as_timet_with_zone(icalproperty_get_dtstamp(stamp),
                                                             icaltimezone_get_utc_timezone())));
    // asfMeeting | asfReceived: the user is an attendee of someone else's meeting (or we cannot tell).
    const bool meeting = attendees > 0;
    named.set(appointmentLid(names::AppointmentStateFlags), PT_LONG,
              qint32(meeting ? (item.method == QLatin1String("CANCEL") ? 7 : 3) : 0));
    named.set(appointmentLid(names::ResponseStatus), PT_LONG, qint32(meeting ? 5 : 0));
    if (item.method == QLatin1String("REQUEST"))
        named.set(meetingLid(names::MeetingType), PT_LONG, qint32(1)); // mtgRequest
    bool ok = false;
    const qint32 ownerId = xProperty(event, "X-MICROSOFT-CDO-OWNERAPPTID").toInt(&ok);
    if (ok)
        message.properties.set(names::PR_OWNER_APPT_ID, ownerId);
    const QString disallow = xProperty(event, "X-MICROSOFT-DISALLOW-COUNTER").toUpper();
    if (!disallow.isEmpty())
        named.set(appointmentLid(names::AppointmentNotAllowPropose), PT_BOOLEAN, disallow == QLatin1String("TRUE"));
}

/// One changed instance → the hidden embedded-message attachment Outlook keeps it in.
Attachment exceptionAttachment(const CalendarItem &item, const SeriesOverride &o, const RecurrenceException &e,
                               const ZoneResolver &zones, const std::shared_ptr<NamedPropertyMap> &map,
                               QStringList &warnings)
{
    auto embedded = std::make_unique<Message>();
    NamedPropertySetter named(*embedded, map);
    embedded->properties.set(PR_MESSAGE_CLASS, QStringLiteral("IPM.OLE.CLASS.{00061055-0000-0000-C000-000000000046}"));
    setCommonFields(o.component, *embedded, named);
    EventTimes t;
    t.start = zones.resolve(icaltime_from_timet_with_zone(time_t(o.startUtc), 0, icaltimezone_get_utc_timezone()),
                            nullptr);
    t.endUtc = o.endUtc;
    setTimes(t, *embedded, named);
    const int attendees = setParticipants(o.component, *embedded);
    setEventFields(item, o.component, *embedded, named, attendees);
    named.set(appointmentLid(names::ExceptionReplaceTime), PT_SYSTIME, unixToFileTime(o.originalStartUtc));
    named.set(meetingLid(names::GlobalObjectId), PT_BINARY, globalObjectId(item.uid, o.originalDate));
    named.set(meetingLid(names::CleanGlobalObjectId), PT_BINARY, globalObjectId(item.uid));
    named.set(appointmentLid(names::Recurring), PT_BOOLEAN, false);
    setReminder(o.component, o.startUtc, o.endUtc, named, warnings, describeItem(item));

    Attachment attachment;
    attachment.properties.set(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
    attachment.properties.set(PR_DISPLAY_NAME, componentText(o.component, ICAL_SUMMARY_PROPERTY));
    // PR_EXCEPTION_STARTTIME/ENDTIME are the instance's wall-clock time in the series' zone.
    attachment.properties.set(names::PR_EXCEPTION_STARTTIME, qint64(e.startDateTime) * 600000000LL);
    attachment.properties.set(names::PR_EXCEPTION_ENDTIME, qint64(e.endDateTime) * 600000000LL);
    attachment.properties.set(names::PR_ATTACHMENT_FLAGS, qint32(2)); // afException
    attachment.properties.set(PR_ATTACHMENT_HIDDEN, true);
    attachment.embedded = std::move(embedded);
    return attachment;
}

void setSeries(const CalendarItem &item, const SeriesRecurrence &series, const ZoneResolver &zones, Message &message,
               NamedPropertySetter &named, QStringList &warnings)
{
    named.set(appointmentLid(names::AppointmentRecur), PT_BINARY, encodeRecurrence(series.pattern));
    named.set(appointmentLid(names::Recurring), PT_BOOLEAN, true);
    named.set(appointmentLid(names::RecurrenceType), PT_LONG, series.recurrenceType);
    named.set(appointmentLid(names::ClipStart), PT_SYSTIME, unixToFileTime(series.clipStartUtc));
    named.set(appointmentLid(names::ClipEnd), PT_SYSTIME, unixToFileTime(series.clipEndUtc));
    for (qsizetype i = 0; i < series.overrides.size(); ++i)
        message.attachments.append(exceptionAttachment(item, series.overrides[i], series.pattern.exceptions[i], zones,
                                                       named.map(), warnings));
}

} // namespace

QString describeItem(const CalendarItem &item)
{
    const char *kind = item.kind == ComponentKind::Event ? "VEVENT" : item.kind == ComponentKind::Todo ? "VTODO" : "VJOURNAL";
    return QStringLiteral("%1: component %2 (%3 \"%4\")")
        .arg(item.fileName)
        .arg(item.index)
        .arg(QLatin1String(kind), componentText(item.master, ICAL_SUMMARY_PROPERTY));
}

Expected<ConvertedItem> convertEvent(const CalendarItem &item, const CalendarOptions &options)
{
    const QString where = describeItem(item);
    ConvertedItem out;
    ZoneResolver zones(item.calendar, options.defaultZone);
    QStringList zoneWarnings;
    auto times = eventTimes(item.master, zones, zoneWarnings, where);
    if (!times)
        return times.error();
    for (const QString &w : std::as_const(zoneWarnings))
        out.warnings.append(where + QLatin1String(": ") + w);
    Message &message = out.message;
    NamedPropertySetter named(message);
    message.properties.set(PR_MESSAGE_CLASS, messageClassFor(item));
    setCommonFields(item.master, message, named);
    setTimes(*times, message, named);
    const int attendees = setParticipants(item.master, message);
    setEventFields(item, item.master, message, named, attendees);
    named.set(meetingLid(names::GlobalObjectId), PT_BINARY, globalObjectId(item.uid));
    named.set(meetingLid(names::CleanGlobalObjectId), PT_BINARY, globalObjectId(item.uid));
    setReminder(item.master, times->start.utcSeconds, times->endUtc, named, out.warnings, where);

    bool recurring = false;
    if (hasRecurrenceRule(item)) {
        const int minutes = int((times->endUtc - times->start.utcSeconds) / 60);
        auto series = buildRecurrence(item, times->start, minutes, zones, out.warnings);
        if (series) {
            setSeries(item, *series, zones, message, named, out.warnings);
            recurring = true;
        } else {
            out.warnings.append(tr("%1: its RRULE cannot be expressed as an Outlook series (%2); only the first "
                                   "instance is converted")
                                    .arg(where, series.error().message));
        }
    } else if (!item.overrides.isEmpty()) {
        out.warnings.append(tr("%1: %2 overrides (RECURRENCE-ID) of an event without RRULE are not converted")
                                .arg(where)
                                .arg(item.overrides.size()));
    }
    if (!recurring)
        named.set(appointmentLid(names::Recurring), PT_BOOLEAN, false);
    setZoneBlobs(*times, recurring, named);
    return out;
}

Expected<ConvertedItem> convertItem(const CalendarItem &item, const CalendarOptions &options)
{
    switch (item.kind) {
    case ComponentKind::Event:
        return convertEvent(item, options);
    case ComponentKind::Todo:
        return convertTodo(item, options);
    case ComponentKind::Journal:
        return convertJournal(item, options);
    }
    return Error{Error::Code::Unsupported, describeItem(item), {}};
}

} // namespace mig::calendar
