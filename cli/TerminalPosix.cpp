#include "cli/Terminal.h"

#include <QString>

#include <termios.h>
#include <unistd.h>

namespace mig::cli {

bool onTerminal()
{
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

bool stdoutIsLiveTerminal()
{
    return isatty(STDOUT_FILENO) && qEnvironmentVariable("TERM") != QLatin1String("dumb");
}

QByteArray readTerminalLine(bool echo)
{
    termios saved {};
    const bool haveTermios = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTermios && !echo) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line;
    line.reserve(256); // one allocation: no stale copies of a partial secret left in freed memory
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (haveTermios && !echo)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace mig::cli
