#pragma once

#include "cli/CommandContext.h"

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace mig::app {

/// Runs one subcommand on the process's standard streams; arguments start with its name.
int runCommand(const std::function<int(cli::CommandContext &)> &run, const QStringList &arguments);

/// "grommunio-migrate 0.1.0" and a new line: the answer to --version.
void printVersion(QTextStream &out);

} // namespace mig::app
