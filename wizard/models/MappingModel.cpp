#include "models/MappingModel.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace mig::wizard {

MappingModel::MappingModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_matcher(std::make_unique<mapping::Matcher>(std::vector<directory::UserRecord>{}))
{
}

void MappingModel::reset(std::vector<mapping::SourceDescriptor> sources, std::vector<directory::UserRecord> users,
                         const QHash<QString, QString> &overrides, const QSet<QString> &excluded)
{
    m_sources = std::move(sources);
    m_matcher = std::make_unique<mapping::Matcher>(std::move(users));
    m_rules = {};
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        m_rules.setOverride(it.key(), it.value());
    m_excluded = excluded;
    rebuild();
}

void MappingModel::updateSources(std::vector<mapping::SourceDescriptor> sources)
{
    const auto sameHints = [](const mapping::SourceDescriptor &a, const mapping::SourceDescriptor &b) {
        return a.path == b.path && a.dominantSender == b.dominantSender && a.storeDisplayName == b.storeDisplayName
               && a.ownerName == b.ownerName && a.title == b.title;
    };
    // Nothing new learnt: keep the table (and an editor the user may have open) as it is.
    if (std::equal(sources.cbegin(), sources.cend(), m_sources.cbegin(), m_sources.cend(), sameHints))
        return;
    m_sources = std::move(sources);
    rebuild();
}

QString MappingModel::sourceTitle(const QString &source) const
{
    const QString title = m_titles.value(source);
    return title.isEmpty() ? QFileInfo(source).fileName() : title;
}

void MappingModel::rebuild()
{
    // data() asks for a title per painted cell: looked up, not searched for (hundreds of mailboxes).
    m_titles.clear();
    for (const mapping::SourceDescriptor &d : m_sources)
        if (!d.title.isEmpty())
            m_titles.insert(d.path, d.title);
    mapping::MappingRules rules = m_rules;
    for (const QString &source : std::as_const(m_excluded))
        rules.deny.add(source);
    mapping::MappingTable table = mapping::MappingTable::build(m_sources, *m_matcher, rules);
    const auto sameSource = [](const mapping::MappingEntry &a, const mapping::MappingEntry &b) {
        return a.source == b.source;
    };
    const auto &before = m_table.entries();
    const auto &after = table.entries();
    if (!before.empty() && std::equal(before.cbegin(), before.cend(), after.cbegin(), after.cend(), sameSource)) {
        // The same rows (a target typed, a source unticked, richer hints): update the cells in
        // place. A reset here would destroy the editor whose commit is running right now and
        // lose the view's current cell, so a keyboard user would start over at the top.
        m_table = std::move(table);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_table = std::move(table);
        endResetModel();
    }
    Q_EMIT mappingChanged();
}

bool MappingModel::isIncluded(int row) const
{
    return row >= 0 && row < rowCount() && !m_excluded.contains(m_table.entries().at(size_t(row)).source);
}

bool MappingModel::isReady() const
{
    if (m_table.entries().empty())
        return false;
    for (int row = 0; row < rowCount(); ++row) {
        if (isIncluded(row) && m_table.entries().at(size_t(row)).target.trimmed().isEmpty())
            return false;
    }
    return true;
}

int MappingModel::conflictCount() const
{
    return int(std::count_if(m_table.entries().cbegin(), m_table.entries().cend(), [](const mapping::MappingEntry &e) {
        return e.status == mapping::MappingStatus::Conflict;
    }));
}

QByteArray MappingModel::exportCsv() const
{
    return m_table.toCsv();
}

Expected<void> MappingModel::importCsv(const QByteArray &data, const QString &fileName)
{
    Expected<mapping::MappingTable> imported = mapping::MappingTable::fromCsv(data, fileName);
    if (!imported)
        return imported.error();
    mapping::MappingRules edits;
    edits.adoptEdits(imported->entries());
    for (auto it = edits.overrides.cbegin(); it != edits.overrides.cend(); ++it)
        m_rules.setOverride(it.key(), it.value());
    for (const mapping::MappingEntry &entry : imported->entries()) {
        if (entry.status == mapping::MappingStatus::Ignored)
            m_excluded.insert(entry.source);
        else
            m_excluded.remove(entry.source);
    }
    rebuild();
    return {};
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.entries().size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const mapping::MappingEntry &entry = m_table.entries().at(size_t(index.row()));
    const bool included = isIncluded(index.row());
    if (role == StatusRole)
        return int(entry.status);
    if (role == Qt::CheckStateRole && index.column() == IncludeColumn)
        return included ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::BackgroundRole && included) {
        // Translucent tints read on light and dark palettes alike.
        switch (entry.status) {
        case mapping::MappingStatus::Conflict:
            return QBrush(QColor(255, 140, 0, 90));
        case mapping::MappingStatus::Ambiguous:
        case mapping::MappingStatus::Unmatched:
            if (entry.target.isEmpty())
                return QBrush(QColor(255, 215, 0, 80));
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == SourceColumn)
            return QDir::toNativeSeparators(entry.source);
        if (!entry.candidates.isEmpty())
            return tr("Candidates: %1").arg(entry.candidates.join(QStringLiteral(", ")));
        return entry.reason;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case SourceColumn:
        return sourceTitle(entry.source);
    case TargetColumn:
        return entry.target;
    case StatusColumn:
        return mapping::statusName(entry.status);
    case ConfidenceColumn:
        return entry.confidence > 0 ? QVariant(entry.confidence) : QVariant();
    case ReasonColumn:
        return entry.reason;
    default:
        return {};
    }
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount())
        return false;
    const QString source = m_table.entries().at(size_t(index.row())).source;
    if (index.column() == IncludeColumn && role == Qt::CheckStateRole) {
        if (Qt::CheckState(value.toInt()) == Qt::Checked)
            m_excluded.remove(source);
        else
            m_excluded.insert(source);
        rebuild();
        return true;
    }
    if (index.column() == TargetColumn && role == Qt::EditRole) {
        const QString target = value.toString().trimmed();
        if (target.isEmpty())
            m_rules.overrides.remove(source.trimmed().toCaseFolded()); // back to the matcher's proposal
        else
            m_rules.setOverride(source, target);
        rebuild();
        return true;
    }
    return false;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == IncludeColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == TargetColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IncludeColumn:
        return tr("Migrate");
    case SourceColumn:
        return tr("Source");
    case TargetColumn:
        return tr("Target mailbox");
    case StatusColumn:
        return tr("Status");
    case ConfidenceColumn:
        return tr("Confidence");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace mig::wizard
