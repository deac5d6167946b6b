#pragma once

#include "cli/CommandContext.h"

namespace mig::cli {

/// `grommunio-migrate inspect FILE [--json]`: the folder tree of a PST/OST with item counts, as an
/// indented text tree or as JSON (file, format, encoding, encryption, folders[path, items,
/// unreadable, subfolders, container_class], totals[items, unreadable, attachments]).
/// Exit 0, or ExitFailure with one message naming the file when it cannot be read.
int inspectCommand(CommandContext &ctx);

} // namespace mig::cli
