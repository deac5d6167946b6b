#include "sources/mime/MailTreeBuilders.h"

#include "sources/imap/ModifiedUtf7.h"
#include "sources/mime/MboxReader.h"
#include "sources/mime/MimeConverter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace mig::mime {

using sources::SpecialFolder;

namespace {

/// Folders nested deeper than this are not followed (a loop made with bind mounts, a runaway tree).
constexpr int kMaxDepth = 64;
/// How many directory entries a probe looks at before it gives up (a probe must stay quick).
constexpr int kProbeEntryLimit = 5000;

constexpr QDir::Filters kDirs = QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks;
constexpr QDir::Filters kFiles = QDir::Files | QDir::NoSymLinks;

QByteArray readHead(const QString &path, qint64 size = 4096)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = file.read(size);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    return head;
}

/// An index with the unnamed root and the IPM-subtree folder named after the source.
MailIndex startIndex(const QString &location)
{
    MailIndex index;
    const int root = index.addFolder(QString(), -1);
    index.folders[root].role = SpecialFolder::Root;
    const int subtree = index.addFolder(QFileInfo(location).fileName(), root);
    index.folders[subtree].role = SpecialFolder::IpmSubtree;
    return index;
}
constexpr int kSubtree = 1;

/// Puts the folders in depth-first order (parent, its children, their children ...), keeping the
/// order in which siblings were added: builders may add a child folder after unrelated ones.
void orderDepthFirst(MailIndex &index)
{
    QList<QList<int>> children(index.folders.size());
    for (int i = 0; i < index.folders.size(); ++i) {
        if (index.folders.at(i).parent >= 0)
            children[index.folders.at(i).parent].append(i);
    }
    QList<int> order;
    QList<int> stack { 0 };
    while (!stack.isEmpty()) {
        const int f = stack.takeLast();
        order.append(f);
        for (auto it = children.at(f).crbegin(); it != children.at(f).crend(); ++it)
            stack.append(*it);
    }
    QHash<int, int> newIndex;
    for (int i = 0; i < order.size(); ++i)
        newIndex.insert(order.at(i), i);
    QList<MailFolder> ordered;
    ordered.reserve(order.size());
    for (const int old : std::as_const(order)) {
        MailFolder folder = std::move(index.folders[old]);
        if (folder.parent >= 0)
            folder.parent = newIndex.value(folder.parent);
        ordered.append(std::move(folder));
    }
    index.folders = std::move(ordered);
}

Expected<MailIndex> finish(MailIndex index)
{
    orderDepthFirst(index);
    assignSpecialFolders(index, kSubtree);
    return index;
}

Error notFound(const QString &path)
{
    return Error { Error::Code::NotFound,
        QCoreApplication::translate("mig::mime", "%1: the file or folder does not exist").arg(path), {} };
}

// ---- EML ----------------------------------------------------------------------------------

bool isEmlName(const QString &name)
{
    return name.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive);
}

bool containsEml(const QString &directory)
{
    QDirIterator it(directory, kFiles, QDirIterator::Subdirectories);
    for (int seen = 0; it.hasNext() && seen < kProbeEntryLimit; ++seen) {
        if (isEmlName(it.next()))
            return true;
    }
    return false;
}

void addEmlDirectory(MailIndex &index, const QString &directory, int folder, int depth)
{
    const QDir dir(directory);
    for (const QFileInfo &file : dir.entryInfoList(kFiles, QDir::Name)) {
        if (isEmlName(file.fileName()))
            index.addFile(folder, file.filePath());
    }
    if (depth >= kMaxDepth)
        return;
    for (const QFileInfo &sub : dir.entryInfoList(kDirs, QDir::Name)) {
        if (sub.fileName().startsWith(QLatin1Char('.')) || !containsEml(sub.filePath()))
            continue;
        addEmlDirectory(index, sub.filePath(), index.addFolder(sub.fileName(), folder), depth + 1);
    }
}

// ---- mbox ---------------------------------------------------------------------------------

