#pragma once

#include "core/SerialWorker.h"
#include "sources/Source.h"
#include "sources/imap/ImapClient.h"
#include "sources/imap/ImapSourceSettings.h"
#include "transport/SecretBytes.h"

#include <QHash>

#include <atomic>
#include <future>
#include <memory>
#include <optional>

namespace mig::imap {

/// One IMAP account as a Source (kind "imap"): the folders from LIST under a root that stands for
/// the account, the messages by UID converted with convertMime, IMAP flags carried over.
///
/// Read-only: folders are opened with EXAMINE and bodies fetched with BODY.PEEK[]; nothing is ever
/// stored, flagged or expunged. Ids: the root is 1, folders follow in tree order, and each folder's
/// items get a block of ids (first listing order) the first time items() lists it, so ids are
/// unique across folders and items, non-zero, below 2^32 and stable while the source is open
/// (IMAP UIDs repeat across folders and are not used as ids). Item counts are the server's
/// MESSAGES when folders() lists; items() lists only UIDs that existed then (below UIDNEXT), so
/// mail arriving meanwhile waits for the next run, and messages expunged meanwhile become
/// unreadable entries with that reason. \Deleted messages are skipped with a reason.
///
/// The connection lives on a thread of its own (m_io): whichever thread calls, the account is
/// logged in once, and while the caller converts one window of messages the next window is
/// already being fetched, so the network and the conversion overlap.
/// Memory is bounded by the current folder's UID list (a few bytes per message) and two fetch
/// windows (each at most kWindowMessages messages or kWindowBytes, at least one message).
/// A source is used from one thread at a time (any thread).
class ImapSource final : public sources::Source {
public:
    /// Connects and logs in (so a wrong password or an untrusted certificate is reported when the
    /// source is opened). Errors: InvalidArgument (settings), Network, HostKey (certificate, with
    /// its fingerprint), Auth (naming login and host; never the password), Remote.
    static Expected<std::unique_ptr<ImapSource>> open(ImapSourceSettings settings);
    ~ImapSource() override;

    sources::SourceInfo info() const override;
    Expected<QList<sources::SourceFolder>> folders() override;
    Expected<mapi::Folder> readFolder(quint64 folderId) override;
    Expected<QList<sources::ItemRef>> items(quint64 folderId, sources::ItemKind kind) override;
    Expected<mapi::Message> readMessage(const sources::ItemRef &ref) override;
    Expected<sources::MessageSummary> readSummary(const sources::ItemRef &ref) override;
    QHash<quint64, sources::SpecialFolder> specialFolders() override;
    QStringList takeWarnings() override;
    /// Lists only the UIDs marks wants (after `last`, or to retry) in folders whose UIDVALIDITY is
    /// still the recorded one; a folder with another UIDVALIDITY starts over, with a warning.
    void continueAfter(const sources::SourceMarks &marks) override;
    quint32 positionValidity(quint64 folderId) override;
    /// STATUS SIZE summed over the folders to read in full (0 when the server does not offer it).
    quint64 contentBytes() override;

    /// Messages marked \Deleted that items() passed over so far.
    int deletedSkipped() const { return m_deletedSkipped; }
    /// The fingerprint of the server certificate (SHA256:<base64>).
    QString certificateFingerprint() const { return m_fingerprint; }

    static constexpr int kWindowMessages = 400;
    static constexpr qint64 kWindowBytes = 16 * 1024 * 1024;

private:
    struct Folder {
        sources::SourceFolder entry;
        ImapFolder imap;
        bool selectable = false;
        quint32 uidNext = 0;      ///< UIDNEXT when listed: only UIDs below it are items
        quint32 uidValidity = 0;
        quint64 firstItemId = 0;  ///< 0 until items() listed the folder
        std::optional<sources::FolderMark> mark; ///< only UIDs it wants are items (a later run)
    };
    struct Item {
        quint32 uid = 0;          ///< 0: gone (expunged after listing)
        qint64 size = 0;
        bool deleted = false;
    };
    /// The messages to fetch in one go, starting at an item index of the listed folder.
    struct WindowPlan {
        int first = 0;
        int end = 0;              ///< the index after the window's last item
        QList<quint32> uids;
        QHash<quint32, int> indexOf;
    };
    /// A fetched window: messages by item index, and the server's reason for those it did not send.
    struct Window {
        QHash<int, ImapMessage> messages;
        QHash<int, QString> missing;
    };
    /// The next window, fetched on m_io while the caller converts the current one.
    struct Prefetch {
        quint64 folderId = 0;
        WindowPlan plan;
        std::shared_ptr<std::atomic_bool> cancelled;
        std::future<Expected<Window>> window;
    };

    explicit ImapSource(ImapSourceSettings settings);
    /// Connects and logs in, asking (on the caller's thread) for a certificate confirmation and
    /// the password when needed.
    Expected<void> login();

    // On m_io only: everything that speaks to the server; never asks the user.
    Expected<void> connectClient();
    Expected<void> authenticate();
    /// Connects and logs in again with what the user already answered.
    Expected<void> reconnect();
    Expected<ImapClient *> client();
    Expected<void> listAccount();
    Expected<void> examine(const Folder &folder);
    Expected<void> listFolder(Folder &folder);
    Expected<Window> fetchWindow(const Folder &folder, const WindowPlan &plan);
    static Expected<Window> fetchOnce(ImapClient &client, const WindowPlan &plan);

    // On the caller's thread.
    WindowPlan planWindow(int index) const;
    /// Makes m_window hold the item at index: the prefetched window when it has it, else fetched now.
    Expected<void> loadWindow(const Folder &folder, int index);
    void startPrefetch(const Folder &folder, int index);
    /// The prefetched window when it covers index (waiting for it), else nothing; drops it either way.
    std::optional<Window> takePrefetch(quint64 folderId, int index, WindowPlan &plan);
    void dropPrefetch();

    Folder *folderById(quint64 id);
    QString where(const Folder &folder, quint32 uid) const;
    Expected<void> applyMark(Folder &folder);
    /// Drops the folders --folder / --exclude-folder leave out (levels above a wanted folder stay
    /// as empty containers); NotFound when a folder asked for does not exist.
    Expected<void> applyFolderFilters(QList<ImapFolder> &listed) const;
    Error noPasswordError() const;

    ImapSourceSettings m_settings;
    SerialWorker m_io;           ///< the connection's thread: m_client, m_loggedIn, m_examined are used there
    std::optional<transport::SecretBytes> m_password;
    std::unique_ptr<ImapClient> m_client;
    bool m_loggedIn = false;
    quint64 m_examined = 0;      ///< folder id opened with EXAMINE on m_client
    QString m_fingerprint;

    bool m_listed = false;
    QList<Folder> m_folders;     ///< tree order; [0] is the root
    QHash<quint64, sources::SpecialFolder> m_roles;
    quint64 m_nextItemId = 0;

    quint64 m_listingFolder = 0; ///< the folder whose items m_items lists
    QList<Item> m_items;
    Window m_window;                       ///< fetched, not yet read; asked for, not delivered
    std::optional<Prefetch> m_prefetch;

    sources::SourceMarks m_marks;
    int m_deletedSkipped = 0;
    QStringList m_warnings;
};

} // namespace mig::imap
