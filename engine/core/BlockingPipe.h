#pragma once

#include <QByteArray>
#include <QIODevice>

#include <condition_variable>
#include <mutex>

namespace mig {

/// An in-process pipe between two threads: one writes (write() blocks while capacity bytes are
/// waiting, which is the back-pressure that keeps memory flat), the other reads as from a file
/// (read() blocks until bytes arrive, and returns 0 only after closeWriteChannel()).
/// Open it Unbuffered (QIODevice::ReadWrite | QIODevice::Unbuffered) so QIODevice keeps no copy.
class BlockingPipe final : public QIODevice {
    Q_OBJECT

public:
    explicit BlockingPipe(qint64 capacity = 4 * 1024 * 1024, QObject *parent = nullptr);

    /// No more data will come: readers see the end once the buffer is drained.
    void closeWriteChannel();
    /// The reading side gave up: pending and later writes fail instead of blocking forever.
    void closeReadChannel();

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool waitForReadyRead(int msecs) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    const qint64 m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QByteArray m_buffer;
    bool m_writeClosed = false;
    bool m_readClosed = false;
};

} // namespace mig
