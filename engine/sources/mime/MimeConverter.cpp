#include "sources/mime/MimeConverter.h"

#include "mapi/NamedValues.h"
#include "sources/mime/GMimeSupport.h"
#include "sources/mime/MimeContext.h"
#include "sources/mime/MimeTags.h"
#include "sources/mime/MimeText.h"

#include <QCoreApplication>

#include <algorithm>

namespace mig::mime {

using namespace mapi;

namespace {

/// Where the header block ends (the empty line), or the size when there is no body.
qsizetype headerEnd(const QByteArray &bytes)
{
    const qsizetype lf = bytes.indexOf("\n\n");
    // A CRLF blank line counts only before the first LF one: looking further would scan a whole
    // LF-only message (megabytes) for nothing.
    const QByteArrayView crlfRange = lf < 0 ? QByteArrayView(bytes) : QByteArrayView(bytes).first(qMin(bytes.size(), lf + 3));
    const qsizetype crlf = crlfRange.indexOf("\r\n\r\n");
    if (lf < 0 && crlf < 0)
        return bytes.size();
    if (lf < 0 || (crlf >= 0 && crlf < lf))
        return crlf + 2;
    return lf + 1;
}

/// The message bytes without a leading byte order mark or mbox "From " envelope line.
QByteArray withoutEnvelope(const QByteArray &bytes)
{
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (bytes.mid(start, 5) == "From ") {
        const qsizetype eol = bytes.indexOf('\n', start);
        start = eol < 0 ? bytes.size() : eol + 1;
    }
    return start == 0 ? bytes : bytes.mid(start);
}

/// Whether the parsed header has at least one field every mail has in practice; a calendar, a
/// vCard or a text file parses as a "message" too, with headers like "BEGIN".
bool hasMessageHeader(GMimeMessage *message)
{
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    for (const char *name : { "From", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID", "Received", "Return-Path",
             "Delivered-To", "Sender", "Reply-To", "In-Reply-To", "References", "MIME-Version", "Content-Type",
             "Content-Transfer-Encoding", "Comments", "Keywords" })
        if (g_mime_header_list_contains(headers, name))
            return true;
    return false;
}

/// Whether bytes hold nothing but white space (what QByteArray::trimmed() removes), without
/// copying a whole message to find out.
bool isBlank(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    });
}

qint64 fileTime(const QDateTime &time)
{
    return time.toMSecsSinceEpoch() * 10000LL + 116444736000000000LL;
}

void applyFlags(Message &message, const MimeOptions &options)
{
    qint32 flags = 0;
    if (options.flags & Read)
        flags |= MSGFLAG_READ;
    if (options.flags & Draft)
        flags |= MSGFLAG_UNSENT;
    for (const Attachment &attachment : message.attachments)
        if (!attachment.properties.boolean(PR_ATTACHMENT_HIDDEN).value_or(false))
            flags |= MSGFLAG_HASATTACH;
    message.properties.set(PR_MESSAGE_FLAGS, flags);
    message.properties.set(PR_HASATTACH, (flags & MSGFLAG_HASATTACH) != 0);
    // Forwarded wins over answered when both are set: it is the later verb more often than not.
    if (options.flags & Forwarded) {
        message.properties.set(PR_LAST_VERB_EXECUTED, EXCHIVERB_FORWARD);
        message.properties.set(PR_ICON_INDEX, qint32(0x106));
    } else if (options.flags & Answered) {
        message.properties.set(PR_LAST_VERB_EXECUTED, EXCHIVERB_REPLYTOSENDER);
        message.properties.set(PR_ICON_INDEX, qint32(0x105));
    }
    if (options.flags & Flagged)
        message.properties.set(PR_FLAG_STATUS, FOLLOWUP_FLAGGED);
}

