#pragma once

#include "core/Expected.h"
#include "mapi/Message.h"
#include "sources/Source.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace mig::pst {

/// Reads the messages of one folder ahead of a conversion on worker threads, each with its own
/// libpff handle on the same read-only file (a libpff handle is not thread-safe; separate handles
/// are). The caller still takes the messages one by one in the folder's order, so the stream is
/// written exactly as without it; at most window() messages are read ahead of the one taken last,
/// so memory stays bounded by a few messages, never the mailbox.
///
/// take() returns nothing for an item the workers did not read or could not read: the caller then
/// reads it itself (errors are always produced by the caller's own handle, word for word as
/// without read-ahead). The caller reads an item itself, too, when no worker has claimed it yet,
/// so the calling thread is one more reader.
class ReadAhead final {
public:
    /// path: the PST; codePage: the file's ANSI code page; workers: threads to start (at least 1).
    ReadAhead(const QString &path, int codePage, int workers);
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    /// Starts reading the items of one folder; refs as items() listed them, whereTexts the matching
    /// texts naming each item in warnings. Drops whatever was read for an earlier folder.
    void schedule(quint64 folderNid, const QList<sources::ItemRef> &refs, const QStringList &whereTexts);

    /// A message read ahead for ref and the warnings its reading produced.
    struct Taken {
        mapi::Message message;
        QStringList warnings;
    };
    /// Reads one item on the caller's thread with the caller's own handle; nothing on failure.
    using ReadHere = std::function<std::optional<Taken>(const sources::ItemRef &)>;
    /// The message for ref when it was read ahead successfully; otherwise nothing (read it yourself).
    /// While a worker is still reading ref, the caller reads later items with readHere.
    std::optional<Taken> take(const sources::ItemRef &ref, const ReadHere &readHere);

    int window() const;

    /// How many threads to use on this machine for a folder of itemCount items (0: not worth it).
    static int workersFor(int itemCount);

    struct Shared;
    struct Worker;

private:
    std::shared_ptr<Shared> d;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

} // namespace mig::pst
