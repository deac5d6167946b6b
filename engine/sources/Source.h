#pragma once

#include "core/Expected.h"
#include "mapi/Message.h"
#include "sources/ResumeMarks.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace mig::sources {

/// How many things of one kind a source holds ("appointments": 12), for `inspect`.
struct ContentCount {
    QString key;   ///< stable name for JSON: "appointments", "recurring_series", "contacts", ...
    QString text;  ///< for people, translated, with the number: "12 appointment(s)"
    qint64 count = 0;
    friend bool operator==(const ContentCount &, const ContentCount &) = default;
};

/// One fact a kind of source knows about itself (PST: encoding, encryption, password; IMAP: TLS),
/// for `inspect` and the wizard's source list, so they need not know any kind's own facts.
struct SourceDetail {
    QString key;   ///< stable name for JSON: "encoding", "encryption", "password_protected", ...
    QString value; ///< for scripts: "unicode", "none", "yes", ...
    QString text;  ///< for people, translated: "encryption none", "password-protected (...)"
    friend bool operator==(const SourceDetail &, const SourceDetail &) = default;
};

/// What a source file or account is, for the wizard's summary and `inspect`.
struct SourceInfo {
    QString path;        ///< file path (or account URL)
    QString format;      ///< "pst", "ost", "eml", "mbox", ...
    /// Facts of this kind of source in display order; empty when it has none to tell.
    QList<SourceDetail> details;
    int ansiCodePage = 0; ///< code page the reader uses for 8-bit strings (0: not applicable)
    /// What the source holds by kind (calendar files: appointments, recurring series, exceptions,
    /// tasks; vCard files: contacts, photos); empty when the source does not count it.
    QList<ContentCount> contents;

    /// The value of the detail named key; empty when the source has no such detail.
    QString detail(const QString &key) const
    {
        for (const SourceDetail &d : details)
            if (d.key == key)
                return d.value;
        return {};
    }
};

/// One folder of a source, as listed by Source::folders(). Ids are the source's own opaque keys
/// (PST node ids, positions in an mbox/maildir index, IMAP folder numbers ...): unique among the
/// source's folders and stable for one open source. The converter chooses the stream nids itself
/// (StreamNids.h); only a source whose idsAreStreamNids() says so has its ids used as nids.
struct SourceFolder {
    quint64 id = 0;
    quint64 parentId = 0;
    bool isRoot = false;        ///< the source's root folder (parentId is meaningless)
    QString name;               ///< display name; "" for an unnamed root
    QString path;               ///< names from the root joined by "/"; the root itself is ""
    int depth = 0;              ///< 0 for the root
    int itemCount = 0;          ///< entries of the contents table, readable or not
    int unreadableCount = 0;    ///< entries of the contents table the reader cannot open
    int associatedCount = 0;    ///< FAI (folder-associated) entries
    /// Entries the source leaves out on purpose and does not list (mbox messages marked deleted,
    /// Maildir messages marked trashed); not part of itemCount. skipReason says why.
    int skippedCount = 0;
    QString skipReason;
    int subfolderCount = 0;
    QString containerClass;     ///< PR_CONTAINER_CLASS, e.g. "IPF.Note"; may be empty
    bool hidden = false;        ///< PR_ATTR_HIDDEN
    bool searchFolder = false;  ///< a search folder (its "contents" are links, not items)
};

/// Which list of a folder an item belongs to.
enum class ItemKind : quint8 { Normal, Associated };

/// Identifies one item of a folder for readMessage(). Obtained from Source::items().
struct ItemRef {
    quint64 folderId = 0;
    int index = 0;              ///< position in the folder's (normal or associated) contents
    ItemKind kind = ItemKind::Normal;
    quint64 id = 0;             ///< the source's opaque key (PST node id, IMAP UID), unique within the folder; 0 when unreadable
    bool readable = true;
    QString problem;            ///< why the item cannot be read (when !readable)
    /// When set, the item is not to be converted and counts as skipped with this reason (an IMAP
    /// message marked \Deleted, an mbox message marked deleted); it is readable all the same.
    QString skipReason;
    /// The item's number in a source that numbers its messages in increasing order (an IMAP UID,
    /// see SourceMarks); 0 when the source does not.
    quint32 position = 0;
};

