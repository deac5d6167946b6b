#pragma once

#include "cli/CommandContext.h"

namespace mig::cli {

/// `grommunio-migrate convert FILE... -o OUT.mt|- [--revision 3|4|5] [--splice] [--with-hidden]
/// [--with-associated] [--target-folder NAME] [--root-parent unanchored|ipm-subtree]`: converts
/// PST/OST files into one GXMT stream (several files: one "Import of" root each, in one stream,
/// revision 5 only) and prints per folder what was converted, skipped and why (to stderr when the
/// stream goes to stdout). Exit 0 when every item was converted or deliberately skipped,
/// ExitFailure when an input cannot be read, the output fails, or any item failed (the stream is
/// complete nevertheless).
int convertCommand(CommandContext &ctx);

} // namespace mig::cli
