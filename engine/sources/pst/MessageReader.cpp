#include "sources/pst/MessageReader.h"

#include "mapi/Tags.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstdio>

namespace mig::pst {

using namespace mig::mapi;

namespace {

/// Embedded messages nest; a corrupt file could make them loop. Outlook itself stops far earlier.
constexpr int kMaxEmbeddingDepth = 32;

/// PR_MESSAGE_CODEPAGE: the code page of the message's 8-bit strings.
constexpr quint16 kMessageCodePageId = 0x3FFD;

} // namespace

void splitSubjectPrefix(PropertyBag &properties)
{
    const std::optional<QString> subject = properties.string(PR_SUBJECT);
    if (!subject || subject->size() < 2 || subject->at(0) != QChar(0x01))
        return;
    const qsizetype marker = subject->at(1).unicode();
    if (marker < 1 || subject->size() < marker + 1)
        return;
    properties.set(PR_SUBJECT, subject->mid(marker + 1));
    if (marker > 1)
        properties.set(PR_SUBJECT_PREFIX, subject->mid(2, marker - 1));
}

MessageReader::MessageReader(PropertyConverter &converter, AnsiDecoder &decoder, QString where)
    : m_converter(converter)
    , m_decoder(decoder)
    , m_where(std::move(where))
{
}

PropertyConverter::Context MessageReader::contextFor(libpff_item_t *item, const QString &where) const
{
    PropertyConverter::Context context;
    context.where = where;
    const QByteArray codePage = PropertyConverter::rawValue(item, kMessageCodePageId, PT_LONG);
    if (codePage.size() == 4) {
        const int cp = qFromLittleEndian<qint32>(codePage.constData());
        if (cp > 0 && m_decoder.canDecode(cp))
            context.codePage = cp;
    }
    return context;
}

Expected<PropertyBag> MessageReader::readProperties(libpff_item_t *item)
{
    PropertyBag properties;
    if (auto done = m_converter.appendItem(item, properties, contextFor(item, m_where)); !done)
        return done.error();
    splitSubjectPrefix(properties);
    return properties;
}

Expected<Message> MessageReader::read(libpff_item_t *item)
{
    return readAt(item, 0, m_where);
}

Expected<Message> MessageReader::readAt(libpff_item_t *item, int depth, const QString &where)
{
    if (depth > kMaxEmbeddingDepth)
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: embedded messages nest deeper than %2 levels")
                .arg(where)
                .arg(kMaxEmbeddingDepth),
            {} };
    Message message;
    message.namedProperties = m_converter.names();
    const PropertyConverter::Context context = contextFor(item, where);
    if (auto done = m_converter.appendItem(item, message.properties, context); !done)
        return done.error();
    splitSubjectPrefix(message.properties);
    if (!message.properties.contains(PR_RTF_COMPRESSED))
        message.properties.remove(PR_RTF_IN_SYNC);

    pff::ErrorSlot error;
    pff::Item recipients;
    const int hasRecipients = libpff_message_get_recipients(item, recipients.out(), error.out());
    if (hasRecipients < 0)
        return error.toError(Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: the recipient table cannot be read").arg(where));
    if (hasRecipients == 1) {
        auto rows = m_converter.rows(recipients.get(), context);
        if (!rows)
            return rows.error();
        message.recipients = std::move(*rows);
    }

    int attachments = 0;
    if (libpff_message_get_number_of_attachments(item, &attachments, error.out()) != 1)
        return error.toError(Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: the attachment table cannot be read").arg(where));
    for (int i = 0; i < attachments; ++i) {
        pff::Item attachment;
        if (libpff_message_get_attachment(item, i, attachment.out(), error.out()) != 1)
            return error.toError(Error::Code::Corrupt,
                QCoreApplication::translate("mig::pst", "%1: attachment %2 cannot be read").arg(where).arg(i + 1));
        auto converted = readAttachment(attachment.get(), depth,
            QCoreApplication::translate("mig::pst", "%1, attachment %2").arg(where).arg(i + 1));
        if (!converted)
            return converted.error();
        message.attachments.append(std::move(*converted));
    }
    return message;
}

Expected<Attachment> MessageReader::readAttachment(libpff_item_t *attachment, int depth, const QString &where)
{
    Attachment result;
    PropertyConverter::Context context;
    context.where = where;
    context.skipAttachData = true;
    if (auto done = m_converter.appendItem(attachment, result.properties, context); !done)
        return done.error();

    pff::ErrorSlot error;
    int type = LIBPFF_ATTACHMENT_TYPE_UNDEFINED;
    if (libpff_attachment_get_type(attachment, &type, error.out()) != 1)
        type = LIBPFF_ATTACHMENT_TYPE_UNDEFINED; // no data at all (properties only), as pff2mt treats it

    if (type == LIBPFF_ATTACHMENT_TYPE_ITEM) {
        pff::Item embedded;
        if (libpff_attachment_get_item(attachment, embedded.out(), error.out()) != 1)
            return error.toError(Error::Code::Corrupt,
                QCoreApplication::translate("mig::pst", "%1: the embedded message cannot be read").arg(where));
        auto inner = readAt(
            embedded.get(), depth + 1, QCoreApplication::translate("mig::pst", "%1 (embedded message)").arg(where));
        if (!inner)
            return inner.error();
        result.embedded = std::make_unique<Message>(std::move(*inner));
    } else if (type == LIBPFF_ATTACHMENT_TYPE_DATA) {
        // By-value data and OLE objects (PT_OBJECT in the PST) alike arrive as PR_ATTACH_DATA_BIN,
        // so the OLE payload survives (gromox-pff2mt drops it).
        size64_t size = 0;
        if (libpff_attachment_get_data_size(attachment, &size, error.out()) != 1)
            return error.toError(Error::Code::Corrupt,
                QCoreApplication::translate("mig::pst", "%1: the attachment data cannot be read").arg(where));
        if (size > size64_t(std::numeric_limits<int>::max() - 1))
            return Error { Error::Code::Unsupported,
                QCoreApplication::translate("mig::pst", "%1: the attachment is larger than 2 GiB").arg(where), {} };
        QByteArray data(qsizetype(size), Qt::Uninitialized);
        if (libpff_attachment_data_seek_offset(attachment, 0, SEEK_SET, error.out()) < 0)
            return error.toError(Error::Code::Corrupt,
                QCoreApplication::translate("mig::pst", "%1: the attachment data cannot be read").arg(where));
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t got = libpff_attachment_data_read_buffer(
                attachment, reinterpret_cast<uint8_t *>(data.data() + done), size_t(data.size() - done), error.out());
            if (got <= 0)
                return error.toError(Error::Code::Corrupt,
                    QCoreApplication::translate("mig::pst", "%1: the attachment data ends after %2 of %3 bytes")
                        .arg(where)
                        .arg(done)
                        .arg(data.size()));
            done += got;
        }
        result.properties.set(PR_ATTACH_DATA_BIN, data.isNull() ? QByteArray("") : data);
    }
    return result;
}

} // namespace mig::pst
