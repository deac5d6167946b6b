#include "support/SourceInspection.h"

#include "kopano/KopanoSpec.h"
#include "sources/Source.h"
#include "sources/SourceRegistry.h"

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

/// A Kopano store is read on the grommunio server during the run (gromox-kdb2mt): what the
/// discovery found (size, state, address) is all that is known before; nothing is opened here.
SourceInspection inspectKopanoStore(const sources::SourceSpec &spec)
{
    SourceInspection result;
    Expected<kopano::StoreJob> store = kopano::storeJobFrom(spec);
    if (!store) {
        result.error = store.error().message;
        return result;
    }
    result.format = QCoreApplication::translate("mig::wizard", "Kopano store");
    result.countsKnown = false;
    result.size = store->sizeMiB > 0 ? qint64(store->sizeMiB * 1024 * 1024) : 0;
    result.details << QCoreApplication::translate("mig::wizard", "on %1").arg(store->server.host);
    if (const QString mail = kopano::listedTarget(spec); !mail.isEmpty())
        result.details << mail;
    if (!spec.options.value(QStringLiteral("active"), true).toBool())
        result.details << QCoreApplication::translate("mig::wizard", "not active");
    result.ok = true;
    return result;
}

} // namespace

SourceInspection inspectSource(const sources::SourceSpec &spec)
{
    if (kopano::isKopanoSpec(spec))
        return inspectKopanoStore(spec);
    const QFileInfo info(spec.location);
    // A folder that is itself a source (a Maildir, a tree of .eml files, mail client folders) is
    // read like a file; any other folder is a folder of exports.
    if (spec.isAuto() && info.isDir() && !sources::probeSource(spec.location))
        return inspectFolder(spec.location);

    SourceInspection result;
    result.size = info.isFile() ? info.size() : 0;
    Expected<std::unique_ptr<sources::Source>> opened = sources::openSource(spec);
    if (!opened) {
        result.error = opened.error().message;
        return result;
    }
    sources::Source &source = **opened;
    const sources::SourceInfo sourceInfo = source.info();
    result.format = sourceInfo.format.toUpper();
    for (const sources::SourceDetail &detail : sourceInfo.details)
        result.details.append(detail.text);
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
