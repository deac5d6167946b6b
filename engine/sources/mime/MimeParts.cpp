// The MIME tree → body properties and the attachment table (what oxcmail's body selection and
// oxcmail_enum_attachment do in Gromox).
#include "sources/mime/GMimeSupport.h"
#include "sources/mime/MimeContext.h"
#include "sources/mime/MimeTags.h"
#include "sources/mime/MimeText.h"

#include <QCoreApplication>
#include <QMimeDatabase>

namespace mig::mime {

using namespace mapi;

namespace {

/// MIME nesting beyond this is not walked (GMime parses it; walking it gains nothing real).
constexpr int maxMimeNesting = 64;

bool isType(GMimeObject *object, const char *type, const char *subtype)
{
    return g_mime_content_type_is_type(g_mime_object_get_content_type(object), type, subtype);
}

QString stripAngles(const QString &id)
{
    QString result = id.trimmed();
    if (result.startsWith(QLatin1Char('<')) && result.endsWith(QLatin1Char('>')))
        result = result.mid(1, result.size() - 2);
    return result;
}

QString extensionFor(const QString &mimeType)
{
    const QString suffix = QMimeDatabase().mimeTypeForName(mimeType).preferredSuffix();
    return suffix.isEmpty() ? QStringLiteral("dat") : suffix;
}

/// Walks one message's MIME tree: the first text/plain and text/html that are not attachments
/// become the body; everything else an attachment row (message/rfc822 an embedded message).
class PartWalker {
public:
    PartWalker(Message &out, Context &context, int depth)
        : m_out(out)
        , m_context(context)
        , m_depth(depth)
    {
    }

    /// inAlternative: object is (inside) one rendering of a multipart/alternative, so it may fill
    /// the body slot of its own type even when the other one is taken.
    void walk(GMimeObject *object, int nesting, bool inRelated, bool inAlternative = false);
    void finish();
    QString reportClass() const { return m_reportClass; }

private:
    void walkMultipart(GMimeMultipart *multipart, int nesting, bool inRelated, bool inAlternative);
    void walkAlternative(GMimeMultipart *multipart, int nesting);
    void walkLeaf(GMimePart *part, bool inRelated, bool inAlternative);
    void addAttachment(GMimePart *part, bool inRelated);
    void addEmbedded(GMimeMessage *inner, GMimeObject *part);
    void addEncodedEmbedded(GMimePart *part, bool inRelated);
    void readReport(GMimePart *part);
    bool isBodyCandidate(GMimePart *part) const;

    Message &m_out;
    Context &m_context;
    int m_depth;
    GMimePart *m_plain = nullptr;
    GMimePart *m_html = nullptr;
    QString m_reportClass;
    bool m_nestingWarned = false;
};

bool PartWalker::isBodyCandidate(GMimePart *part) const
{
    GMimeObject *object = GMIME_OBJECT(part);
    if (!isType(object, "text", "plain") && !isType(object, "text", "html"))
        return false;
    const char *disposition = g_mime_object_get_disposition(object);
    if (disposition != nullptr && g_ascii_strcasecmp(disposition, "attachment") == 0)
        return false;
    return g_mime_part_get_filename(part) == nullptr;
}

void PartWalker::walk(GMimeObject *object, int nesting, bool inRelated, bool inAlternative)
{
    if (nesting > maxMimeNesting) {
        if (!m_nestingWarned)
            m_context.warn(
                QCoreApplication::translate("mig::mime", "MIME parts nested deeper than %1 levels are left out")
                    .arg(maxMimeNesting));
        m_nestingWarned = true;
        return;
    }
    if (GMIME_IS_MULTIPART(object))
        walkMultipart(GMIME_MULTIPART(object), nesting, inRelated, inAlternative);
    else if (GMIME_IS_MESSAGE_PART(object))
        addEmbedded(g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)), object);
    else if (GMIME_IS_PART(object) && isType(object, "message", "rfc822"))
        addEncodedEmbedded(GMIME_PART(object), inRelated);
    else if (GMIME_IS_PART(object))
        walkLeaf(GMIME_PART(object), inRelated, inAlternative);
}

