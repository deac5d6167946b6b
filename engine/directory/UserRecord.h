#pragma once

#include <QString>
#include <QStringList>

namespace mig::directory {

/// One user of the target directory, as the mapping needs it. Plain value type, any thread.
struct UserRecord {
    QString dn;
    QString login;       ///< uid (OpenLDAP) or sAMAccountName (Active Directory)
    QString mail;        ///< primary address, lower-case preserved as the directory has it
    QStringList aliases; ///< further addresses (mailAlternateAddress, proxyAddresses smtp:), never the primary
    QString displayName;
    bool disabled = false; ///< Active Directory: userAccountControl bit 0x2 (ACCOUNTDISABLE)
    /// Other names the user logs in with (userPrincipalName); used for matching, not part of the
    /// JSON record.
    QStringList otherLogins;
    /// Exchange distinguished names of the user (legacyExchangeDN and "X500:" proxy addresses,
    /// without the prefix): what PSTs exported from Exchange call the user. Used to rewrite EX
    /// addresses to SMTP; not part of the JSON record.
    QStringList exchangeDns;

    bool operator==(const UserRecord &) const = default;
};

} // namespace mig::directory
