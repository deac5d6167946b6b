#include "sources/imap/ImapSourceSettings.h"

#include <QCoreApplication>

namespace mig::imap {

Expected<ImapSourceSettings> ImapSourceSettings::fromSpec(const sources::SourceSpec &spec)
{
    ImapSourceSettings settings;
    const QVariantMap &o = spec.options;
    settings.allowPlaintext = o.value(QLatin1String(kAllowPlaintext)).toBool();
    Expected<ImapAccount> account = parseImapUrl(spec.location, settings.allowPlaintext);
    if (!account)
        return account.error();
    settings.account = *account;
    settings.trust.caFile = o.value(QLatin1String(kCaFile)).toString();
    settings.trust.acceptedFingerprint = o.value(QLatin1String(kAcceptCert)).toString().trimmed();
    if (!settings.trust.acceptedFingerprint.isEmpty()
        && !settings.trust.acceptedFingerprint.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::imap", "%1: the accepted certificate must be given as SHA256:<base64>, not \"%2\"")
                .arg(settings.account.displayUrl(), settings.trust.acceptedFingerprint),
            {} };
    settings.masterUser = o.value(QLatin1String(kMasterUser)).toString();
    if (o.contains(QLatin1String(kTimeout))) {
        bool ok = false;
        settings.timeoutSeconds = o.value(QLatin1String(kTimeout)).toInt(&ok);
        if (!ok || settings.timeoutSeconds < 1)
            return Error { Error::Code::InvalidArgument,
                QCoreApplication::translate("mig::imap", "%1: the timeout must be a positive number of seconds")
                    .arg(settings.account.displayUrl()),
                {} };
    }
    return settings;
}

sources::SourceSpec ImapSourceSettings::toSpec() const
{
    sources::SourceSpec spec;
    spec.kind = QStringLiteral("imap");
    spec.location = account.displayUrl();
    if (!trust.caFile.isEmpty())
        spec.options.insert(QLatin1String(kCaFile), trust.caFile);
    if (!trust.acceptedFingerprint.isEmpty())
        spec.options.insert(QLatin1String(kAcceptCert), trust.acceptedFingerprint);
    if (!masterUser.isEmpty())
        spec.options.insert(QLatin1String(kMasterUser), masterUser);
    if (allowPlaintext)
        spec.options.insert(QLatin1String(kAllowPlaintext), true);
    if (timeoutSeconds != 60)
        spec.options.insert(QLatin1String(kTimeout), timeoutSeconds);
    return spec;
}

} // namespace mig::imap
