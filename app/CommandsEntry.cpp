// The command library's entry point: the whole command line (see CommandsEntry.h).
#include "CommandsEntry.h"

#include "CliMain.h"

extern "C" Q_DECL_EXPORT int migCommandsMain(const QStringList *arguments)
{
    static_assert(std::is_same_v<decltype(&migCommandsMain), mig::app::CommandsEntryFunction>);
    return mig::app::runCli(*arguments);
}
