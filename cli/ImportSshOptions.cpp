#include "cli/ImportSshOptions.h"

#include "cli/SecretInput.h"
#include "transport/ImporterOutput.h"
#include "transport/PhaseLog.h"
#include "transport/SecretBytes.h"

#include <QCoreApplication>
#include <QFile>

namespace mig::cli {

ImportSshOptions::ImportSshOptions()
    : m_ssh(QStringLiteral("ssh"), QCoreApplication::translate("mig::cli", "The grommunio server: [user@]host[:port]."),
        QCoreApplication::translate("mig::cli", "destination"))
    , m_identity(QStringLiteral("identity"),
          QCoreApplication::translate(
              "mig::cli", "Private key file for SSH authentication (default: ssh-agent, then ~/.ssh/id_*)."),
          QCoreApplication::translate("mig::cli", "file"))
    , m_knownHosts(QStringLiteral("known-hosts"),
          QCoreApplication::translate(
              "mig::cli", "known_hosts file to check and record host keys in (default: ~/.ssh/known_hosts)."),
          QCoreApplication::translate("mig::cli", "file"))
    , m_acceptHostKey(QStringLiteral("accept-host-key"),
          QCoreApplication::translate("mig::cli",
              "Trust an unknown host key with this SHA256 fingerprint and record it (never overrides a changed key)."),
          QCoreApplication::translate("mig::cli", "SHA256:..."))
    , m_sudo(QStringLiteral("sudo"),
          QCoreApplication::translate("mig::cli", "Run the importer through 'sudo -n' (for a non-root SSH user)."))
    , m_passwordFile(QStringLiteral("password-file"),
          QCoreApplication::translate("mig::cli", "Read the SSH password from the first line of this file."),
          QCoreApplication::translate("mig::cli", "file"))
    , m_timeout(QStringLiteral("timeout"),
          QCoreApplication::translate("mig::cli", "Seconds to wait for the server to connect or answer (default 15)."),
          QCoreApplication::translate("mig::cli", "seconds"), QStringLiteral("15"))
    , m_verbose(QStringList { QStringLiteral("v"), QStringLiteral("verbose") },
          QCoreApplication::translate("mig::cli",
              "Log when each SSH phase happens (connect, authentication, remote commands, first and last byte, "
              "importer exit); also MIG_SSH_TIMINGS=1."))
{
}

void ImportSshOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ m_ssh, m_identity, m_knownHosts, m_acceptHostKey, m_sudo, m_passwordFile, m_timeout, m_verbose });
}

Expected<transport::SessionOptions> ImportSshOptions::sessionOptions(
    const QCommandLineParser &parser, CommandContext &ctx) const
{
    if (!parser.isSet(m_ssh))
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::cli", "--ssh [user@]host[:port] is required."), {} };
    Expected<transport::SshTarget> target = transport::SshTarget::parse(parser.value(m_ssh));
    if (!target)
        return target.error();
    Expected<transport::SessionOptions> options = credentialOptions(parser, ctx);
    if (options)
        options->target = *target;
    return options;
}

