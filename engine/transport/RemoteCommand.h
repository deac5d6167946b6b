#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

namespace mig::transport {

class SshSession;

/// Outcome of a short remote command.
struct CommandResult {
    int exitStatus = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs a short command (a probe, df, a lookup) to completion on its own exec channel, feeding it
/// input and collecting all output in memory. Fails with Network/Remote when the connection or
/// the channel fails, or when the command takes longer than timeoutMs; a non-zero exit status is
/// not an error. Same thread rules as SshSession.
Expected<CommandResult> runRemoteCommand(SshSession &session, const QString &command, const QByteArray &input = {},
                                         int timeoutMs = 30000);

} // namespace mig::transport
