#pragma once

// A small in-memory Source for tests of the source seam (registry, converter, runner): folders,
// items, unreadable items and a folder whose item count changes while it is read. Not a stub of
// PST behaviour: it is a second, independent implementation of the Source interface.

#include "sources/Source.h"
#include "sources/SourceRegistry.h"

#include <QList>
#include <QString>

namespace mig::test {

/// One item of a fake folder: a subject, or a reason why it cannot be read.
struct FakeItem {
    QString subject;
    QString unreadableBecause; ///< not empty: listed by items() but readMessage() fails with it
};

/// One fake folder below the root (ids are assigned in order: root 1, folders 2, 3, ...).
struct FakeFolder {
    QString name;
    QList<FakeItem> items;
    int announcedCount = -1; ///< what folders() says (an estimate); -1 = items.size()
};

class FakeSource final : public sources::Source {
public:
    FakeSource(QString name, QList<FakeFolder> folders);

    sources::SourceInfo info() const override;
    Expected<QList<sources::SourceFolder>> folders() override;
    Expected<mapi::Folder> readFolder(quint64 folderId) override;
    Expected<QList<sources::ItemRef>> items(quint64 folderId, sources::ItemKind kind) override;
    Expected<mapi::Message> readMessage(const sources::ItemRef &ref) override;
    Expected<sources::MessageSummary> readSummary(const sources::ItemRef &ref) override;
    QHash<quint64, sources::SpecialFolder> specialFolders() override;
    QStringList takeWarnings() override;

    /// Keys as an IMAP account has them: folder ids above 2^32 and item ids 1, 2, 3 ... again in
    /// every folder (UIDs), so only the converter's own numbering can make stream nids of them.
    void useImapLikeKeys() { m_imapLikeKeys = true; }

private:
    const FakeItem *itemOf(const sources::ItemRef &ref) const;
    quint64 folderIdAt(qsizetype index) const; ///< index -1: the root
    qsizetype folderIndexOf(quint64 folderId) const; ///< -1: the root or no folder
    bool m_imapLikeKeys = false;
    QString m_name;
    QList<FakeFolder> m_folders;
};

/// The registry entry of kind "fake": claims files whose first line is "FAKE-SOURCE"; each further
/// line "folder: subject, subject, !reason" makes a folder (a "!" item is unreadable).
sources::SourceKind fakeSourceKind();

} // namespace mig::test
