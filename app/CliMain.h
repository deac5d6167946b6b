#pragma once

#include <QStringList>

namespace mig::app {

/// Runs the headless command line: --help, --version or a subcommand. Needs a QCoreApplication.
int runCli(const QStringList &arguments);

} // namespace mig::app
