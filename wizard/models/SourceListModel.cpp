#include "models/SourceListModel.h"

#include "kopano/KopanoSpec.h"
#include "mapping/SourceScanner.h"
#include "sources/SourceRegistry.h"

#include <QBrush>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMimeData>
#include <QPalette>
#include <QUrl>
#include <QtConcurrent>

#include <algorithm>

namespace mig::wizard {

namespace {

/// The files and export folders a folder contributes; the folder itself when it holds none
/// (it is then taken to be one mailbox's export).
QStringList expandFolder(const QString &folder)
{
    // A folder a source kind reads as a whole (Maildir, .eml tree, Thunderbird folders) is one source.
    if (sources::probeSource(folder))
        return { folder };
    QStringList out;
    Expected<std::vector<mapping::SourceDescriptor>> found = mapping::collectSources({folder});
    if (found) {
        for (const mapping::SourceDescriptor &descriptor : *found)
            out << descriptor.path;
    }
    if (out.isEmpty())
        out << folder;
    return out;
}

/// A source that lives in the file system (rather than an account on a server).
bool isFileSpec(const sources::SourceSpec &spec)
{
    return !spec.location.contains(QLatin1String("://"));
}

} // namespace

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Inspections open whole PST files: two at a time keeps the disk busy without starving the
    // other workers (preview, connection tests) of the two cores of a small machine.
    m_pool.setMaxThreadCount(2);
}

SourceListModel::~SourceListModel()
{
    m_pool.waitForDone();
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool failed = !row.pending && !row.result.ok;
    switch (role) {
    case PathRole:
        return row.spec.location;
    case ReadyRole:
        return !row.pending && row.result.ok;
    case FailedRole:
        return failed;
    case Qt::ToolTipRole:
        if (failed)
            return row.result.error;
        // The format cell tells what kind of file it is in detail (PST: encoding, encryption).
        if (index.column() == FormatColumn && !row.result.details.isEmpty())
            return row.result.details.join(QStringLiteral(", "));
        return isFileSpec(row.spec) ? QDir::toNativeSeparators(row.spec.location) : row.spec.location;
    case Qt::ForegroundRole:
        if (failed)
            return QBrush(Qt::red);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == FoldersColumn || index.column() == ItemsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return kopano::isKopanoSpec(row.spec) ? kopano::storeTitle(row.spec) : row.spec.displayName();
    case FormatColumn:
        return row.result.format;
    case SizeColumn:
        // A Kopano store without a size from the discovery (a public store): unknown, not empty.
        if (row.result.size == 0 && (row.pending || kopano::isKopanoSpec(row.spec)))
            return {};
        return locale.formattedDataSize(row.result.size);
    // A Kopano store's folders and items are counted only when gromox-kdb2mt reads it in the run.
    case FoldersColumn:
        return row.result.ok && row.result.countsKnown ? QVariant(locale.toString(row.result.folders)) : QVariant();
    case ItemsColumn:
        return row.result.ok && row.result.countsKnown ? QVariant(locale.toString(row.result.items)) : QVariant();
    case StatusColumn:
        if (row.pending)
            return tr("Inspecting…");
        if (!row.result.ok)
            return tr("Error: %1").arg(row.result.error);
        if (row.result.unreadable > 0)
            return tr("Ready (%n unreadable item(s))", nullptr, row.result.unreadable);
        return tr("Ready");
    default:
        return {};
    }
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Source");
    case FormatColumn:
        return tr("Format");
    case SizeColumn:
        return tr("Size");
    case FoldersColumn:
        return tr("Folders");
    case ItemsColumn:
        return tr("Items");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags SourceListModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
}

QStringList SourceListModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions SourceListModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::LinkAction;
}

bool SourceListModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return data && data->hasUrls();
}

bool SourceListModel::dropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &)
{
    if (!data || !data->hasUrls())
        return false;
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    addPaths(paths);
    return !paths.isEmpty();
}

void SourceListModel::addPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << info.absoluteFilePath();
            continue;
        }
        ++m_expanding;
        auto *watcher = new QFutureWatcher<QStringList>(this);
        connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
            --m_expanding;
            addRows(sources::SourceSpec::forPaths(watcher->result()));
            watcher->deleteLater();
            Q_EMIT stateChanged();
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, expandFolder, info.absoluteFilePath()));
    }
    addRows(sources::SourceSpec::forPaths(files));
    Q_EMIT stateChanged();
}

void SourceListModel::addSpecs(const QList<sources::SourceSpec> &specs)
{
    addRows(specs);
    Q_EMIT stateChanged();
}

void SourceListModel::addRows(const QList<sources::SourceSpec> &specs)
{
    for (const sources::SourceSpec &spec : specs) {
        if (rowOf(spec.location) >= 0)
            continue;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(Row{spec, true, {}});
        endInsertRows();
        inspect(spec);
    }
}

void SourceListModel::inspect(const sources::SourceSpec &spec)
{
    auto *watcher = new QFutureWatcher<SourceInspection>(this);
    const QString location = spec.location;
    connect(watcher, &QFutureWatcher<SourceInspection>::finished, this, [this, watcher, location] {
        finishInspection(location, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, inspectSource, spec));
}

void SourceListModel::finishInspection(const QString &path, const SourceInspection &result)
{
    const int row = rowOf(path);
    if (row < 0)
        return; // removed while it was being inspected
    m_rows[row].pending = false;
    m_rows[row].result = result;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT stateChanged();
}

bool SourceListModel::setSpecOption(const QString &location, const QString &key, const QVariant &value)
{
    const int row = rowOf(location);
    if (row < 0)
        return false;
    m_rows[row].spec.options.insert(key, value);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void SourceListModel::removeRows(const QList<int> &rows)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (int row : sorted) {
        if (row < 0 || row >= m_rows.size())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    Q_EMIT stateChanged();
}

void SourceListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT stateChanged();
}

QString SourceListModel::path(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).spec.location : QString();
}

sources::SourceSpec SourceListModel::spec(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).spec : sources::SourceSpec{};
}

const SourceInspection *SourceListModel::inspection(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).pending)
        return nullptr;
    return &m_rows.at(row).result;
}

QStringList SourceListModel::readyPaths() const
{
    QStringList out;
    for (const Row &row : m_rows) {
        if (!row.pending && row.result.ok)
            out << row.spec.location;
    }
    return out;
}

QList<sources::SourceSpec> SourceListModel::readySpecs() const
{
    QList<sources::SourceSpec> out;
    for (const Row &row : m_rows) {
        if (!row.pending && row.result.ok)
            out << row.spec;
    }
    return out;
}

bool SourceListModel::isBusy() const
{
    return m_expanding > 0
           || std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.pending; });
}

bool SourceListModel::hasUsableSources() const
{
    return !isBusy() && !readyPaths().isEmpty();
}

int SourceListModel::rowOf(const QString &path) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).spec.location == path)
            return i;
    }
    return -1;
}

} // namespace mig::wizard
