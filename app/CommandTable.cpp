#include "CommandTable.h"

#include "cli/CheckServerCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ConvertCommand.h"
#include "cli/DirectoryCommand.h"
#include "cli/ExchangeExportCommand.h"
#include "cli/ImportMtCommand.h"
#include "cli/InspectCommand.h"
#include "cli/KopanoDiscoverCommand.h"
#include "cli/MapCommand.h"
#include "cli/PlanCommand.h"
#include "cli/RunCommand.h"
#include "cli/VerifyMtCommand.h"

#include <QString>
#include <QtGlobal>

namespace mig::app {

const std::vector<Command> &commands()
{
    // One line per subcommand; the implementation lives in the engine folder it belongs to.
    static const std::vector<Command> table = {
        {"inspect", QT_TRANSLATE_NOOP("mig::app::Commands", "Show the folder tree of a source (PST/OST, EML, MBOX, Maildir, iCalendar, vCard, IMAP) with item counts"), cli::inspectCommand},
        {"convert", QT_TRANSLATE_NOOP("mig::app::Commands", "Convert sources (PST/OST, mail files, calendars, contacts, IMAP) into a GXMT stream for gromox-import"), cli::convertCommand},
        {"verify-mt", QT_TRANSLATE_NOOP("mig::app::Commands", "Check a GXMT stream (gromox-import input) and print its summary"), cli::verifyMtCommand},
        {"import-mt", QT_TRANSLATE_NOOP("mig::app::Commands", "Stream a GXMT file into gromox-import on a grommunio server over SSH"), cli::importMtCommand},
        {"check-server", QT_TRANSLATE_NOOP("mig::app::Commands", "Check a grommunio server over SSH: host key, importer, stream revision, free space"), cli::checkServerCommand},
        {"import", QT_TRANSLATE_NOOP("mig::app::Commands", "Convert sources and stream them into a grommunio mailbox over SSH"), cli::importCommand},
        {"directory", QT_TRANSLATE_NOOP("mig::app::Commands", "List the users of an LDAP directory or Active Directory"), cli::directoryCommand},
        {"map", QT_TRANSLATE_NOOP("mig::app::Commands", "Propose the target mailbox for each source (LDAP lookup)"), cli::mapCommand},
        {"kopano-discover", QT_TRANSLATE_NOOP("mig::app::Commands", "List the users of a Kopano server over SSH (kopano-admin) and write the migration list"), cli::kopanoDiscoverCommand},
        {"plan", QT_TRANSLATE_NOOP("mig::app::Commands", "Write a migration plan: server, options and source-to-mailbox jobs"), cli::planCommand},
        {"run", QT_TRANSLATE_NOOP("mig::app::Commands", "Run a migration plan: parallel mailboxes, progress, stop, resume, retry, report"), cli::runCommand},
        {"exchange-export", QT_TRANSLATE_NOOP("mig::app::Commands", "Write the Exchange Management Shell scripts that export mailboxes to PST for 'run --watch'"), cli::exchangeExportCommand},
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