void addCategories(Message &message, const QStringList &categories)
{
    if (categories.isEmpty())
        return;
    auto names = message.namedProperties ? std::make_shared<NamedPropertyMap>(*message.namedProperties)
                                         : std::make_shared<NamedPropertyMap>();
    const std::optional<quint16> id = names->idFor(keywordsName());
    if (!id)
        return;
    const PropTag tag = makeTag(*id, PT_MV_UNICODE);
    QList<QString> merged;
    if (const Property *existing = message.properties.find(tag))
        if (const auto *list = std::get_if<QList<QString>>(&existing->value))
            merged = *list;
    for (const QString &category : categories)
        if (!category.isEmpty() && !merged.contains(category, Qt::CaseInsensitive))
            merged.append(category);
    message.properties.set(tag, merged);
    message.namedProperties = std::move(names);
}

void setDeliveryFallback(Message &message, const MimeOptions &options)
{
    if (message.properties.contains(PR_MESSAGE_DELIVERY_TIME))
        return;
    if (options.deliveryTimeFallback && options.deliveryTimeFallback->isValid())
        message.properties.set(PR_MESSAGE_DELIVERY_TIME, fileTime(*options.deliveryTimeFallback));
    else if (const std::optional<qint64> sent = message.properties.int64(PR_CLIENT_SUBMIT_TIME))
        message.properties.set(PR_MESSAGE_DELIVERY_TIME, *sent);
}

} // namespace

void Context::warn(const QString &what) const
{
    if (warnings != nullptr)
        warnings->append(where.isEmpty() ? what : where + QStringLiteral(": ") + what);
}

Message convertMessage(GMimeMessage *message, Context &context, int depth)
{
    Message out;
    auto names = std::make_shared<NamedPropertyMap>();
    convertHeaders(message, out, *names, context);
    const QString messageClass = convertContent(message, out, context, depth);
    out.properties.set(PR_MESSAGE_CLASS, messageClass);
    if (depth > 0) {
        // An embedded message's own header block, as GMime keeps it.
        if (gchar *headers = g_mime_object_get_headers(GMIME_OBJECT(message), nullptr)) {
            out.properties.set(PR_TRANSPORT_MESSAGE_HEADERS, decodeRawHeader(QByteArray(headers)).text);
            g_free(headers);
        }
        if (!out.properties.contains(PR_MESSAGE_DELIVERY_TIME))
            if (const std::optional<qint64> sent = out.properties.int64(PR_CLIENT_SUBMIT_TIME))
                out.properties.set(PR_MESSAGE_DELIVERY_TIME, *sent);
        out.properties.set(PR_MESSAGE_FLAGS, qint32(MSGFLAG_READ));
    }
    if (names->size() > 0)
        out.namedProperties = std::move(names);
    return out;
}

Expected<Message> convertMime(const QByteArray &bytes, const MimeOptions &options)
{
    ensureGMimeInitialized();
    const QByteArray text = withoutEnvelope(bytes);
    const QString where = options.where;
    const qsizetype end = headerEnd(text);
    if (isBlank(text) || !QByteArrayView(text).first(end).contains(':'))
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::mime", "%1: not an Internet message (no header lines)").arg(where), {} };
    keepHeaderCharsetsLoaded(QByteArrayView(text).first(end));
    GRef<GMimeMessage> message = parseMessageInPlace(text); // text outlives message (declared first)
    if (!message)
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::mime", "%1: the message cannot be parsed").arg(where), {} };
    if (!hasMessageHeader(message.get()))
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::mime",
                "%1: not an Internet message (no From, To, Subject, Date, Received, MIME or other "
                "mail header)")
                .arg(where),
            {} };
    Context context { where, options.warnings, qMax(0, options.maxEmbeddingDepth) };
    Message out = convertMessage(message.get(), context, 0);
    const DecodedText headers = decodeRawHeader(text.left(end));
    out.properties.set(PR_TRANSPORT_MESSAGE_HEADERS, headers.text);
    out.properties.set(PR_MESSAGE_SIZE, qint32(qMin<qsizetype>(text.size(), INT32_MAX)));
    setDeliveryFallback(out, options);
    applyFlags(out, options);
    addCategories(out, options.categories);
    if (text.contains('\0'))
        context.warn(QCoreApplication::translate(
            "mig::mime", "the message holds a NUL byte, so its original text cannot travel with it"));
    else
        out.rfc5322 = text;
    return out;
}

} // namespace mig::mime