void PartWalker::walkMultipart(GMimeMultipart *multipart, int nesting, bool inRelated, bool inAlternative)
{
    GMimeObject *object = GMIME_OBJECT(multipart);
    if (isType(object, "multipart", "alternative")) {
        walkAlternative(multipart, nesting);
        return;
    }
    const bool related = isType(object, "multipart", "related");
    const int count = g_mime_multipart_get_count(multipart);
    for (int i = 0; i < count; ++i) {
        GMimeObject *child = g_mime_multipart_get_part(multipart, i);
        // In multipart/related only the root (first part) carries the body; the rest are the
        // resources it refers to.
        if (related && i > 0 && GMIME_IS_PART(child))
            addAttachment(GMIME_PART(child), true);
        else
            walk(child, nesting + 1, inRelated || (related && i > 0), inAlternative && i == 0);
    }
}

void PartWalker::walkAlternative(GMimeMultipart *multipart, int nesting)
{
    const int count = g_mime_multipart_get_count(multipart);
    for (int i = 0; i < count; ++i) {
        GMimeObject *child = g_mime_multipart_get_part(multipart, i);
        if (GMIME_IS_PART(child) && isBodyCandidate(GMIME_PART(child))) {
            GMimePart *&slot = isType(child, "text", "html") ? m_html : m_plain;
            if (slot == nullptr)
                slot = GMIME_PART(child);
            continue;
        }
        // Other text renderings (text/watch-html, text/enriched) repeat the body: dropped, as by
        // Gromox. A calendar or anything else is kept as an attachment.
        if (GMIME_IS_PART(child) && isType(child, "text", "*") && !isType(child, "text", "calendar"))
            continue;
        walk(child, nesting + 1, false, true);
    }
}

void PartWalker::walkLeaf(GMimePart *part, bool inRelated, bool inAlternative)
{
    GMimeObject *object = GMIME_OBJECT(part);
    if (isType(object, "message", "delivery-status") || isType(object, "message", "disposition-notification"))
        readReport(part);
    // Outside multipart/alternative a second text part is an attachment, not a second body.
    if (isBodyCandidate(part)) {
        GMimePart *&slot = isType(object, "text", "html") ? m_html : m_plain;
        if (slot == nullptr && (inAlternative || (m_plain == nullptr && m_html == nullptr))) {
            slot = part;
            return;
        }
    }
    addAttachment(part, inRelated);
}

void PartWalker::readReport(GMimePart *part)
{
    const QByteArray text = decodedContent(part).toLower();
    if (isType(GMIME_OBJECT(part), "message", "disposition-notification")) {
        m_reportClass = text.contains("displayed") ? QStringLiteral("REPORT.IPM.Note.IPNRN")
                                                   : QStringLiteral("REPORT.IPM.Note.IPNNRN");
        return;
    }
    if (text.contains("action: failed"))
        m_reportClass = QStringLiteral("REPORT.IPM.Note.NDR");
    else if (text.contains("action: delivered") || text.contains("action: relayed")
        || text.contains("action: expanded"))
        m_reportClass = QStringLiteral("REPORT.IPM.Note.DR");
    // "Action: delayed" is a warning, not a report on the outcome: it stays a note.
}

