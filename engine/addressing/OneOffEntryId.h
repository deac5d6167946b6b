#pragma once

#include <QByteArray>
#include <QString>

namespace mig::addressing {

/// A one-off entry id (MS-OXCDATA 2.2.5.1): an address that stands on its own, with no address
/// book behind it. Unicode strings, "don't look up" and "no rich info" set, as Outlook and Gromox
/// write them for plain SMTP recipients.
QByteArray oneOffEntryId(const QString &displayName, const QString &addressType, const QString &address);

/// A search key (MS-OXPROPS PidTagSearchKey): "ADDRTYPE:ADDRESS" in upper case, NUL-terminated.
QByteArray searchKey(const QString &addressType, const QString &address);

} // namespace mig::addressing
