#pragma once

#include "cli/CommandContext.h"

namespace mig::cli {

/// `grommunio-migrate import SOURCE... --to user@domain --ssh [user@]host[:port] [--splice]
/// [--target-folder NAME] [--revision auto|3|4|5] [--continue-on-error] [--with-hidden]
/// [--with-associated] [SSH options]`: converts the sources (PST/OST) and streams the GXMT
/// straight into gromox-import on the server, without an intermediate file. The revision is the
/// one the server's importer reads unless given. Exit 0 when every item was converted and stored;
/// 1 otherwise; 2 for usage errors. Runs on the calling thread.
int importCommand(CommandContext &ctx);

} // namespace mig::cli
