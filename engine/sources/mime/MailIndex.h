#pragma once

#include "sources/Source.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mig::mime {

/// Where one message of a mail tree is: a whole file (EML, Maildir) or a range of an mbox file.
/// Kept small on purpose: an index holds one per message, never the message bytes.
struct MailItem {
    quint32 file = 0;          ///< index into MailIndex::files
    qint64 offset = -1;        ///< mbox: offset of the "From " line; -1 for a whole file
    qint64 messageOffset = 0;  ///< mbox: first byte of the message
    qint64 length = -1;        ///< mbox: message bytes; -1 for a whole file
    qint64 envelopeMsecs = 0;  ///< mbox "From " line date (ms since the epoch, UTC); 0 = none
    int mboxIndex = 0;         ///< mbox: 0-based position in the file
    quint8 flags = 0;          ///< MailFlag bits
    bool byContentLength = false;
};

/// One folder of a mail tree. Folders are kept depth-first: a parent before its children.
struct MailFolder {
    QString name;
    int parent = -1;               ///< index into MailIndex::folders; -1 for the root
    QList<MailItem> items;
    QHash<int, QString> problems;  ///< item position → why it cannot be read
    int skipped = 0;               ///< messages left out on purpose (deleted / trashed)
    QString skipReason;
    std::optional<sources::SpecialFolder> role;
};

/// The whole tree of a mail source, built once when it is opened (an mbox is scanned for its
/// message offsets): folders, items, and the problems met while building it.
struct MailIndex {
    QStringList files;
    QList<MailFolder> folders;
    QStringList warnings;

    /// Adds a folder below parent (-1: the root) and returns its index.
    int addFolder(const QString &name, int parent);
    /// Adds a whole-file message (EML, Maildir) to folder.
    void addFile(int folder, const QString &path, quint8 flags = 0);
};

/// The special folder a mail client's folder name stands for (English, German and the usual
/// client spellings: "Sent Items", "Gesendet", "Papierkorb", "Junk E-Mail" ...), if any.
std::optional<sources::SpecialFolder> specialFolderByName(const QString &name);

/// Gives the children of parent their roles by name (the first folder of each role wins).
void assignSpecialFolders(MailIndex &index, int parent);

} // namespace mig::mime
