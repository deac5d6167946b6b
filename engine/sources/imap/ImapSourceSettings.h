#pragma once

#include "core/Expected.h"
#include "sources/SourceSpec.h"
#include "sources/imap/ImapClient.h"

#include <QStringList>

namespace mig::imap {

/// Everything an IMAP source spec says (SourceSpec of kind "imap": location = account URL,
/// options = the keys below). None of it is secret, so it may sit in a plan file; the password
/// comes from ImapPrompts when the source is opened.
struct ImapSourceSettings {
    /// Option keys in SourceSpec::options.
    static constexpr char kCaFile[] = "caFile";           ///< PEM file with extra CAs
    static constexpr char kAcceptCert[] = "acceptCert";   ///< "SHA256:<base64>" of a confirmed certificate
    static constexpr char kMasterUser[] = "masterUser";   ///< log in as this master user on the account's behalf
    static constexpr char kAllowPlaintext[] = "allowPlaintext"; ///< imap:// without STARTTLS
    static constexpr char kTimeout[] = "timeoutSeconds";
    static constexpr char kFolders[] = "folders";               ///< only these folders (and below)
    static constexpr char kExcludeFolders[] = "excludeFolders"; ///< not these folders (nor below)

    ImapAccount account;
    ImapTlsTrust trust;
    QString masterUser;
    bool allowPlaintext = false;
    int timeoutSeconds = 60;
    /// Folder paths with "/" between levels, as `inspect` shows them ("Archive/2023"; INBOX in
    /// any case). Each takes the folders below it along.
    QStringList folders;
    QStringList excludeFolders;

    /// Whether the folder with this path (its levels) is to be read: below one of `folders` (when
    /// any are given) and below none of `excludeFolders`.
    bool wantsFolder(const QStringList &path) const;

    /// How to connect: the account, the trust and the timeout (the client's other options as they are).
    ImapClient::Options clientOptions() const;

    /// Reads a spec (kind "imap" or "auto" with an imap:// or imaps:// location). Errors:
    /// InvalidArgument naming what is wrong with the URL or an option.
    static Expected<ImapSourceSettings> fromSpec(const sources::SourceSpec &spec);
    /// The spec for these settings: kind "imap", the account URL, the options that differ from
    /// the defaults.
    sources::SourceSpec toSpec() const;
};

} // namespace mig::imap
