#pragma once

#include "cli/CommandContext.h"
#include "core/Expected.h"
#include "transport/ImporterDiscovery.h"
#include "transport/ImporterOutput.h"
#include "transport/SshSession.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace mig::cli {

/// The SSH options shared by `import-mt`, `import` and `check-server`: --ssh, --identity,
/// --known-hosts, --accept-host-key, --sudo, --password-file, --timeout, --verbose.
///
/// Secrets: the password comes from --password-file (first line) or a no-echo prompt on the
/// terminal, never from the command line; it is wiped after use. Host keys: an unknown key is
/// asked about on a terminal (showing its SHA256 fingerprint); without a terminal it is refused
/// unless --accept-host-key names its fingerprint. A changed key is always refused.
class ImportSshOptions final {
public:
    ImportSshOptions();
    void addTo(QCommandLineParser &parser) const;
    /// Session options with terminal/file callbacks. Errors: InvalidArgument (missing or bad
    /// --ssh), NotFound/AccessDenied (password file).
    Expected<transport::SessionOptions> sessionOptions(const QCommandLineParser &parser, CommandContext &ctx) const;
    /// Everything of sessionOptions() but the destination (for `run`, whose plan names the server):
    /// identity, known_hosts, accepted fingerprint, timeouts, and the host-key and secret prompts.
    Expected<transport::SessionOptions> credentialOptions(const QCommandLineParser &parser, CommandContext &ctx) const;
    transport::DiscoveryOptions discoveryOptions(const QCommandLineParser &parser, const QString &targetUser) const;
    /// Builds the options, connects and authenticates, printing what it does to ctx.err.
    /// nullptr after printing the error; *exitCode is then the command's exit code.
    std::unique_ptr<transport::SshSession> connect(const QCommandLineParser &parser, CommandContext &ctx, int *exitCode) const;

private:
    QCommandLineOption m_ssh;
    QCommandLineOption m_identity;
    QCommandLineOption m_knownHosts;
    QCommandLineOption m_acceptHostKey;
    QCommandLineOption m_sudo;
    QCommandLineOption m_passwordFile;
    QCommandLineOption m_timeout;
    QCommandLineOption m_verbose;
};

/// Prints an importer event the way the CLI shows progress (folders, warnings, errors; message
/// lines are only counted).
void printImportEvent(const transport::ImportEvent &event, CommandContext &ctx);

} // namespace mig::cli
