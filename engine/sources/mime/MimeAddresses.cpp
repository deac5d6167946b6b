#include "sources/mime/MimeAddresses.h"

#include "sources/mime/MimeTags.h"

#include <QtEndian>

namespace mig::mime {

using namespace mapi;

const AddressTags senderTags { PR_SENDER_NAME, PR_SENDER_ADDRTYPE, PR_SENDER_EMAIL_ADDRESS, PR_SENDER_SMTP_ADDRESS,
    PR_SENDER_SEARCH_KEY, PR_SENDER_ENTRYID };
const AddressTags sentRepresentingTags { PR_SENT_REPRESENTING_NAME, PR_SENT_REPRESENTING_ADDRTYPE,
    PR_SENT_REPRESENTING_EMAIL_ADDRESS, PR_SENT_REPRESENTING_SMTP_ADDRESS, PR_SENT_REPRESENTING_SEARCH_KEY,
    PR_SENT_REPRESENTING_ENTRYID };

namespace {

void collect(InternetAddressList *list, QList<Mailbox> &out, int depth)
{
    if (list == nullptr || depth > 4)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            collect(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)), out, depth + 1);
            continue;
        }
        if (!INTERNET_ADDRESS_IS_MAILBOX(address))
            continue;
        Mailbox mailbox;
        mailbox.name = QString::fromUtf8(internet_address_get_name(address)).trimmed();
        // As written (Unicode for RFC 6532 mail); the IDN form would turn domains into punycode.
        mailbox.address = QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
        if (!mailbox.address.isEmpty() || !mailbox.name.isEmpty())
            out.append(mailbox);
    }
}

void appendUtf16z(QByteArray &out, const QString &text)
{
    for (QChar c : text) {
        const char16_t unit = qToLittleEndian(c.unicode());
        out.append(reinterpret_cast<const char *>(&unit), 2);
    }
    out.append("\0\0", 2);
}

QString displayNameOf(const Mailbox &mailbox)
{
    return mailbox.name.isEmpty() ? mailbox.address : mailbox.name;
}

} // namespace

QList<Mailbox> mailboxes(InternetAddressList *list)
{
    QList<Mailbox> out;
    collect(list, out, 0);
    return out;
}

QByteArray oneOffEntryId(const QString &displayName, const QString &address)
{
    // Flags (4), provider UID of one-off entries (16), version (2), flags (2), then three
    // NUL-terminated UTF-16LE strings.
    static const char providerUid[16] = { '\x81', '\x2B', '\x1F', '\xA4', '\xBE', '\xA3', '\x10', '\x19', '\x9D',
        '\x6E', '\x00', '\xDD', '\x01', '\x0F', '\x54', '\x02' };
    QByteArray id(4, '\0');
    id.append(providerUid, 16);
    id.append("\0\0", 2);
    id.append("\x01\x80", 2); // MAPI_ONE_OFF_NO_RICH_INFO | MAPI_ONE_OFF_UNICODE, little-endian
    appendUtf16z(id, displayName.isEmpty() ? address : displayName);
    appendUtf16z(id, QStringLiteral("SMTP"));
    appendUtf16z(id, address);
    return id;
}

QByteArray smtpSearchKey(const QString &address)
{
    QByteArray key = "SMTP:" + address.toUpper().toUtf8();
    key.append('\0');
    return key;
}

PropertyBag recipientRow(const Mailbox &mailbox, qint32 recipientType)
{
    PropertyBag row;
    row.set(PR_DISPLAY_NAME, displayNameOf(mailbox));
    row.set(PR_TRANSMITABLE_DISPLAY_NAME, displayNameOf(mailbox));
    if (!mailbox.address.isEmpty()) {
        const QByteArray entryId = oneOffEntryId(mailbox.name, mailbox.address);
        row.set(PR_ADDRTYPE, QStringLiteral("SMTP"));
        row.set(PR_EMAIL_ADDRESS, mailbox.address);
        row.set(PR_SMTP_ADDRESS, mailbox.address);
        row.set(PR_SEARCH_KEY, smtpSearchKey(mailbox.address));
        row.set(PR_ENTRYID, entryId);
        row.set(PR_RECIPIENT_ENTRYID, entryId);
        row.set(PR_RECORD_KEY, entryId);
        row.set(PR_OBJECT_TYPE, MAPI_MAILUSER);
        row.set(PR_DISPLAY_TYPE, DT_MAILUSER);
    }
    row.set(PR_RESPONSIBILITY, true);
    row.set(PR_RECIPIENT_FLAGS, RECIP_SENDABLE);
    row.set(PR_RECIPIENT_TYPE, recipientType);
    return row;
}

void setAddress(PropertyBag &properties, const AddressTags &tags, const Mailbox &mailbox)
{
    if (mailbox.name.isEmpty() && mailbox.address.isEmpty())
        return;
    properties.set(tags.name, displayNameOf(mailbox));
    if (mailbox.address.isEmpty())
        return;
    properties.set(tags.addrType, QStringLiteral("SMTP"));
    properties.set(tags.emailAddress, mailbox.address);
    properties.set(tags.smtpAddress, mailbox.address);
    properties.set(tags.searchKey, smtpSearchKey(mailbox.address));
    properties.set(tags.entryId, oneOffEntryId(mailbox.name, mailbox.address));
}

void setReplyTo(PropertyBag &properties, const QList<Mailbox> &replyTo)
{
    // FLATENTRYLIST (MS-OXCDATA 2.3.3): count, total size, then each entry's size, bytes and
    // padding to a multiple of 4.
    QByteArray entries;
    QStringList names;
    int count = 0;
    for (const Mailbox &mailbox : replyTo) {
        if (mailbox.address.isEmpty())
            continue;
        const QByteArray id = oneOffEntryId(mailbox.name, mailbox.address);
        const quint32 size = qToLittleEndian(quint32(id.size()));
        entries.append(reinterpret_cast<const char *>(&size), 4);
        entries.append(id);
        entries.append(QByteArray((4 - id.size() % 4) % 4, '\0'));
        names.append(displayNameOf(mailbox).remove(QLatin1Char(';')));
        ++count;
    }
    if (count == 0)
        return;
    const quint32 header[2] = { qToLittleEndian(quint32(count)), qToLittleEndian(quint32(entries.size())) };
    properties.set(PR_REPLY_RECIPIENT_ENTRIES, QByteArray(reinterpret_cast<const char *>(header), 8) + entries);
    properties.set(PR_REPLY_RECIPIENT_NAMES, names.join(QStringLiteral("; ")));
}

} // namespace mig::mime
