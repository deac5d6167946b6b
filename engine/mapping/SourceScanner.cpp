#include "mapping/SourceScanner.h"

#include "sources/SourceRegistry.h"
#include "kopano/KopanoSpec.h"
#include "sources/imap/ImapAccount.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mig::mapping {

namespace {

bool isStoreFile(const QFileInfo &info)
{
    const QString suffix = info.suffix().toLower();
    return suffix == QLatin1String("pst") || suffix == QLatin1String("ost");
}

bool isMboxFile(const QFileInfo &info)
{
    return info.suffix().compare(QLatin1String("mbox"), Qt::CaseInsensitive) == 0;
}

/// A file some source kind names in its file patterns (*.pst, *.mbox, *.ics, *.vcf, ...): one
/// mailbox's source in a folder of per-user exports.
bool matchesSourcePattern(const QFileInfo &info)
{
    for (const sources::SourceKind &kind : sources::sourceKinds()) {
        if (QDir::match(kind.filePatterns, info.fileName()))
            return true;
    }
    return false;
}

bool looksLikeAddress(const QString &name)
{
    const qsizetype at = name.indexOf(QLatin1Char('@'));
    return at > 0 && at < name.size() - 1 && name.indexOf(QLatin1Char('@'), at + 1) < 0;
}

/// An IMAP account is named by its login (often the address itself); never a file.
Expected<SourceDescriptor> describeImapAccount(const QString &url)
{
    auto account = imap::parseImapUrl(url, true);
    if (!account)
        return account.error();
    SourceDescriptor source;
    source.path = url;
    source.name = account->login;
    source.kind = SourceDescriptor::Kind::ImapAccount;
    return source;
}

} // namespace

SourceDescriptor describePath(const QString &path)
{
    const QFileInfo info(path);
    SourceDescriptor source;
    source.path = path;
    if (info.isDir()) {
        source.kind = SourceDescriptor::Kind::ExportFolder;
        source.name = info.fileName();
    } else {
        // completeBaseName: "amelia.hartmann@example.org.pst" keeps its dots.
        source.name = info.completeBaseName();
        source.kind = isStoreFile(info) ? SourceDescriptor::Kind::PstFile
            : isMboxFile(info)          ? SourceDescriptor::Kind::MboxFile
                                        : SourceDescriptor::Kind::Other;
    }
    return source;
}

Expected<std::vector<SourceDescriptor>> collectSources(const QStringList &paths)
{
    std::vector<SourceDescriptor> sources;
    for (const QString &path : paths) {
        if (imap::isImapUrl(path)) {
            Expected<SourceDescriptor> account = describeImapAccount(path);
            if (!account)
                return account.error();
            sources.push_back(*account);
            continue;
        }
        const QFileInfo info(path);
        if (!info.exists()) {
            return Error{Error::Code::NotFound,
                         QCoreApplication::translate("mig::mapping", "The source %1 does not exist.").arg(path), {}};
        }
        if (!info.isDir()) {
            sources.push_back(describePath(path));
            continue;
        }
        const QDir dir(path);
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if ((entry.isFile() && matchesSourcePattern(entry))
                || (entry.isDir() && looksLikeAddress(entry.fileName())))
                sources.push_back(describePath(dir.filePath(entry.fileName())));
        }
    }
    return sources;
}

SourceDescriptor describeSpec(const sources::SourceSpec &spec)
{
    if (kopano::isKopanoSpec(spec)) {
        // Named by the list's address, so a directory user with that address (or alias) matches;
        // the login is the owner's name for the display-name rule.
        SourceDescriptor store;
        store.path = spec.location;
        store.kind = SourceDescriptor::Kind::KopanoStore;
        store.listedTarget = kopano::listedTarget(spec);
        store.title = kopano::storeTitle(spec);
        store.name = store.listedTarget.isEmpty() ? store.title : store.listedTarget;
        return store;
    }
    if (imap::isImapUrl(spec.location)) {
        if (Expected<SourceDescriptor> account = describeImapAccount(spec.location))
            return *account;
        SourceDescriptor unreadable; // a URL that does not parse is still listed, by its name
        unreadable.path = spec.location;
        unreadable.name = spec.displayName();
        return unreadable;
    }
    return describePath(spec.location);
}

} // namespace mig::mapping
