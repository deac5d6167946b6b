#include "migration/MarkTracker.h"

#include <QSet>

#include <algorithm>

namespace mig::migration {

MarkTracker::MarkTracker(QList<sources::SourceMarks> earlier)
    : m_earlier(std::move(earlier))
{
}

void MarkTracker::itemDone(const sources::ItemOutcome &outcome)
{
    QMutexLocker lock(&m_mutex);
    qint64 frame = -1;
    if (outcome.kind == sources::ItemOutcome::Kind::Converted)
        frame = qint64(m_frames++);
    const quint32 position = outcome.item ? outcome.item->position : 0;
    if (position == 0)
        return;
    Seen seen;
    seen.position = position;
    seen.frame = frame;
    // An unreachable server is no verdict on the message: only such failures are tried again.
    seen.taken = outcome.kind == sources::ItemOutcome::Kind::Skipped
        || (outcome.kind == sources::ItemOutcome::Kind::Failed && outcome.failure != Error::Code::Network);
    FolderSeen &folder = m_seen[{ outcome.sourceIndex, outcome.folderPath }];
    folder.folderId = outcome.folderId;
    folder.items.append(seen);
}

quint64 MarkTracker::frames() const
{
    QMutexLocker lock(&m_mutex);
    return m_frames;
}

bool MarkTracker::sawPositions() const
{
    QMutexLocker lock(&m_mutex);
    return !m_seen.isEmpty();
}

QList<sources::SourceMarks> MarkTracker::marks(quint64 confirmed, const QStringList &rootFolders,
    const std::function<quint32(int, quint64)> &validityOf) const
{
    QMutexLocker lock(&m_mutex);
    QList<sources::SourceMarks> result = m_earlier;
    for (qsizetype i = 0; i < result.size(); ++i) {
        if (!rootFolders.value(i).isEmpty())
            result[i].rootFolder = rootFolders.at(i);
    }
    for (auto it = m_seen.constBegin(); it != m_seen.constEnd(); ++it) {
        const int source = it.key().first;
        const QString &path = it.key().second;
        if (source < 0 || source >= result.size())
            continue;
        const quint32 validity = validityOf(source, it->folderId);
        if (validity == 0)
            continue;
        QHash<QString, sources::FolderMark> &folders = result[source].folders;
        // A mark of another numbering means the source started this folder over.
        sources::FolderMark mark = folders.value(path);
        if (mark.validity != validity)
            mark = sources::FolderMark { validity, 0, {} };
        QSet<quint32> retry(mark.retry.cbegin(), mark.retry.cend());
        for (const Seen &seen : it->items) {
            const bool taken = seen.taken || (seen.frame >= 0 && quint64(seen.frame) < confirmed);
            if (taken) {
                retry.remove(seen.position);
                mark.last = std::max(mark.last, seen.position);
            } else {
                retry.insert(seen.position);
            }
        }
        mark.retry.clear();
        for (const quint32 position : std::as_const(retry)) {
            if (position <= mark.last)
                mark.retry.append(position); // above last they come again by themselves
        }
        std::sort(mark.retry.begin(), mark.retry.end());
        if (mark.last == 0)
            folders.remove(path); // nothing arrived: the next run starts the folder from its beginning
        else
            folders.insert(path, mark);
    }
    return result;
}

} // namespace mig::migration
