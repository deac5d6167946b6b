#include "cli/DirectoryOptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

namespace mig::cli {

namespace {

Error usageError(const QString &message)
{
    return Error { Error::Code::InvalidArgument, message, {} };
}

} // namespace

DirectoryOptions::DirectoryOptions()
    : m_ldap(QStringLiteral("ldap"),
        QCoreApplication::translate("mig::cli", "Directory server: ldap://host[:port] or ldaps://host[:port]."),
        QCoreApplication::translate("mig::cli", "URI"))
    , m_base(QStringLiteral("base"), QCoreApplication::translate("mig::cli", "Search base, e.g. dc=example,dc=org."),
          QCoreApplication::translate("mig::cli", "DN"))
    , m_bindDn(QStringLiteral("bind-dn"),
          QCoreApplication::translate("mig::cli", "Bind as this DN (default: anonymous)."),
          QCoreApplication::translate("mig::cli", "DN"))
    , m_passwordFile(QStringLiteral("password-file"),
          QCoreApplication::translate(
              "mig::cli", "Read the bind password from the first line of this file ('-': standard input)."),
          QCoreApplication::translate("mig::cli", "FILE"))
    , m_preset(QStringLiteral("preset"),
          QCoreApplication::translate("mig::cli", "Attribute preset: openldap (default) or ad."),
          QCoreApplication::translate("mig::cli", "NAME"), QStringLiteral("openldap"))
    , m_filter(QStringLiteral("filter"),
          QCoreApplication::translate("mig::cli", "LDAP filter selecting the users (default: the preset's)."),
          QCoreApplication::translate("mig::cli", "FILTER"))
    , m_attribute(QStringLiteral("attribute"),
          QCoreApplication::translate("mig::cli",
              "Override one attribute of the preset: login, mail, aliases, proxy, display, "
              "fallback-display, uac, legacy-dn or other-logins (repeatable)."),
          QCoreApplication::translate("mig::cli", "KEY=ATTRIBUTE"))
    , m_startTls(QStringLiteral("starttls"),
          QCoreApplication::translate("mig::cli", "Secure an ldap:// connection with StartTLS."))
    , m_insecureTls(QStringLiteral("insecure-tls"),
          QCoreApplication::translate(
              "mig::cli", "Do not verify the server's certificate (self-signed test servers only)."))
    , m_caFile(QStringLiteral("ca-file"),
          QCoreApplication::translate("mig::cli", "Trust the CA certificates in this PEM file."),
          QCoreApplication::translate("mig::cli", "FILE"))
    , m_timeout(QStringLiteral("timeout"),
          QCoreApplication::translate("mig::cli", "Seconds to wait for the server (default 10)."),
          QCoreApplication::translate("mig::cli", "SECONDS"), QStringLiteral("10"))
{
}

void DirectoryOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ m_ldap, m_base, m_bindDn, m_passwordFile, m_preset, m_filter, m_attribute, m_startTls,
        m_insecureTls, m_caFile, m_timeout });
}

Expected<directory::LdapSettings> DirectoryOptions::settings(
    const QCommandLineParser &parser, CommandContext &ctx) const
{
    directory::LdapSettings s;
    s.uri = parser.value(m_ldap);
    s.baseDn = parser.value(m_base);
    if (s.uri.isEmpty() || s.baseDn.isEmpty())
        return usageError(QCoreApplication::translate("mig::cli", "--ldap and --base are required."));
    s.bindDn = parser.value(m_bindDn);
    const auto preset = directory::AttributeMapping::preset(parser.value(m_preset));
    if (!preset)
        return usageError(QCoreApplication::translate("mig::cli", "Unknown preset \"%1\"; use openldap or ad.")
                              .arg(parser.value(m_preset)));
    s.mapping = *preset;
    if (parser.isSet(m_filter))
        s.mapping.filter = parser.value(m_filter);
    for (const QString &assignment : parser.values(m_attribute)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0 || !s.mapping.set(assignment.left(eq), assignment.mid(eq + 1)))
            return usageError(QCoreApplication::translate("mig::cli", "\"%1\" is not KEY=ATTRIBUTE with a known key.")
                                  .arg(assignment));
    }
    s.startTls = parser.isSet(m_startTls);
    s.insecureTls = parser.isSet(m_insecureTls);
    s.caCertFile = parser.value(m_caFile);
    bool ok = false;
    s.timeoutSeconds = parser.value(m_timeout).toInt(&ok);
    if (!ok || s.timeoutSeconds < 1)
        return usageError(QCoreApplication::translate("mig::cli", "--timeout needs a whole number of seconds."));

    if (parser.isSet(m_passwordFile)) {
        const QString path = parser.value(m_passwordFile);
        QByteArray line;
        if (path == QLatin1String("-")) {
            if (!ctx.in)
                return usageError(
                    QCoreApplication::translate("mig::cli", "No standard input to read the password from."));
            line = ctx.in->readLine();
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return Error { QFileInfo::exists(path) ? Error::Code::AccessDenied : Error::Code::NotFound,
                    QCoreApplication::translate("mig::cli", "Cannot read the password file %1.").arg(path),
                    file.errorString() };
            }
            line = file.readLine();
        }
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        s.password = QString::fromUtf8(line);
        line.fill('\0');
    }
    return s;
}

} // namespace mig::cli
