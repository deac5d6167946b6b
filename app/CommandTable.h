#pragma once

#include "cli/CommandContext.h"

#include <functional>
#include <vector>

namespace mig::app {

/// One subcommand of the command line: its name, a one-line summary for --help, and the engine
/// function that implements it.
struct Command {
    const char *name;
    const char *summary; ///< translated through QCoreApplication::translate("mig::app::Commands", ...)
    std::function<int(cli::CommandContext &)> run;
};

/// Every subcommand, in the order --help lists them.
const std::vector<Command> &commands();

/// The command called name, or nullptr.
const Command *findCommand(const QString &name);

} // namespace mig::app
