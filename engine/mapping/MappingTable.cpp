#include "mapping/MappingTable.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mig::mapping {

namespace {

/// The names a source goes by in overrides and address lists.
QStringList sourceKeys(const SourceDescriptor &source)
{
    return { source.path, QFileInfo(source.path).fileName(), source.name };
}

void applyOverride(MappingEntry &entry, const QString &target, const Matcher &matcher)
{
    const directory::UserRecord *user = matcher.findUser(target);
    entry.status = MappingStatus::Manual;
    entry.confidence = 100;
    entry.candidates.clear();
    if (user) {
        entry.target = user->mail.isEmpty() ? user->login : user->mail;
        entry.reason = QCoreApplication::translate("mig::mapping", "set by hand");
    } else {
        entry.target = target.trimmed();
        entry.reason
            = QCoreApplication::translate("mig::mapping", "set by hand; %1 is not in the directory").arg(entry.target);
    }
}

/// Every name that identifies the row for the allow and deny lists.
QStringList listKeys(const SourceDescriptor &source, const MappingEntry &entry, const Matcher &matcher)
{
    QStringList keys = sourceKeys(source);
    if (!entry.target.isEmpty()) {
        keys.append(entry.target);
        if (const directory::UserRecord *user = matcher.findUser(entry.target)) {
            keys += user->aliases;
            keys.append(user->login);
        }
    }
    return keys;
}

bool listContainsAny(const AddressList &list, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!key.isEmpty() && list.contains(key))
            return true;
    }
    return false;
}

} // namespace

void MappingRules::setOverride(const QString &source, const QString &target)
{
    overrides.insert(source.trimmed().toCaseFolded(), target.trimmed());
}

void MappingRules::adoptEdits(const std::vector<MappingEntry> &edited)
{
    for (const MappingEntry &entry : edited) {
        if (entry.status == MappingStatus::Ignored)
            deny.add(entry.source);
        else if (!entry.target.isEmpty()
            && (entry.status == MappingStatus::Manual || entry.status == MappingStatus::Matched))
            setOverride(entry.source, entry.target);
    }
}

MappingTable::MappingTable(std::vector<MappingEntry> entries)
    : m_entries(std::move(entries))
{
}

MappingTable MappingTable::build(
    const std::vector<SourceDescriptor> &sources, const Matcher &matcher, const MappingRules &rules)
{
    std::vector<MappingEntry> entries;
    entries.reserve(sources.size());
    for (const SourceDescriptor &source : sources) {
        MappingEntry entry = matcher.propose(source);
        for (const QString &key : sourceKeys(source)) {
            const auto it = rules.overrides.constFind(key.trimmed().toCaseFolded());
            if (it != rules.overrides.cend()) {
                applyOverride(entry, it.value(), matcher);
                break;
            }
        }
        const QStringList keys = listKeys(source, entry, matcher);
        if (listContainsAny(rules.deny, keys)) {
            entry.status = MappingStatus::Ignored;
            entry.reason = QCoreApplication::translate("mig::mapping", "on the deny list");
        } else if (!rules.allow.isEmpty() && !listContainsAny(rules.allow, keys)) {
            entry.status = MappingStatus::Ignored;
            entry.reason = QCoreApplication::translate("mig::mapping", "not on the allow list");
        }
        entries.push_back(std::move(entry));
    }
    MappingTable table(std::move(entries));
    table.flagConflicts();
    return table;
}

std::vector<MappingEntry> MappingTable::ready() const
{
    std::vector<MappingEntry> out;
    for (const MappingEntry &entry : m_entries) {
        if (entry.status == MappingStatus::Matched || entry.status == MappingStatus::Manual)
            out.push_back(entry);
    }
    return out;
}

void MappingTable::flagConflicts()
{
    const auto live = [](const MappingEntry &e) {
        return !e.target.isEmpty()
            && (e.status == MappingStatus::Matched || e.status == MappingStatus::Manual
                || e.status == MappingStatus::Conflict);
    };
    QHash<QString, QStringList> sourcesByTarget;
    for (const MappingEntry &entry : m_entries) {
        if (live(entry))
            sourcesByTarget[Matcher::addressKey(entry.target)].append(entry.source);
    }
    for (MappingEntry &entry : m_entries) {
        if (!live(entry))
            continue;
        QStringList rivals = sourcesByTarget.value(Matcher::addressKey(entry.target));
        if (rivals.size() < 2)
            continue;
        rivals.removeOne(entry.source);
        if (entry.status != MappingStatus::Conflict) {
            entry.reason = QCoreApplication::translate("mig::mapping", "%1; but %2 also map to %3")
                               .arg(entry.reason, rivals.join(QStringLiteral(", ")), entry.target);
        }
        entry.status = MappingStatus::Conflict;
        entry.candidates = rivals;
    }
}

QByteArray MappingTable::toCsv(const CsvWriteOptions &options) const
{
    QList<QStringList> rows;
    rows.append(
        { QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("status"), QStringLiteral("reason") });
    for (const MappingEntry &entry : m_entries)
        rows.append({ entry.source, entry.target, statusName(entry.status), entry.reason });
    return writeCsv(rows, options);
}

Expected<MappingTable> MappingTable::fromCsv(const QByteArray &data, const QString &fileName)
{
    auto csv = readCsv(data, fileName);
    if (!csv)
        return csv.error();
    QList<QStringList> rows = std::move(csv->rows);
    int source = 0;
    int target = 1;
    int status = 2;
    int reason = 3;
    if (!rows.isEmpty() && rows.first().contains(QStringLiteral("source"), Qt::CaseInsensitive)) {
        QStringList header;
        for (const QString &name : rows.takeFirst())
            header.append(name.trimmed().toLower());
        source = int(header.indexOf(QStringLiteral("source")));
        target = int(header.indexOf(QStringLiteral("target")));
        status = int(header.indexOf(QStringLiteral("status")));
        reason = int(header.indexOf(QStringLiteral("reason")));
        if (target < 0) {
            return Error { Error::Code::Corrupt,
                QCoreApplication::translate("mig::mapping", "%1: the mapping has no \"target\" column.").arg(fileName),
                {} };
        }
    }
    std::vector<MappingEntry> entries;
    for (const QStringList &row : std::as_const(rows)) {
        const auto cell = [&row](int column) { return column >= 0 ? row.value(column).trimmed() : QString(); };
        MappingEntry entry;
        entry.source = cell(source);
        if (entry.source.isEmpty())
            continue;
        entry.target = cell(target);
        entry.reason = reason >= 0 ? row.value(reason) : QString();
        const auto parsed = statusFromName(cell(status));
        entry.status = parsed ? *parsed : (entry.target.isEmpty() ? MappingStatus::Unmatched : MappingStatus::Manual);
        entries.push_back(std::move(entry));
    }
    return MappingTable(std::move(entries));
}

} // namespace mig::mapping
