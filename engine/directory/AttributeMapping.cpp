#include "directory/AttributeMapping.h"

namespace mig::directory {

AttributeMapping AttributeMapping::openLdap()
{
    AttributeMapping m;
    m.filter = QStringLiteral("(objectClass=inetOrgPerson)");
    m.loginAttribute = QStringLiteral("uid");
    m.mailAttribute = QStringLiteral("mail");
    m.aliasAttributes = {QStringLiteral("mailAlternateAddress")};
    m.displayNameAttribute = QStringLiteral("displayName");
    m.fallbackDisplayNameAttribute = QStringLiteral("cn");
    return m;
}

AttributeMapping AttributeMapping::activeDirectory()
{
    AttributeMapping m;
    // objectCategory=person excludes computer accounts, which are objectClass=user as well.
    m.filter = QStringLiteral("(&(objectClass=user)(objectCategory=person))");
    m.loginAttribute = QStringLiteral("sAMAccountName");
    m.mailAttribute = QStringLiteral("mail");
    m.proxyAddressesAttribute = QStringLiteral("proxyAddresses");
    m.displayNameAttribute = QStringLiteral("displayName");
    m.fallbackDisplayNameAttribute = QStringLiteral("cn");
    m.userAccountControlAttribute = QStringLiteral("userAccountControl");
    m.legacyExchangeDnAttribute = QStringLiteral("legacyExchangeDN");
    m.otherLoginAttributes = {QStringLiteral("userPrincipalName")};
    return m;
}

std::optional<AttributeMapping> AttributeMapping::preset(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("openldap"))
        return openLdap();
    if (key == QLatin1String("ad") || key == QLatin1String("activedirectory"))
        return activeDirectory();
    return std::nullopt;
}

bool AttributeMapping::set(const QString &key, const QString &value)
{
    const QString k = key.trimmed().toLower();
    const QString v = value.trimmed();
    const auto list = [&v] {
        QStringList names;
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names.append(part.trimmed());
        return names;
    };
    if (k == QLatin1String("filter"))
        filter = v;
    else if (k == QLatin1String("login"))
        loginAttribute = v;
    else if (k == QLatin1String("mail"))
        mailAttribute = v;
    else if (k == QLatin1String("aliases"))
        aliasAttributes = list();
    else if (k == QLatin1String("proxy"))
        proxyAddressesAttribute = v;
    else if (k == QLatin1String("display"))
        displayNameAttribute = v;
    else if (k == QLatin1String("fallback-display"))
        fallbackDisplayNameAttribute = v;
    else if (k == QLatin1String("uac"))
        userAccountControlAttribute = v;
    else if (k == QLatin1String("legacy-dn"))
        legacyExchangeDnAttribute = v;
    else if (k == QLatin1String("other-logins"))
        otherLoginAttributes = list();
    else
        return false;
    return true;
}

QStringList AttributeMapping::requestedAttributes() const
{
    QStringList all{loginAttribute, mailAttribute, proxyAddressesAttribute, displayNameAttribute,
                    fallbackDisplayNameAttribute, userAccountControlAttribute, legacyExchangeDnAttribute};
    all += aliasAttributes;
    all += otherLoginAttributes;
    QStringList unique;
    for (const QString &name : std::as_const(all)) {
        if (!name.isEmpty() && !unique.contains(name, Qt::CaseInsensitive))
            unique.append(name);
    }
    return unique;
}

} // namespace mig::directory
