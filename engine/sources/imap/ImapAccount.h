#pragma once

#include "core/Expected.h"

#include <QString>

namespace mig::imap {

/// How the connection is protected. Plain text is only ever used when asked for explicitly.
enum class ImapSecurity {
    ImplicitTls, ///< imaps://, TLS from the first byte (port 993)
    StartTls,    ///< imap://, STARTTLS required before any credential is sent (port 143)
    Plain,       ///< imap:// with plain text explicitly allowed by the caller
};

/// One IMAP account as named by a source argument: imaps://LOGIN@HOST[:PORT] or
/// imap://LOGIN@HOST[:PORT]. It never holds a password: the URL form refuses one, so that a
/// password cannot end up in a plan, a log or a process list.
struct ImapAccount {
    ImapSecurity security = ImapSecurity::ImplicitTls;
    QString host;
    quint16 port = 993;
    QString login;

    /// "imaps://login@host:port", for logs and messages (never contains a secret).
    QString displayUrl() const;
};

/// True when text looks like an IMAP account URL (imap:// or imaps://), so that callers that
/// accept files and accounts alike can tell them apart before parsing.
bool isImapUrl(const QString &text);

/// Parses an account URL. allowPlaintext turns imap:// from "STARTTLS required" into plain text.
/// Fails with a specific reason: wrong scheme, missing login or host, a password in the URL, a
/// bad port, a path or query (folders are chosen with separate options).
Expected<ImapAccount> parseImapUrl(const QString &url, bool allowPlaintext = false);

/// Parses a server URL, imaps://HOST[:PORT] or imap://HOST[:PORT] (STARTTLS): an account URL
/// without login, for lists of accounts on one server. The login stays empty.
Expected<ImapAccount> parseImapServerUrl(const QString &url);

} // namespace mig::imap
