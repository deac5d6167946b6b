#pragma once

#include <QString>
#include <QtGlobal>

namespace mig::app {

/// An entry point of one of the program's own libraries, or why it could not be loaded.
struct LoadedEntry {
    QFunctionPointer entry = nullptr;
    QString problem; ///< untranslated details (library paths and the loader's message) when entry is null
};

/// Loads the library fileName found beside the executable (the build tree) or where the package
/// installs the program's private libraries (a path relative to the executable, so an unpacked
/// package works anywhere), and resolves symbol in it. The library is never unloaded.
/// Needs no QCoreApplication. argv0 is a fallback where the executable's path is not known otherwise.
LoadedEntry loadEntry(const char *argv0, const QString &fileName, const char *symbol);

} // namespace mig::app
