#include "ModifiedUtf7.h"

namespace mig::imap {

namespace {

bool isDirectlyPrintable(char16_t c)
{
    return c >= 0x20 && c <= 0x7e;
}

QByteArray encodeShifted(const QString &run)
{
    QByteArray utf16;
    utf16.reserve(run.size() * 2);
    for (const QChar c : run) {
        utf16.append(static_cast<char>(c.unicode() >> 8));
        utf16.append(static_cast<char>(c.unicode() & 0xff));
    }
    QByteArray base64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
    base64.replace('/', ',');
    return '&' + base64 + '-';
}

} // namespace

QByteArray encodeModifiedUtf7(const QString &name)
{
    QByteArray out;
    QString run;
    for (const QChar c : name) {
        if (isDirectlyPrintable(c.unicode())) {
            if (!run.isEmpty()) {
                out += encodeShifted(run);
                run.clear();
            }
            out += c == QLatin1Char('&') ? QByteArray("&-") : QByteArray(1, static_cast<char>(c.unicode()));
        } else {
            run += c;
        }
    }
    if (!run.isEmpty())
        out += encodeShifted(run);
    return out;
}

std::optional<QString> decodeModifiedUtf7(const QByteArray &wire)
{
    QString out;
    for (qsizetype i = 0; i < wire.size(); ++i) {
        const char c = wire.at(i);
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            return std::nullopt;
        if (c != '&') {
            out += QLatin1Char(c);
            continue;
        }
        const qsizetype end = wire.indexOf('-', i + 1);
        if (end < 0)
            return std::nullopt;
        if (end == i + 1) {
            out += QLatin1Char('&');
            i = end;
            continue;
        }
        QByteArray base64 = wire.mid(i + 1, end - i - 1);
        base64.replace(',', '/');
        const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() % 2 != 0)
            return std::nullopt;
        for (qsizetype k = 0; k < decoded.decoded.size(); k += 2) {
            const auto hi = static_cast<unsigned char>(decoded.decoded.at(k));
            const auto lo = static_cast<unsigned char>(decoded.decoded.at(k + 1));
            out += QChar(static_cast<char16_t>((hi << 8) | lo));
        }
        i = end;
    }
    return out;
}

} // namespace mig::imap
