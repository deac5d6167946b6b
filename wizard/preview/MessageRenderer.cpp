#include "preview/MessageRenderer.h"

#include "addressing/OneOffEntryId.h"
#include "mapi/Tags.h"
#include "rtf/RtfBody.h"
#include "sources/calendar/RecurrenceText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

namespace mig::wizard {

namespace {

using namespace mig::mapi;

// MS-OXPROPS property sets and ids of the appointment and contact properties the preview shows.
const Guid kPsetidAppointment = Guid::fromString(QStringLiteral("{00062002-0000-0000-C000-000000000046}"));
const Guid kPsetidAddress = Guid::fromString(QStringLiteral("{00062004-0000-0000-C000-000000000046}"));
const Guid kPsetidCommon = Guid::fromString(QStringLiteral("{00062008-0000-0000-C000-000000000046}"));
const Guid kPsetidTask = Guid::fromString(QStringLiteral("{00062003-0000-0000-C000-000000000046}"));
constexpr quint32 kLidAppointmentRecur = 0x8216;
constexpr quint32 kLidReminderDelta = 0x8501;
constexpr quint32 kLidReminderSet = 0x8503;
constexpr quint32 kLidTaskStatus = 0x8101;
constexpr quint32 kLidPercentComplete = 0x8102;
constexpr quint32 kLidTaskStartDate = 0x8104;
constexpr quint32 kLidTaskDueDate = 0x8105;
constexpr quint32 kLidHomeAddress = 0x801A;
constexpr quint32 kLidWorkAddress = 0x801B;
constexpr quint32 kLidOtherAddress = 0x801C;
constexpr quint32 kLidEmail3 = 0x80A3;
constexpr PropTag kAttachmentContactPhoto = 0x7FFF000B;
constexpr PropTag kHome2Phone = 0x3A2F001F;
constexpr PropTag kBusiness2Phone = 0x3A1B001F;
constexpr PropTag kOtherPhone = 0x3A1F001F;
constexpr PropTag kBusinessFax = 0x3A24001F;
constexpr PropTag kHomeFax = 0x3A25001F;
constexpr quint32 kLidDistributionListMembers = 0x8055;
constexpr PropTag kPager = 0x3A21001F;
constexpr quint32 kLidLocation = 0x8208;
constexpr quint32 kLidAppointmentStart = 0x820D;
constexpr quint32 kLidAppointmentEnd = 0x820E;
constexpr quint32 kLidAllDay = 0x8215;
constexpr quint32 kLidFileUnder = 0x8005;
constexpr quint32 kLidEmail1 = 0x8083;
constexpr quint32 kLidEmail2 = 0x8093;
constexpr PropTag kGivenName = 0x3A06001F;
constexpr PropTag kSurname = 0x3A11001F;
constexpr PropTag kCompanyName = 0x3A16001F;
constexpr PropTag kJobTitle = 0x3A17001F;
constexpr PropTag kBusinessPhone = 0x3A08001F;
constexpr PropTag kHomePhone = 0x3A09001F;
constexpr PropTag kMobilePhone = 0x3A1C001F;
constexpr PropTag kDisplayTo = 0x0E04001F;

const Property *findNamed(const Message &message, const Guid &set, quint32 lid)
{
    if (!message.namedProperties)
        return nullptr;
    const std::optional<quint16> id = message.namedProperties->find(PropertyName::byId(set, lid));
    return id ? message.properties.findId(*id) : nullptr;
}

std::optional<QString> stringValue(const Property *property)
{
    if (property) {
        if (const QString *text = property->get<QString>())
            return *text;
    }
    return std::nullopt;
}

/// FILETIME (100 ns since 1601) as a local date and time.
QString formatFileTime(qint64 fileTime)
{
    constexpr qint64 kEpochDifferenceMs = 11644473600000LL;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(fileTime / 10000 - kEpochDifferenceMs, Qt::UTC);
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

std::optional<QString> timeValue(const Property *property)
{
    if (property) {
        if (const qint64 *value = property->get<qint64>())
            return formatFileTime(*value);
    }
    return std::nullopt;
}

/// "Name <address>; address; ..." from PidLidDistributionListMembers (one-off entries; members
/// kept as entry ids of an address book are counted, as they cannot be resolved here).
std::optional<QString> distributionListMembers(const Message &message)
{
    const Property *members = findNamed(message, kPsetidAddress, kLidDistributionListMembers);
    const QList<QByteArray> *entries = members ? members->get<QList<QByteArray>>() : nullptr;
    if (!entries || entries->isEmpty())
        return std::nullopt;
    QStringList shown;
    int unresolved = 0;
    for (const QByteArray &entry : *entries) {
        const auto member = addressing::parseOneOffEntryId(entry);
        if (!member) {
            ++unresolved;
            continue;
        }
        shown.append(member->displayName.isEmpty() || member->displayName == member->address
                ? member->address
                : QStringLiteral("%1 <%2>").arg(member->displayName, member->address));
    }
    if (unresolved > 0)
        shown.append(QCoreApplication::translate("mig::wizard", "%n member(s) from an address book", nullptr, unresolved));
    return shown.join(QLatin1String("; "));
}

void addRow(QString &html, const QString &label, const std::optional<QString> &value)
{
    if (!value || value->isEmpty())
        return;
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value->toHtmlEscaped());
}

QString decodeHtml(const QByteArray &bytes, std::optional<qint32> codePage)
{
    // PR_HTML is bytes in PR_INTERNET_CPID's charset; UTF-8 is by far the most common.
    if (codePage && *codePage != 65001) {
        QStringDecoder decoder(QStringLiteral("windows-%1").arg(*codePage).toLatin1().constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}

QString recipientLine(const PropertyBag &recipient)
{
    const QString name = recipient.string(PR_DISPLAY_NAME).value_or(QString());
    QString address = recipient.string(PR_SMTP_ADDRESS).value_or(QString());
    if (address.isEmpty())
        address = recipient.string(PR_EMAIL_ADDRESS).value_or(QString());
    QString kind;
    switch (recipient.int32(PR_RECIPIENT_TYPE).value_or(1) & 0xF) {
    case 2:
        kind = QCoreApplication::translate("mig::wizard", "Cc");
        break;
    case 3:
        kind = QCoreApplication::translate("mig::wizard", "Bcc");
        break;
    default:
        kind = QCoreApplication::translate("mig::wizard", "To");
        break;
    }
    if (name.isEmpty() || name == address)
        return QStringLiteral("%1: %2").arg(kind, address);
    if (address.isEmpty())
        return QStringLiteral("%1: %2").arg(kind, name);
    return QStringLiteral("%1: %2 <%3>").arg(kind, name, address);
}

AttachmentEntry attachmentEntry(const Attachment &attachment)
{
    const PropertyBag &props = attachment.properties;
    AttachmentEntry entry;
    entry.name = props.string(PR_ATTACH_LONG_FILENAME).value_or(QString());
    if (entry.name.isEmpty())
        entry.name = props.string(PR_ATTACH_FILENAME).value_or(QString());
    if (entry.name.isEmpty())
        entry.name = props.string(PR_DISPLAY_NAME).value_or(QString());
    entry.embedded = attachment.embedded != nullptr;
    if (entry.embedded && entry.name.isEmpty())
        entry.name = attachment.embedded->properties.string(PR_SUBJECT).value_or(QString());
    if (entry.name.isEmpty())
        entry.name = QCoreApplication::translate("mig::wizard", "(unnamed attachment)");
    entry.data = props.binary(PR_ATTACH_DATA_BIN).value_or(QByteArray());
    entry.size = entry.data.isEmpty() ? props.int32(PR_ATTACH_SIZE).value_or(0) : entry.data.size();
    return entry;
}

/// "15 minutes before" when a reminder is set (PidLidReminderSet, PidLidReminderDelta).
std::optional<QString> reminderText(const Message &message)
{
    const Property *set = findNamed(message, kPsetidCommon, kLidReminderSet);
    const bool *isSet = set ? set->get<bool>() : nullptr;
    if (!isSet || !*isSet)
        return std::nullopt;
    const Property *delta = findNamed(message, kPsetidCommon, kLidReminderDelta);
    const qint32 *minutes = delta ? delta->get<qint32>() : nullptr;
    if (!minutes)
        return QCoreApplication::translate("mig::wizard", "yes");
    return QCoreApplication::translate("mig::wizard", "%n minute(s) before", nullptr, int(*minutes));
}

/// PidLidTaskStatus (MS-OXOTASK 2.2.2.2.2) and PidLidPercentComplete in words.
std::optional<QString> taskStatusText(const Message &message)
{
    const Property *status = findNamed(message, kPsetidTask, kLidTaskStatus);
    const qint32 *value = status ? status->get<qint32>() : nullptr;
    if (!value)
        return std::nullopt;
    QString text;
    switch (*value) {
    case 1:
        text = QCoreApplication::translate("mig::wizard", "in progress");
        break;
    case 2:
        text = QCoreApplication::translate("mig::wizard", "completed");
        break;
    case 3:
        text = QCoreApplication::translate("mig::wizard", "waiting on someone else");
        break;
    case 4:
        text = QCoreApplication::translate("mig::wizard", "deferred");
        break;
    default:
        text = QCoreApplication::translate("mig::wizard", "not started");
        break;
    }
    const Property *percent = findNamed(message, kPsetidTask, kLidPercentComplete);
    if (const double *fraction = percent ? percent->get<double>() : nullptr)
        text += QCoreApplication::translate("mig::wizard", ", %1% complete").arg(qRound(*fraction * 100));
    return text;
}

void addDetails(QString &html, const Message &message, const QString &messageClass)
{
    if (messageClass.startsWith(QLatin1String("IPM.Appointment"), Qt::CaseInsensitive)
        || messageClass.startsWith(QLatin1String("IPM.Schedule.Meeting"), Qt::CaseInsensitive)) {
        addRow(html, QCoreApplication::translate("mig::wizard", "Start"),
            timeValue(findNamed(message, kPsetidAppointment, kLidAppointmentStart)));
        addRow(html, QCoreApplication::translate("mig::wizard", "End"),
            timeValue(findNamed(message, kPsetidAppointment, kLidAppointmentEnd)));
        addRow(html, QCoreApplication::translate("mig::wizard", "Location"),
            stringValue(findNamed(message, kPsetidAppointment, kLidLocation)));
        if (const Property *allDay = findNamed(message, kPsetidAppointment, kLidAllDay)) {
            if (const bool *value = allDay->get<bool>(); value && *value)
                addRow(html, QCoreApplication::translate("mig::wizard", "All day"),
                    QCoreApplication::translate("mig::wizard", "yes"));
        }
        if (const Property *recur = findNamed(message, kPsetidAppointment, kLidAppointmentRecur)) {
            if (const QByteArray *blob = recur->get<QByteArray>()) {
                const QString words = calendar::recurrenceText(*blob);
                addRow(html, QCoreApplication::translate("mig::wizard", "Recurrence"),
                    words.isEmpty() ? QCoreApplication::translate("mig::wizard", "(a pattern this preview cannot read)")
                                    : words);
            }
        }
        addRow(html, QCoreApplication::translate("mig::wizard", "Reminder"), reminderText(message));
        if (!message.recipients.isEmpty())
            addRow(html, QCoreApplication::translate("mig::wizard", "Attendees"),
                QCoreApplication::translate("mig::wizard", "%n (listed under Recipients)", nullptr,
                    int(message.recipients.size())));
    } else if (messageClass.startsWith(QLatin1String("IPM.Task"), Qt::CaseInsensitive)) {
        addRow(html, QCoreApplication::translate("mig::wizard", "Start"),
            timeValue(findNamed(message, kPsetidTask, kLidTaskStartDate)));
        addRow(html, QCoreApplication::translate("mig::wizard", "Due"),
            timeValue(findNamed(message, kPsetidTask, kLidTaskDueDate)));
        addRow(html, QCoreApplication::translate("mig::wizard", "Status"), taskStatusText(message));
        addRow(html, QCoreApplication::translate("mig::wizard", "Reminder"), reminderText(message));
    } else if (messageClass.startsWith(QLatin1String("IPM.Contact"), Qt::CaseInsensitive)) {
        addRow(html, QCoreApplication::translate("mig::wizard", "File as"),
            stringValue(findNamed(message, kPsetidAddress, kLidFileUnder)));
        addRow(html, QCoreApplication::translate("mig::wizard", "Given name"), message.properties.string(kGivenName));
        addRow(html, QCoreApplication::translate("mig::wizard", "Surname"), message.properties.string(kSurname));
        addRow(html, QCoreApplication::translate("mig::wizard", "Company"), message.properties.string(kCompanyName));
        addRow(html, QCoreApplication::translate("mig::wizard", "Job title"), message.properties.string(kJobTitle));
        addRow(html, QCoreApplication::translate("mig::wizard", "E-mail"),
            stringValue(findNamed(message, kPsetidAddress, kLidEmail1)));
        addRow(html, QCoreApplication::translate("mig::wizard", "E-mail 2"),
            stringValue(findNamed(message, kPsetidAddress, kLidEmail2)));
        addRow(html, QCoreApplication::translate("mig::wizard", "Business phone"),
            message.properties.string(kBusinessPhone));
        addRow(html, QCoreApplication::translate("mig::wizard", "Home phone"), message.properties.string(kHomePhone));
        addRow(
            html, QCoreApplication::translate("mig::wizard", "Mobile phone"), message.properties.string(kMobilePhone));
        addRow(html, QCoreApplication::translate("mig::wizard", "E-mail 3"),
            stringValue(findNamed(message, kPsetidAddress, kLidEmail3)));
        addRow(html, QCoreApplication::translate("mig::wizard", "Business phone 2"),
            message.properties.string(kBusiness2Phone));
        addRow(html, QCoreApplication::translate("mig::wizard", "Home phone 2"), message.properties.string(kHome2Phone));
        addRow(html, QCoreApplication::translate("mig::wizard", "Other phone"), message.properties.string(kOtherPhone));
        addRow(html, QCoreApplication::translate("mig::wizard", "Business fax"), message.properties.string(kBusinessFax));
        addRow(html, QCoreApplication::translate("mig::wizard", "Home fax"), message.properties.string(kHomeFax));
        addRow(html, QCoreApplication::translate("mig::wizard", "Pager"), message.properties.string(kPager));
        addRow(html, QCoreApplication::translate("mig::wizard", "Business address"),
            stringValue(findNamed(message, kPsetidAddress, kLidWorkAddress)));
        addRow(html, QCoreApplication::translate("mig::wizard", "Home address"),
            stringValue(findNamed(message, kPsetidAddress, kLidHomeAddress)));
        addRow(html, QCoreApplication::translate("mig::wizard", "Other address"),
            stringValue(findNamed(message, kPsetidAddress, kLidOtherAddress)));
    } else if (messageClass.startsWith(QLatin1String("IPM.DistList"), Qt::CaseInsensitive)) {
        addRow(html, QCoreApplication::translate("mig::wizard", "File as"),
            stringValue(findNamed(message, kPsetidAddress, kLidFileUnder)));
        addRow(html, QCoreApplication::translate("mig::wizard", "Members"), distributionListMembers(message));
    }
}

/// An RTF-only body (PR_RTF_COMPRESSED): encapsulated HTML takes the same way as PR_HTML, text
/// and rendered RTF are shown as text, a damaged value as a note saying why.
void addRtfBody(RenderedMessage &out, const QByteArray &compressed)
{
    const Expected<rtf::RtfBody> body = rtf::bodyFromCompressedRtf(compressed);
    if (!body)
        out.bodyText = QCoreApplication::translate("mig::wizard", "(The rich-text (RTF) body cannot be shown: %1)")
                           .arg(body.error().message);
    else if (body->kind == rtf::RtfBody::Kind::Html)
        out.bodyHtml = body->body;
    else
        out.bodyText = body->body;
}

} // namespace

RenderedMessage renderMessage(const Message &message)
{
    const PropertyBag &props = message.properties;
    RenderedMessage out;
    out.subject = props.string(PR_SUBJECT).value_or(QString());
    const QString messageClass = props.string(PR_MESSAGE_CLASS).value_or(QStringLiteral("IPM.Note"));

    QString from = props.string(PR_SENT_REPRESENTING_NAME).value_or(QString());
    if (from.isEmpty())
        from = props.string(PR_SENDER_NAME).value_or(QString());
    QString fromAddress = props.string(PR_SENT_REPRESENTING_EMAIL_ADDRESS).value_or(QString());
    if (fromAddress.isEmpty())
        fromAddress = props.string(PR_SENDER_EMAIL_ADDRESS).value_or(QString());
    if (!fromAddress.isEmpty() && fromAddress != from)
        from = from.isEmpty() ? fromAddress : QStringLiteral("%1 <%2>").arg(from, fromAddress);

    std::optional<QString> date;
    if (const Property *delivered = props.find(PR_MESSAGE_DELIVERY_TIME))
        date = timeValue(delivered);
    else if (const Property *submitted = props.find(PR_CLIENT_SUBMIT_TIME))
        date = timeValue(submitted);

    QString html = QStringLiteral("<table cellspacing=\"2\">");
    addRow(html, QCoreApplication::translate("mig::wizard", "Subject"),
        out.subject.isEmpty() ? QCoreApplication::translate("mig::wizard", "(no subject)") : out.subject);
    addRow(html, QCoreApplication::translate("mig::wizard", "From"), from);
    addRow(html, QCoreApplication::translate("mig::wizard", "To"), props.string(kDisplayTo));
    addRow(html, QCoreApplication::translate("mig::wizard", "Date"), date);
    addRow(html, QCoreApplication::translate("mig::wizard", "Class"), messageClass);
    addDetails(html, message, messageClass);
    html += QStringLiteral("</table>");
    out.headerHtml = html;

    for (const PropertyBag &recipient : message.recipients)
        out.recipients << recipientLine(recipient);
    for (const Attachment &attachment : message.attachments) {
        out.attachments << attachmentEntry(attachment);
        if (out.contactPhoto.isEmpty() && attachment.properties.boolean(kAttachmentContactPhoto).value_or(false))
            out.contactPhoto = out.attachments.last().data;
    }

    if (const Property *htmlBody = props.findId(propId(PR_HTML))) {
        if (const QByteArray *bytes = htmlBody->get<QByteArray>())
            out.bodyHtml = decodeHtml(*bytes, props.int32(PR_INTERNET_CPID));
        else if (const QString *text = htmlBody->get<QString>())
            out.bodyHtml = *text;
    }
    if (!out.bodyHtml.isEmpty()) {
        // shown as HTML
    } else if (const Property *body = props.findId(propId(PR_BODY))) {
        if (const QString *text = body->get<QString>())
            out.bodyText = *text;
    }
    if (out.bodyHtml.isEmpty() && out.bodyText.isEmpty()) {
        if (const std::optional<QByteArray> rtf = props.binary(PR_RTF_COMPRESSED))
            addRtfBody(out, *rtf);
    }
    return out;
}

} // namespace mig::wizard
