#pragma once

#include "cli/CommandContext.h"

namespace mig::cli {

/// `grommunio-migrate plan`: writes a migration plan (see migration::Plan) from the command line.
int planCommand(CommandContext &ctx);

} // namespace mig::cli
