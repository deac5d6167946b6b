#include "core/BlockingPipe.h"

#include <chrono>

namespace mig {

BlockingPipe::BlockingPipe(qint64 capacity, QObject *parent)
    : QIODevice(parent)
    , m_capacity(capacity)
{
}

void BlockingPipe::closeWriteChannel()
{
    std::lock_guard lock(m_mutex);
    m_writeClosed = true;
    m_changed.notify_all();
}

void BlockingPipe::closeReadChannel()
{
    std::lock_guard lock(m_mutex);
    m_readClosed = true;
    m_changed.notify_all();
}

qint64 BlockingPipe::bytesAvailable() const
{
    std::lock_guard lock(m_mutex);
    return m_buffer.size() + QIODevice::bytesAvailable();
}

bool BlockingPipe::waitForReadyRead(int msecs)
{
    std::unique_lock lock(m_mutex);
    auto ready = [this] { return !m_buffer.isEmpty() || m_writeClosed; };
    if (msecs < 0)
        m_changed.wait(lock, ready);
    else
        m_changed.wait_for(lock, std::chrono::milliseconds(msecs), ready);
    return !m_buffer.isEmpty();
}

qint64 BlockingPipe::readData(char *data, qint64 maxSize)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_buffer.isEmpty() || m_writeClosed; });
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size());
    memcpy(data, m_buffer.constData(), size_t(n));
    m_buffer.remove(0, n);
    m_changed.notify_all();
    return n;
}

qint64 BlockingPipe::writeData(const char *data, qint64 size)
{
    std::unique_lock lock(m_mutex);
    qint64 written = 0;
    while (written < size) {
        m_changed.wait(lock, [this] { return m_buffer.size() < m_capacity || m_readClosed; });
        if (m_readClosed)
            return written > 0 ? written : -1;
        const qint64 n = std::min<qint64>(size - written, m_capacity - m_buffer.size());
        m_buffer.append(data + written, n);
        written += n;
        m_changed.notify_all();
    }
    return written;
}

} // namespace mig
