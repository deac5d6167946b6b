#pragma once

#include "cli/CommandContext.h"

namespace mig::cli {

/// `grommunio-migrate import-mt FILE.mt --to user@domain --ssh [user@]host[:port] [--identity F]
/// [--known-hosts F] [--accept-host-key FP] [--sudo] [--continue-on-error] [--anchor FOLDER]
/// [--password-file F]`: streams an already converted GXMT file into gromox-import on the
/// server over SSH. Refuses a file whose revision the server's importer does not read.
/// Exit 0 when the importer stored everything; 1 on any failure; 2 for usage errors.
/// Runs on the calling thread.
int importMtCommand(CommandContext &ctx);

} // namespace mig::cli
