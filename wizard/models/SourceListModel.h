#pragma once

#include "sources/SourceSpec.h"
#include "support/SourceInspection.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QThreadPool>

namespace mig::wizard {

/// The sources of a migration, one row per source: a PST/OST or mail file, a mail folder, an export
/// folder, or an account (IMAP, a Kopano store). A row holds the source's spec (kind, location,
/// options; never a secret) and is identified by its location. Each added row is
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
    /// Adds sources whose spec is already known (an account, a plan's sources): no folder
    /// expansion, kind and options kept. A location already listed is ignored.
    void addSpecs(const QList<sources::SourceSpec> &specs);
    /// Sets one option of the row at location (an account's confirmed certificate) without
    /// inspecting it again; false when no such row is listed.
    bool setSpecOption(const QString &location, const QString &key, const QVariant &value);
    void removeRows(const QList<int> &rows);
    void clear();

    /// The row's location (file or folder path, account URL).
    QString path(int row) const;
    sources::SourceSpec spec(int row) const;
    const SourceInspection *inspection(int row) const;
    /// The row of a location; -1 when it is not listed.
    int rowOf(const QString &path) const;
    /// Locations of the sources that were inspected successfully, in list order.
    QStringList readyPaths() const;
    /// Specs of the sources that were inspected successfully, in list order.
    QList<sources::SourceSpec> readySpecs() const;
    /// True while any expansion or inspection is still running.
    bool isBusy() const;
    /// True when every row has been inspected and at least one source is usable.
    bool hasUsableSources() const;

Q_SIGNALS:
    /// Emitted whenever a row's inspection finishes and when rows are added or removed.
    void stateChanged();

private:
    struct Row {
        sources::SourceSpec spec;
        bool pending = true;
        SourceInspection result;
    };

    void addRows(const QList<sources::SourceSpec> &specs);
    void inspect(const sources::SourceSpec &spec);
    void finishInspection(const QString &path, const SourceInspection &result);

    QList<Row> m_rows;
    int m_expanding = 0;
    QThreadPool m_pool;
};

} // namespace mig::wizard
