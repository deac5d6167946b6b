#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace mig::wizard {

/// Edits a mapping target in a line edit that completes from the directory's addresses and
/// logins (case-insensitive, matching anywhere in the text). GUI thread.
class TargetDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetDelegate)

public:
    explicit TargetDelegate(QObject *parent = nullptr);

    void setCompletions(const QStringList &completions) { m_completions = completions; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList m_completions;
};

} // namespace mig::wizard