void PartWalker::addAttachment(GMimePart *part, bool inRelated)
{
    GMimeObject *object = GMIME_OBJECT(part);
    GMimeContentType *type = g_mime_object_get_content_type(object);
    gchar *rawType = g_mime_content_type_get_mime_type(type);
    const QString mimeType = fromUtf8(rawType);
    g_free(rawType);
    QString fileName = fromUtf8(g_mime_part_get_filename(part)).trimmed();
    if (fileName.isEmpty())
        fileName = QStringLiteral("attachment%1.%2").arg(m_out.attachments.size() + 1).arg(extensionFor(mimeType));
    const QByteArray data = decodedContent(part);

    PropertyBag properties;
    properties.set(PR_ATTACH_METHOD, ATTACH_BY_VALUE);
    properties.set(PR_DISPLAY_NAME, fileName);
    properties.set(PR_ATTACH_LONG_FILENAME, fileName);
    properties.set(PR_ATTACH_FILENAME, fileName);
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && fileName.size() - dot < 16)
        properties.set(PR_ATTACH_EXTENSION, fileName.mid(dot));
    properties.set(PR_ATTACH_MIME_TAG, mimeType.toLower());
    const QString contentId = stripAngles(fromUtf8(g_mime_part_get_content_id(part)));
    if (!contentId.isEmpty())
        properties.set(PR_ATTACH_CONTENT_ID, contentId);
    const QString location = fromUtf8(g_mime_part_get_content_location(part)).trimmed();
    if (!location.isEmpty())
        properties.set(PR_ATTACH_CONTENT_LOCATION, location);
    const char *disposition = g_mime_object_get_disposition(object);
    const bool isInline = inRelated
        || (disposition != nullptr && g_ascii_strcasecmp(disposition, "inline") == 0 && !contentId.isEmpty());
    if (isInline)
        properties.set(PR_ATTACH_FLAGS, ATT_MHTML_REF);
    properties.set(PR_ATTACH_RENDERING_POSITION, qint32(-1));
    properties.set(PR_ATTACH_SIZE, qint32(qMin<qsizetype>(data.size(), INT32_MAX)));
    properties.set(PR_ATTACH_DATA_BIN, data);
    m_out.attachments.append(Attachment(std::move(properties)));
}

void PartWalker::addEncodedEmbedded(GMimePart *part, bool inRelated)
{
    // message/rfc822 in base64 or quoted-printable (GroupWise does this; RFC 2046 forbids it):
    // GMime leaves it a plain part, so decode and parse it here.
    GRef<GMimeMessage> inner = parseMessage(decodedContent(part));
    GMimeHeaderList *headers = inner ? g_mime_object_get_header_list(GMIME_OBJECT(inner.get())) : nullptr;
    if (headers == nullptr || g_mime_header_list_get_count(headers) == 0) {
        addAttachment(part, inRelated);
        return;
    }
    addEmbedded(inner.get(), GMIME_OBJECT(part));
}