QString withoutSuffix(const QString &name, std::initializer_list<const char *> suffixes)
{
    for (const char *suffix : suffixes) {
        const QLatin1String s(suffix);
        if (name.size() > s.size() && name.endsWith(s, Qt::CaseInsensitive))
            return name.left(name.size() - s.size());
    }
    return name;
}

/// Scans one mbox file into folder: every message's place and flags; deleted ones are counted,
/// Alpine's pseudo message is dropped.
void addMboxMessages(MailIndex &index, int folder, const QString &path)
{
    MboxReader reader(path);
    if (auto opened = reader.open(); !opened) {
        index.warnings.append(opened.error().fullText());
        return;
    }
    const quint32 file = quint32(index.files.size());
    index.files.append(path);
    MailFolder &target = index.folders[folder];
    while (const std::optional<MboxMessage> message = reader.next()) {
        if (message->pseudo)
            continue;
        if (message->deleted) {
            ++target.skipped;
            target.skipReason = QCoreApplication::translate("mig::mime", "marked deleted in the mbox (not yet compacted)");
            continue;
        }
        MailItem item;
        item.file = file;
        item.offset = message->offset;
        item.messageOffset = message->messageOffset;
        item.length = message->length;
        item.mboxIndex = message->index;
        item.flags = message->flags;
        item.byContentLength = message->byContentLength;
        if (message->envelopeDate.isValid())
            item.envelopeMsecs = message->envelopeDate.toMSecsSinceEpoch();
        target.items.append(item);
    }
    index.warnings.append(reader.takeWarnings());
    if (const auto error = reader.error())
        index.warnings.append(QCoreApplication::translate("mig::mime", "%1 (messages after it are missing)")
                                  .arg(error->fullText()));
}

/// An mbox file of a client's folder tree: mbox content, or an empty file Thunderbird keeps an
/// index (.msf) for.
bool isFolderFile(const QFileInfo &file)
{
    if (isMboxFile(file.filePath()))
        return true;
    return file.size() == 0 && QFileInfo::exists(file.filePath() + QLatin1String(".msf"));
}

/// Files of a client's folder tree that are never mbox folders: Thunderbird's summaries, and
/// single messages (a saved .eml may start with a "From " line).
bool isIgnoredFile(const QFileInfo &file)
{
    const QString suffix = file.suffix();
    return suffix.compare(QLatin1String("msf"), Qt::CaseInsensitive) == 0
        || suffix.compare(QLatin1String("eml"), Qt::CaseInsensitive) == 0;
}

bool isBundle(const QFileInfo &dir)
{
    return dir.isDir() && dir.fileName().endsWith(QLatin1String(".mbox"), Qt::CaseInsensitive);
}

void addMboxDirectory(MailIndex &index, const QString &directory, int parent, int depth);

/// An Apple Mail ".mbox" bundle: its "mbox" file holds the messages, nested bundles are sub-folders.
void addBundle(MailIndex &index, const QFileInfo &bundle, int parent, int depth)
{
    const int folder = index.addFolder(withoutSuffix(bundle.fileName(), { ".mbox" }), parent);
    const QString mbox = bundle.filePath() + QLatin1String("/mbox");
    if (QFileInfo(mbox).isFile())
        addMboxMessages(index, folder, mbox);
    if (depth < kMaxDepth)
        addMboxDirectory(index, bundle.filePath(), folder, depth + 1);
}

/// The folder that takes the .eml files lying next to the mbox files of directory: the folder
/// the directory stands for, except on the top level (the IPM subtree holds no messages), where
/// it is a folder named after the directory, as in an EML tree; made only when there are some.
void addLooseEmlFiles(MailIndex &index, const QDir &dir, int parent)
{
    int folder = parent == kSubtree ? -1 : parent;
    for (const QFileInfo &file : dir.entryInfoList(kFiles, QDir::Name)) {
        if (!isEmlName(file.fileName()))
            continue;
        if (folder < 0)
            folder = index.addFolder(dir.dirName(), kSubtree);
        index.addFile(folder, file.filePath());
    }
}

