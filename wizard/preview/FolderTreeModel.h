#pragma once

#include "sources/Source.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace mig::wizard {

/// The folder tree of one source with the item counts of each folder, built from
/// Source::folders() (a parent before its children). Read-only; GUI thread.
class FolderTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderTreeModel)

public:
    enum Column { NameColumn, ItemsColumn, ColumnCount };
    enum Role { FolderIdRole = Qt::UserRole + 1, ItemCountRole };

    explicit FolderTreeModel(QObject *parent = nullptr);

    void setFolders(const QList<sources::SourceFolder> &folders);
    const sources::SourceFolder *folder(const QModelIndex &index) const;
    /// The index of the folder with this id, invalid when there is none.
    QModelIndex indexOf(quint64 folderId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        sources::SourceFolder folder;
        int parent = -1;     ///< index into m_nodes; -1 for top-level nodes
        int row = 0;         ///< position among its siblings
        QList<int> children;
    };

    QList<Node> m_nodes;
    QList<int> m_topLevel;
    QHash<quint64, int> m_byId;
};

} // namespace mig::wizard
