#include "sources/pst/ReadAhead.h"

#include "sources/pst/AnsiDecoder.h"
#include "sources/pst/MessageReader.h"
#include "sources/pst/Pff.h"
#include "sources/pst/PropertyConverter.h"

#include <QFile>
#include <QThread>

#include <condition_variable>
#include <algorithm>
#include <map>
#include <mutex>
#include <thread>

namespace mig::pst {

using sources::ItemKind;
using sources::ItemRef;

namespace {

/// Folders with fewer items are read by the caller alone: opening another handle costs more.
constexpr int kMinItemsForReadAhead = 8;
/// At most this many threads besides the caller's.
constexpr int kMaxWorkers = 3;

/// A worker's map keeps growing; the message gets a copy of it as it was (cheap: Qt's hashes are
/// shared until written), so the writer never reads a map a worker is changing.
void pinNames(mapi::Message &message, const std::shared_ptr<const mapi::NamedPropertyMap> &names)
{
    message.namedProperties = names;
    for (mapi::Attachment &attachment : message.attachments) {
        if (attachment.embedded)
            pinNames(*attachment.embedded, names);
    }
}

} // namespace

/// State shared by the caller and the workers, guarded by mutex.
struct ReadAhead::Shared {
    QString path;
    int codePage = 0;
    int window = 4;

    std::mutex mutex;
    std::condition_variable changed;
    bool stopping = false;
    quint64 generation = 0;     ///< bumped by schedule(): older results are dropped
    quint64 folderNid = 0;
    QList<ItemRef> refs;
    QStringList whereTexts;
    qsizetype claimNext = 0;    ///< the next position nobody has started reading
    qsizetype consumed = 0;     ///< positions below this were taken or passed over
    std::map<qsizetype, std::optional<Taken>> results; ///< finished reads (nothing: failed)

    bool hasWork() const { return claimNext < refs.size() && claimNext < consumed + window; }
};

/// One reading thread with its own libpff handle, decoder and converter.
struct ReadAhead::Worker {
    explicit Worker(std::shared_ptr<Shared> shared)
        : d(std::move(shared))
    {
    }

    void run()
    {
        for (;;) {
            quint64 generation = 0;
            ItemRef ref;
            QString where;
            qsizetype position = 0;
            {
                std::unique_lock lock(d->mutex);
                d->changed.wait(lock, [&] { return d->stopping || d->hasWork(); });
                if (d->stopping)
                    return;
                position = d->claimNext++;
                generation = d->generation;
                ref = d->refs.at(position);
                where = d->whereTexts.value(position);
            }
            std::optional<Taken> taken = read(ref, where);
            {
                std::lock_guard lock(d->mutex);
                if (generation == d->generation && position >= d->consumed)
                    d->results[position] = std::move(taken);
            }
            d->changed.notify_all();
        }
    }

    std::optional<Taken> read(const ItemRef &ref, const QString &where)
    {
        if (!ref.readable || !open())
            return std::nullopt;
        // The caller found the item's node id in the folder's contents table: looked up by that id,
        // the worker's handle need not read the same contents table again (name-to-id lookups
        // for every column, and every row).
        pff::Item message;
        uint32_t nid = 0;
        if (libpff_file_get_item_by_identifier(m_file.get(), uint32_t(ref.id), message.out(), nullptr) != 1
            || libpff_item_get_identifier(message.get(), &nid, nullptr) != 1 || nid != ref.id)
            return std::nullopt;
        MessageReader reader(*m_converter, *m_decoder, where);
        auto read = reader.read(message.get());
        QStringList warnings = m_converter->takeWarnings();
        if (!read)
            return std::nullopt;
        Taken taken { std::move(*read), std::move(warnings) };
        pinNames(taken.message, std::make_shared<const mapi::NamedPropertyMap>(*m_names));
        return taken;
    }

