#include "RemoteCommand.h"

#include "transport/ExecChannel.h"

namespace mig::transport {

Expected<CommandResult> runRemoteCommand(SshSession &session, const QString &command, const QByteArray &input,
                                         int timeoutMs)
{
    CommandResult result;
    ExecChannel channel(session, [&result](bool isStderr, const QByteArray &bytes) {
        (isStderr ? result.err : result.out).append(bytes);
    });
    if (Expected<void> started = channel.start(command); !started)
        return started.error();
    if (!input.isEmpty()) {
        // A command that exits without reading all of its input is not a failure here (a probe
        // stops at the first bytes it does not like); only a lost connection is.
        if (Expected<void> written = channel.write(input); !written && written.error().code != Error::Code::Remote)
            return written.error();
    }
    Expected<int> status = channel.finish(timeoutMs);
    if (!status)
        return status.error();
    result.exitStatus = *status;
    return result;
}

} // namespace mig::transport
