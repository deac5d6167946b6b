#include "support/SourceInspection.h"

#include "sources/Source.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>

namespace mig::wizard {

namespace {

SourceInspection inspectFolder(const QString &path)
{
    SourceInspection result;
    result.isFolder = true;
    result.format = QCoreApplication::translate("mig::wizard", "export folder");
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        result.size += it.fileInfo().size();
        ++result.items;
    }
    QDirIterator dirs(path, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    result.folders = 1;
    while (dirs.hasNext()) {
        dirs.next();
        ++result.folders;
    }
    result.ok = true;
    return result;
}

} // namespace

SourceInspection inspectSourcePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return inspectFolder(path);

    SourceInspection result;
    result.size = info.size();
    Expected<std::unique_ptr<sources::Source>> opened = sources::openSourceFile(path);
    if (!opened) {
        result.error = opened.error().message;
        return result;
    }
    sources::Source &source = **opened;
    result.format = source.info().format.toUpper();
    Expected<QList<sources::SourceFolder>> folders = source.folders();
    if (!folders) {
        result.error = folders.error().message;
        return result;
    }
    result.folders = int(folders->size());
    for (const sources::SourceFolder &folder : *folders) {
        result.items += folder.itemCount;
        result.unreadable += folder.unreadableCount;
    }
    result.ok = true;
    return result;
}

} // namespace mig::wizard
