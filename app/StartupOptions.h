#pragma once

#include <QString>
#include <QStringList>

namespace mig::app {

/// What the process was asked to do, decided from argv before any QCoreApplication exists
/// (a GUI run needs QApplication, a CLI run must work without a display).
struct StartupOptions {
    bool cli = false;        ///< true: run a subcommand or --help/--version headless
    QString language;        ///< from --lang, empty = system locale
    QStringList arguments;   ///< argv without the program name and without --lang
};

StartupOptions parseStartupOptions(int argc, char **argv);

} // namespace mig::app
