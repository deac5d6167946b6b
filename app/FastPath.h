#pragma once

#include <QStringList>

#include <optional>

namespace mig::app {

/// Runs what the executable does without the command library: --version, and convert when it
/// reads PST/OST/PAB files only (cli::convertReadsPstOnly()). Nothing for everything else, which
/// the command library runs (see CommandsEntry.h). Needs a QCoreApplication.
std::optional<int> runOnFastPath(const QStringList &arguments);

} // namespace mig::app
