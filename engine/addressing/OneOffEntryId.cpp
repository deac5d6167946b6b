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

QByteArray searchKey(const QString &addressType, const QString &address)
{
    QByteArray key = (addressType + QLatin1Char(':') + address).toUpper().toUtf8();
    key.append('\0');
    return key;
}

} // namespace mig::addressing
