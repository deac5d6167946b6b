#include "CommandRunner.h"

#include "core/Version.h"

#include <QFile>

#include <cstdio>

namespace mig::app {

int runCommand(const std::function<int(cli::CommandContext &)> &run, const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    cli::CommandContext ctx { arguments, out, err, &in };
    const int status = run(ctx);
    out.flush();
    err.flush();
    return status;
}

void printVersion(QTextStream &out)
{
    out << kApplicationName << ' ' << kVersion << '\n';
}

} // namespace mig::app
