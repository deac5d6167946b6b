#include "preview/FolderTreeModel.h"

#include <QLocale>

namespace mig::wizard {

FolderTreeModel::FolderTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void FolderTreeModel::setFolders(const QList<sources::SourceFolder> &folders)
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    m_byId.clear();
    for (const sources::SourceFolder &folder : folders) {
        Node node;
        node.folder = folder;
        const int self = int(m_nodes.size());
        const auto parent = m_byId.constFind(folder.parentId);
        if (!folder.isRoot && parent != m_byId.cend() && *parent != self) {
            node.parent = *parent;
            node.row = int(m_nodes[*parent].children.size());
            m_nodes[*parent].children.append(self);
        } else {
            node.row = int(m_topLevel.size());
            m_topLevel.append(self);
        }
        m_byId.insert(folder.id, self);
        m_nodes.append(node);
    }
    endResetModel();
}

const sources::SourceFolder *FolderTreeModel::folder(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    return &m_nodes.at(int(index.internalId())).folder;
}

QModelIndex FolderTreeModel::indexOf(quint64 folderId) const
{
    const auto it = m_byId.constFind(folderId);
    if (it == m_byId.cend())
        return {};
    return createIndex(m_nodes.at(*it).row, 0, quintptr(*it));
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_topLevel;
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const sources::SourceFolder &folder = m_nodes.at(int(index.internalId())).folder;
    switch (role) {
    case FolderIdRole:
        return folder.id;
    case ItemCountRole:
        return folder.itemCount;
    case Qt::ToolTipRole:
        if (folder.unreadableCount > 0)
            return tr("%n item(s) cannot be read", nullptr, folder.unreadableCount);
        return folder.containerClass;
    case Qt::TextAlignmentRole:
        return index.column() == ItemsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return folder.isRoot && folder.name.isEmpty() ? tr("(root)") : folder.name;
        return QLocale().toString(folder.itemCount);
    default:
        return {};
    }
}

QVariant FolderTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Folder") : tr("Items");
}

} // namespace mig::wizard