/// A light-weight description of a message for preview lists.
struct MessageSummary {
    QString subject;
    QString sender;
    QDateTime date;             ///< delivery time, else submit time, else creation time (UTC)
    qint64 size = 0;            ///< PR_MESSAGE_SIZE when known
    QString messageClass;
    int attachmentCount = 0;
};

/// Special folders a source can name, so the converter can splice them into the target mailbox's
/// own folders (gxmt-format.md §4.6).
enum class SpecialFolder : quint8 {
    Root,
    IpmSubtree,
    Inbox,
    Outbox,
    SentItems,
    DeletedItems,
    Finder,
    Calendar,
    Contacts,
    Journal,
    Notes,
    Tasks,
    Drafts,
    Junk,
};

/// A mail source the converter can read: a tree of folders holding items that become MAPI messages.
/// Sources are not thread-safe; use one from one thread at a time (a worker thread for conversions,
/// typically). Every method reports problems as Error (naming the file and the item), never crashes
/// on bad input, and never modifies the source.
class Source {
public:
    virtual ~Source() = default;

    virtual SourceInfo info() const = 0;

    /// All folders, depth-first in storage order (a parent before its children). Computed on the
    /// first call and cached; fails only when the folder tree itself cannot be read.
    virtual Expected<QList<SourceFolder>> folders() = 0;

    /// The folder's own properties (for the folder frame).
    virtual Expected<mapi::Folder> readFolder(quint64 folderId) = 0;

    /// The items of one folder in storage order; unreadable entries are included with readable = false.
    virtual Expected<QList<ItemRef>> items(quint64 folderId, ItemKind kind) = 0;

    /// One whole item: every property, recipients, attachments (embedded messages recursively).
    virtual Expected<mapi::Message> readMessage(const ItemRef &ref) = 0;

    /// Subject, sender, date, size and class of one item, cheaper than readMessage().
    virtual Expected<MessageSummary> readSummary(const ItemRef &ref) = 0;

    /// The folders this source marks as special (folder id → role); empty when it knows none.
    virtual QHash<quint64, SpecialFolder> specialFolders() = 0;

    /// Announces that the caller will read every item once, folder by folder in the order of
    /// items() (a conversion). A source may then skip work only listings need (PST: reading every
    /// item's properties in folders() to count unreadable ones; readMessage() reports those anyway)
    /// and read ahead. Call before the first folders(); the default does nothing.
    virtual void expectFullRead() {}

    /// Whether the source promises that its folder and item ids are fit to be stream nids as they
    /// are: non-zero, < 2^32 and unique across ALL its folders and items (PST node ids are). The
    /// converter then keeps them, so diagnostics name the same objects as gromox-pff2mt's; other
    /// sources' ids are opaque keys and the converter numbers the objects itself.
    virtual bool idsAreStreamNids() const { return false; }
    /// Sources that number their messages (IMAP) list only what marks says is still to be sent:
    /// folders() then counts, and items() lists, just those messages. A folder whose numbering
    /// changed (another UIDVALIDITY) starts over, with a warning. Call before the first folders();
    /// the default (sources without numbers) ignores it.
    virtual void continueAfter(const SourceMarks &marks) { (void)marks; }
    /// Bytes of the items folders() counted, when the source knows them without reading the items
    /// (an IMAP account whose server answers STATUS SIZE); 0 when it does not. An estimate of the
    /// work for progress, like a file's size.
    virtual quint64 contentBytes() { return 0; }
    /// The validity of a folder's numbers (IMAP UIDVALIDITY) as listed; 0 when it has none.
    virtual quint32 positionValidity(quint64 folderId) { (void)folderId; return 0; }

    /// Non-fatal problems met since the last call (a property that could not be converted and was
    /// dropped, ...), each naming the item; clears the list.
    virtual QStringList takeWarnings() = 0;
};

/// Opens a source file or folder, choosing the kind by content through the source registry
/// (SourceRegistry.h; same as openSource(SourceSpec::forPath(path))).
/// Errors: NotFound/AccessDenied when the file cannot be opened, Unsupported when its format is
/// not recognised, Corrupt when it is recognised but broken.
Expected<std::unique_ptr<Source>> openSourceFile(const QString &path);

} // namespace mig::sources
