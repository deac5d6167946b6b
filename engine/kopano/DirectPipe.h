#pragma once

#include "kopano/KdbCommand.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mig::kopano {

/// `--direct`: gromox-kdb2mt piped into gromox-import in one POSIX shell on the grommunio server,
/// the stream never leaving it. The SQL password is the first line of standard input (`read`, a
/// builtin) and is exported in a subshell to kdb2mt alone. kdb2mt's exit status goes through a
/// file in a `mktemp -d` directory (no `pipefail` in sh), its standard error too; at the end the
/// script prints kdb2mt's errors prefixed "kdb2mt: " and then one status line (parseDirectStatus())
/// on standard error, and removes the directory. Every word is quoted (transport::shellCommand).
QString directCommand(const KdbSettings &settings, const KdbStore &store, const QStringList &importWords);

/// Both exit statuses, from the script's last line; -1 where a side left none (killed).
struct DirectStatus {
    int kdb2mt = -1;
    int importer = -1;
};
/// The status line ("@@mig-direct kdb2mt=<n> import=<n>"), or std::nullopt for any other line.
std::optional<DirectStatus> parseDirectStatus(const QString &line);

} // namespace mig::kopano
