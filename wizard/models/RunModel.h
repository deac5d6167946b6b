#pragma once

#include "migration/Plan.h"
#include "migration/Progress.h"

#include <QAbstractTableModel>
#include <QList>

namespace mig::wizard {

/// The run page's table: one row per mailbox job of the plan with its state, progress (for
/// ProgressDelegate), items, bytes, rate and ETA, updated from the Runner's progress values.
/// GUI thread.
class RunModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunModel)

public:
    enum Column { TargetColumn, StateColumn, ProgressColumn, ItemsColumn, BytesColumn, RateColumn, EtaColumn, ColumnCount };

    explicit RunModel(QObject *parent = nullptr);

    /// One queued row per job of plan.
    void setPlan(const migration::Plan &plan);
    void update(const migration::MailboxProgress &progress);
    const migration::MailboxProgress &progress(int row) const { return m_rows.at(row); }
    /// 0..1 over all rows, each mailbox weighted equally.
    double overallFraction() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<migration::MailboxProgress> m_rows;
};

} // namespace mig::wizard
