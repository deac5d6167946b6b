#pragma once

#include "cli/CommandContext.h"

namespace mig::cli {

/// `grommunio-migrate exchange-export LIST.csv --share \\server\share -o export.ps1`: writes the
/// Exchange Management Shell scripts that export the listed mailboxes to PST files in a share
/// (New-MailboxExportRequest) and record finished exports, and with --local-dir/--jobs the
/// SOURCE,TARGET list for `plan --jobs-from ... --pending-sources`, so `run --watch` imports each
/// mailbox as soon as its export is complete.
int exchangeExportCommand(CommandContext &ctx);

} // namespace mig::cli