void PartWalker::addEmbedded(GMimeMessage *inner, GMimeObject *object)
{
    PropertyBag properties;
    properties.set(PR_ATTACH_MIME_TAG, QStringLiteral("message/rfc822"));
    properties.set(PR_ATTACH_RENDERING_POSITION, qint32(-1));
    if (inner == nullptr || m_depth + 1 > m_context.maxDepth) {
        // Too deep (or empty): keep the bytes as an .eml file so nothing is lost.
        if (inner != nullptr)
            m_context.warn(QCoreApplication::translate(
                "mig::mime", "embedded messages nested deeper than %1 levels are kept as .eml files")
                               .arg(m_context.maxDepth));
        const QByteArray data = inner != nullptr ? serialize(GMIME_OBJECT(inner)) : QByteArray();
        properties.set(PR_ATTACH_METHOD, ATTACH_BY_VALUE);
        properties.set(PR_ATTACH_LONG_FILENAME, QStringLiteral("message.eml"));
        properties.set(PR_DISPLAY_NAME, QStringLiteral("message.eml"));
        properties.set(PR_ATTACH_EXTENSION, QStringLiteral(".eml"));
        properties.set(PR_ATTACH_SIZE, qint32(qMin<qsizetype>(data.size(), INT32_MAX)));
        properties.set(PR_ATTACH_DATA_BIN, data);
        m_out.attachments.append(Attachment(std::move(properties)));
        return;
    }
    auto embedded = std::make_unique<Message>(convertMessage(inner, m_context, m_depth + 1));
    QString name = embedded->properties.string(PR_SUBJECT).value_or(QString());
    if (name.isEmpty())
        name = fromUtf8(g_mime_object_get_content_disposition_parameter(object, "filename"));
    properties.set(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
    properties.set(PR_DISPLAY_NAME, name);
    Attachment attachment(std::move(properties));
    attachment.embedded = std::move(embedded);
    m_out.attachments.append(std::move(attachment));
}

QString decodeBody(GMimePart *part, const Context &context, const char *what)
{
    const QByteArray charset(g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset"));
    DecodedText decoded = decodeText(decodedContent(part), charset);
    if (!decoded.problem.isEmpty())
        context.warn(QStringLiteral("%1: %2").arg(QLatin1String(what), decoded.problem));
    return decoded.text;
}

void PartWalker::finish()
{
    if (m_plain != nullptr)
        m_out.properties.set(PR_BODY, decodeBody(m_plain, m_context, "text/plain"));
    if (m_html != nullptr) {
        const QString html = decodeBody(m_html, m_context, "text/html");
        m_out.properties.set(PR_HTML, html.toUtf8());
        m_out.properties.set(PR_INTERNET_CPID, CPID_UTF8);
        if (m_plain == nullptr)
            m_out.properties.set(PR_BODY, htmlToPlainText(html));
        // Inline images the HTML shows are hidden from the attachment list, as Outlook does.
        for (Attachment &attachment : m_out.attachments) {
            const std::optional<QString> id = attachment.properties.string(PR_ATTACH_CONTENT_ID);
            if (id && html.contains(QLatin1String("cid:") + *id, Qt::CaseInsensitive))
                attachment.properties.set(PR_ATTACHMENT_HIDDEN, true);
        }
    }
}

/// Outlook's S/MIME layout: the whole signed (or enveloped) MIME entity is the one attachment.
Attachment smimeAttachment(GMimeObject *root, bool opaque)
{
    const QByteArray data = opaque ? decodedContent(GMIME_PART(root)) : serialize(root);
    PropertyBag properties;
    properties.set(PR_ATTACH_METHOD, ATTACH_BY_VALUE);
    properties.set(PR_ATTACH_LONG_FILENAME, QStringLiteral("smime.p7m"));
    properties.set(PR_ATTACH_FILENAME, QStringLiteral("smime.p7m"));
    properties.set(PR_DISPLAY_NAME, QStringLiteral("smime.p7m"));
    properties.set(PR_ATTACH_EXTENSION, QStringLiteral(".p7m"));
    properties.set(
        PR_ATTACH_MIME_TAG, opaque ? QStringLiteral("application/pkcs7-mime") : QStringLiteral("multipart/signed"));
    properties.set(PR_ATTACH_RENDERING_POSITION, qint32(-1));
    properties.set(PR_ATTACH_SIZE, qint32(qMin<qsizetype>(data.size(), INT32_MAX)));
    properties.set(PR_ATTACH_DATA_BIN, data);
    return Attachment(std::move(properties));
}

bool isPkcs7Mime(GMimeObject *root)
{
    return GMIME_IS_PART(root)
        && (isType(root, "application", "pkcs7-mime") || isType(root, "application", "x-pkcs7-mime"));
}

} // namespace

QString convertContent(GMimeMessage *message, Message &out, Context &context, int depth)
{
    GMimeObject *root = g_mime_message_get_mime_part(message);
    if (root == nullptr)
        return QStringLiteral("IPM.Note");
    if (GMIME_IS_MULTIPART_SIGNED(root)) {
        // The body of the signed content is shown as well (for previews and clients that do not
        // open S/MIME); its attachments live in the signed entity only, as in Outlook.
        Message signedContent;
        PartWalker walker(signedContent, context, depth);
        if (GMimeObject *content = g_mime_multipart_get_part(GMIME_MULTIPART(root), GMIME_MULTIPART_SIGNED_CONTENT))
            walker.walk(content, 1, false);
        walker.finish();
        for (PropTag tag : { PR_BODY, PR_HTML, PR_INTERNET_CPID })
            if (const Property *property = signedContent.properties.find(tag))
                out.properties.set(tag, property->value);
        out.attachments.append(smimeAttachment(root, false));
        return QStringLiteral("IPM.Note.SMIME.MultipartSigned");
    }
    if (isPkcs7Mime(root)) {
        out.attachments.append(smimeAttachment(root, true));
        return QStringLiteral("IPM.Note.SMIME");
    }
    PartWalker walker(out, context, depth);
    walker.walk(root, 0, false);
    walker.finish();
    if (isType(root, "multipart", "report") && !walker.reportClass().isEmpty())
        return walker.reportClass();
    return QStringLiteral("IPM.Note");
}

} // namespace mig::mime
