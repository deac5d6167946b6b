#pragma once

#include "core/Expected.h"
#include "transport/SecretBytes.h"
#include "transport/SshTarget.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct ssh_session_struct;

namespace mig::transport {

/// The server's host key as shown to a user who must decide whether to trust it.
struct HostKeyInfo {
    QString host;
    quint16 port = 22;
    QString keyType;     ///< "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", ...
    QString fingerprint; ///< "SHA256:..." (unpadded base64, as OpenSSH prints it)
};

/// What a secret prompt is for, so a front end can word its question.
enum class SecretKind {
    KeyPassphrase,       ///< passphrase of a private key file
    Password,            ///< SSH password authentication
    KeyboardInteractive, ///< one prompt of keyboard-interactive authentication
};

/// Everything needed to open a session. Callbacks run on the thread that calls connect().
struct SessionOptions {
    SshTarget target;
    QString identityFile;   ///< private key to try first; empty: ssh-agent and ~/.ssh/id_* keys
    QString knownHostsFile; ///< empty: ~/.ssh/known_hosts
    /// A host key fingerprint ("SHA256:...") the user approved beforehand (--accept-host-key);
    /// an unknown key with exactly this fingerprint is trusted and recorded. Never overrides a
    /// changed key.
    QString acceptedFingerprint;
    /// Asked about an unknown host key that was not pre-approved; true = trust and record it.
    /// Unset: unknown keys are refused.
    std::function<bool(const HostKeyInfo &)> confirmHostKey;
    /// Asked for a passphrase/password/answer; std::nullopt = the user declined. Unset: password,
    /// keyboard-interactive and encrypted keys are not tried.
    std::function<std::optional<SecretBytes>(SecretKind kind, const QString &prompt, bool echo)> askSecret;
    bool tryAgent = true;
    int connectTimeoutSeconds = 15;
    /// Longest wait for any single blocking protocol step (authentication, channel open, flush).
    int ioTimeoutSeconds = 60;
    /// Cipher list for both directions (libssh syntax); empty: libssh's default order.
    QString ciphers;
};

/// One authenticated SSH connection (libssh session).
///
/// Not thread-safe: create, use and destroy it on one thread (libssh sessions are not shared
/// between threads). Errors carry Error::Code::Network (cannot connect, connection lost),
/// HostKey (unknown/changed key refused), Auth (no method worked) with libssh's text in detail.
class SshSession final {
public:
    explicit SshSession(SessionOptions options);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    /// Connects, verifies the host key (recording a newly trusted key in the known_hosts file) and
    /// authenticates. Blocks at most connectTimeoutSeconds for the TCP connect and
    /// ioTimeoutSeconds per protocol step.
    Expected<void> connect();
    /// Closes the connection (also done by the destructor).
    void disconnect();

    bool isConnected() const;
    /// The server's host key, known after connect() got past key exchange.
    const HostKeyInfo &hostKey() const { return m_hostKey; }
    /// The authentication method that succeeded ("publickey", "agent", "password", ...).
    QString authMethod() const { return m_authMethod; }
    /// The negotiated cipher (client to server), for diagnostics and benchmarks.
    QString cipher() const;
    const SessionOptions &options() const { return m_options; }

    /// The raw libssh session, for the other classes of this folder only.
    ssh_session_struct *handle() const { return m_session; }
    /// The latest libssh error text (detail for Error).
    QString lastLibraryError() const;
    /// Makes an Error of code with message and the latest libssh error text as detail.
    Error error(Error::Code code, const QString &message) const;

private:
    Expected<void> verifyHostKey();
    Expected<void> authenticate();
    bool tryIdentityFile();
    bool tryPassword();
    bool tryKeyboardInteractive();
    void tuneSocket();

    SessionOptions m_options;
    ssh_session_struct *m_session = nullptr;
    HostKeyInfo m_hostKey;
    QString m_authMethod;
    struct Callbacks;
    std::unique_ptr<Callbacks> m_callbacks;
};

} // namespace mig::transport
