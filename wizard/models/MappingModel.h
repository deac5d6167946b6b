#pragma once

#include "directory/UserRecord.h"
#include "mapping/MappingTable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace mig::wizard {

/// The mapping page's table: one row per source with its target mailbox, the matcher's status,
/// confidence and reason, and an include checkbox. Every edit goes through the engine: the target
/// becomes an override in mapping::MappingRules and the table is rebuilt by
/// mapping::MappingTable::build, which also flags conflicts (two sources, one target). GUI thread.
class MappingModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingModel)

public:
    enum Column { IncludeColumn, SourceColumn, TargetColumn, StatusColumn, ConfidenceColumn, ReasonColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 };

    explicit MappingModel(QObject *parent = nullptr);

    /// Starts over with these sources and directory users. overrides/excluded carry decisions
    /// from a loaded plan (source -> target, sources not to migrate).
    void reset(std::vector<mapping::SourceDescriptor> sources, std::vector<directory::UserRecord> users,
               const QHash<QString, QString> &overrides, const QSet<QString> &excluded);
    /// Replaces the descriptors by richer ones (dominant sender read from the sources) and rematches.
    void updateSources(std::vector<mapping::SourceDescriptor> sources);

    const mapping::MappingTable &table() const { return m_table; }
    const std::vector<mapping::SourceDescriptor> &sources() const { return m_sources; }
    bool isIncluded(int row) const;
    /// True when every included row has a target.
    bool isReady() const;
    int conflictCount() const;

    /// CSV (source,target,status,reason) of the current table.
    QByteArray exportCsv() const;
    /// Applies an edited CSV (overrides and ignored rows). Errors: the CSV cannot be read.
    Expected<void> importCsv(const QByteArray &data, const QString &fileName);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void mappingChanged();

private:
    void rebuild();
    /// What the Source column shows: the descriptor's title when it has one, else the file name.
    QString sourceTitle(const QString &source) const;

    std::vector<mapping::SourceDescriptor> m_sources;
    QHash<QString, QString> m_titles; ///< source path -> title, for those that have one
    std::unique_ptr<mapping::Matcher> m_matcher;
    mapping::MappingRules m_rules;
    QSet<QString> m_excluded; ///< source paths the user unticked
    mapping::MappingTable m_table;
};

} // namespace mig::wizard
