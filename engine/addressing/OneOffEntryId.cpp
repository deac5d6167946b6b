#include "addressing/OneOffEntryId.h"

#include <QtEndian>

namespace mig::addressing {
namespace {

// MS-OXCDATA 2.2.5.1: the provider UID that marks a one-off entry id.
constexpr unsigned char kOneOffProvider[16]
    = { 0x81, 0x2B, 0x1F, 0xA4, 0xBE, 0xA3, 0x10, 0x19, 0x9D, 0x6E, 0x00, 0xDD, 0x01, 0x0F, 0x54, 0x02 };
constexpr quint16 kUnicode = 0x8000;    // MAPI_ONE_OFF_UNICODE
constexpr quint16 kDontLookup = 0x1000; // OOP_DONT_LOOKUP
constexpr quint16 kNoRichInfo = 0x0001; // MAPI_ONE_OFF_NO_RICH_INFO

void appendUtf16(QByteArray &out, const QString &text)
{
    for (const QChar c : text) {
        const quint16 unit = qToLittleEndian(c.unicode());
        out.append(reinterpret_cast<const char *>(&unit), 2);
    }
    out.append(2, '\0');
}

} // namespace

QByteArray oneOffEntryId(const QString &displayName, const QString &addressType, const QString &address)
{
    QByteArray id(4, '\0'); // flags
    id.append(reinterpret_cast<const char *>(kOneOffProvider), sizeof kOneOffProvider);
    id.append(2, '\0'); // version 0
    const quint16 flags = qToLittleEndian<quint16>(kUnicode | kDontLookup | kNoRichInfo);
    id.append(reinterpret_cast<const char *>(&flags), 2);
    appendUtf16(id, displayName);
    appendUtf16(id, addressType);
    appendUtf16(id, address);
    return id;
}

std::optional<OneOffAddress> parseOneOffEntryId(const QByteArray &entryId)
{
    constexpr qsizetype headerSize = 4 + sizeof kOneOffProvider + 2 + 2;
    if (entryId.size() < headerSize
        || entryId.mid(4, sizeof kOneOffProvider)
            != QByteArray::fromRawData(reinterpret_cast<const char *>(kOneOffProvider), sizeof kOneOffProvider))
        return std::nullopt;
    const bool unicode = qFromLittleEndian<quint16>(entryId.constData() + 22) & kUnicode;
    qsizetype pos = headerSize;
    // One NUL-terminated string; false when the entry ends before its terminator.
    auto next = [&](QString &out) {
        if (unicode) {
            for (; pos + 1 < entryId.size(); pos += 2) {
                const char16_t unit = qFromLittleEndian<quint16>(entryId.constData() + pos);
                if (unit == 0) {
                    pos += 2;
                    return true;
                }
                out.append(QChar(unit));
            }
            return false;
        }
        const qsizetype end = entryId.indexOf('\0', pos);
        if (end < 0)
            return false;
        out = QString::fromLatin1(entryId.mid(pos, end - pos));
        pos = end + 1;
        return true;
    };
    OneOffAddress a;
    if (!next(a.displayName) || !next(a.addressType) || !next(a.address))
        return std::nullopt;
    return a;
}

QByteArray searchKey(const QString &addressType, const QString &address)
{
    QByteArray key = (addressType + QLatin1Char(':') + address).toUpper().toUtf8();
    key.append('\0');
    return key;
}

} // namespace mig::addressing
