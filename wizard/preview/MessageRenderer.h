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
/// content), the body either as plain text or as HTML to be shown in a SafeTextBrowser, the
/// recipients and the attachments. Appointments and contacts get a details block from their named
/// properties. Pure function of the message; any thread.
struct RenderedMessage {
    QString subject;
    QString headerHtml;
    QString bodyHtml;   ///< the HTML body (PR_HTML) when the message has one
    QString bodyText;   ///< the plain body (PR_BODY) otherwise
    QStringList recipients;
    QList<AttachmentEntry> attachments;
};

RenderedMessage renderMessage(const mapi::Message &message);

} // namespace mig::wizard
