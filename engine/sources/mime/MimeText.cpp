#include "sources/mime/MimeText.h"

#include "sources/mime/GMimeSupport.h"

#include <gmime/gmime.h>

#include <QCoreApplication>

#include <QHash>
#include <QRegularExpression>
#include <cerrno>
#include <cstring>
#include <iconv.h>

namespace mig::mime {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    return g_utf8_validate(bytes.constData(), bytes.size(), nullptr);
}

/// Open iconv converters to UTF-8, one per charset, kept for the thread's lifetime. Opening one
/// is costly: glibc loads the charset's module (dlopen) and unloads it again when the last
/// converter of it is closed, so opening and closing one per message body took a sixth of an
/// mbox conversion. Keeping them open also keeps the modules loaded for GMime's own converters
/// (header decoding). Bounded: beyond kMaxCached charsets a converter is opened and closed as
/// before.
class ConverterCache {
public:
    ConverterCache() = default;
    ConverterCache(const ConverterCache &) = delete;
    ConverterCache &operator=(const ConverterCache &) = delete;
    ~ConverterCache()
    {
        for (const iconv_t cd : std::as_const(m_open))
            g_mime_iconv_close(cd);
    }

    /// A converter in its initial state, or (iconv_t)-1 when iconv does not know charset.
    /// Give it back with release().
    iconv_t acquire(const char *charset)
    {
        const auto it = m_open.constFind(QByteArray(charset));
        if (it != m_open.constEnd()) {
            iconv(*it, nullptr, nullptr, nullptr, nullptr); // back to the initial shift state
            return *it;
        }
        const iconv_t cd = g_mime_iconv_open("UTF-8", charset);
        if (cd != invalid() && m_open.size() < kMaxCached)
            m_open.insert(QByteArray(charset), cd);
        return cd;
    }

    void release(iconv_t cd)
    {
        for (const iconv_t open : std::as_const(m_open))
            if (open == cd)
                return;
        g_mime_iconv_close(cd);
    }

    static iconv_t invalid() { return reinterpret_cast<iconv_t>(-1); }

private:
    static constexpr qsizetype kMaxCached = 32;
    QHash<QByteArray, iconv_t> m_open;
};

ConverterCache &converters()
{
    thread_local ConverterCache cache;
    return cache;
}

/// Converts with iconv, replacing each undecodable byte with U+FFFD instead of giving up.
/// Returns false when iconv does not know the charset at all.
bool convertLossy(const QByteArray &bytes, const char *charset, QByteArray &utf8, bool &replaced)
{
    ensureGMimeInitialized();
    const iconv_t cd = converters().acquire(charset);
    if (cd == ConverterCache::invalid())
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
    converters().release(cd);
    return true;
}

/// Whether iconv can convert from charset (an unknown one is reported, so it must be asked).
bool iconvKnows(const char *charset)
{
    const iconv_t cd = converters().acquire(charset);
    if (cd == ConverterCache::invalid())
        return false;
    converters().release(cd);
    return true;
}

/// Whether iconvName (as g_mime_charset_iconv_name() gives it) reads bytes 0x00-0x7F as ASCII,
/// so that 7-bit text needs no conversion. Only charsets known to; the escape- or shift-based ones
/// (ISO-2022-*, HZ, UTF-7), UTF-16/32 and EBCDIC must go through iconv.
bool isAsciiCompatible(const char *iconvName)
{
    QByteArray name = QByteArray(iconvName).toLower();
    name.replace('-', QByteArray()).replace('_', QByteArray());
    for (const char *prefix : { "iso8859", "windows125", "cp125", "koi8" })
        if (name.startsWith(prefix))
            return true;
    for (const char *exact : { "usascii", "ascii", "ansix3.41968", "utf8" })
        if (name == exact)
            return true;
    return false;
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

/// Whether bytes hold "~{" (HZ's shift to GB2312), found with memchr rather than a substring search.
bool containsHzShift(const QByteArray &bytes)
{
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    while (p != end) {
        p = static_cast<const char *>(std::memchr(p, '~', size_t(end - p)));
        if (p == nullptr || end - p < 2)
            return false;
        if (p[1] == '{')
            return true;
        ++p;
    }
    return false;
}

} // namespace

void keepHeaderCharsetsLoaded(QByteArrayView header)
{
    ensureGMimeInitialized();
    static const char *const fallback = g_mime_charset_iconv_name("windows-1252");
    iconvKnows(fallback);
    // "=?charset?" or "=?charset*language?" (RFC 2231 language suffix)
    constexpr qsizetype kLongestName = 64;
    for (qsizetype at = header.indexOf("=?"); at >= 0; at = header.indexOf("=?", at + 2)) {
        const qsizetype start = at + 2;
        const qsizetype end = header.indexOf('?', start);
        if (end < 0)
            return;
        QByteArray name = header.sliced(start, end - start).toByteArray();
        if (const qsizetype star = name.indexOf('*'); star >= 0)
            name.truncate(star);
        if (name.isEmpty() || name.size() > kLongestName || name.contains(' ') || name.contains('\n'))
            continue;
        iconvKnows(g_mime_charset_iconv_name(name.constData()));
    }
}

bool isAscii(const QByteArray &bytes)
{
    // Eight bytes at a time: message bodies are megabytes of mostly 7-bit text.
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; p != end; ++p)
        if (static_cast<unsigned char>(*p) >= 0x80)
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
    const bool plainAscii = !bytes.contains('+') && !bytes.contains('\x1b') && !containsHzShift(bytes) && isAscii(bytes);
    if (charset.isEmpty() || plainAscii) {
        if (plainAscii)
            return { QString::fromLatin1(bytes), {} }; // the same as UTF-8 for 7-bit text, and quicker
        if (isValidUtf8(bytes))
            return { QString::fromUtf8(bytes), {} };
        return { windows1252(bytes),
            QCoreApplication::translate("mig::mime", "undeclared 8-bit text is not UTF-8, read as windows-1252") };
    }
    // GMime maps aliases (ks_c_5601-1987, x-sjis, ...) to names iconv knows.
    const char *iconvName = g_mime_charset_iconv_name(charset.constData());
    // 7-bit text with a '+' or "~{" in a charset where those are plain characters (us-ascii,
    // ISO-8859-x ...): what iconv would give, without the conversion.
    if (isAscii(bytes) && !bytes.contains('\x1b') && isAsciiCompatible(iconvName) && iconvKnows(iconvName))
        return { QString::fromLatin1(bytes), {} };
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