Expected<transport::SessionOptions> ImportSshOptions::credentialOptions(
    const QCommandLineParser &parser, CommandContext &ctx) const
{
    if (parser.isSet(m_verbose))
        transport::enablePhaseLog();
    transport::SessionOptions options;
    options.identityFile = parser.value(m_identity);
    options.knownHostsFile = parser.value(m_knownHosts);
    options.acceptedFingerprint = parser.value(m_acceptHostKey);
    bool ok = false;
    const int timeout = parser.value(m_timeout).toInt(&ok);
    if (!ok || timeout <= 0)
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::cli", "--timeout needs a positive number of seconds."), {} };
    options.connectTimeoutSeconds = timeout;
    options.ioTimeoutSeconds = std::max(timeout, 60);

    std::shared_ptr<transport::SecretBytes> filePassword;
    if (parser.isSet(m_passwordFile)) {
        Expected<QByteArray> password = readPasswordFile(parser.value(m_passwordFile));
        if (!password)
            return password.error();
        filePassword = std::make_shared<transport::SecretBytes>(std::move(*password));
    }
    const bool terminal = onTerminal();
    QTextStream *err = &ctx.err;
    if (terminal) {
        options.confirmHostKey = [err](const transport::HostKeyInfo &key) {
            *err << QCoreApplication::translate(
                "mig::cli", "The authenticity of host %1 (port %2) can't be established.")
                        .arg(key.host)
                        .arg(key.port)
                 << '\n'
                 << QCoreApplication::translate("mig::cli", "Its %1 key fingerprint is %2.")
                        .arg(key.keyType, key.fingerprint)
                 << '\n'
                 << QCoreApplication::translate("mig::cli",
                        "Compare it with the server's (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Trust it and "
                        "record it? (yes/no) ")
                 << Qt::flush;
            const QString answer = QString::fromUtf8(readTerminalLine(true)).trimmed().toLower();
            return answer == QLatin1String("yes") || answer == QLatin1String("y");
        };
    }
    options.askSecret = [filePassword, terminal, err](transport::SecretKind kind, const QString &prompt,
                            bool echo) -> std::optional<transport::SecretBytes> {
        // The file's password answers password prompts; it is handed out as a copy that the
        // caller wipes, while the shared original dies with the session options.
        if (filePassword && kind != transport::SecretKind::KeyPassphrase && !echo)
            return transport::SecretBytes(QByteArray(filePassword->data(), filePassword->size()));
        if (!terminal)
            return std::nullopt;
        *err << (prompt.isEmpty() ? QCoreApplication::translate("mig::cli", "Password: ") : prompt) << Qt::flush;
        return transport::SecretBytes(readTerminalLine(echo));
    };
    return options;
}

transport::DiscoveryOptions ImportSshOptions::discoveryOptions(
    const QCommandLineParser &parser, const QString &targetUser) const
{
    transport::DiscoveryOptions options;
    options.sudo = parser.isSet(m_sudo);
    options.probeUser = targetUser;
    return options;
}

std::unique_ptr<transport::SshSession> ImportSshOptions::connect(
    const QCommandLineParser &parser, CommandContext &ctx, int *exitCode) const
{
    Expected<transport::SessionOptions> options = sessionOptions(parser, ctx);
    if (!options) {
        ctx.err << options.error().fullText() << Qt::endl;
        *exitCode = options.error().code == Error::Code::InvalidArgument ? ExitUsage : ExitFailure;
        return nullptr;
    }
    auto session = std::make_unique<transport::SshSession>(std::move(*options));
    ctx.err << QCoreApplication::translate("mig::cli", "Connecting to %1 ...").arg(session->options().target.toString())
            << Qt::endl;
    if (Expected<void> connected = session->connect(); !connected) {
        ctx.err << connected.error().fullText() << Qt::endl;
        *exitCode = ExitFailure;
        return nullptr;
    }
    ctx.err << QCoreApplication::translate("mig::cli", "Connected (host key %1 %2, authenticated by %3, cipher %4).")
                   .arg(session->hostKey().keyType, session->hostKey().fingerprint, session->authMethod(),
                       session->cipher())
            << Qt::endl;
    return session;
}

void printImportEvent(const transport::ImportEvent &event, CommandContext &ctx)
{
    using Kind = transport::ImportEvent::Kind;
    switch (event.kind) {
    case Kind::FolderCreated:
        ctx.err << QCoreApplication::translate("mig::cli", "Created folder \"%1\"").arg(event.name) << Qt::endl;
        break;
    case Kind::Warning:
        ctx.err << QCoreApplication::translate("mig::cli", "Warning from the importer: %1").arg(event.line) << Qt::endl;
        break;
    case Kind::MessageFailed:
        ctx.err << QCoreApplication::translate("mig::cli", "A message failed: %1").arg(event.line) << Qt::endl;
        break;
    case Kind::Fatal:
        ctx.err << QCoreApplication::translate("mig::cli", "Importer error: %1").arg(event.line) << Qt::endl;
        break;
    case Kind::Info:
        ctx.err << QCoreApplication::translate("mig::cli", "Importer: %1").arg(event.line) << Qt::endl;
        break;
    case Kind::MessageCreated:
        break;
    }
}

} // namespace mig::cli
