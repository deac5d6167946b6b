#pragma once

#include "core/Expected.h"

#include <QByteArray>

class QIODevice;

namespace mig::gxmt {

/// Where a stream's bytes go. write() may block until the consumer has taken the bytes: that is
/// the back-pressure that keeps memory flat (the SSH sink blocks while the channel window is full).
/// Called from one thread at a time.
class ByteSink {
public:
    virtual ~ByteSink() = default;
    /// Takes all of bytes, or fails (the stream is then unusable).
    virtual Expected<void> write(const QByteArray &bytes) = 0;
    /// Pushes buffered bytes on; the default does nothing.
    virtual Expected<void> flush() { return {}; }
};

/// Writes to an open QIODevice (a file, a QBuffer, stdout), waiting for writes to drain on
/// sequential devices.
class DeviceSink final : public ByteSink {
public:
    explicit DeviceSink(QIODevice *device);
    Expected<void> write(const QByteArray &bytes) override;
    Expected<void> flush() override;

private:
    QIODevice *m_device;
};

/// Keeps the whole stream in memory: for tests and small previews, never for whole mailboxes.
class MemorySink final : public ByteSink {
public:
    Expected<void> write(const QByteArray &bytes) override;
    const QByteArray &data() const { return m_data; }
    QByteArray &data() { return m_data; }

private:
    QByteArray m_data;
};

} // namespace mig::gxmt
