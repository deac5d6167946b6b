#pragma once

#include "sources/Source.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace mig::wizard {

class PreviewSession;

/// The items of one folder for the preview, loaded lazily: the item list comes first, then the
/// summaries (subject, sender, date, size) in batches on the session's worker as the view asks
/// for more (canFetchMore/fetchMore), so a folder of tens of thousands of items opens at once.
/// Sorting loads the remaining summaries in the background and sorts when they are in.
/// Unreadable items are rows too, marked as such. GUI thread.
class MessageListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListModel)

public:
    enum Column { SubjectColumn, SenderColumn, DateColumn, SizeColumn, ColumnCount };
    enum Role { ReadableRole = Qt::UserRole + 1, SortRole };
    static constexpr int kBatchSize = 200;

    explicit MessageListModel(QObject *parent = nullptr);

    /// Shows the items of folderId of session (nullptr: nothing).
    void setFolder(PreviewSession *session, quint64 folderId);
    /// The item behind a row (for reading the whole message).
    sources::ItemRef itemRef(int row) const;
    /// Items in the folder (rows appear as their summaries load); -1 while the list is loading.
    int totalItems() const { return m_refsLoaded ? int(m_refs.size()) : -1; }
    bool isLoading() const { return m_fetching || !m_refsLoaded; }
    QString loadError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// The item list or a batch of summaries arrived (or failed: see loadError()).
    void loadingChanged();

private:
    struct Row {
        sources::ItemRef ref;
        sources::MessageSummary summary;
        QString problem; ///< why the item cannot be read; empty when it can
    };
    struct Batch {
        QList<Row> rows;
    };

    void requestRows(int count);
    void appendBatch(const QList<Row> &rows);
    void applySort();

    QPointer<PreviewSession> m_session;
    quint64 m_folderId = 0;
    quint64 m_generation = 0; ///< results of an earlier folder are dropped
    QList<sources::ItemRef> m_refs;
    bool m_refsLoaded = false;
    QList<Row> m_rows;
    bool m_fetching = false;
    QString m_error;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace mig::wizard
