#include "SshSession.h"

#include "transport/PhaseLog.h"
#include "transport/SocketTuning.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>


#include <cstring>

namespace mig::transport {

namespace {

QString defaultKnownHostsFile()
{
    return QDir::homePath() + QLatin1String("/.ssh/known_hosts");
}

/// "SHA256:..." of a public key, or empty when libssh cannot hash it.
QString fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    ssh_clean_pubkey_hash(&hash);
    const QString fingerprint = QString::fromLatin1(text);
    ssh_string_free_char(text);
    return fingerprint;
}

/// Fingerprints as typed by users may lack the "SHA256:" prefix or carry base64 padding.
QString normalizedFingerprint(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        text = text.mid(7);
    while (text.endsWith(QLatin1Char('=')))
        text.chop(1);
    return QLatin1String("SHA256:") + text;
}

/// Fingerprints recorded for host:port in a known_hosts file (for the warning about a changed key;
/// libssh does not hand out the entry that no longer matches).
QStringList recordedFingerprints(const QString &file, const QString &host, quint16 port)
{
    QFile known(file);
    if (!known.open(QIODevice::ReadOnly))
        return {};
    const QByteArray name = port == 22 ? host.toUtf8() : "[" + host.toUtf8() + "]:" + QByteArray::number(port);
    QStringList fingerprints;
    while (!known.atEnd()) {
        const QByteArray line = known.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        ssh_knownhosts_entry *entry = nullptr;
        if (ssh_known_hosts_parse_line(name.constData(), line.constData(), &entry) == SSH_OK && entry
            && entry->publickey)
            fingerprints.append(fingerprintOf(entry->publickey));
        SSH_KNOWNHOSTS_ENTRY_FREE(entry);
    }
    return fingerprints;
}

} // namespace

/// libssh's session callbacks (passphrase prompts of ssh_userauth_publickey_auto) need a stable
/// address, hence a separate heap object.
struct SshSession::Callbacks {
    ssh_callbacks_struct session {};
};

namespace {

/// Copies a secret into libssh's buffer; the secret itself is wiped when it goes out of scope.
int provideSecret(SshSession *owner, SecretKind kind, const char *prompt, char *buffer, size_t length, int echo)
{
    const auto &ask = owner->options().askSecret;
    if (!ask)
        return -1;
    std::optional<SecretBytes> secret = ask(kind, QString::fromUtf8(prompt), echo != 0);
    if (!secret || size_t(secret->size()) + 1 > length)
        return -1;
    std::memcpy(buffer, secret->data(), size_t(secret->size()));
    buffer[secret->size()] = '\0';
    return 0;
}

int passphraseCallback(const char *prompt, char *buffer, size_t length, int echo, int verify, void *userdata)
{
    Q_UNUSED(verify);
    return provideSecret(static_cast<SshSession *>(userdata), SecretKind::KeyPassphrase, prompt, buffer, length, echo);
}

} // namespace

SshSession::SshSession(SessionOptions options)
    : m_options(std::move(options))
    , m_callbacks(std::make_unique<Callbacks>())
{
}

SshSession::~SshSession()
{
    disconnect();
}

void SshSession::disconnect()
{
    if (!m_session)
        return;
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
}

bool SshSession::isConnected() const
{
    return m_session && ssh_is_connected(m_session);
}

QString SshSession::cipher() const
{
    return m_session ? QString::fromLatin1(ssh_get_cipher_out(m_session)) : QString();
}

QString SshSession::lastLibraryError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

Error SshSession::error(Error::Code code, const QString &message) const
{
    return Error { code, message, lastLibraryError() };
}

