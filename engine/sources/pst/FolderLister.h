#pragma once

#include "sources/pst/Pff.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace mig::pst {

/// What a folder's contents tables hold, as libpff reports them: the numbers of messages and of
/// folder-associated items, and each message's node id, or libpff's words for why it cannot be
/// opened. (The folder-associated items are read only when asked for, by the caller's handle.)
struct FolderListing {
    struct Entry {
        bool opened = false;   ///< libpff_folder_get_sub_message() (or ..._associated_content()) succeeded
        quint32 id = 0;        ///< the node id; 0 when it cannot be read
        QString errorText;     ///< libpff's text after both calls (empty when neither failed)
    };
    struct Table {
        bool read = false;     ///< the number of entries could be read
        QString errorText;     ///< libpff's text when it could not
        QList<Entry> entries;
    };
    // What PstSource counts the folder by, read first: libpff words an error differently on a
    // second call, so the listing repeats the calls in the order the caller's handle makes them.
    bool counted = false;      ///< libpff_folder_get_number_of_sub_messages() succeeded
    int count = 0;
    QString countErrorText;
    bool associatedCounted = false;
    int associatedCount = 0;
    /// The messages as PstSource::items() then lists them.
    Table messages;
};

/// The counts of folder (listing's counted, count, countErrorText, associatedCounted,
/// associatedCount), read with the handle folder belongs to as PstSource counts a folder.
void readCounts(libpff_item_t *folder, FolderListing &listing);

/// One contents table of folder, read with the handle folder belongs to: the calls PstSource::items()
/// lists a folder with, so that a listing read elsewhere says word for word the same.
FolderListing::Table readContentsTable(libpff_item_t *folder, bool associated);

/// Reads the contents tables of a PST's folders on a second thread with its own libpff handle,
/// while the caller reads the same tables of other folders with its handle: the two take the
/// folders in turns from one list (claimNext()), so neither waits for the other and the caller
/// never depends on the lister (a folder the lister fails on comes back empty, for the caller
/// to read itself). Reading the contents tables is most of listing a large PST's folders
/// (aspose_SampleOstFile.ost: 16 of 24 ms).
class FolderLister final {
public:
    /// Starts the thread, which opens path at once (the caller meanwhile reads the rest of the tree).
    explicit FolderLister(const QString &path);
    ~FolderLister();
    FolderLister(const FolderLister &) = delete;
    FolderLister &operator=(const FolderLister &) = delete;

    /// The folders to list, by node id, in the order to take them.
    void start(const QList<quint64> &folderIds);
    /// The position of the next folder nobody has taken, now the caller's; nothing when none is left.
    std::optional<qsizetype> claimNext();
    /// Takes the rest of the folders from the lister and waits for those it is reading; by position,
    /// the listing of each folder the lister read (nothing for the caller's folders and for those
    /// the lister could not read). The thread ends with this object, which can outlive the listing.
    std::vector<std::optional<FolderListing>> finish();

    /// Whether the machine has a second core for a lister.
    static bool possible();
    /// Whether a folder tree of this many folders (so far) is worth a lister.
    static bool worthwhile(qsizetype folderCount);

    struct Shared;

private:
    std::shared_ptr<Shared> d;
    std::thread m_thread;
};

} // namespace mig::pst
