#include "ProducerPipeline.h"

#include <QCoreApplication>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace mig::transport {

namespace {

/// The hand-over between the producer thread and the sending thread: at most maxBlocks blocks and
/// maxBytes bytes wait in it. A block larger than maxBytes (a large value the writer hands over as
/// it is) waits until the queue is empty, so it is alone in it.
class BlockQueue {
public:
    BlockQueue(int maxBlocks, qint64 maxBytes)
        : m_maxBlocks(size_t(std::max(maxBlocks, 1)))
        , m_maxBytes(maxBytes)
    {
    }

    /// Producer: false when the consumer gave up (nothing more is wanted).
    bool push(QByteArray block)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] {
            return m_abandoned || m_blocks.empty()
                || (m_blocks.size() < m_maxBlocks && m_bytes + block.size() <= m_maxBytes);
        });
        if (m_abandoned)
            return false;
        m_bytes += block.size();
        m_blocks.push_back(std::move(block));
        m_notEmpty.notify_one();
        return true;
    }

    /// Producer: no more blocks will come.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_one();
    }

    /// Consumer: the next block, or false once the queue is closed and empty.
    bool pop(QByteArray *block)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_blocks.empty() || m_closed; });
        if (m_blocks.empty())
            return false;
        *block = std::move(m_blocks.front());
        m_blocks.pop_front();
        m_bytes -= block->size();
        m_notFull.notify_one();
        return true;
    }

    /// Consumer: stop; the producer's pending and later pushes fail.
    void abandon()
    {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_blocks.clear();
        m_bytes = 0;
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<QByteArray> m_blocks;
    qint64 m_bytes = 0; ///< in m_blocks
    const size_t m_maxBlocks;
    const qint64 m_maxBytes;
    bool m_closed = false;
    bool m_abandoned = false;
};

/// The producer's sink: gathers small writes (a converter writes frame by frame) into blocks, so
/// the sender makes few large channel writes.
class QueueSink final : public gxmt::ByteSink {
public:
    QueueSink(BlockQueue &queue, qsizetype blockBytes)
        : m_queue(queue)
        , m_blockBytes(blockBytes)
    {
        m_pending.reserve(blockBytes);
    }

    Expected<void> write(const QByteArray &bytes) override
    {
        if (bytes.size() >= m_blockBytes) {
            // A large value (a message's text, an attachment): queued as it is, not copied.
            if (auto flushed = flush(); !flushed)
                return flushed;
            return push(QByteArray(bytes));
        }
        m_pending.append(bytes);
        if (m_pending.size() < m_blockBytes)
            return {};
        return flush();
    }

    Expected<void> flush()
    {
        if (m_pending.isEmpty())
            return {};
        QByteArray block;
        block.reserve(m_blockBytes);
        block.swap(m_pending);
        return push(std::move(block));
    }

private:
    Expected<void> push(QByteArray block)
    {
        if (!m_queue.push(std::move(block)))
            return Error { Error::Code::Canceled,
                QCoreApplication::translate("mig::transport", "The receiver of the stream stopped."), {} };
        return {};
    }

    BlockQueue &m_queue;
    const qsizetype m_blockBytes;
    QByteArray m_pending;
};

} // namespace

Expected<void> produceConcurrently(const std::function<Expected<void>(gxmt::ByteSink &)> &produce,
                                   gxmt::ByteSink &target, int maxBlocks, qsizetype blockBytes)
{
    BlockQueue queue(maxBlocks, qint64(std::max(maxBlocks, 1)) * blockBytes);
    Expected<void> produced;
    std::thread producer([&] {
        QueueSink sink(queue, blockBytes);
        produced = produce(sink);
        if (produced)
            produced = sink.flush();
        queue.close();
    });
    Expected<void> sent;
    QByteArray block;
    while (queue.pop(&block)) {
        sent = target.write(block);
        if (!sent) {
            queue.abandon();
            break;
        }
    }
    producer.join();
    if (!sent)
        return sent;
    return produced;
}

} // namespace mig::transport
