#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mig::directory {

/// Which entries are users and which attributes fill a UserRecord. Attribute names are matched
/// case-insensitively, as LDAP does. Plain value type, any thread.
struct AttributeMapping {
    QString filter;                  ///< LDAP filter that selects user entries
    QString loginAttribute;          ///< first value becomes UserRecord::login
    QString mailAttribute;           ///< first value is the primary address, further values aliases
    QStringList aliasAttributes;     ///< plain address attributes (mailAlternateAddress)
    QString proxyAddressesAttribute; ///< Exchange-style "SMTP:"/"smtp:" values; "SMTP:" marks the primary
    QString displayNameAttribute;
    QString fallbackDisplayNameAttribute; ///< used when displayNameAttribute is empty (cn)
    QString userAccountControlAttribute;  ///< AD bit field; bit 0x2 = disabled
    QString legacyExchangeDnAttribute;    ///< the user's Exchange DN (AD: legacyExchangeDN)
    QStringList otherLoginAttributes;     ///< userPrincipalName

    /// inetOrgPerson: uid, mail, cn, displayName, mailAlternateAddress.
    static AttributeMapping openLdap();
    /// Active Directory user objects (computers excluded): sAMAccountName, userPrincipalName, mail,
    /// proxyAddresses, displayName, userAccountControl.
    static AttributeMapping activeDirectory();
    /// The preset called "openldap" or "ad" (also "activedirectory"), case-insensitive.
    static std::optional<AttributeMapping> preset(const QString &name);

    /// Overrides one field by key ("filter", "login", "mail", "aliases" (comma list), "proxy",
    /// "display", "fallback-display", "uac", "other-logins"); false for an unknown key.
    bool set(const QString &key, const QString &value);

    /// Every attribute name the search has to request, without duplicates.
    QStringList requestedAttributes() const;
};

} // namespace mig::directory
