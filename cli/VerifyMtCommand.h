#pragma once

#include "cli/CommandContext.h"

namespace mig::cli {

/// `grommunio-migrate verify-mt [FILE|-] [--revision N] [--dump]`: validates a GXMT stream read
/// from FILE or standard input (streaming, constant memory), prints its summary (and with --dump
/// every folder, message, recipient, attachment and property) to ctx.out. Exit 0 only for a
/// fully valid stream; 1 with each problem (offset, frame, rule) on ctx.err; 2 for usage errors.
/// Runs on the calling thread.
int verifyMtCommand(CommandContext &ctx);

} // namespace mig::cli
