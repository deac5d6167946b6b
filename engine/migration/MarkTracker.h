#pragma once

#include "sources/Converter.h"
#include "sources/ResumeMarks.h"

#include <QHash>
#include <QList>
#include <QMutex>

#include <functional>

namespace mig::migration {

/// Follows which numbered messages (IMAP UIDs) of one job reach the server during a run, and
/// turns that into the marks the ledger keeps for the next run of the mailbox (SourceMarks).
///
/// A message counts as taken when it was skipped on purpose, failed for a reason of its own (a
/// later run would fail it again), or its message frame is among the first `confirmed` frames the
/// importer took. What did not arrive (the source unreachable, a frame after the importer stopped)
/// is left for the next run: after `last` when it lies above every taken number, else in `retry`.
/// itemDone() may be called from the conversion thread while the job's thread waits.
class MarkTracker {
public:
    /// Marks of earlier runs by source index (an empty SourceMarks where there are none).
    explicit MarkTracker(QList<sources::SourceMarks> earlier);

    void itemDone(const sources::ItemOutcome &outcome);
    /// Message frames written so far.
    quint64 frames() const;
    /// Whether any numbered message was seen in this run.
    bool sawPositions() const;

    /// The marks after this run, by source index: the importer took the first `confirmed` frames;
    /// validityOf(source, folderId) gives each folder's validity as listed in this run (0: none).
    /// rootFolders (new-root placement) by source index, may be shorter.
    QList<sources::SourceMarks> marks(quint64 confirmed, const QStringList &rootFolders,
        const std::function<quint32(int source, quint64 folderId)> &validityOf) const;

private:
    struct Seen {
        quint32 position = 0;
        qint64 frame = -1;   ///< index of its message frame; -1 when it has none
        bool taken = false;  ///< skipped or failed for good (frames decide the rest)
    };
    struct FolderSeen {
        quint64 folderId = 0;
        QList<Seen> items;
    };

    QList<sources::SourceMarks> m_earlier;
    mutable QMutex m_mutex;
    QHash<std::pair<int, QString>, FolderSeen> m_seen;
    quint64 m_frames = 0;
};

} // namespace mig::migration
