#include "sources/imap/ImapSourceSettings.h"

#include <QCoreApplication>

#include <algorithm>

namespace mig::imap {

namespace {

/// A folder path in the form the filters compare: INBOX is case-insensitive (RFC 3501 §5.1).
QString normalizedPath(QStringList levels)
{
    if (!levels.isEmpty() && levels.first().compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        levels.first() = QStringLiteral("INBOX");
    return levels.join(QLatin1Char('/'));
}

bool isWithin(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

/// The folder names of an option, normalized; an empty name is an error.
Expected<QStringList> folderNames(const QVariant &value, const QString &account, const char *option)
{
    QStringList names;
    for (const QString &name : value.toStringList()) {
        const QStringList levels = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (levels.isEmpty())
            return Error { Error::Code::InvalidArgument,
                QCoreApplication::translate("mig::imap", "%1: an empty folder name in %2").arg(account, QLatin1String(option)),
                {} };
        names.append(normalizedPath(levels));
    }
    return names;
}

} // namespace

bool ImapSourceSettings::wantsFolder(const QStringList &path) const
{
    const QString normalized = normalizedPath(path);
    const auto within = [&normalized](const QString &folder) { return isWithin(normalized, folder); };
    if (!folders.isEmpty() && std::none_of(folders.cbegin(), folders.cend(), within))
        return false;
    return std::none_of(excludeFolders.cbegin(), excludeFolders.cend(), within);
}

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
    Expected<QStringList> folders = folderNames(o.value(QLatin1String(kFolders)), settings.account.displayUrl(), kFolders);
    if (!folders)
        return folders.error();
    settings.folders = *folders;
    Expected<QStringList> excluded
        = folderNames(o.value(QLatin1String(kExcludeFolders)), settings.account.displayUrl(), kExcludeFolders);
    if (!excluded)
        return excluded.error();
    settings.excludeFolders = *excluded;
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
    if (!folders.isEmpty())
        spec.options.insert(QLatin1String(kFolders), folders);
    if (!excludeFolders.isEmpty())
        spec.options.insert(QLatin1String(kExcludeFolders), excludeFolders);
    return spec;
}

ImapClient::Options ImapSourceSettings::clientOptions() const
{
    ImapClient::Options options;
    options.account = account;
    options.trust = trust;
    options.timeoutMs = timeoutSeconds * 1000;
    return options;
}

} // namespace mig::imap
