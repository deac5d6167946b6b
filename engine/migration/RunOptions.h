#pragma once

#include "addressing/AddressRewriter.h"
#include "transport/SecretBytes.h"
#include "transport/SshSession.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace mig::migration {

/// How to run a plan (the plan says what to migrate; these say how this particular run behaves).
struct RunOptions {
    QString runDir;            ///< plan copy, ledger, logs and report go here
    int jobs = 0;              ///< mailboxes at once; 0 = the plan's parallel_jobs
    /// Skip mailboxes the ledger already lists as done; continue cleanly stopped ones after the
    /// last item their stopped run imported (see ResumePoint), restart the others.
    bool resume = false;
    bool retryFailed = false;  ///< run only the mailboxes the ledger lists as failed
    /// With resume: also run again the mailboxes done in an earlier run whose sources number their
    /// messages (IMAP); they send only what arrived since (the pass right before cut-over).
    bool delta = false;
    bool dryRun = false;       ///< convert and validate locally; nothing goes to the server
    /// Wait for sources that are not complete yet (Exchange exports being written, see
    /// exchange::ExportReadiness) and start each mailbox when its files are; without it a missing
    /// source fails its mailbox at once.
    bool watch = false;
    int settleSeconds = 60;         ///< --watch: how long an unlisted file must stay unchanged
    int watchIntervalMs = 5000;     ///< --watch: how often waiting sources are looked at
    /// Host key fingerprint approved beforehand ("SHA256:..."), see transport::SessionOptions.
    QString acceptedFingerprint;
    /// Called (possibly from several worker threads at once) for an unknown host key.
    std::function<bool(const transport::HostKeyInfo &)> confirmHostKey;
    /// Called (possibly from several worker threads at once) for passwords and passphrases.
    std::function<std::optional<transport::SecretBytes>(transport::SecretKind, const QString &, bool)> askSecret;
    /// Seconds to wait for the server to connect, and for any single answer (transport::SessionOptions).
    int connectTimeoutSeconds = 15;
    int ioTimeoutSeconds = 60;
    /// Rewrites EX (Exchange DN) addresses to SMTP in every message when set (import/run
    /// --address-map, the plan's address map, the wizard's directory); shared read-only by the jobs.
    std::shared_ptr<const addressing::AddressRewriter> addresses;
    /// The Kopano MySQL password for the plan's Kopano jobs (fed to gromox-kdb2mt on its standard
    /// input, never on a command line); null = an empty password.
    std::shared_ptr<const transport::SecretBytes> kopanoSqlPassword;
};

} // namespace mig::migration
