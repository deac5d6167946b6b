#include "models/RunModel.h"

#include "models/ProgressDelegate.h"

#include <QBrush>
#include <QLocale>

namespace mig::wizard {

namespace {

QString formatEta(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunModel::RunModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunModel::setPlan(const migration::Plan &plan)
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < plan.jobs.size(); ++i) {
        migration::MailboxProgress row;
        row.job = i;
        row.target = plan.jobs.at(i).target;
        m_rows.append(row);
    }
    endResetModel();
}

void RunModel::update(const migration::MailboxProgress &progress)
{
    if (progress.job < 0 || progress.job >= m_rows.size())
        return;
    m_rows[progress.job] = progress;
    Q_EMIT dataChanged(index(progress.job, 0), index(progress.job, ColumnCount - 1));
}

double RunModel::overallFraction() const
{
    if (m_rows.isEmpty())
        return 0;
    double sum = 0;
    for (const migration::MailboxProgress &row : m_rows)
        sum += migration::isFinal(row.state) ? 1.0 : row.fraction();
    return sum / double(m_rows.size());
}

int RunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const migration::MailboxProgress &row = m_rows.at(index.row());
    if (role == ProgressDelegate::ProgressRole && index.column() == ProgressColumn)
        return int(row.fraction() * 1000);
    if (role == Qt::ToolTipRole && index.column() == ItemsColumn && row.itemsTotal > 0)
        return tr("%1 of %2 items gone through").arg(QLocale().toString(row.itemsDone), QLocale().toString(row.itemsTotal));
    if (role == Qt::ToolTipRole)
        return row.message.isEmpty() ? row.folder : row.message;
    if (role == Qt::ForegroundRole && index.column() == StateColumn && row.state == migration::MailboxState::Failed)
        return QBrush(Qt::red);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TargetColumn:
        return row.target;
    case StateColumn:
        return migration::stateLabel(row.state);
    case ProgressColumn:
        return QStringLiteral("%1 %").arg(int(row.fraction() * 100));
    case ItemsColumn:
        // What went into the mailbox, as the summary counts it; the bar shows how far through.
        if (row.itemsTotal == 0)
            return {};
        if (row.itemsFailed > 0)
            return tr("%1 sent, %2 failed").arg(locale.toString(row.itemsSent), locale.toString(row.itemsFailed));
        return tr("%1 sent").arg(locale.toString(row.itemsSent));
    case BytesColumn:
        return row.bytesDone > 0 ? locale.formattedDataSize(qint64(row.bytesDone)) : QString();
    case RateColumn:
        return row.bytesPerSecond > 0 ? tr("%1/s").arg(locale.formattedDataSize(qint64(row.bytesPerSecond)))
                                      : QString();
    case EtaColumn:
        return migration::isFinal(row.state) ? QString() : formatEta(row.etaSeconds);
    default:
        return {};
    }
}

QVariant RunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ItemsColumn)
        return tr("Messages, appointments and contacts sent into the mailbox so far. The progress bar counts "
                  "every item of the sources, also the folder-associated ones (views, rules, forms) and those "
                  "of hidden folders, which are looked at but not migrated.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Mailbox");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case ItemsColumn:
        return tr("Items");
    case BytesColumn:
        return tr("Sent");
    case RateColumn:
        return tr("Rate");
    case EtaColumn:
        return tr("Remaining");
    default:
        return {};
    }
}

} // namespace mig::wizard
