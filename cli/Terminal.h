#pragma once

#include <QByteArray>

namespace mig::cli {

// The few things the command line needs from the console, one implementation per platform
// (TerminalPosix.cpp, TerminalWindows.cpp), so no other file includes termios.h or windows.h.

/// Whether standard input and standard error are a terminal (so a question can be asked).
bool onTerminal();

/// Whether standard output is a terminal that can redraw a line (not "TERM=dumb"), for progress.
bool stdoutIsLiveTerminal();

/// Reads one line from the terminal into a byte buffer (never a QString, so it can be wiped),
/// with echo switched off for secrets.
QByteArray readTerminalLine(bool echo);

} // namespace mig::cli