void addMboxDirectory(MailIndex &index, const QString &directory, int parent, int depth)
{
    const QDir dir(directory);
    // A folder may mix mbox files and saved messages: the mbox files become folders, the .eml
    // files messages of the folder this directory stands for.
    addLooseEmlFiles(index, dir, parent);
    QHash<QString, int> byName; // folder name → index, to hang "<name>.sbd" below it
    for (const QFileInfo &file : dir.entryInfoList(kFiles, QDir::Name)) {
        if (file.fileName() == QLatin1String("mbox") && isBundle(QFileInfo(directory)))
            continue; // the bundle's own messages, added by addBundle()
        if (isIgnoredFile(file) || !isFolderFile(file))
            continue;
        const QString name = withoutSuffix(file.fileName(), { ".mbox", ".mbx" });
        const int folder = index.addFolder(name, parent);
        byName.insert(file.fileName(), folder);
        addMboxMessages(index, folder, file.filePath());
    }
    if (depth >= kMaxDepth)
        return;
    for (const QFileInfo &sub : dir.entryInfoList(kDirs, QDir::Name)) {
        const QString name = sub.fileName();
        if (name.endsWith(QLatin1String(".sbd"))) {
            const QString base = name.left(name.size() - 4);
            const int folder = byName.contains(base) ? byName.value(base) : index.addFolder(base, parent);
            addMboxDirectory(index, sub.filePath(), folder, depth + 1);
        } else if (isBundle(sub)) {
            addBundle(index, sub, parent, depth + 1);
        } else if (!name.startsWith(QLatin1Char('.')) && (isMboxTree(sub.filePath()) || containsEml(sub.filePath()))) {
            addMboxDirectory(index, sub.filePath(), index.addFolder(name, parent), depth + 1);
        }
    }
}

// ---- Maildir ------------------------------------------------------------------------------

/// The MailFlag bits of a maildir file name ("<unique>:2,<flags>"; ';' or '!' instead of ':' on
/// file systems that forbid colons); trashed is set for the T flag.
quint8 maildirFlags(const QString &name, bool &trashed)
{
    trashed = false;
    qsizetype at = -1;
    for (const QLatin1String marker : { QLatin1String(":2,"), QLatin1String(";2,"), QLatin1String("!2,") }) {
        at = name.lastIndexOf(marker);
        if (at >= 0)
            break;
    }
    if (at < 0)
        return 0;
    quint8 flags = 0;
    for (const QChar c : QStringView(name).mid(at + 3)) {
        switch (c.unicode()) {
        case 'S': flags |= MailFlag::Read; break;
        case 'R': flags |= MailFlag::Answered; break;
        case 'F': flags |= MailFlag::Flagged; break;
        case 'D': flags |= MailFlag::Draft; break;
        case 'P': flags |= MailFlag::Forwarded; break;
        case 'T': trashed = true; break;
        default: break; // lower-case letters are IMAP keywords (Dovecot), not flags
        }
    }
    return flags;
}

void addMaildirMessages(MailIndex &index, int folder, const QString &maildir)
{
    for (const char *sub : { "cur", "new" }) {
        const QDir dir(maildir + QLatin1Char('/') + QLatin1String(sub));
        for (const QFileInfo &file : dir.entryInfoList(kFiles, QDir::Name)) {
            if (file.fileName().startsWith(QLatin1Char('.')))
                continue;
            bool trashed = false;
            const quint8 flags = maildirFlags(file.fileName(), trashed);
            if (trashed) {
                ++index.folders[folder].skipped;
                index.folders[folder].skipReason
                    = QCoreApplication::translate("mig::mime", "marked trashed in the Maildir (T flag)");
                continue;
            }
            index.addFile(folder, file.filePath(), flags);
        }
    }
}

/// A Maildir++ name part as people read it: Dovecot writes non-ASCII names in modified UTF-7.
QString maildirNamePart(const QString &part)
{
    if (!part.contains(QLatin1Char('&')))
        return part;
    return imap::decodeModifiedUtf7(part.toUtf8()).value_or(part);
}

