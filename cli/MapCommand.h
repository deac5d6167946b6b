#pragma once

#include "cli/CommandContext.h"

namespace mig::cli {

/// `map SOURCE... --ldap URI --base DN [directory options] [--allow F] [--deny F]
/// [--overrides CSV] [--csv OUT.csv] [--json]`: proposes a target mailbox for every source (PST/OST
/// files, or the PST/OST files and address-named export folders of a folder) with confidence,
/// status and reason; writes the mapping as CSV when asked.
/// Exit codes: ExitOk (also when rows need a decision; see their status), ExitUsage,
/// ExitFailure (directory, source or file errors).
int mapCommand(CommandContext &ctx);

} // namespace mig::cli
