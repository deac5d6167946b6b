#pragma once

#include "mapi/Message.h"
#include "mapi/PropertyName.h"

#include <gmime/gmime.h>

#include <QStringList>

namespace mig::mime {

/// What the parts of one conversion share: where the message is (for warnings), the warning sink
/// and the depth limit for embedded messages.
struct Context {
    QString where;
    QStringList *warnings = nullptr;
    int maxDepth = 16;

    /// Adds "where: what" to the warnings (when the caller asked for them).
    void warn(const QString &what) const;
};

/// One GMime message (top level or embedded at depth) as a MAPI message, without flags and
/// without the original bytes: headers, addresses, body, attachments, embedded messages.
mapi::Message convertMessage(GMimeMessage *message, Context &context, int depth);

/// The headers of message → message properties (subject, dates, ids, importance, receipts,
/// keywords, list headers, transport headers); addresses too.
void convertHeaders(GMimeMessage *message, mapi::Message &out, mapi::NamedPropertyMap &names, Context &context);

/// The MIME tree of message → PR_BODY, PR_HTML and the attachment table; returns the message
/// class the content implies (IPM.Note, IPM.Note.SMIME..., REPORT.IPM.Note.NDR ...).
QString convertContent(GMimeMessage *message, mapi::Message &out, Context &context, int depth);

/// "Re: Hello" → prefix "Re: ", normalized "Hello" (MS-OXCMAIL 2.2.3.2.6: 1-3 characters, no
/// digit first, followed by ": "); no prefix → empty prefix, the whole subject normalized.
void splitSubject(const QString &subject, QString &prefix, QString &normalized);

} // namespace mig::mime
