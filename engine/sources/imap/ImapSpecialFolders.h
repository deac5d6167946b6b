#pragma once

#include "sources/Source.h"
#include "sources/imap/ImapClient.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace mig::imap {

/// One folder of the tree built from LIST: a listed folder, or a level the server did not list
/// itself ("a/b" listed without "a"), which is kept as an empty folder so the tree stays whole.
struct FolderNode {
    int parent = -1;      ///< index of the parent node; -1 for a top-level folder
    QStringList path;     ///< names from the top, split at the server's delimiter
    QString name;         ///< last element of path
    int children = 0;
    int listed = -1;      ///< index in the LIST result; -1 for an unlisted level
};

/// The folder tree of a LIST result, depth-first, a parent before its children: INBOX first, the
/// rest in the server's order.
QList<FolderNode> folderTree(const QList<ImapFolder> &folders);

/// The special role of each folder (same order as folders), for splicing into the mailbox's own
/// folders: INBOX; the RFC 6154 special-use attributes \Sent, \Drafts, \Trash, \Junk; and where a
/// server names no special use, the usual English and German names of a top-level folder (or one
/// directly below INBOX, as Courier and Cyrus keep them). One folder per role, special-use first.
/// \Archive and \All have no counterpart among Gromox's special folders and stay plain folders.
QList<std::optional<sources::SpecialFolder>> specialFolderRoles(const QList<ImapFolder> &folders);

} // namespace mig::imap
