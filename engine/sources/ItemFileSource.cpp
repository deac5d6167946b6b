#include "sources/ItemFileSource.h"

#include "mapi/Tags.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mig::sources {

namespace {

constexpr quint64 kRootId = 1;
constexpr quint64 kFirstFolderId = 2;
constexpr quint64 kFirstItemId = 0x100;

/// PR_START_DATE (appointments, tasks), else the last change, else the creation: what a preview
/// list shows as the item's date.
constexpr mapi::PropTag kPrStartDate = 0x00600040;

QDateTime fileTimeToDateTime(qint64 fileTime)
{
    constexpr qint64 kUnixEpochInFiletime = 116444736000000000LL; // 100 ns units since 1601
    return QDateTime::fromMSecsSinceEpoch((fileTime - kUnixEpochInFiletime) / 10000, Qt::UTC);
}

bool startsWithSignature(const QString &path, const QByteArray &signature)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = file.read(512);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    return head.trimmed().left(signature.size()).toUpper() == signature.toUpper();
}

bool nameMatches(const QString &path, const QStringList &patterns)
{
    return QDir::match(patterns, QFileInfo(path).fileName());
}

} // namespace

ItemFileSource::ItemFileSource(SourceInfo info, QList<ItemFolderSpec> folders)
    : m_info(std::move(info))
    , m_folders(std::move(folders))
{
}

QStringList ItemFileSource::memberFiles(const QString &directory, const QStringList &patterns)
{
    QDir dir(directory);
    dir.setNameFilters(patterns);
    dir.setFilter(QDir::Files | QDir::Readable | QDir::Hidden);
    dir.setSorting(QDir::Name | QDir::IgnoreCase);
    QStringList files;
    for (const QString &name : dir.entryList()) // QDir name filters ignore case
        files.append(dir.filePath(name));
    return files;
}

int ItemFileSource::probe(const QString &location, const QByteArray &signature, const QStringList &patterns)
{
    const QFileInfo info(location);
    if (info.isDir()) {
        for (const QString &member : memberFiles(location, patterns)) {
            if (startsWithSignature(member, signature))
                return 60; // below a signature: a folder could also be claimed by a kind that knows it better
        }
        return 0;
    }
    if (!info.isFile())
        return 0;
    if (startsWithSignature(location, signature))
        return 100;
    return nameMatches(location, patterns) ? 1 : 0;
}

void ItemFileSource::addItem(int folder, const QString &problem)
{
    m_items.append({ folder, problem });
}

void ItemFileSource::validate()
{
    QHash<QString, qint64> counts;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (!m_items.at(i).problem.isEmpty())
            continue;
        QStringList warnings;
        auto converted = convertItem(i, warnings);
        if (!converted) {
            m_items[i].problem = converted.error().fullText();
            continue;
        }
        m_warnings += warnings;
        countContent(*converted, counts);
    }
    const QStringList keys = contentKeys();
    m_info.contents.clear();
    for (const QString &key : keys) {
        const qint64 n = counts.value(key);
        if (n > 0 || key == keys.first())
            m_info.contents.append({ key, contentText(key, n), n });
    }
}

bool ItemFileSource::isListed(int folder) const
{
    if (m_folders.at(folder).alwaysListed)
        return true;
    for (const Item &item : m_items) {
        if (item.folder == folder)
            return true;
    }
    return false;
}

Expected<QList<SourceFolder>> ItemFileSource::folders()
{
    SourceFolder root;
    root.id = kRootId;
    root.isRoot = true;
    QList<SourceFolder> list { root };
    for (int f = 0; f < int(m_folders.size()); ++f) {
        if (!isListed(f))
            continue;
        SourceFolder folder;
        folder.id = kFirstFolderId + quint64(f);
        folder.parentId = kRootId;
        folder.name = m_folders.at(f).name;
        folder.path = folder.name;
        folder.depth = 1;
        folder.containerClass = m_folders.at(f).containerClass;
        for (const Item &item : m_items) {
            if (item.folder != f)
                continue;
            ++folder.itemCount;
            if (!item.problem.isEmpty())
                ++folder.unreadableCount;
        }
        list.append(folder);
        ++list.first().subfolderCount;
    }
    return list;
}

