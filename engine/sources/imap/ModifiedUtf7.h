#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mig::imap {

// IMAP's "modified UTF-7" for mailbox names (RFC 3501 section 5.1.3). Hand-written because
// neither Qt's QStringConverter nor GLib/GMime offer this variant (',' instead of '/', '&' as the
// shift character, no padding); it is a few lines over Qt's base64.

/// Encodes a folder name for the wire.
QByteArray encodeModifiedUtf7(const QString &name);

/// Decodes a folder name from the wire; nullopt when it is not valid modified UTF-7 (an
/// unterminated or malformed '&' sequence, an odd number of UTF-16 bytes, 8-bit bytes).
std::optional<QString> decodeModifiedUtf7(const QByteArray &wire);

} // namespace mig::imap
