#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mig::addressing {

/// A one-off entry id (MS-OXCDATA 2.2.5.1): an address that stands on its own, with no address
/// book behind it. Unicode strings, "don't look up" and "no rich info" set, as Outlook and Gromox
/// write them for plain SMTP recipients.
QByteArray oneOffEntryId(const QString &displayName, const QString &addressType, const QString &address);

/// The three strings of a one-off entry id.
struct OneOffAddress {
    QString displayName;
    QString addressType;
    QString address;
};

/// Reads a one-off entry id back (Unicode or 8-bit strings); std::nullopt when entryId is of
/// another provider or cut off.
std::optional<OneOffAddress> parseOneOffEntryId(const QByteArray &entryId);

/// A search key (MS-OXPROPS PidTagSearchKey): "ADDRTYPE:ADDRESS" in upper case, NUL-terminated.
QByteArray searchKey(const QString &addressType, const QString &address);

} // namespace mig::addressing
