#pragma once

#include "cli/CommandContext.h"
#include "core/Expected.h"
#include "gxmt/ByteSink.h"
#include "transport/ImportSink.h"

#include <functional>

namespace mig::cli {

/// The common tail of `import-mt` and `import`: starts the importer on the server, lets produce()
/// write the stream into it, waits for the importer and prints progress (folders, warnings,
/// errors) to ctx.err and a summary to ctx.out. Returns the command's exit code: ExitOk only when
/// the importer exited 0 and reported no failed message.
int streamIntoImporter(transport::SshSession &session, const transport::ImportOptions &options,
                       const std::function<Expected<void>(gxmt::ByteSink &)> &produce, CommandContext &ctx);

/// Discovers the importer (printing what was found) and returns it, or prints the error.
std::optional<transport::ImporterInfo> findImporter(transport::SshSession &session,
                                                    const transport::DiscoveryOptions &options, CommandContext &ctx);

} // namespace mig::cli