/// Maildir++ sub-folders (".A.B" → A/B below parent) and Dovecot LAYOUT=fs ones ("A/B/cur").
void addMaildirChildren(MailIndex &index, const QString &directory, int parent, int depth)
{
    const QDir dir(directory);
    QHash<QString, int> byPath; // "A.B" → folder
    for (const QFileInfo &sub : dir.entryInfoList(kDirs | QDir::Hidden, QDir::Name)) {
        const QString name = sub.fileName();
        if (name == QLatin1String("cur") || name == QLatin1String("new") || name == QLatin1String("tmp"))
            continue;
        if (name.startsWith(QLatin1Char('.')) && name.size() > 1) {
            if (!isMaildir(sub.filePath()))
                continue;
            const QStringList parts = name.mid(1).split(QLatin1Char('.'));
            int folder = parent;
            QString key;
            for (const QString &part : parts) {
                key += (key.isEmpty() ? QString() : QStringLiteral(".")) + part;
                if (!byPath.contains(key))
                    byPath.insert(key, index.addFolder(maildirNamePart(part), folder));
                folder = byPath.value(key);
            }
            addMaildirMessages(index, folder, sub.filePath());
        } else if (!name.startsWith(QLatin1Char('.')) && isMaildir(sub.filePath()) && depth < kMaxDepth) {
            const int folder = index.addFolder(maildirNamePart(name), parent);
            addMaildirMessages(index, folder, sub.filePath());
            addMaildirChildren(index, sub.filePath(), folder, depth + 1);
        }
    }
}

bool isDirectory(const QString &path)
{
    return QFileInfo(path).isDir();
}

} // namespace

// ---- recognisers --------------------------------------------------------------------------

bool looksLikeMessage(const QByteArray &head)
{
    if (head.isEmpty() || head.startsWith("From "))
        return false;
    static const QRegularExpression field(QStringLiteral("^([!-9;-~]+)[ \\t]*:"));
    static const QStringList known { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("date"),
        QStringLiteral("subject"), QStringLiteral("message-id"), QStringLiteral("received"),
        QStringLiteral("mime-version"), QStringLiteral("return-path"), QStringLiteral("delivered-to"),
        QStringLiteral("x-mozilla-status"), QStringLiteral("content-type"), QStringLiteral("sender"),
        QStringLiteral("reply-to"), QStringLiteral("cc") };
    bool first = true;
    int knownFields = 0;
    for (const QByteArray &raw : head.split('\n')) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.isEmpty())
            break;
        if (!first && (line.startsWith(' ') || line.startsWith('\t')))
            continue;
        const QRegularExpressionMatch match = field.match(QString::fromLatin1(line));
        if (!match.hasMatch())
            return first ? false : knownFields > 0;
        if (known.contains(match.captured(1).toLower()))
            ++knownFields;
        first = false;
    }
    return knownFields > 0;
}

QByteArray withoutEnvelope(const QByteArray &head)
{
    const qsizetype end = head.indexOf('\n');
    if (end < 0 || !MboxReader::isSeparator(head.left(end)))
        return head;
    return head.mid(end + 1);
}

bool isMboxFile(const QString &path)
{
    const QByteArray head = readHead(path, 1024);
    qsizetype start = 0;
    while (start < head.size() && (head.at(start) == '\n' || head.at(start) == '\r'))
        ++start;
    const qsizetype end = head.indexOf('\n', start);
    return MboxReader::isSeparator(head.mid(start, end < 0 ? -1 : end - start));
}

bool isMaildir(const QString &directory)
{
    return isDirectory(directory + QLatin1String("/cur")) && isDirectory(directory + QLatin1String("/new"));
}

bool isMaildirPlusPlusRoot(const QString &directory)
{
    const QDir dir(directory);
    int seen = 0;
    for (const QFileInfo &sub : dir.entryInfoList(kDirs | QDir::Hidden)) {
        if (++seen > kProbeEntryLimit)
            break;
        if (sub.fileName().startsWith(QLatin1Char('.')) && isMaildir(sub.filePath()))
            return true;
    }
    return false;
}

