#include "ImapAccount.h"

#include <QCoreApplication>
#include <QUrl>

namespace mig::imap {

namespace {

Error urlError(const QString &url, const QString &reason)
{
    // The URL is echoed without any user-info part it might carry beyond the login, so that a
    // password typed into it by mistake is not repeated on screen or in a log.
    const QString shown = QUrl(url).toDisplayString(QUrl::RemovePassword);
    return Error{Error::Code::InvalidArgument,
                 QCoreApplication::translate("mig::imap", "invalid IMAP account \"%1\": %2").arg(shown, reason), {}};
}

} // namespace

QString ImapAccount::displayUrl() const
{
    const QString scheme = security == ImapSecurity::ImplicitTls ? QStringLiteral("imaps") : QStringLiteral("imap");
    QUrl url;
    url.setScheme(scheme);
    url.setUserName(login);
    url.setHost(host);
    url.setPort(port);
    return url.toString();
}

bool isImapUrl(const QString &text)
{
    return text.startsWith(QLatin1String("imap://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("imaps://"), Qt::CaseInsensitive);
}

namespace {

/// What an account URL and a server URL share: the scheme, the host, the port, nothing after them.
Expected<ImapAccount> parseServerPart(const QString &text, const QUrl &url, bool allowPlaintext)
{
    if (url.host().isEmpty())
        return urlError(text, QCoreApplication::translate("mig::imap", "the host is missing"));
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return urlError(text, QCoreApplication::translate("mig::imap", "a folder or option cannot be part of the URL; use --folder"));
    if (url.port() == 0)
        return urlError(text, QCoreApplication::translate("mig::imap", "the port must be between 1 and 65535"));
    ImapAccount account;
    const bool implicitTls = url.scheme().compare(QLatin1String("imaps"), Qt::CaseInsensitive) == 0;
    account.security = implicitTls ? ImapSecurity::ImplicitTls
                                   : (allowPlaintext ? ImapSecurity::Plain : ImapSecurity::StartTls);
    account.host = url.host();
    account.port = static_cast<quint16>(url.port(implicitTls ? 993 : 143));
    return account;
}

} // namespace

Expected<ImapAccount> parseImapUrl(const QString &text, bool allowPlaintext)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isImapUrl(text) || !url.isValid())
        return urlError(text, QCoreApplication::translate("mig::imap", "expected imaps://LOGIN@HOST[:PORT] or imap://LOGIN@HOST[:PORT]"));
    if (!url.password().isEmpty())
        return urlError(text, QCoreApplication::translate("mig::imap", "the URL must not contain a password; give it in a password file or at the prompt"));
    if (url.userName().isEmpty())
        return urlError(text, QCoreApplication::translate("mig::imap", "the login is missing (LOGIN@HOST)"));
    Expected<ImapAccount> account = parseServerPart(text, url, allowPlaintext);
    if (account)
        account->login = url.userName();
    return account;
}

Expected<ImapAccount> parseImapServerUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isImapUrl(text) || !url.isValid() || !url.userInfo().isEmpty())
        return urlError(text, QCoreApplication::translate("mig::imap", "expected imaps://HOST[:PORT] or imap://HOST[:PORT]"));
    return parseServerPart(text, url, false);
}

} // namespace mig::imap
