#include "CommandTable.h"

#include <QString>
#include <QtGlobal>

namespace mig::app {

const std::vector<Command> &commands()
{
    // One line per subcommand; the implementation lives in the engine folder it belongs to.
    static const std::vector<Command> table = {
    };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace mig::app
