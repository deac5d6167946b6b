#pragma once

#include "cli/CommandContext.h"

namespace mig::cli {

/// `grommunio-migrate kopano-discover --ssh [user@]kopanohost[:port] -o LIST [--archive-list FILE]
/// [--public @domain=GUID]... [--json] [SSH options]`: lists the users of a Kopano server with
/// kopano-admin over SSH (login, e-mail, store GUID, size, active, archive) and writes the
/// migration list of grommunio's scripts (`<mail>,<login>,0`; `@domain,<GUID>` for a public
/// store; users with an archive store into --archive-list). Exit 0, 1 when kopano-admin or the
/// connection fails, 4 when some users' details could not be read (the others are listed), 2 for
/// usage errors.
int kopanoDiscoverCommand(CommandContext &ctx);

} // namespace mig::cli
