#include "cli/SecretInput.h"

#include "transport/SecretBytes.h"

#include <QCoreApplication>
#include <QFile>

#include <termios.h>
#include <unistd.h>

namespace mig::cli {

bool onTerminal()
{
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
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

Expected<QByteArray> readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { file.exists() ? Error::Code::AccessDenied : Error::Code::NotFound,
            QCoreApplication::translate("mig::cli", "Cannot read the password file %1: %2")
                .arg(path, file.errorString()),
            {} };
    }
    QByteArray content = file.readAll();
    QByteArray firstLine = content.left(content.indexOf('\n') < 0 ? content.size() : content.indexOf('\n'));
    transport::wipe(content);
    if (firstLine.endsWith('\r'))
        firstLine.chop(1);
    return firstLine;
}

} // namespace mig::cli
