#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

class QIODevice;

namespace mig::cli {

/// Exit codes shared by every subcommand, so scripts can tell usage errors from data errors.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, ///< the operation ran and failed (invalid stream, unreadable file, ...)
    ExitUsage = 2,   ///< wrong arguments
    ExitCanceled = 3, ///< stopped by the user (Ctrl+C, STOP file) before the end
    ExitPartial = 4,  ///< finished, the output is valid, but some items (or mailboxes) were not moved: see the list
};

/// A stable name for an exit code in --json output: "ok", "failed", "usage", "canceled", "partial".
QString exitStateName(int exitCode);

/// The exit code table shown at the end of every command's --help (and in the man page).
QString exitCodesHelp();

/// What a subcommand gets from app/: its arguments (argv[0] is the subcommand name, as
/// QCommandLineParser expects) and the three standard streams. Commands never touch std::cout
/// directly, so tests can run them in-process.
struct CommandContext {
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
    QIODevice *in = nullptr; ///< standard input, for commands that read "-"
};

/// Parses ctx.arguments with a parser the command has filled with its options. Handles --help
/// (prints and returns ExitOk) and errors (prints and returns ExitUsage); returns -1 when the
/// command should go on.
int parseCommandLine(QCommandLineParser &parser, CommandContext &ctx, const QString &description);

} // namespace mig::cli
