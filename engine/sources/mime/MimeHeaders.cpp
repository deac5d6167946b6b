// Message headers → MAPI properties (what oxcmail_enum_mail_head does in Gromox).
#include "sources/mime/GMimeSupport.h"
#include "sources/mime/MimeAddresses.h"
#include "sources/mime/MimeContext.h"
#include "sources/mime/MimeTags.h"
#include "sources/mime/MimeText.h"

#include <QCoreApplication>

#include <optional>

namespace mig::mime {

using namespace mapi;

namespace {

constexpr qint64 fileTimeOfUnixEpoch = 116444736000000000LL;

qint64 fileTime(GDateTime *time)
{
    return qint64(g_date_time_to_unix(time)) * 10000000LL + fileTimeOfUnixEpoch;
}

/// A date header value (RFC 5322, with the usual sloppiness) as FILETIME.
std::optional<qint64> parseDate(const QByteArray &value)
{
    GDateTime *time = g_mime_utils_header_decode_date(value.constData());
    if (time == nullptr)
        return std::nullopt;
    const qint64 result = fileTime(time);
    g_date_time_unref(time);
    return result;
}

/// The date after the last ';' of a Received header: when that hop took the message.
std::optional<qint64> receivedDate(const QByteArray &value)
{
    const qsizetype semicolon = value.lastIndexOf(';');
    if (semicolon < 0)
        return std::nullopt;
    return parseDate(value.mid(semicolon + 1).trimmed());
}

qint32 importanceOf(const QByteArray &name, const QByteArray &value)
{
    const QByteArray v = value.trimmed().toLower();
    if (name == "x-priority") { // "1 (Highest)" ... "5 (Lowest)"
        if (v.startsWith('1') || v.startsWith('2'))
            return IMPORTANCE_HIGH;
        if (v.startsWith('4') || v.startsWith('5'))
            return IMPORTANCE_LOW;
        return IMPORTANCE_NORMAL;
    }
    if (v == "high" || v == "urgent")
        return IMPORTANCE_HIGH;
    if (v == "low" || v == "non-urgent")
        return IMPORTANCE_LOW;
    return IMPORTANCE_NORMAL;
}

qint32 sensitivityOf(const QByteArray &value)
{
    const QByteArray v = value.trimmed().toLower();
    if (v == "personal")
        return SENSITIVITY_PERSONAL;
    if (v == "private")
        return SENSITIVITY_PRIVATE;
    if (v == "company-confidential")
        return SENSITIVITY_CONFIDENTIAL;
    return SENSITIVITY_NONE;
}

void setNamedString(PropertyBag &properties, NamedPropertyMap &names, const PropertyName &name, const QString &value)
{
    if (const std::optional<quint16> id = names.idFor(name))
        properties.set(makeTag(*id, PT_UNICODE), value);
}

void setKeywords(PropertyBag &properties, NamedPropertyMap &names, const QString &value)
{
    QList<QString> keywords;
    for (const QString &keyword : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!keyword.trimmed().isEmpty())
            keywords.append(keyword.trimmed());
    const std::optional<quint16> id
        = names.idFor(PropertyName::byString(PropertySet::publicStrings(), QStringLiteral("Keywords")));
    if (!keywords.isEmpty() && id)
        properties.set(makeTag(*id, PT_MV_UNICODE), keywords);
}

/// One header whose meaning does not depend on the others.
void convertHeader(const QByteArray &name, const QByteArray &rawName, const QString &value, PropertyBag &properties,
    NamedPropertyMap &names)
{
    const QByteArray latin = value.toUtf8();
    if (name == "message-id")
        properties.set(PR_INTERNET_MESSAGE_ID, value.trimmed());
    else if (name == "in-reply-to")
        properties.set(PR_IN_REPLY_TO_ID, value.simplified());
    else if (name == "references")
        properties.set(PR_INTERNET_REFERENCES, value.simplified());
    else if (name == "importance")
        properties.set(PR_IMPORTANCE, importanceOf(name, latin));
    // The other spellings only count when no Importance header says it (whatever the order).
    else if ((name == "priority" || name == "x-priority" || name == "x-msmail-priority")
        && !properties.contains(PR_IMPORTANCE))
        properties.set(PR_IMPORTANCE, importanceOf(name, latin));
    else if (name == "sensitivity")
        properties.set(PR_SENSITIVITY, sensitivityOf(latin));
    else if (name == "disposition-notification-to") {
        properties.set(PR_READ_RECEIPT_REQUESTED, true);
        properties.set(PR_NON_RECEIPT_NOTIFICATION_REQUESTED, true);
    } else if (name == "return-receipt-to")
        properties.set(PR_ORIGINATOR_DELIVERY_REPORT_REQUESTED, true);
    else if (name == "keywords")
        setKeywords(properties, names, value);
    else if (name == "thread-topic")
        properties.set(PR_CONVERSATION_TOPIC, value.trimmed());
    else if (name == "thread-index")
        properties.set(PR_CONVERSATION_INDEX, QByteArray::fromBase64(latin.trimmed()));
    else if (name == "list-help")
        properties.set(PR_LIST_HELP, value.trimmed());
    else if (name == "list-subscribe")
        properties.set(PR_LIST_SUBSCRIBE, value.trimmed());
    else if (name == "list-unsubscribe")
        properties.set(PR_LIST_UNSUBSCRIBE, value.trimmed());
    else if (name == "expires" || name == "expiry-date") {
        if (const std::optional<qint64> time = parseDate(latin))
            properties.set(PR_EXPIRY_TIME, *time);
    } else if (name == "x-mailer" || name == "user-agent" || name == "content-class" || name == "accept-language"
        || name == "content-base") {
        // Gromox keeps these as PS_INTERNET_HEADERS string names, spelled as in the message.
        setNamedString(properties, names,
            PropertyName::byString(PropertySet::internetHeaders(), QString::fromLatin1(rawName)), value.trimmed());
    }
}

void convertAddresses(GMimeMessage *message, Message &out)
{
    const QList<Mailbox> from = mailboxes(g_mime_message_get_from(message));
    const QList<Mailbox> sender = mailboxes(g_mime_message_get_sender(message));
    if (!from.isEmpty())
        setAddress(out.properties, sentRepresentingTags, from.first());
    // Without Sender: the author sent it himself (MS-OXCMAIL 2.2.3.2.1).
    if (!sender.isEmpty())
        setAddress(out.properties, senderTags, sender.first());
    else if (!from.isEmpty())
        setAddress(out.properties, senderTags, from.first());
    setReplyTo(out.properties, mailboxes(g_mime_message_get_reply_to(message)));
    const std::pair<GMimeAddressType, qint32> kinds[] = { { GMIME_ADDRESS_TYPE_TO, MAPI_TO },
        { GMIME_ADDRESS_TYPE_CC, MAPI_CC }, { GMIME_ADDRESS_TYPE_BCC, MAPI_BCC } };
    for (const auto &[kind, recipientType] : kinds)
        for (const Mailbox &mailbox : mailboxes(g_mime_message_get_addresses(message, kind)))
            if (!mailbox.address.isEmpty())
                out.recipients.append(recipientRow(mailbox, recipientType));
}

void convertSubject(GMimeMessage *message, PropertyBag &properties)
{
    const char *subject = g_mime_message_get_subject(message);
    if (subject == nullptr)
        return;
    const QString text = QString::fromUtf8(subject).trimmed();
    QString prefix, normalized;
    splitSubject(text, prefix, normalized);
    properties.set(PR_SUBJECT, text);
    properties.set(PR_SUBJECT_PREFIX, prefix);
    properties.set(PR_NORMALIZED_SUBJECT, normalized);
}

void convertDates(GMimeMessage *message, GMimeHeaderList *headers, PropertyBag &properties, Context &context)
{
    if (GDateTime *date = g_mime_message_get_date(message))
        properties.set(PR_CLIENT_SUBMIT_TIME, fileTime(date));
    else if (g_mime_header_list_contains(headers, "Date"))
        context.warn(
            QCoreApplication::translate("mig::mime", "the Date header cannot be read, the message has no sent time"));
    // The topmost Received header that parses is the last hop: the delivery to this mailbox.
    const int count = g_mime_header_list_get_count(headers);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        if (g_ascii_strcasecmp(g_mime_header_get_name(header), "Received") != 0)
            continue;
        if (const std::optional<qint64> time = receivedDate(QByteArray(g_mime_header_get_raw_value(header)))) {
            properties.set(PR_MESSAGE_DELIVERY_TIME, *time);
            return;
        }
    }
}

} // namespace

