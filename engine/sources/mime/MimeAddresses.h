#pragma once

#include "mapi/PropertyBag.h"

#include <gmime/gmime.h>

#include <QList>
#include <QString>

namespace mig::mime {

/// One mailbox of an address header, decoded to Unicode.
struct Mailbox {
    QString name; ///< display name, may be empty
    QString address; ///< addr-spec, may be empty for broken headers
};

/// Every mailbox of a list, group members flattened (RFC 5322 groups have no MAPI equivalent).
QList<Mailbox> mailboxes(InternetAddressList *list);

/// MS-OXCDATA 2.2.5.1 one-off entry id (Unicode, no rich info) for an SMTP address, as Gromox
/// writes it for addresses it cannot resolve (eml2mt --oneoff).
QByteArray oneOffEntryId(const QString &displayName, const QString &address);

/// "SMTP:ADDRESS" upper-cased with its terminating NUL, the PR_SEARCH_KEY form.
QByteArray smtpSearchKey(const QString &address);

/// The properties of one To/Cc/Bcc recipient row (display name, SMTP address, entry ids, search
/// key, type), as oxcmail_parse_recipient fills them.
mapi::PropertyBag recipientRow(const Mailbox &mailbox, qint32 recipientType);

/// Which tags one address set (sender, sent-representing) uses.
struct AddressTags {
    mapi::PropTag name, addrType, emailAddress, smtpAddress, searchKey, entryId;
};
extern const AddressTags senderTags;
extern const AddressTags sentRepresentingTags;

/// Sets one address set on properties from mailbox (nothing for an empty mailbox).
void setAddress(mapi::PropertyBag &properties, const AddressTags &tags, const Mailbox &mailbox);

/// PR_REPLY_RECIPIENT_ENTRIES (FLATENTRYLIST of one-off ids) and PR_REPLY_RECIPIENT_NAMES
/// ("a; b") from the Reply-To mailboxes.
void setReplyTo(mapi::PropertyBag &properties, const QList<Mailbox> &replyTo);

} // namespace mig::mime
