#include "models/TargetDelegate.h"

#include <QCompleter>
#include <QLineEdit>

namespace mig::wizard {

TargetDelegate::TargetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *TargetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("targetLineEdit"));
    auto *completer = new QCompleter(m_completions, editor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    editor->setCompleter(completer);
    return editor;
}

} // namespace mig::wizard