Expected<mapi::Folder> ItemFileSource::readFolder(quint64 folderId)
{
    mapi::Folder folder;
    if (folderId == kRootId) {
        folder.properties.set(mapi::PR_DISPLAY_NAME, QFileInfo(m_info.path).fileName());
        return folder;
    }
    const qint64 f = qint64(folderId) - qint64(kFirstFolderId);
    if (f < 0 || f >= m_folders.size() || !isListed(int(f)))
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::sources", "%1: no folder with id %2").arg(m_info.path).arg(folderId),
            {} };
    folder.properties.set(mapi::PR_DISPLAY_NAME, m_folders.at(f).name);
    folder.properties.set(mapi::PR_CONTAINER_CLASS, m_folders.at(f).containerClass);
    return folder;
}

Expected<QList<ItemRef>> ItemFileSource::items(quint64 folderId, ItemKind kind)
{
    QList<ItemRef> refs;
    if (kind != ItemKind::Normal)
        return refs; // these files have no folder-associated items
    int position = 0;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if (kFirstFolderId + quint64(item.folder) != folderId)
            continue;
        ItemRef ref;
        ref.folderId = folderId;
        ref.index = position++;
        ref.id = kFirstItemId + quint64(i);
        ref.readable = item.problem.isEmpty();
        ref.problem = item.problem;
        refs.append(ref);
    }
    return refs;
}

Expected<qsizetype> ItemFileSource::itemIndex(const ItemRef &ref) const
{
    const qint64 i = qint64(ref.id) - qint64(kFirstItemId);
    if (ref.kind != ItemKind::Normal || i < 0 || i >= m_items.size()
        || kFirstFolderId + quint64(m_items.at(i).folder) != ref.folderId)
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::sources", "%1: no item with id %2").arg(m_info.path).arg(ref.id), {} };
    return qsizetype(i);
}

Expected<mapi::Message> ItemFileSource::readMessage(const ItemRef &ref)
{
    auto index = itemIndex(ref);
    if (!index)
        return index.error();
    const Item &item = m_items.at(*index);
    if (!item.problem.isEmpty())
        return Error { Error::Code::Corrupt, item.problem, {} };
    QStringList warnings; // validate() has collected them already
    return convertItem(*index, warnings);
}

Expected<MessageSummary> ItemFileSource::readSummary(const ItemRef &ref)
{
    auto message = readMessage(ref);
    if (!message)
        return message.error();
    const mapi::PropertyBag &p = message->properties;
    MessageSummary summary;
    summary.subject = p.string(mapi::PR_SUBJECT).value_or(p.string(mapi::PR_DISPLAY_NAME).value_or(QString()));
    summary.sender = p.string(mapi::PR_SENT_REPRESENTING_NAME).value_or(p.string(mapi::PR_SENDER_NAME).value_or(QString()));
    for (const mapi::PropTag tag : { kPrStartDate, mapi::PR_LAST_MODIFICATION_TIME, mapi::PR_CREATION_TIME }) {
        if (const auto fileTime = p.int64(tag)) {
            summary.date = fileTimeToDateTime(*fileTime);
            break;
        }
    }
    summary.messageClass = p.string(mapi::PR_MESSAGE_CLASS).value_or(QString());
    summary.attachmentCount = int(message->attachments.size());
    return summary;
}

QHash<quint64, SpecialFolder> ItemFileSource::specialFolders()
{
    QHash<quint64, SpecialFolder> roles;
    for (int f = 0; f < int(m_folders.size()); ++f) {
        if (isListed(f))
            roles.insert(kFirstFolderId + quint64(f), m_folders.at(f).role);
    }
    return roles;
}

QStringList ItemFileSource::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

} // namespace mig::sources
