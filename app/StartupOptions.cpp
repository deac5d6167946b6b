#include "StartupOptions.h"

namespace mig::app {

StartupOptions parseStartupOptions(int argc, char **argv)
{
    StartupOptions options;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--lang") && i + 1 < argc) {
            options.language = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        if (arg.startsWith(QLatin1String("--lang="))) {
            options.language = arg.mid(7);
            continue;
        }
        options.arguments.append(arg);
    }
    // Without arguments, or with options meant for the GUI only, the wizard opens.
    const QString first = options.arguments.value(0);
    options.cli = !first.isEmpty() && first != QLatin1String("--screenshots")
                  && !first.startsWith(QLatin1String("--screenshots="));
    return options;
}

} // namespace mig::app
