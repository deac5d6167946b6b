#include "cli/Terminal.h"

#include <QtGlobal>

#include <windows.h>

#include <cstdio>
#include <io.h>

namespace mig::cli {

bool onTerminal()
{
    return _isatty(_fileno(stdin)) && _isatty(_fileno(stderr));
}

bool stdoutIsLiveTerminal()
{
    // The Windows console redraws a line on '\r' as terminals do.
    return _isatty(_fileno(stdout)) != 0;
}

QByteArray readTerminalLine(bool echo)
{
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD savedMode = 0;
    const bool haveConsole = GetConsoleMode(input, &savedMode) != 0;
    if (haveConsole && !echo)
        SetConsoleMode(input, savedMode & ~DWORD(ENABLE_ECHO_INPUT));
    QByteArray line;
    line.reserve(256); // one allocation: no stale copies of a partial secret left in freed memory
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
    if (haveConsole && !echo) {
        SetConsoleMode(input, savedMode);
        std::fputc('\n', stderr); // the Enter the user typed was not echoed
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace mig::cli
