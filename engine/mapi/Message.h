#pragma once

#include "mapi/PropertyBag.h"
#include "mapi/PropertyName.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace mig::mapi {

struct Message;

/// One attachment: its properties (PR_ATTACH_METHOD says which kind) and, for embedded messages
/// (ATTACH_EMBEDDED_MSG), the inner message. Copying an Attachment copies the inner message.
struct Attachment {
    PropertyBag properties;
    std::unique_ptr<Message> embedded;

    Attachment() = default;
    explicit Attachment(PropertyBag props);
    Attachment(const Attachment &other);
    Attachment &operator=(const Attachment &other);
    Attachment(Attachment &&) noexcept = default;
    Attachment &operator=(Attachment &&) noexcept = default;
    ~Attachment();

    friend bool operator==(const Attachment &a, const Attachment &b);
};

/// A message (mail, appointment, contact, task, ...) with its recipient table and attachments.
/// Properties with ids 0x8000..0xFFFE mean what namedProperties says; embedded messages without a
/// map of their own use their parent's.
struct Message {
    PropertyBag properties;
    bool hasRecipientTable = true;
    QList<PropertyBag> recipients;
    bool hasAttachmentTable = true;
    QList<Attachment> attachments;
    /// The original RFC 5322 bytes, for sources that have them (EML, MBOX, IMAP); empty otherwise.
    QByteArray rfc5322;
    std::shared_ptr<const NamedPropertyMap> namedProperties;

    friend bool operator==(const Message &a, const Message &b);
};

/// One ACL entry of a folder (gxmt-format.md §7.6).
struct Permission {
    quint8 flags = 1; ///< ROW_ADD
    PropertyBag properties;
    friend bool operator==(const Permission &, const Permission &) = default;
};

/// A folder's own data. Its identity and place in the tree (nid, parent) belong to whoever
/// enumerates it: sources and the GXMT writer/reader.
struct Folder {
    PropertyBag properties;
    QList<Permission> permissions;
    std::shared_ptr<const NamedPropertyMap> namedProperties;

    friend bool operator==(const Folder &a, const Folder &b)
    {
        return a.properties == b.properties && a.permissions == b.permissions;
    }
};

} // namespace mig::mapi
