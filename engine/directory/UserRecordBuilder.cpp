#include "directory/UserRecordBuilder.h"

namespace mig::directory {

namespace {

QStringList valuesOf(const EntryAttributes &attributes, const QString &name)
{
    if (name.isEmpty())
        return {};
    return attributes.value(name.toLower());
}

QString firstValue(const EntryAttributes &attributes, const QString &name)
{
    const QStringList values = valuesOf(attributes, name);
    return values.isEmpty() ? QString() : values.first().trimmed();
}

void appendUnique(QStringList &list, const QString &value)
{
    const QString v = value.trimmed();
    if (!v.isEmpty() && !list.contains(v, Qt::CaseInsensitive))
        list.append(v);
}

} // namespace

UserRecord buildUserRecord(const QString &dn, const EntryAttributes &attributes, const AttributeMapping &mapping)
{
    UserRecord user;
    user.dn = dn;
    user.login = firstValue(attributes, mapping.loginAttribute);
    user.displayName = firstValue(attributes, mapping.displayNameAttribute);
    if (user.displayName.isEmpty())
        user.displayName = firstValue(attributes, mapping.fallbackDisplayNameAttribute);

    QStringList addresses = valuesOf(attributes, mapping.mailAttribute);
    QString proxyPrimary;
    QStringList proxySecondary;
    for (const QString &proxy : valuesOf(attributes, mapping.proxyAddressesAttribute)) {
        // The prefix is case-sensitive on purpose: upper-case "SMTP:" marks the primary address.
        if (proxy.startsWith(QLatin1String("SMTP:")) && proxyPrimary.isEmpty())
            proxyPrimary = proxy.mid(5).trimmed();
        else if (proxy.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive))
            proxySecondary.append(proxy.mid(5).trimmed());
        else if (proxy.startsWith(QLatin1String("x500:"), Qt::CaseInsensitive))
            appendUnique(user.exchangeDns, proxy.mid(5));
    }
    QStringList all;
    for (const QString &a : std::as_const(addresses))
        appendUnique(all, a);
    appendUnique(all, proxyPrimary);
    for (const QString &a : std::as_const(proxySecondary))
        appendUnique(all, a);
    for (const QString &attribute : mapping.aliasAttributes) {
        for (const QString &a : valuesOf(attributes, attribute))
            appendUnique(all, a);
    }
    if (!all.isEmpty()) {
        user.mail = all.takeFirst();
        user.aliases = all;
    }

    for (const QString &dn : valuesOf(attributes, mapping.legacyExchangeDnAttribute))
        appendUnique(user.exchangeDns, dn);

    for (const QString &attribute : mapping.otherLoginAttributes) {
        for (const QString &name : valuesOf(attributes, attribute))
            appendUnique(user.otherLogins, name);
    }

    const QString uac = firstValue(attributes, mapping.userAccountControlAttribute);
    bool ok = false;
    const qlonglong flags = uac.toLongLong(&ok);
    user.disabled = ok && (flags & 0x2) != 0;
    return user;
}

} // namespace mig::directory
