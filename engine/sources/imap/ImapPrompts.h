#pragma once

#include "sources/imap/ImapAccount.h"
#include "transport/SecretBytes.h"

#include <QString>

#include <functional>
#include <optional>

namespace mig::imap {

/// What an IMAP source needs a password for. Never carries the password itself.
struct ImapPasswordRequest {
    ImapAccount account;
    QString masterUser;   ///< when set, the password asked for is this master user's
    QString previousError; ///< why the last answer did not work (wrong password), else empty
};

/// A server certificate that does not verify, for the user to confirm (like an SSH host key).
struct ImapCertificateRequest {
    ImapAccount account;
    QString fingerprint; ///< "SHA256:<base64>"
    QString problem;     ///< why it does not verify, as the TLS library says it
};

/// Answers a password request: the password, or nothing when there is none (no file, no terminal,
/// the user cancelled). Called on the thread that opens the source; must be thread-safe.
using ImapPasswordHook = std::function<std::optional<transport::SecretBytes>(const ImapPasswordRequest &)>;
/// Says whether the user trusts this certificate for this source (true) or not. Called on the
/// thread that opens the source; must be thread-safe.
using ImapCertificateHook = std::function<bool(const ImapCertificateRequest &)>;

/// The front end's way of giving IMAP sources their passwords (CLI: file, environment or a
/// terminal prompt; wizard: key chain or a dialog). Source specs and plans never hold passwords,
/// so every front end installs one before it opens IMAP sources. Without a hook, the password is
/// taken from the environment variable MIG_IMAP_PASSWORD (for scripts and tests), else the
/// source cannot be opened. Thread-safe; replaces the previous hook (nullptr restores the default).
void setImapPasswordHook(ImapPasswordHook hook);
/// How an untrusted certificate is confirmed interactively. Without a hook it is refused, and
/// the error names its fingerprint (accepted next time through the spec's "acceptCert" option).
void setImapCertificateHook(ImapCertificateHook hook);

/// The name of the environment variable the default password hook reads.
inline constexpr char kImapPasswordVariable[] = "MIG_IMAP_PASSWORD";

/// Asks the installed hook (or the default) for a password.
std::optional<transport::SecretBytes> askImapPassword(const ImapPasswordRequest &request);
/// Asks the installed hook whether to trust a certificate; false without a hook.
bool confirmImapCertificate(const ImapCertificateRequest &request);

} // namespace mig::imap
