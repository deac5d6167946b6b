#include "support/ColumnFitter.h"

#include <QHeaderView>
#include <QTableView>

namespace mig::wizard {

namespace {
/// Rows measured per fit: about a screenful; the rest are assumed alike.
constexpr int kMeasuredRows = 60;
} // namespace

ColumnFitter::ColumnFitter(QTableView *view, int stretchColumn)
    : QObject(view)
    , m_view(view)
    , m_stretchColumn(stretchColumn)
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
    header->setResizeContentsPrecision(kMeasuredRows);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ColumnFitter::fit);

    QAbstractItemModel *model = m_view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::schedule);
    fit();
}

void ColumnFitter::schedule()
{
    if (m_timer.isActive())
        return; // a pending fit covers every change until it runs
    if (!m_sinceFit.isValid() || m_sinceFit.elapsed() >= kIntervalMs)
        fit();
    else
        m_timer.start(int(kIntervalMs - m_sinceFit.elapsed()));
}

void ColumnFitter::fit()
{
    m_timer.stop();
    m_sinceFit.start();
    const int columns = m_view->model()->columnCount();
    for (int column = 0; column < columns; ++column) {
        if (column != m_stretchColumn && !m_view->isColumnHidden(column))
            m_view->resizeColumnToContents(column);
    }
}

} // namespace mig::wizard