Expected<void> SshSession::connect()
{
    disconnect();
    m_session = ssh_new();
    if (!m_session)
        return Error { Error::Code::Internal,
            QCoreApplication::translate("mig::transport", "Could not create an SSH session (out of memory)."), {} };

    const SshTarget &target = m_options.target;
    const QByteArray host = target.host.toUtf8();
    const QByteArray user = target.user.toUtf8();
    const unsigned int port = target.port;
    const long connectTimeout = m_options.connectTimeoutSeconds;
    const QString knownHosts = m_options.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : m_options.knownHostsFile;
    const QByteArray knownHostsPath = QFile::encodeName(knownHosts);
    // ~/.ssh/config is not read: a migration must connect exactly where the user said, and the
    // tests must not depend on the machine's configuration.
    const int processConfig = 0;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    if (!user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &connectTimeout);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHostsPath.constData());
    if (!m_options.knownHostsFile.isEmpty()) {
        // An explicit file is the only source of trust; the system-wide list must not add any.
        ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, knownHostsPath.constData());
    }
    if (!m_options.ciphers.isEmpty()) {
        const QByteArray ciphers = m_options.ciphers.toLatin1();
        ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_C_S, ciphers.constData());
        ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_S_C, ciphers.constData());
    }

    m_callbacks->session = {};
    m_callbacks->session.userdata = this;
    m_callbacks->session.auth_function = passphraseCallback;
    ssh_callbacks_init(&m_callbacks->session);
    ssh_set_callbacks(m_session, &m_callbacks->session);

    logPhase("connect", target.toString());
    if (ssh_connect(m_session) != SSH_OK) {
        Error failure = error(Error::Code::Network,
            QCoreApplication::translate("mig::transport", "Could not connect to %1 (port %2).")
                .arg(target.host)
                .arg(target.port));
        disconnect();
        return failure;
    }
    logPhase("connected", QStringLiteral("(TCP + key exchange, cipher %1)").arg(cipher()));
    tuneSocket();
    const long ioTimeout = m_options.ioTimeoutSeconds;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &ioTimeout);

    if (Expected<void> verified = verifyHostKey(); !verified) {
        disconnect();
        return verified;
    }
    logPhase("host key verified");
    if (Expected<void> authenticated = authenticate(); !authenticated) {
        disconnect();
        return authenticated;
    }
    logPhase("authenticated", m_authMethod);
    return {};
}

void SshSession::tuneSocket()
{
    const socket_t fd = ssh_get_fd(m_session);
    if (fd != SSH_INVALID_SOCKET)
        tuneForDeadPeerDetection(static_cast<long long>(fd));
}

Expected<void> SshSession::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK)
        return error(Error::Code::HostKey,
            QCoreApplication::translate("mig::transport", "The server %1 did not present a host key.")
                .arg(m_options.target.host));
    m_hostKey.host = m_options.target.host;
    m_hostKey.port = m_options.target.port;
    m_hostKey.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    m_hostKey.fingerprint = fingerprintOf(key);
    ssh_key_free(key);

    const QString knownHosts = m_options.knownHostsFile.isEmpty() ? defaultKnownHostsFile() : m_options.knownHostsFile;
    const enum ssh_known_hosts_e state = ssh_session_is_known_server(m_session);
    switch (state) {
    case SSH_KNOWN_HOSTS_OK:
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        const QString known
            = recordedFingerprints(knownHosts, m_hostKey.host, m_hostKey.port).join(QLatin1String(", "));
        return Error { Error::Code::HostKey,
            QCoreApplication::translate("mig::transport",
                "WARNING: the host key of %1 has CHANGED. Someone may be intercepting the connection "
                "(man-in-the-middle attack), or the server was reinstalled. Recorded key: %2; offered key: "
                "%3 %4. The connection was refused. This is never accepted automatically, not even with "
                "a pre-approved fingerprint: if the change is expected, verify the new fingerprint with "
                "the server's administrator and remove the old entry from %5.")
                .arg(m_hostKey.host,
                    known.isEmpty() ? QCoreApplication::translate("mig::transport", "(a key of another type)") : known,
                    m_hostKey.keyType, m_hostKey.fingerprint, knownHosts),
            {} };
    }
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN:
        break;
    case SSH_KNOWN_HOSTS_ERROR:
    default:
        return error(Error::Code::HostKey,
            QCoreApplication::translate("mig::transport", "Could not check the host key of %1 against %2.")
                .arg(m_hostKey.host, knownHosts));
    }

    bool trusted = false;
    if (!m_options.acceptedFingerprint.isEmpty()) {
        if (normalizedFingerprint(m_options.acceptedFingerprint) != m_hostKey.fingerprint) {
            return Error { Error::Code::HostKey,
                QCoreApplication::translate("mig::transport",
                    "The host key of %1 is unknown and its fingerprint %2 (%3) does not match the approved "
                    "fingerprint %4. The connection was refused.")
                    .arg(m_hostKey.host, m_hostKey.fingerprint, m_hostKey.keyType, m_options.acceptedFingerprint),
                {} };
        }
        trusted = true;
    } else if (m_options.confirmHostKey) {
        trusted = m_options.confirmHostKey(m_hostKey);
    }
    if (!trusted) {
        return Error { Error::Code::HostKey,
            QCoreApplication::translate("mig::transport",
                "The host key of %1 is not known (%2 key, fingerprint %3) and was not confirmed. Compare "
                "the fingerprint with the one the server's administrator sees (ssh-keygen -lf "
                "/etc/ssh/ssh_host_*_key.pub) and confirm it to continue.")
                .arg(m_hostKey.host, m_hostKey.keyType, m_hostKey.fingerprint),
            {} };
    }
    QDir().mkpath(QFileInfo(knownHosts).absolutePath());
    if (ssh_session_update_known_hosts(m_session) != SSH_OK)
        return error(Error::Code::HostKey,
            QCoreApplication::translate("mig::transport", "Could not record the host key of %1 in %2.")
                .arg(m_hostKey.host, knownHosts));
    return {};
}

