#include "FakeSource.h"

#include "mapi/Tags.h"

#include <QFile>
#include <QFileInfo>

namespace mig::test {

namespace {
constexpr quint64 kRootId = 1;
constexpr quint64 kItemIdBase = 1000; ///< item ids: kItemIdBase * folder id + position
constexpr quint64 kImapLikeFolderBase = quint64(1) << 40;
const QByteArray kMagic = QByteArrayLiteral("FAKE-SOURCE");
} // namespace

FakeSource::FakeSource(QString name, QList<FakeFolder> folders)
    : m_name(std::move(name))
    , m_folders(std::move(folders))
{
}

quint64 FakeSource::folderIdAt(qsizetype index) const
{
    const quint64 base = m_imapLikeKeys ? kImapLikeFolderBase : 0;
    return index < 0 ? base + kRootId : base + kRootId + 1 + quint64(index);
}

qsizetype FakeSource::folderIndexOf(quint64 folderId) const
{
    const quint64 first = folderIdAt(0);
    if (folderId < first || folderId - first >= quint64(m_folders.size()))
        return -1;
    return qsizetype(folderId - first);
}

sources::SourceInfo FakeSource::info() const
{
    sources::SourceInfo info;
    info.path = m_name;
    info.format = QStringLiteral("fake");
    return info;
}

Expected<QList<sources::SourceFolder>> FakeSource::folders()
{
    sources::SourceFolder root;
    root.id = folderIdAt(-1);
    root.isRoot = true;
    root.subfolderCount = int(m_folders.size());
    QList<sources::SourceFolder> list { root };
    for (qsizetype i = 0; i < m_folders.size(); ++i) {
        const FakeFolder &f = m_folders.at(i);
        sources::SourceFolder folder;
        folder.id = folderIdAt(i);
        folder.parentId = root.id;
        folder.name = f.name;
        folder.path = f.name;
        folder.depth = 1;
        folder.itemCount = f.announcedCount >= 0 ? f.announcedCount : int(f.items.size());
        folder.containerClass = QStringLiteral("IPF.Note");
        list.append(folder);
    }
    return list;
}

Expected<mapi::Folder> FakeSource::readFolder(quint64 folderId)
{
    mapi::Folder folder;
    const qsizetype index = folderIndexOf(folderId);
    folder.properties.set(mapi::PR_DISPLAY_NAME, index < 0 ? QString() : m_folders.value(index).name);
    return folder;
}

Expected<QList<sources::ItemRef>> FakeSource::items(quint64 folderId, sources::ItemKind kind)
{
    QList<sources::ItemRef> refs;
    const qsizetype index = folderIndexOf(folderId);
    if (kind != sources::ItemKind::Normal || index < 0 || index >= m_folders.size())
        return refs;
    const QList<FakeItem> &items = m_folders.at(index).items;
    for (int i = 0; i < int(items.size()); ++i) {
        sources::ItemRef ref;
        ref.folderId = folderId;
        ref.index = i;
        ref.id = m_imapLikeKeys ? quint64(i + 1) : kItemIdBase * folderId + quint64(i);
        refs.append(ref);
    }
    return refs;
}

const FakeItem *FakeSource::itemOf(const sources::ItemRef &ref) const
{
    const qsizetype index = folderIndexOf(ref.folderId);
    if (index < 0 || index >= m_folders.size() || ref.index < 0 || ref.index >= m_folders.at(index).items.size())
        return nullptr;
    return &m_folders.at(index).items.at(ref.index);
}

Expected<mapi::Message> FakeSource::readMessage(const sources::ItemRef &ref)
{
    const FakeItem *item = itemOf(ref);
    if (item == nullptr || !item->unreadableBecause.isEmpty())
        return Error { Error::Code::Corrupt,
            QStringLiteral("%1: item %2: %3").arg(m_name).arg(ref.id).arg(item ? item->unreadableBecause : QStringLiteral("no such item")),
            {} };
    mapi::Message message;
    message.properties.set(mapi::PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    message.properties.set(mapi::PR_SUBJECT, item->subject);
    return message;
}

Expected<sources::MessageSummary> FakeSource::readSummary(const sources::ItemRef &ref)
{
    auto message = readMessage(ref);
    if (!message)
        return message.error();
    sources::MessageSummary summary;
    summary.subject = itemOf(ref)->subject;
    summary.messageClass = QStringLiteral("IPM.Note");
    return summary;
}

QHash<quint64, sources::SpecialFolder> FakeSource::specialFolders()
{
    return {};
}

QStringList FakeSource::takeWarnings()
{
    return {};
}

namespace {

QList<FakeFolder> parseFakeFile(const QByteArray &content)
{
    QList<FakeFolder> folders;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        FakeFolder folder { line.left(colon).trimmed(), {} };
        for (const QString &entry : line.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString text = entry.trimmed();
            folder.items.append(text.startsWith(QLatin1Char('!')) ? FakeItem { {}, text.mid(1) } : FakeItem { text, {} });
        }
        folders.append(folder);
    }
    return folders;
}

} // namespace

sources::SourceKind fakeSourceKind()
{
    auto probe = [](const QString &location) {
        QFile file(location);
        return file.open(QIODevice::ReadOnly) && file.read(kMagic.size()) == kMagic ? 100 : 0;
    };
    auto open = [](const sources::SourceSpec &spec) -> Expected<std::unique_ptr<sources::Source>> {
        QFile file(spec.location);
        if (!file.open(QIODevice::ReadOnly) || !file.read(kMagic.size()).startsWith(kMagic))
            return Error { Error::Code::Unsupported, spec.location + QStringLiteral(": not a fake source"), {} };
        file.seek(0);
        return std::unique_ptr<sources::Source>(
            new FakeSource(QFileInfo(spec.location).fileName(), parseFakeFile(file.readAll())));
    };
    return { QStringLiteral("fake"), QStringLiteral("Fake source for tests"), probe, open };
}

} // namespace mig::test
