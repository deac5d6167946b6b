#pragma once

#include "cli/CommandContext.h"
#include "cli/ImportSshOptions.h"
#include "core/Expected.h"
#include "gxmt/ByteSink.h"
#include "transport/ImportSink.h"

#include <functional>
#include <memory>
#include <optional>

namespace mig::cli {

/// The common tail of `import-mt` and `import`: starts the importer on the server, lets produce()
/// write the stream into it, waits for the importer and prints progress (folders, warnings,
/// errors) to ctx.err and a summary to ctx.out. Returns the command's exit code: ExitOk when the
/// importer exited 0 and reported no failed message, ExitPartial when it exited 0 but refused some
/// messages (--continue-on-error), else ExitFailure (ExitCanceled when the producer was canceled).
/// A connected server, the importer found on it and, normally, the remote command that found it,
/// waiting to start that importer (no second remote command before the first byte, issue 22).
struct ImportTarget {
    std::unique_ptr<transport::SshSession> session;
    transport::ImporterInfo importer;
    std::unique_ptr<transport::ImportSink> launcher; ///< null: the importer starts on a channel of its own
};

/// produce() runs on a thread of its own (conversion overlaps sending, memory bounded).
int streamIntoImporter(ImportTarget &target, const transport::ImportOptions &options,
                       const std::function<Expected<void>(gxmt::ByteSink &)> &produce, CommandContext &ctx);

/// Connects with the command line's SSH options and discovers the importer in the launcher (probing
/// with targetUser when an old importer needs it), printing what it finds to ctx.err. std::nullopt after printing the error;
/// *exitCode is then the command's exit code.
std::optional<ImportTarget> connectToImporter(const ImportSshOptions &ssh, const QCommandLineParser &parser,
                                              const QString &targetUser, CommandContext &ctx, int *exitCode);

} // namespace mig::cli
