#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mig::mime {

/// Text decoded from bytes in some charset, and whether decoding had to guess or replace.
struct DecodedText {
    QString text;
    /// Empty when the bytes decoded cleanly; else what went wrong, for a warning
    /// ("unknown charset \"x-foo\", read as windows-1252").
    QString problem;
};

/// Decodes bytes declared to be in charset (any name or alias iconv/GMime knows: Shift_JIS,
/// ISO-2022-JP, ks_c_5601-1987, windows-125x, KOI8-R, GBK, Big5 ...). No charset: valid UTF-8 is
/// kept, anything else read as windows-1252. An unknown charset is read the same way; invalid
/// sequences become U+FFFD. Never fails; problem says when the result is a guess.
DecodedText decodeText(const QByteArray &bytes, const QByteArray &charset);

/// Header bytes that may hold raw 8-bit text (RFC 6532 UTF-8, or legacy 8-bit): valid UTF-8 is
/// kept, anything else read as windows-1252 (problem set).
DecodedText decodeRawHeader(const QByteArray &bytes);

/// A plain-text rendering of an HTML body for PR_BODY when a message has no text/plain part
/// (Gromox does the same): scripts and styles dropped, block ends as line breaks, tags removed,
/// character references decoded.
QString htmlToPlainText(const QString &html);

/// Keeps iconv's modules loaded for the charsets GMime will convert from while it parses and
/// decodes header: those of its RFC 2047 encoded words and windows-1252 (GMime's fallback for raw
/// 8-bit text). glibc loads a charset module (dlopen) when a converter is opened and may unload it
/// when the last one is closed; GMime opens and closes one per header it decodes, which took a
/// tenth of the time of converting small messages. Bounded like the converter cache behind it.
void keepHeaderCharsetsLoaded(QByteArrayView header);

/// True when bytes are pure 7-bit ASCII.
bool isAscii(const QByteArray &bytes);

} // namespace mig::mime
