#include "ModuleLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace mig::app {
namespace {

/// The directory of the running executable. /proc/self/exe is exact on Linux; elsewhere argv[0]
/// (absolute or relative to the working directory, as the shell started it).
QString executableDirectory(const char *argv0)
{
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    if (self.exists())
        return QFileInfo(self.canonicalFilePath()).absolutePath();
    return QFileInfo(QString::fromLocal8Bit(argv0)).absolutePath();
}

} // namespace

LoadedEntry loadEntry(const char *argv0, const QString &fileName, const char *symbol)
{
    const QDir here(executableDirectory(argv0));
    // MIG_PRIVATE_LIBRARY_RELATIVE_DIR comes from app/CMakeLists.txt.
    const QStringList candidates = {
        here.filePath(fileName),
        here.filePath(QStringLiteral(MIG_PRIVATE_LIBRARY_RELATIVE_DIR "/") + fileName),
    };
    LoadedEntry result;
    for (const QString &candidate : candidates) {
        if (!QFileInfo::exists(candidate)) {
            result.problem += candidate + QStringLiteral(": not found\n");
            continue;
        }
        // Never unloaded: the library's objects live until the process ends. QLibrary's destructor
        // leaves a loaded library loaded, so the handle need not outlive this call.
        QLibrary library(QDir::cleanPath(candidate));
        if (!library.load()) {
            result.problem += library.errorString() + QLatin1Char('\n');
            continue;
        }
        result.entry = library.resolve(symbol);
        if (result.entry)
            return result;
        result.problem += library.errorString() + QLatin1Char('\n');
    }
    return result;
}

} // namespace mig::app
