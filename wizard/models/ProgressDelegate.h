#pragma once

#include <QStyledItemDelegate>

namespace mig::wizard {

/// Draws a progress bar in a table cell from the index's ProgressRole value (0..1000), with the
/// cell's display text on it. GUI thread.
class ProgressDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressDelegate)

public:
    static constexpr int ProgressRole = Qt::UserRole + 100;

    explicit ProgressDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace mig::wizard
