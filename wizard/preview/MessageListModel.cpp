#include "preview/MessageListModel.h"

#include "preview/PreviewSession.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLocale>

#include <algorithm>

namespace mig::wizard {

namespace {

struct ItemListing {
    QList<sources::ItemRef> refs;
    QString error;
};

} // namespace

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MessageListModel::setFolder(PreviewSession *session, quint64 folderId)
{
    beginResetModel();
    ++m_generation;
    m_session = session;
    m_folderId = folderId;
    m_refs.clear();
    m_rows.clear();
    m_refsLoaded = false;
    m_fetching = false;
    m_error.clear();
    endResetModel();
    if (!session) {
        m_refsLoaded = true;
        Q_EMIT loadingChanged();
        return;
    }

    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<ItemListing>(this);
    connect(watcher, &QFutureWatcher<ItemListing>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const ItemListing listing = watcher->result();
        m_refs = listing.refs;
        m_error = listing.error;
        m_refsLoaded = true;
        Q_EMIT loadingChanged();
        requestRows(kBatchSize);
    });
    watcher->setFuture(session->run([folderId](sources::Source *source, const QString &openError) {
        ItemListing listing;
        if (!source) {
            listing.error = openError;
            return listing;
        }
        Expected<QList<sources::ItemRef>> refs = source->items(folderId, sources::ItemKind::Normal);
        if (refs)
            listing.refs = *refs;
        else
            listing.error = refs.error().message;
        return listing;
    }));
    Q_EMIT loadingChanged();
}

void MessageListModel::requestRows(int count)
{
    if (m_fetching || !m_session || !m_refsLoaded || m_rows.size() >= m_refs.size())
        return;
    const QList<sources::ItemRef> wanted = m_refs.mid(m_rows.size(), count);
    m_fetching = true;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Batch>(this);
    connect(watcher, &QFutureWatcher<Batch>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_fetching = false;
        appendBatch(watcher->result().rows);
    });
    watcher->setFuture(m_session->run([wanted](sources::Source *source, const QString &openError) {
        Batch batch;
        for (const sources::ItemRef &ref : wanted) {
            Row row;
            row.ref = ref;
            if (!source) {
                row.problem = openError;
            } else if (!ref.readable) {
                row.problem = ref.problem.isEmpty() ? QCoreApplication::translate("mig::wizard", "unreadable")
                                                    : ref.problem;
            } else if (Expected<sources::MessageSummary> summary = source->readSummary(ref); summary) {
                row.summary = *summary;
            } else {
                row.problem = summary.error().message;
            }
            batch.rows.append(row);
        }
        return batch;
    }));
}

void MessageListModel::appendBatch(const QList<Row> &rows)
{
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows += rows;
        endInsertRows();
    }
    if (m_sortColumn >= 0) {
        // A sort was asked for: keep loading until everything is in, then sort the whole folder.
        if (m_rows.size() < m_refs.size())
            requestRows(int(m_refs.size()));
        else
            applySort();
    }
    Q_EMIT loadingChanged();
}

sources::ItemRef MessageListModel::itemRef(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).ref : sources::ItemRef{};
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool readable = row.problem.isEmpty();
    switch (role) {
    case ReadableRole:
        return readable;
    case Qt::ForegroundRole:
        return readable ? QVariant() : QVariant(QBrush(Qt::red));
    case Qt::ToolTipRole:
        return readable ? row.summary.messageClass : row.problem;
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case SubjectColumn:
            return row.summary.subject;
        case SenderColumn:
            return row.summary.sender;
        case DateColumn:
            return row.summary.date;
        case SizeColumn:
            return row.summary.size;
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (!readable)
        return index.column() == SubjectColumn ? tr("(unreadable item: %1)").arg(row.problem) : QVariant();
    const QLocale locale;
    switch (index.column()) {
    case SubjectColumn:
        return row.summary.subject.isEmpty() ? tr("(no subject)") : row.summary.subject;
    case SenderColumn:
        return row.summary.sender;
    case DateColumn:
        return row.summary.date.isValid() ? locale.toString(row.summary.date.toLocalTime(), QLocale::ShortFormat)
                                          : QString();
    case SizeColumn:
        return row.summary.size > 0 ? locale.formattedDataSize(row.summary.size) : QString();
    default:
        return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case SenderColumn:
        return tr("From");
    case DateColumn:
        return tr("Date");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_refsLoaded && m_rows.size() < m_refs.size();
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestRows(kBatchSize);
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_refsLoaded && m_rows.size() >= m_refs.size())
        applySort();
    else
        requestRows(int(m_refs.size()));
}

void MessageListModel::applySort()
{
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    auto less = [column](const Row &a, const Row &b) {
        switch (column) {
        case SubjectColumn:
            return QString::localeAwareCompare(a.summary.subject, b.summary.subject) < 0;
        case SenderColumn:
            return QString::localeAwareCompare(a.summary.sender, b.summary.sender) < 0;
        case DateColumn:
            return a.summary.date < b.summary.date;
        default:
            return a.summary.size < b.summary.size;
        }
    };
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<quint64> ids;
    for (const QModelIndex &index : before)
        ids << (quint64(m_rows.at(index.row()).ref.index) | (quint64(index.column()) << 48));
    if (ascending)
        std::stable_sort(m_rows.begin(), m_rows.end(), less);
    else
        std::stable_sort(m_rows.begin(), m_rows.end(), [&less](const Row &a, const Row &b) { return less(b, a); });
    QHash<int, int> rowOfItem;
    for (int i = 0; i < m_rows.size(); ++i)
        rowOfItem.insert(m_rows.at(i).ref.index, i);
    QModelIndexList after;
    for (quint64 id : ids)
        after << index(rowOfItem.value(int(id & 0xFFFFFFFF)), int(id >> 48));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace mig::wizard
