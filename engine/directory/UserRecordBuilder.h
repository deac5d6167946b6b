#pragma once

#include "directory/AttributeMapping.h"
#include "directory/UserRecord.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace mig::directory {

/// The attributes of one directory entry: lower-cased attribute name -> values in server order.
using EntryAttributes = QHash<QString, QStringList>;

/// Turns one entry into a UserRecord following mapping: the primary address is the first value of
/// the mail attribute, else the "SMTP:" proxy address, else the first "smtp:" one; aliases are every
/// other address (deduplicated case-insensitively, the primary never repeated); non-SMTP proxy
/// addresses (X500:, SIP:) are ignored. Pure function, any thread, never fails.
UserRecord buildUserRecord(const QString &dn, const EntryAttributes &attributes, const AttributeMapping &mapping);

} // namespace mig::directory
