#include "sources/pst/FolderLister.h"

#include "sources/pst/Pff.h"

#include <QFile>
#include <QThread>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace mig::pst {

namespace {

/// A contents table takes 0.1 to 0.4 ms to read; below this many folders the whole listing is done
/// in a few milliseconds, and a thread with its own handle and heap costs about as much CPU time
/// as it saves time (aspose_Outlook.pst, 27 folders: no gain; aspose_SampleOstFile.ost, 45
/// folders: 80 -> 62 ms).
constexpr qsizetype kMinFolders = 32;

} // namespace

void readCounts(libpff_item_t *folder, FolderListing &listing)
{
    pff::ErrorSlot error;
    listing.counted = libpff_folder_get_number_of_sub_messages(folder, &listing.count, error.out()) == 1;
    listing.countErrorText = error.text();
    listing.associatedCounted
        = libpff_folder_get_number_of_sub_associated_contents(folder, &listing.associatedCount, nullptr) == 1;
}

FolderListing::Table readContentsTable(libpff_item_t *folder, bool associated)
{
    FolderListing::Table table;
    pff::ErrorSlot error;
    int count = 0;
    const int rc = associated ? libpff_folder_get_number_of_sub_associated_contents(folder, &count, error.out())
                              : libpff_folder_get_number_of_sub_messages(folder, &count, error.out());
    if (rc != 1) {
        table.errorText = error.text();
        return table;
    }
    table.read = true;
    table.entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        FolderListing::Entry entry;
        pff::Item message;
        const int got = associated ? libpff_folder_get_sub_associated_content(folder, i, message.out(), error.out())
                                   : libpff_folder_get_sub_message(folder, i, message.out(), error.out());
        entry.opened = got == 1;
        uint32_t nid = 0;
        if (got == 1 && libpff_item_get_identifier(message.get(), &nid, error.out()) == 1)
            entry.id = nid;
        entry.errorText = error.text();
        table.entries.append(entry);
    }
    return table;
}

struct FolderLister::Shared {
    QString path;
    std::mutex mutex;
    std::condition_variable changed;
    bool started = false;
    bool stopping = false;
    bool closed = false;   ///< finish() was called: nothing more is claimed
    int busy = 0;          ///< folders the lister is reading right now
    QList<quint64> folderIds;
    qsizetype next = 0;
    std::vector<std::optional<FolderListing>> listings;

    void run()
    {
        pff::File file;
        const QByteArray encodedPath = QFile::encodeName(path);
        const bool opened = libpff_file_initialize(file.out(), nullptr) == 1
            && libpff_file_open(file.get(), encodedPath.constData(), LIBPFF_OPEN_READ, nullptr) == 1;
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return started || stopping; });
        while (opened && !stopping && !closed && next < folderIds.size()) {
            const qsizetype position = next++;
            ++busy;
            const quint64 id = folderIds.at(position);
            lock.unlock();
            std::optional<FolderListing> listing;
            pff::Item folder;
            if (libpff_file_get_item_by_identifier(file.get(), uint32_t(id), folder.out(), nullptr) == 1) {
                listing.emplace();
                readCounts(folder.get(), *listing);
                listing->messages = readContentsTable(folder.get(), false);
            }
            lock.lock();
            listings[size_t(position)] = std::move(listing);
            --busy;
            changed.notify_all();
        }
    }
};

FolderLister::FolderLister(const QString &path)
    : d(std::make_shared<Shared>())
{
    d->path = path;
    m_thread = std::thread([shared = d] { shared->run(); });
}

FolderLister::~FolderLister()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->changed.notify_all();
    m_thread.join();
}

void FolderLister::start(const QList<quint64> &folderIds)
{
    {
        std::lock_guard lock(d->mutex);
        d->folderIds = folderIds;
        d->listings.assign(size_t(folderIds.size()), std::nullopt);
        d->started = true;
    }
    d->changed.notify_all();
}

std::optional<qsizetype> FolderLister::claimNext()
{
    std::lock_guard lock(d->mutex);
    if (d->next >= d->folderIds.size())
        return std::nullopt;
    return d->next++;
}

std::vector<std::optional<FolderListing>> FolderLister::finish()
{
    std::unique_lock lock(d->mutex);
    // Only the folders the lister is reading are waited for: a lister still opening its handle
    // has claimed nothing and never will.
    d->closed = true;
    d->changed.wait(lock, [&] { return d->busy == 0; });
    return std::move(d->listings);
}

bool FolderLister::possible()
{
    return QThread::idealThreadCount() > 1;
}

bool FolderLister::worthwhile(qsizetype folderCount)
{
    return folderCount >= kMinFolders && possible();
}

} // namespace mig::pst
