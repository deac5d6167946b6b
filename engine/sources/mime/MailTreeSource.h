#pragma once

#include "sources/Source.h"
#include "sources/mime/MailIndex.h"

#include <QFile>
#include <QList>

#include <memory>

namespace mig::mime {

/// A Source over a MailIndex: the one implementation behind the EML, MBOX, Maildir and mail
/// client tree kinds (they differ only in how they build the index). Messages are read from
/// their files when asked for and converted with convertMime(); nothing else is kept.
///
/// Ids: the root is 1, folders follow in index order (2, 3, ...), then items, numbered on from
/// there folder by folder; stable for one open source (the converter numbers the stream itself).
///
/// Layout (so that --splice lands everything inside the IPM subtree): an unnamed root, one
/// IPM-subtree folder named after the source, and the mail folders below it.
class MailTreeSource final : public sources::Source {
public:
    MailTreeSource(sources::SourceInfo info, MailIndex index);

    sources::SourceInfo info() const override { return m_info; }
    Expected<QList<sources::SourceFolder>> folders() override;
    Expected<mapi::Folder> readFolder(quint64 folderId) override;
    Expected<QList<sources::ItemRef>> items(quint64 folderId, sources::ItemKind kind) override;
    Expected<mapi::Message> readMessage(const sources::ItemRef &ref) override;
    Expected<sources::MessageSummary> readSummary(const sources::ItemRef &ref) override;
    QHash<quint64, sources::SpecialFolder> specialFolders() override;
    QStringList takeWarnings() override;

private:
    const MailItem *itemOf(const sources::ItemRef &ref, QString &where) const;
    Expected<QByteArray> readBytes(const MailItem &item, const QString &where, qint64 limit);
    Expected<QByteArray> readMboxMessage(const MailItem &item);

    sources::SourceInfo m_info;
    MailIndex m_index;
    QList<quint64> m_firstItemId; ///< per folder: the id of its first item
    QStringList m_warnings;
    /// The mbox file messages were last read from, kept open for the next one (messages are
    /// read in file order, one mbox after the other).
    std::unique_ptr<QFile> m_mbox;
    quint32 m_mboxFile = 0; ///< its index in m_index.files
};

} // namespace mig::mime
