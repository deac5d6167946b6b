#pragma once

#include "cli/CommandContext.h"

namespace mig::cli {

/// `grommunio-migrate check-server --ssh [user@]host[:port] [--to user@domain] [SSH options]`:
/// connects (verifying the host key), then prints the host key fingerprint, the importer and the
/// stream revision it reads, the free space where Gromox keeps mailboxes and, with --to, whether
/// that mailbox exists ("unknown" without grommunio-admin). Exit 0 when an importer was found,
/// 1 otherwise or on connection errors, 2 for usage errors. Runs on the calling thread.
int checkServerCommand(CommandContext &ctx);

} // namespace mig::cli
