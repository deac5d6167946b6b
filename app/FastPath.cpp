#include "FastPath.h"

#include "CommandRunner.h"

#include "cli/ConvertCommand.h"

namespace mig::app {

std::optional<int> runOnFastPath(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        QTextStream out(stdout);
        printVersion(out);
        return cli::ExitOk;
    }
    if (first == QLatin1String("convert") && cli::convertReadsPstOnly(arguments))
        return runCommand(cli::convertCommand, arguments);
    return std::nullopt;
}

} // namespace mig::app