bool SshSession::tryIdentityFile()
{
    const QByteArray path = QFile::encodeName(m_options.identityFile);
    ssh_key key = nullptr;
    if (ssh_pki_import_privkey_file(path.constData(), nullptr, passphraseCallback, this, &key) != SSH_OK)
        return false;
    const int rc = ssh_userauth_publickey(m_session, nullptr, key);
    ssh_key_free(key);
    return rc == SSH_AUTH_SUCCESS;
}

bool SshSession::tryPassword()
{
    std::optional<SecretBytes> password = m_options.askSecret(SecretKind::Password,
        QCoreApplication::translate("mig::transport", "Password for %1@%2: ")
            .arg(m_options.target.user, m_options.target.host),
        false);
    if (!password)
        return false;
    return ssh_userauth_password(m_session, nullptr, password->data()) == SSH_AUTH_SUCCESS;
}

bool SshSession::tryKeyboardInteractive()
{
    int rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    while (rc == SSH_AUTH_INFO) {
        const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const char *prompt = ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
            std::optional<SecretBytes> answer
                = m_options.askSecret(SecretKind::KeyboardInteractive, QString::fromUtf8(prompt), echo != 0);
            if (!answer)
                return false;
            if (ssh_userauth_kbdint_setanswer(m_session, unsigned(i), answer->data()) < 0)
                return false;
        }
        rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
    }
    return rc == SSH_AUTH_SUCCESS;
}

Expected<void> SshSession::authenticate()
{
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        m_authMethod = QStringLiteral("none");
        return {};
    }
    if (rc == SSH_AUTH_ERROR)
        return error(Error::Code::Network,
            QCoreApplication::translate("mig::transport", "The connection to %1 failed during authentication.")
                .arg(m_options.target.host));
    const int methods = ssh_userauth_list(m_session, nullptr);

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (!m_options.identityFile.isEmpty()) {
            if (!QFileInfo::exists(m_options.identityFile))
                return Error { Error::Code::NotFound,
                    QCoreApplication::translate("mig::transport", "The key file %1 does not exist.")
                        .arg(m_options.identityFile),
                    {} };
            if (tryIdentityFile()) {
                m_authMethod = QStringLiteral("publickey");
                return {};
            }
            if (m_options.tryAgent && ssh_userauth_agent(m_session, nullptr) == SSH_AUTH_SUCCESS) {
                m_authMethod = QStringLiteral("agent");
                return {};
            }
        } else if (m_options.tryAgent || m_options.askSecret) {
            // Tries the agent (when SSH_AUTH_SOCK is set), then ~/.ssh/id_* (asking passphrases).
            if (ssh_userauth_publickey_auto(m_session, nullptr, nullptr) == SSH_AUTH_SUCCESS) {
                m_authMethod = QStringLiteral("publickey");
                return {};
            }
        }
    }
    if (!ssh_is_connected(m_session))
        return error(Error::Code::Network,
            QCoreApplication::translate("mig::transport", "The connection to %1 was lost during authentication.")
                .arg(m_options.target.host));
    if (m_options.askSecret && (methods & SSH_AUTH_METHOD_INTERACTIVE) && tryKeyboardInteractive()) {
        m_authMethod = QStringLiteral("keyboard-interactive");
        return {};
    }
    if (m_options.askSecret && (methods & SSH_AUTH_METHOD_PASSWORD) && tryPassword()) {
        m_authMethod = QStringLiteral("password");
        return {};
    }
    QStringList offered;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        offered << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        offered << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        offered << QStringLiteral("keyboard-interactive");
    return error(Error::Code::Auth,
        QCoreApplication::translate("mig::transport", "Authentication as \"%1\" on %2 failed (the server offers: %3).")
            .arg(m_options.target.user.isEmpty() ? qEnvironmentVariable("USER") : m_options.target.user,
                m_options.target.host,
                offered.isEmpty() ? QCoreApplication::translate("mig::transport", "nothing usable")
                                  : offered.join(QLatin1String(", "))));
}

} // namespace mig::transport