void splitSubject(const QString &subject, QString &prefix, QString &normalized)
{
    prefix.clear();
    normalized = subject;
    const qsizetype colon = subject.indexOf(QLatin1String(": "));
    if (colon < 1 || colon > 3 || subject.at(0).isDigit())
        return;
    for (qsizetype i = 0; i < colon; ++i)
        if (subject.at(i).isSpace() || subject.at(i) == QLatin1Char(':'))
            return;
    prefix = subject.left(colon + 2);
    normalized = subject.mid(colon + 2);
}

void convertHeaders(GMimeMessage *message, Message &out, NamedPropertyMap &names, Context &context)
{
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    convertSubject(message, out.properties);
    convertDates(message, headers, out.properties, context);
    convertAddresses(message, out);
    bool raw8bit = false;
    const int count = g_mime_header_list_get_count(headers);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        const QByteArray rawName(g_mime_header_get_name(header));
        const QByteArray rawValue(g_mime_header_get_raw_value(header));
        if (!isAscii(rawValue) && !decodeRawHeader(rawValue).problem.isEmpty())
            raw8bit = true;
        convertHeader(rawName.toLower(), rawName, fromUtf8(g_mime_header_get_value(header)), out.properties, names);
    }
    if (raw8bit)
        context.warn(
            QCoreApplication::translate("mig::mime", "raw 8-bit header text is not UTF-8, read as windows-1252"));
    if (!out.properties.contains(PR_CONVERSATION_TOPIC) && out.properties.contains(PR_NORMALIZED_SUBJECT))
        out.properties.set(PR_CONVERSATION_TOPIC, *out.properties.string(PR_NORMALIZED_SUBJECT));
}

} // namespace mig::mime
