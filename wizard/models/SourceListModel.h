#pragma once

#include "support/SourceInspection.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QThreadPool>

namespace mig::wizard {

/// The sources of a migration, one row per PST/OST file or export folder. Each added row is
/// inspected on a worker thread (QtConcurrent + QFutureWatcher); its counts appear when the
/// inspection finishes. A source that cannot be read stays in the list, marked with the reason,
/// until the user removes it. Accepts dropped file and folder URLs. GUI thread only.
class SourceListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceListModel)

public:
    enum Column { NameColumn, FormatColumn, SizeColumn, FoldersColumn, ItemsColumn, StatusColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, ReadyRole, FailedRole };

    explicit SourceListModel(QObject *parent = nullptr);
    ~SourceListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// Adds files and folders. A folder holding PST/OST files or per-mailbox export folders is
    /// expanded into them (on a worker thread); a path already listed is ignored.
    void addPaths(const QStringList &paths);
    void removeRows(const QList<int> &rows);
    void clear();

    QString path(int row) const;
    const SourceInspection *inspection(int row) const;
    /// The row of path; -1 when it is not listed.
    int rowOf(const QString &path) const;
    /// Paths of the sources that were inspected successfully, in list order.
    QStringList readyPaths() const;
    /// True while any expansion or inspection is still running.
    bool isBusy() const;
    /// True when every row has been inspected and at least one source is usable.
    bool hasUsableSources() const;

Q_SIGNALS:
    /// Emitted whenever a row's inspection finishes and when rows are added or removed.
    void stateChanged();

private:
    struct Row {
        QString path;
        bool pending = true;
        SourceInspection result;
    };

    void addRows(const QStringList &paths);
    void inspect(const QString &path);
    void finishInspection(const QString &path, const SourceInspection &result);

    QList<Row> m_rows;
    int m_expanding = 0;
    QThreadPool m_pool;
};

} // namespace mig::wizard
