#pragma once

#include "cli/CommandContext.h"

#include <QStringList>

namespace mig::cli {

/// `grommunio-migrate convert FILE... -o OUT.mt|- [--revision 3|4|5] [--splice] [--with-hidden]
/// [--with-associated] [--target-folder NAME] [--root-parent unanchored|ipm-subtree]`: converts
/// PST/OST files into one GXMT stream (several files: one "Import of" root each, in one stream,
/// revision 5 only) and prints per folder what was converted, skipped and why (to stderr when the
/// stream goes to stdout). Exit 0 when every item was converted or deliberately skipped,
/// ExitFailure when an input cannot be read, the output fails, or any item failed (the stream is
/// complete nevertheless).
int convertCommand(CommandContext &ctx);

/// Whether convert with these arguments (the first is "convert") reads nothing but PST/OST/PAB
/// files by their signature and asks no directory: then a program linked without the MIME,
/// calendar, IMAP and LDAP code runs it exactly as the full one would (app/main.cpp's fast path).
/// Arguments that do not parse count as such: convert reports them before reading anything.
bool convertReadsPstOnly(const QStringList &arguments);

} // namespace mig::cli