    /// Opens this worker's handle on first use; false when the file cannot be opened again.
    bool open()
    {
        if (m_opened)
            return bool(m_converter);
        m_opened = true;
        const QByteArray encodedPath = QFile::encodeName(d->path);
        if (libpff_file_initialize(m_file.out(), nullptr) != 1
            || libpff_file_open(m_file.get(), encodedPath.constData(), LIBPFF_OPEN_READ, nullptr) != 1)
            return false;
        m_decoder = std::make_unique<AnsiDecoder>(d->codePage);
        m_converter = std::make_unique<PropertyConverter>(*m_decoder, m_names);
        return true;
    }

    std::shared_ptr<Shared> d;
    bool m_opened = false;
    pff::File m_file;
    std::unique_ptr<AnsiDecoder> m_decoder;
    std::shared_ptr<mapi::NamedPropertyMap> m_names = std::make_shared<mapi::NamedPropertyMap>();
    std::unique_ptr<PropertyConverter> m_converter;
    std::thread thread;
};

ReadAhead::ReadAhead(const QString &path, int codePage, int workers)
    : d(std::make_shared<Shared>())
{
    d->path = path;
    d->codePage = codePage;
    d->window = std::min(16, 2 * (std::max(workers, 1) + 1));
    for (int i = 0; i < std::max(workers, 1); ++i) {
        auto worker = std::make_unique<Worker>(d);
        Worker *raw = worker.get();
        worker->thread = std::thread([raw] { raw->run(); });
        m_workers.push_back(std::move(worker));
    }
}

ReadAhead::~ReadAhead()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->changed.notify_all();
    for (auto &worker : m_workers)
        worker->thread.join();
}

int ReadAhead::window() const
{
    return d->window;
}

int ReadAhead::workersFor(int itemCount)
{
    if (itemCount < kMinItemsForReadAhead)
        return 0;
    return std::min(kMaxWorkers, QThread::idealThreadCount() - 1);
}

void ReadAhead::schedule(quint64 folderNid, const QList<ItemRef> &refs, const QStringList &whereTexts)
{
    {
        std::lock_guard lock(d->mutex);
        ++d->generation;
        d->folderNid = folderNid;
        d->refs = refs;
        d->whereTexts = whereTexts;
        d->claimNext = 0;
        d->consumed = 0;
        d->results.clear();
    }
    d->changed.notify_all();
}

std::optional<ReadAhead::Taken> ReadAhead::take(const ItemRef &ref, const ReadHere &readHere)
{
    std::unique_lock lock(d->mutex);
    // items() lists a folder's entries by position: ref.index is the position in the schedule.
    const qsizetype position = ref.index;
    if (ref.folderId != d->folderNid || position < d->consumed || position >= d->refs.size()
        || d->refs.at(position).kind != ref.kind || d->refs.at(position).id != ref.id)
        return std::nullopt;
    if (position >= d->claimNext) {
        // Nobody started on it: the caller reads it, the workers go on with the ones after it.
        d->claimNext = position + 1;
        d->consumed = position + 1;
        d->results.clear();
        lock.unlock();
        d->changed.notify_all();
        return std::nullopt;
    }
    d->consumed = position; // the ones before it were taken or passed over
    d->results.erase(d->results.begin(), d->results.lower_bound(position));
    // Waiting for a worker, the caller reads the next unclaimed item itself rather than idle.
    while (d->results.count(position) == 0) {
        if (d->hasWork()) {
            const qsizetype next = d->claimNext++;
            const quint64 generation = d->generation;
            const ItemRef nextRef = d->refs.at(next);
            lock.unlock();
            std::optional<Taken> read = readHere(nextRef);
            lock.lock();
            if (generation == d->generation && next >= d->consumed)
                d->results[next] = std::move(read);
            continue;
        }
        d->changed.wait(lock, [&] { return d->results.count(position) > 0 || d->hasWork(); });
    }
    std::optional<Taken> taken = std::move(d->results.at(position));
    d->results.erase(position);
    d->consumed = position + 1;
    lock.unlock();
    d->changed.notify_all(); // the window moved on
    return taken;
}

} // namespace mig::pst
