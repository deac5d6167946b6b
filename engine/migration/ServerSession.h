#pragma once

#include "migration/Plan.h"
#include "migration/RunOptions.h"
#include "transport/SshSession.h"

namespace mig::migration {

/// The SSH session options for a plan's server: where to connect, as whom, and with which key
/// and known_hosts files. Callers add what depends on the moment (host-key confirmation, secrets,
/// accepted fingerprint, timeouts). Used by the runner's mailbox jobs and the wizard's server test,
/// so both connect the same way.
transport::SessionOptions sessionOptions(const ServerConnection &server);

/// sessionOptions(server) with what a run adds: the accepted fingerprint, the host-key and secret
/// prompts and the timeouts. What a mailbox job connects with.
transport::SessionOptions sessionOptions(const ServerConnection &server, const RunOptions &run);

} // namespace mig::migration
