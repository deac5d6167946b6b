#pragma once

#include "mapi/Message.h"

#include <QList>
#include <QString>

namespace mig::wizard {

/// One attachment as the preview lists it.
struct AttachmentEntry {
    QString name;
    qint64 size = 0;
    bool embedded = false; ///< an attached message (no bytes to save)
    QByteArray data;       ///< the attachment's bytes (PR_ATTACH_DATA_BIN); empty when not by value
};

/// A message turned into what the preview shows: an HTML header block (escaped, no remote
/// content), the body either as plain text or as HTML to be shown in a SafeTextBrowser (from
/// PR_HTML, PR_BODY or, when neither is there, PR_RTF_COMPRESSED via mig::rtf), the
/// recipients and the attachments. Appointments (when, where, recurrence in words, reminder),
/// tasks (due, status) and contacts (name, addresses, phones, e-mails, photo) get a details block
/// from their named properties. Pure function of the message; any thread.
struct RenderedMessage {
    QString subject;
    QString headerHtml;
    QString bodyHtml;   ///< the HTML body: PR_HTML, else HTML encapsulated in an RTF-only body
    QString bodyText;   ///< otherwise the plain body: PR_BODY, else the text of an RTF-only body
                        ///< (or why that cannot be shown)
    QStringList recipients;
    QList<AttachmentEntry> attachments;
    QByteArray contactPhoto; ///< a contact's picture (the attachment flagged PR_ATTACHMENT_CONTACTPHOTO)
};

RenderedMessage renderMessage(const mapi::Message &message);

} // namespace mig::wizard
