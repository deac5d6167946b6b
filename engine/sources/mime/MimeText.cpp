#include "sources/mime/MimeText.h"

#include "sources/mime/GMimeSupport.h"

#include <gmime/gmime.h>

#include <QCoreApplication>

#include <QHash>
#include <QRegularExpression>
#include <cerrno>
#include <iconv.h>

namespace mig::mime {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    return g_utf8_validate(bytes.constData(), bytes.size(), nullptr);
}

/// Converts with iconv, replacing each undecodable byte with U+FFFD instead of giving up.
/// Returns false when iconv does not know the charset at all.
bool convertLossy(const QByteArray &bytes, const char *charset, QByteArray &utf8, bool &replaced)
{
    ensureGMimeInitialized();
    iconv_t cd = g_mime_iconv_open("UTF-8", charset);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    utf8.clear();
    utf8.reserve(bytes.size() + bytes.size() / 2);
    char buffer[4096];
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    replaced = false;
    while (inLeft > 0) {
        char *out = buffer;
        size_t outLeft = sizeof buffer;
        const size_t rc = iconv(cd, &in, &inLeft, &out, &outLeft);
        utf8.append(buffer, qsizetype(sizeof buffer - outLeft));
        if (rc != size_t(-1))
            continue;
        if (errno == E2BIG)
            continue;
        // EILSEQ or EINVAL (truncated sequence at the end): skip one byte, mark it, go on.
        utf8.append("\xEF\xBF\xBD");
        replaced = true;
        ++in;
        --inLeft;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    // Flush a stateful encoding (ISO-2022-JP) back to its initial shift state.
    char *out = buffer;
    size_t outLeft = sizeof buffer;
    iconv(cd, nullptr, nullptr, &out, &outLeft);
    utf8.append(buffer, qsizetype(sizeof buffer - outLeft));
    g_mime_iconv_close(cd);
    return true;
}

QString windows1252(const QByteArray &bytes)
{
    // Qt's own converters know no windows-1252 without ICU, so it goes through iconv like every
    // other charset; latin-1 is the fallback when even that is missing.
    QByteArray utf8;
    bool replaced = false;
    if (!convertLossy(bytes, "windows-1252", utf8, replaced))
        return QString::fromLatin1(bytes);
    return QString::fromUtf8(utf8);
}

} // namespace

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

DecodedText decodeRawHeader(const QByteArray &bytes)
{
    if (isValidUtf8(bytes))
        return { QString::fromUtf8(bytes), {} };
    return { windows1252(bytes),
        QCoreApplication::translate("mig::mime", "undeclared 8-bit text is not UTF-8, read as windows-1252") };
}

DecodedText decodeText(const QByteArray &bytes, const QByteArray &charset)
{
    // 7-bit text reads the same in every charset except the escape-based ones (ISO-2022-*, HZ,
    // UTF-7), which must go through iconv.
    const bool plainAscii = isAscii(bytes) && !bytes.contains('\x1b') && !bytes.contains("~{") && !bytes.contains('+');
    if (charset.isEmpty() || plainAscii) {
        if (plainAscii || isValidUtf8(bytes))
            return { QString::fromUtf8(bytes), {} };
        return { windows1252(bytes),
            QCoreApplication::translate("mig::mime", "undeclared 8-bit text is not UTF-8, read as windows-1252") };
    }
    // GMime maps aliases (ks_c_5601-1987, x-sjis, ...) to names iconv knows.
    const char *iconvName = g_mime_charset_iconv_name(charset.constData());
    const QByteArray lowered = QByteArray(iconvName).toLower();
    if (lowered == "utf-8" || lowered == "utf8") {
        if (isValidUtf8(bytes))
            return { QString::fromUtf8(bytes), {} };
        return { QString::fromUtf8(bytes),
            QCoreApplication::translate("mig::mime", "text declared UTF-8 holds invalid bytes, replaced with U+FFFD") };
    }
    QByteArray utf8;
    bool replaced = false;
    if (!convertLossy(bytes, iconvName, utf8, replaced)) {
        if (isValidUtf8(bytes))
            return { QString::fromUtf8(bytes),
                QCoreApplication::translate("mig::mime", "unknown charset \"%1\", text is valid UTF-8 and kept as such")
                    .arg(QString::fromLatin1(charset)) };
        return { windows1252(bytes),
            QCoreApplication::translate("mig::mime", "unknown charset \"%1\", read as windows-1252")
                .arg(QString::fromLatin1(charset)) };
    }
    DecodedText result { QString::fromUtf8(utf8), {} };
    if (replaced)
        result.problem
            = QCoreApplication::translate("mig::mime", "text is not valid %1, undecodable bytes replaced with U+FFFD")
                  .arg(QString::fromLatin1(charset));
    return result;
}

} // namespace mig::mime

namespace mig::mime {

namespace {

QString decodeEntity(const QString &entity)
{
    static const QHash<QString, QString> named { { QStringLiteral("nbsp"), QStringLiteral("\u00A0") },
        { QStringLiteral("amp"), QStringLiteral("&") }, { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") }, { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") } };
    if (entity.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = entity.startsWith(QLatin1String("#x"), Qt::CaseInsensitive) ? entity.mid(2).toUInt(&ok, 16)
                                                                                      : entity.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF)
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        return {};
    }
    return named.value(entity.toLower());
}

} // namespace

QString htmlToPlainText(const QString &html)
{
    // A tag walk rather than a DOM: Qt's HTML reader (QTextDocument) is in Qt Gui, which the
    // engine does not link, and a body text only needs the words and the line breaks.
    static const QRegularExpression dropped(QStringLiteral("<(script|style|head)\\b.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral("<(br|/p|/div|/tr|/li|/h[1-6]|/table)\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entities(QStringLiteral("&(#?[A-Za-z0-9]{1,8});"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\n]+"));
    QString text = html;
    text.remove(dropped);
    text.replace(breaks, QStringLiteral("\x01"));
    text.remove(tags);
    text.replace(spaces, QStringLiteral(" "));
    QString result;
    result.reserve(text.size());
    qsizetype last = 0;
    for (auto it = entities.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString decoded = decodeEntity(match.captured(1));
        result += decoded.isEmpty() ? match.captured(0) : decoded;
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    QStringList lines = result.split(QLatin1Char('\x01'));
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(QStringLiteral("\r\n")).trimmed();
}

} // namespace mig::mime
