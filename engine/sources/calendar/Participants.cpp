#include "sources/calendar/Participants.h"

#include "mapi/Tags.h"
#include "sources/calendar/CalendarNames.h"

#include <QtEndian>

namespace mig::calendar {

using namespace mig::mapi;

namespace {

// The fixed 16-byte class id that starts every GlobalObjectId (MS-OXOCAL 2.2.1.27).
const QByteArray goidClassId = QByteArray::fromHex("040000008200E00074C5B7101A82E008");
// MUID of one-off entry ids (MS-OXCDATA 2.2.5.1).
const QByteArray oneOffMuid = QByteArray::fromHex("812B1FA4BEA310199D6E00DD010F5402");

constexpr qint32 MAPI_TO = 1, MAPI_CC = 2, MAPI_BCC = 3;
constexpr qint32 recipSendable = 0x1, recipOrganizer = 0x2;
constexpr qint32 respOrganized = 1, respTentative = 2, respAccepted = 3, respDeclined = 4, respNotResponded = 5;

void appendU32(QByteArray &out, quint32 v)
{
    v = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&v), 4);
}

void appendUtf16z(QByteArray &out, const QString &text)
{
    for (const QChar c : text) {
        const quint16 v = qToLittleEndian(c.unicode());
        out.append(reinterpret_cast<const char *>(&v), 2);
    }
    out.append(2, '\0');
}

QString addressOf(icalproperty *property)
{
    QString value = QString::fromUtf8(icalproperty_get_value_as_string(property)).trimmed();
    if (value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        value = value.mid(7);
    return value.contains(QLatin1Char('@')) ? value : QString();
}

QString commonNameOf(icalproperty *property)
{
    icalparameter *cn = icalproperty_get_first_parameter(property, ICAL_CN_PARAMETER);
    return cn ? QString::fromUtf8(icalparameter_get_cn(cn)).trimmed() : QString();
}

qint32 recipientTypeOf(icalproperty *attendee)
{
    if (icalparameter *cutype = icalproperty_get_first_parameter(attendee, ICAL_CUTYPE_PARAMETER)) {
        const icalparameter_cutype t = icalparameter_get_cutype(cutype);
        if (t == ICAL_CUTYPE_RESOURCE || t == ICAL_CUTYPE_ROOM)
            return MAPI_BCC;
    }
    if (icalparameter *role = icalproperty_get_first_parameter(attendee, ICAL_ROLE_PARAMETER)) {
        const icalparameter_role r = icalparameter_get_role(role);
        if (r == ICAL_ROLE_OPTPARTICIPANT || r == ICAL_ROLE_NONPARTICIPANT)
            return MAPI_CC;
    }
    return MAPI_TO;
}

qint32 trackStatusOf(icalproperty *attendee)
{
    icalparameter *partstat = icalproperty_get_first_parameter(attendee, ICAL_PARTSTAT_PARAMETER);
    switch (partstat ? icalparameter_get_partstat(partstat) : ICAL_PARTSTAT_NEEDSACTION) {
    case ICAL_PARTSTAT_ACCEPTED:
        return respAccepted;
    case ICAL_PARTSTAT_TENTATIVE:
        return respTentative;
    case ICAL_PARTSTAT_DECLINED:
        return respDeclined;
    default:
        return respNotResponded;
    }
}

PropertyBag recipientRow(const QString &name, const QString &address, qint32 type, qint32 flags, qint32 track)
{
    const QString display = name.isEmpty() ? address : name;
    const QByteArray entryId = oneOffEntryId(display, address);
    PropertyBag row;
    row.set(PR_RECIPIENT_TYPE, type);
    row.set(PR_DISPLAY_NAME, display);
    row.set(names::PR_TRANSMITABLE_DISPLAY_NAME, display);
    row.set(PR_ADDRTYPE, QStringLiteral("SMTP"));
    row.set(PR_EMAIL_ADDRESS, address);
    row.set(PR_SMTP_ADDRESS, address);
    row.set(PR_ENTRYID, entryId);
    row.set(names::PR_RECIPIENT_ENTRYID, entryId);
    row.set(names::PR_RECORD_KEY, entryId);
    row.set(names::PR_SEARCH_KEY, QByteArray("SMTP:" + address.toUpper().toUtf8() + '\0'));
    row.set(names::PR_OBJECT_TYPE, qint32(6)); // MAPI_MAILUSER
    row.set(PR_DISPLAY_TYPE, qint32(0));       // DT_MAILUSER
    row.set(names::PR_RESPONSIBILITY, false);
    row.set(names::PR_RECIPIENT_FLAGS, flags);
    row.set(names::PR_RECIPIENT_TRACKSTATUS, track);
    return row;
}

void setOrganizer(icalproperty *organizer, Message &message)
{
    const QString address = addressOf(organizer);
    if (address.isEmpty())
        return;
    const QString name = commonNameOf(organizer).isEmpty() ? address : commonNameOf(organizer);
    message.properties.set(PR_SENT_REPRESENTING_NAME, name);
    message.properties.set(names::PR_SENT_REPRESENTING_ADDRTYPE, QStringLiteral("SMTP"));
    message.properties.set(PR_SENT_REPRESENTING_EMAIL_ADDRESS, address);
    message.properties.set(names::PR_SENT_REPRESENTING_SMTP_ADDRESS, address);
    message.properties.set(PR_SENDER_NAME, name);
    message.properties.set(names::PR_SENDER_ADDRTYPE, QStringLiteral("SMTP"));
    message.properties.set(PR_SENDER_EMAIL_ADDRESS, address);
    message.properties.set(names::PR_SENDER_SMTP_ADDRESS, address);
}

} // namespace

