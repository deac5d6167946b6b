#include "sources/imap/ImapSpecialFolders.h"

#include <QHash>

namespace mig::imap {

using sources::SpecialFolder;

QList<FolderNode> folderTree(const QList<ImapFolder> &folders)
{
    // Nodes by joined path, in order of first appearance (a missing parent appears before its child).
    QList<FolderNode> nodes;
    QHash<QString, int> byPath;
    const QChar joiner(0x1F); // a unit separator cannot occur in a folder name
    QList<int> order(folders.size());
    for (qsizetype i = 0; i < folders.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&folders](int a, int b) {
        return folders.at(a).wireName == "INBOX" && folders.at(b).wireName != "INBOX";
    });
    for (const int i : std::as_const(order)) {
        const QStringList path = folders.at(i).path();
        int parent = -1;
        for (qsizetype depth = 1; depth <= path.size(); ++depth) {
            const QString key = path.mid(0, depth).join(joiner);
            auto it = byPath.constFind(key);
            if (it == byPath.constEnd()) {
                FolderNode node;
                node.parent = parent;
                node.path = path.mid(0, depth);
                node.name = node.path.last();
                if (parent >= 0)
                    ++nodes[parent].children;
                nodes.append(node);
                it = byPath.insert(key, int(nodes.size() - 1));
            }
            if (depth == path.size())
                nodes[*it].listed = i;
            parent = *it;
        }
    }
    // Depth-first order: parents before children, siblings in order of appearance.
    QList<QList<int>> childrenOf(nodes.size() + 1);
    for (qsizetype i = 0; i < nodes.size(); ++i)
        childrenOf[nodes.at(i).parent + 1].append(int(i));
    QList<FolderNode> ordered;
    QHash<int, int> newIndex;
    QList<int> stack;
    for (auto it = childrenOf.at(0).crbegin(); it != childrenOf.at(0).crend(); ++it)
        stack.append(*it);
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        FolderNode node = nodes.at(i);
        node.parent = node.parent < 0 ? -1 : newIndex.value(node.parent);
        newIndex.insert(i, int(ordered.size()));
        ordered.append(node);
        const QList<int> &children = childrenOf.at(i + 1);
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.append(*it);
    }
    return ordered;
}

namespace {

std::optional<SpecialFolder> roleOfAttribute(const QByteArray &specialUse)
{
    if (specialUse.compare("\\Sent", Qt::CaseInsensitive) == 0)
        return SpecialFolder::SentItems;
    if (specialUse.compare("\\Drafts", Qt::CaseInsensitive) == 0)
        return SpecialFolder::Drafts;
    if (specialUse.compare("\\Trash", Qt::CaseInsensitive) == 0)
        return SpecialFolder::DeletedItems;
    if (specialUse.compare("\\Junk", Qt::CaseInsensitive) == 0)
        return SpecialFolder::Junk;
    return std::nullopt;
}

std::optional<SpecialFolder> roleOfName(const QString &name)
{
    static const QHash<QString, SpecialFolder> names {
        { QStringLiteral("sent"), SpecialFolder::SentItems },
        { QStringLiteral("sent items"), SpecialFolder::SentItems },
        { QStringLiteral("sent messages"), SpecialFolder::SentItems },
        { QStringLiteral("sent mail"), SpecialFolder::SentItems },
        { QStringLiteral("gesendet"), SpecialFolder::SentItems },
        { QStringLiteral("gesendete objekte"), SpecialFolder::SentItems },
        { QStringLiteral("gesendete elemente"), SpecialFolder::SentItems },
        { QStringLiteral("drafts"), SpecialFolder::Drafts },
        { QStringLiteral("draft"), SpecialFolder::Drafts },
        { QStringLiteral("entwürfe"), SpecialFolder::Drafts },
        { QStringLiteral("trash"), SpecialFolder::DeletedItems },
        { QStringLiteral("deleted items"), SpecialFolder::DeletedItems },
        { QStringLiteral("deleted messages"), SpecialFolder::DeletedItems },
        { QStringLiteral("papierkorb"), SpecialFolder::DeletedItems },
        { QStringLiteral("gelöschte elemente"), SpecialFolder::DeletedItems },
        { QStringLiteral("gelöschte objekte"), SpecialFolder::DeletedItems },
        { QStringLiteral("junk"), SpecialFolder::Junk },
        { QStringLiteral("spam"), SpecialFolder::Junk },
        { QStringLiteral("junk e-mail"), SpecialFolder::Junk },
        { QStringLiteral("junk-e-mail"), SpecialFolder::Junk },
    };
    const auto it = names.constFind(name.toLower());
    return it == names.constEnd() ? std::nullopt : std::optional<SpecialFolder>(*it);
}

} // namespace

QList<std::optional<SpecialFolder>> specialFolderRoles(const QList<ImapFolder> &folders)
{
    QList<std::optional<SpecialFolder>> roles(folders.size());
    QSet<SpecialFolder> taken;
    for (qsizetype i = 0; i < folders.size(); ++i) {
        if (folders.at(i).wireName == "INBOX" && !taken.contains(SpecialFolder::Inbox)) {
            roles[i] = SpecialFolder::Inbox;
            taken.insert(SpecialFolder::Inbox);
        }
    }
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const auto role = roleOfAttribute(folders.at(i).specialUse);
        if (role && !roles.at(i) && !taken.contains(*role) && folders.at(i).isSelectable()) {
            roles[i] = role;
            taken.insert(*role);
        }
    }
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const QStringList path = folders.at(i).path();
        const bool topLevel = path.size() == 1
            || (path.size() == 2 && path.first().compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0);
        const auto role = topLevel ? roleOfName(path.last()) : std::nullopt;
        if (role && !roles.at(i) && !taken.contains(*role) && folders.at(i).isSelectable()) {
            roles[i] = role;
            taken.insert(*role);
        }
    }
    return roles;
}

} // namespace mig::imap
