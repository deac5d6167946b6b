#pragma once

#include "core/Expected.h"
#include "mapi/Message.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace mig::mime {

/// Mailbox flags a container knows about a message (mbox Status/X-Status/X-Mozilla-Status,
/// Maildir ":2," suffix, IMAP flags). Bit values of MimeOptions::flags.
enum MailFlag : quint8 {
    Read = 0x01,
    Answered = 0x02,
    Flagged = 0x04,
    Draft = 0x08,
    Forwarded = 0x10,
};

struct MimeOptions {
    /// MailFlag bits: read → MSGFLAG_READ, draft → MSGFLAG_UNSENT, answered/forwarded → last verb
    /// executed and icon, flagged → PR_FLAG_STATUS followupFlagged.
    quint8 flags = 0;
    /// Delivery time when no Received header has a date: the mbox "From " line's date or the file
    /// time. Without it the Date header is used.
    std::optional<QDateTime> deliveryTimeFallback;
    /// Names the message in errors and warnings ("Inbox.mbox, message 3 at byte 1234").
    QString where;
    /// Embedded message/rfc822 levels converted as embedded messages; deeper ones become .eml
    /// attachments.
    int maxEmbeddingDepth = 16;
    /// Receives one line per problem the conversion worked around (broken charset, unreadable
    /// date, NUL bytes ...), each starting with where. May be nullptr.
    QStringList *warnings = nullptr;
    /// Categories from outside the message (IMAP keywords), added to those of its Keywords header
    /// (PS_PUBLIC_STRINGS "Keywords", the Outlook categories); a name already there (in any case)
    /// is not added twice.
    QStringList categories;
};

/// Converts one Internet message (RFC 5322 / MIME bytes, optionally starting with an mbox "From "
/// line, which is not part of the message) to a MAPI message the way Gromox's oxcmail does
/// (gxmt-format.md §11.2; README.md of this folder lists what is set). Message::rfc5322 holds the
/// message bytes (without a "From " line); it stays empty when they contain a NUL byte, which a
/// GXMT frame cannot carry (a warning says so). Fails only when the bytes are no message at all
/// (no header); anything else converts as far as it can be parsed, with warnings.
/// Thread-safe: conversions may run in parallel.
Expected<mapi::Message> convertMime(const QByteArray &rfc5322, const MimeOptions &options = {});

} // namespace mig::mime