namespace {

/// levels: how many plain folders down to look (Thunderbird's "Mail" holds "Local Folders" and
/// one folder per POP account, "ImapMail" one per IMAP server).
bool isMboxTreeWithin(const QString &directory, int levels)
{
    const QDir dir(directory);
    int seen = 0;
    for (const QFileInfo &entry : dir.entryInfoList(kFiles | kDirs)) {
        if (++seen > kProbeEntryLimit)
            break;
        if (entry.isDir()) {
            if (entry.fileName().endsWith(QLatin1String(".sbd")) || isBundle(entry))
                return true;
            if (levels > 0 && !entry.fileName().startsWith(QLatin1Char('.'))
                && isMboxTreeWithin(entry.filePath(), levels - 1))
                return true;
        } else if (!isIgnoredFile(entry) && isFolderFile(entry)) {
            return true;
        }
    }
    return false;
}

} // namespace

bool isMboxTree(const QString &directory)
{
    return isMboxTreeWithin(directory, 1);
}

bool isEmlTree(const QString &directory)
{
    QDirIterator it(directory, kFiles, QDirIterator::Subdirectories);
    for (int seen = 0; it.hasNext() && seen < kProbeEntryLimit; ++seen) {
        const QString path = it.next();
        if (isEmlName(path) && looksLikeMessage(withoutEnvelope(readHead(path))))
            return true;
    }
    return false;
}

// ---- builders -----------------------------------------------------------------------------

Expected<MailIndex> buildEmlFileIndex(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return notFound(path);
    MailIndex index = startIndex(path);
    const int folder = index.addFolder(QFileInfo(path).completeBaseName(), kSubtree);
    index.addFile(folder, path);
    return finish(std::move(index));
}

Expected<MailIndex> buildEmlTreeIndex(const QString &directory)
{
    if (!isDirectory(directory))
        return notFound(directory);
    MailIndex index = startIndex(directory);
    const QDir dir(directory);
    const QStringList files = dir.entryList(kFiles);
    const bool ownFiles = std::any_of(files.cbegin(), files.cend(), isEmlName);
    if (ownFiles) {
        // Only the top folder's own files: sub-folders become siblings, as a client shows them.
        const int own = index.addFolder(dir.dirName(), kSubtree);
        for (const QFileInfo &file : dir.entryInfoList(kFiles, QDir::Name)) {
            if (isEmlName(file.fileName()))
                index.addFile(own, file.filePath());
        }
    }
    for (const QFileInfo &sub : dir.entryInfoList(kDirs, QDir::Name)) {
        if (sub.fileName().startsWith(QLatin1Char('.')) || !containsEml(sub.filePath()))
            continue;
        addEmlDirectory(index, sub.filePath(), index.addFolder(sub.fileName(), kSubtree), 1);
    }
    return finish(std::move(index));
}

Expected<MailIndex> buildMboxFileIndex(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return notFound(path);
    MailIndex index = startIndex(path);
    const int folder = index.addFolder(withoutSuffix(QFileInfo(path).fileName(), { ".mbox", ".mbx" }), kSubtree);
    addMboxMessages(index, folder, path);
    return finish(std::move(index));
}

Expected<MailIndex> buildMboxTreeIndex(const QString &directory)
{
    const QFileInfo info(directory);
    if (!info.isDir())
        return notFound(directory);
    MailIndex index = startIndex(directory);
    if (isBundle(info) && QFileInfo(directory + QLatin1String("/mbox")).isFile())
        addBundle(index, info, kSubtree, 1);
    else
        addMboxDirectory(index, directory, kSubtree, 1);
    return finish(std::move(index));
}

Expected<MailIndex> buildMaildirIndex(const QString &directory)
{
    if (!isDirectory(directory))
        return notFound(directory);
    MailIndex index = startIndex(directory);
    if (isMaildir(directory)) {
        const int inbox = index.addFolder(QStringLiteral("INBOX"), kSubtree);
        addMaildirMessages(index, inbox, directory);
    }
    addMaildirChildren(index, directory, kSubtree, 1);
    return finish(std::move(index));
}

} // namespace mig::mime