QByteArray globalObjectId(const QString &uid, const QDate &instanceDate)
{
    QByteArray id;
    const QByteArray hex = uid.trimmed().toLatin1();
    const QByteArray decoded = QByteArray::fromHex(hex);
    if (decoded.size() >= 40 && decoded.startsWith(goidClassId) && decoded.toHex().toUpper() == hex.toUpper()) {
        id = decoded;
    } else {
        QByteArray data = "vCal-Uid";
        appendU32(data, 1);
        data += uid.toUtf8();
        data.append('\0');
        id = goidClassId;
        id.append(4, '\0');  // instance date, set below
        id.append(8, '\0');  // creation time: unknown
        id.append(8, '\0');  // reserved
        appendU32(id, quint32(data.size()));
        id += data;
    }
    const bool instance = instanceDate.isValid();
    id[16] = instance ? char(instanceDate.year() >> 8) : '\0';
    id[17] = instance ? char(instanceDate.year() & 0xFF) : '\0';
    id[18] = instance ? char(instanceDate.month()) : '\0';
    id[19] = instance ? char(instanceDate.day()) : '\0';
    return id;
}

QByteArray oneOffEntryId(const QString &displayName, const QString &address)
{
    QByteArray id(4, '\0'); // flags
    id += oneOffMuid;
    id.append('\0').append('\0');               // version 0
    id.append(char(0x01)).append(char(0x90));   // MAPI_ONE_OFF_UNICODE | NO_RICH_INFO | 0x1000 (MIME)
    appendUtf16z(id, displayName);
    appendUtf16z(id, QStringLiteral("SMTP"));
    appendUtf16z(id, address);
    return id;
}

int setParticipants(icalcomponent *component, Message &message)
{
    icalproperty *organizer = icalcomponent_get_first_property(component, ICAL_ORGANIZER_PROPERTY);
    QString organizerAddress;
    if (organizer) {
        setOrganizer(organizer, message);
        organizerAddress = addressOf(organizer);
    }
    int attendees = 0;
    QList<PropertyBag> rows;
    for (icalproperty *a = icalcomponent_get_first_property(component, ICAL_ATTENDEE_PROPERTY); a;
         a = icalcomponent_get_next_property(component, ICAL_ATTENDEE_PROPERTY)) {
        const QString address = addressOf(a);
        if (address.isEmpty() || address.compare(organizerAddress, Qt::CaseInsensitive) == 0)
            continue; // the organizer has its own row
        ++attendees;
        rows.append(recipientRow(commonNameOf(a), address, recipientTypeOf(a), recipSendable, trackStatusOf(a)));
    }
    if (attendees > 0 && !organizerAddress.isEmpty())
        rows.prepend(recipientRow(commonNameOf(organizer), organizerAddress, MAPI_TO, recipSendable | recipOrganizer,
                                  respOrganized));
    message.recipients = rows;
    if (attendees > 0) {
        message.properties.set(names::PR_RESPONSE_REQUESTED, true);
        message.properties.set(names::PR_REPLY_REQUESTED, true);
    }
    return attendees;
}

} // namespace mig::calendar
