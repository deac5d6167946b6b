#include "sources/mime/MailIndex.h"

#include <QSet>

namespace mig::mime {

using sources::SpecialFolder;

int MailIndex::addFolder(const QString &name, int parent)
{
    MailFolder folder;
    folder.name = name;
    folder.parent = parent;
    folders.append(folder);
    return int(folders.size()) - 1;
}

void MailIndex::addFile(int folder, const QString &path, quint8 flags)
{
    MailItem item;
    item.file = quint32(files.size());
    item.flags = flags;
    files.append(path);
    folders[folder].items.append(item);
}

std::optional<SpecialFolder> specialFolderByName(const QString &name)
{
    // Names as clients and servers write them, compared case-insensitively. Gromox has no archive
    // folder of its own, so "Archive"/"Archiv" stay ordinary folders.
    static const QHash<QString, SpecialFolder> names = [] {
        QHash<QString, SpecialFolder> map;
        const auto add = [&map](SpecialFolder role, std::initializer_list<const char *> spellings) {
            for (const char *s : spellings)
                map.insert(QString::fromUtf8(s), role);
        };
        add(SpecialFolder::Inbox, { "inbox", "posteingang" });
        add(SpecialFolder::SentItems,
            { "sent", "sent items", "sent messages", "sent mail", "sent-mail", "gesendet", "gesendete objekte",
                "gesendete elemente", "gesendete nachrichten" });
        add(SpecialFolder::Drafts, { "drafts", "draft", "entwürfe", "entwurf" });
        add(SpecialFolder::DeletedItems,
            { "trash", "deleted items", "deleted messages", "deleted", "bin", "papierkorb", "gelöschte elemente",
                "gelöschte objekte" });
        add(SpecialFolder::Junk, { "junk", "spam", "junk e-mail", "junk email", "junk mail", "bulk mail", "junk-e-mail" });
        add(SpecialFolder::Outbox, { "outbox", "postausgang" });
        return map;
    }();
    const auto it = names.constFind(name.trimmed().toLower());
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

void assignSpecialFolders(MailIndex &index, int parent)
{
    QSet<SpecialFolder> taken;
    for (int i = 0; i < index.folders.size(); ++i) {
        if (index.folders.at(i).role)
            taken.insert(*index.folders.at(i).role);
    }
    for (int i = 0; i < index.folders.size(); ++i) {
        MailFolder &folder = index.folders[i];
        if (folder.parent != parent || folder.role)
            continue;
        const auto role = specialFolderByName(folder.name);
        if (role && !taken.contains(*role)) {
            folder.role = role;
            taken.insert(*role);
        }
    }
}

} // namespace mig::mime
