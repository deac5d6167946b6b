#pragma once

#include <QHash>
#include <QSet>
#include <QtGlobal>

namespace mig::sources {

/// Chooses the stream nids of one source's folders and messages (gxmt-format.md §6.7: folder nids
/// unique per stream and never 0 or all-ones; message nids serve diagnostics only but should be
/// unique too). Source n of a stream gets the nids [n << 32, (n + 1) << 32), so sources never meet.
///
/// A source's folder and item ids are opaque keys: any value, items only unique within their
/// folder (an IMAP UID). The converter numbers folders 1, 2, ... in the order it plans them and
/// messages onwards in stream order. A source that promises ids fit for the stream
/// (Source::idsAreStreamNids(), PST node ids) keeps them, so its stream names the same objects as
/// gromox-pff2mt's; an id that breaks the promise (0, >= 2^32, a folder id seen before) is replaced
/// by a number counted down from the top of the window instead of corrupting the folder map.
///
/// Memory: one entry per folder, nothing per message.
class StreamNids {
public:
    StreamNids() = default;
    StreamNids(quint64 sourceIndex, bool keepSourceIds);

    /// The nid of a folder; the same answer for the same folder id.
    quint64 folderNid(quint64 folderId);
    /// The nid of the next message frame of this source.
    quint64 messageNid(quint64 itemId);

private:
    static bool fits(quint64 id) { return id != 0 && id < 0xFFFFFFFFu; }
    quint64 nextFromTop();

    quint64 m_base = 0;
    bool m_keep = false;
    quint64 m_next = 1;            ///< counting up (assigned mode)
    quint64 m_top = 0xFFFFFFFEu;   ///< counting down (ids that break the promise, keep mode)
    QHash<quint64, quint64> m_folders;
    QSet<quint64> m_usedFolderNids;
};

} // namespace mig::sources
