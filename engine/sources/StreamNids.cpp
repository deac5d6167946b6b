#include "sources/StreamNids.h"

namespace mig::sources {

StreamNids::StreamNids(quint64 sourceIndex, bool keepSourceIds)
    : m_base(sourceIndex << 32)
    , m_keep(keepSourceIds)
{
}

quint64 StreamNids::nextFromTop()
{
    while (m_usedFolderNids.contains(m_base | m_top) && m_top > 1)
        --m_top;
    return m_base | m_top--;
}

quint64 StreamNids::folderNid(quint64 folderId)
{
    if (const auto known = m_folders.constFind(folderId); known != m_folders.constEnd())
        return *known;
    quint64 nid = 0;
    if (!m_keep)
        nid = m_base | m_next++;
    else if (fits(folderId) && !m_usedFolderNids.contains(m_base | folderId))
        nid = m_base | folderId;
    else
        nid = nextFromTop();
    m_folders.insert(folderId, nid);
    m_usedFolderNids.insert(nid);
    return nid;
}

quint64 StreamNids::messageNid(quint64 itemId)
{
    if (!m_keep)
        return m_base | (m_next < 0xFFFFFFFFu ? m_next++ : m_next);
    return fits(itemId) ? (m_base | itemId) : nextFromTop();
}

} // namespace mig::sources
