#pragma once

#include "cli/CommandContext.h"

namespace mig::cli {

/// `grommunio-migrate run PLAN.json`: runs a migration plan unattended (migration::Runner).
int runCommand(CommandContext &ctx);

} // namespace mig::cli
