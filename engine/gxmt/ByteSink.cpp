#include "gxmt/ByteSink.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>

namespace mig::gxmt {

namespace {

// Above this many unsent bytes a sequential device is drained before more is queued, so a
// slow consumer (a pipe, a socket, a process) throttles the writer instead of growing memory.
constexpr qint64 kHighWater = 1 << 20;

Error deviceError(QIODevice *device)
{
    return Error{Error::Code::Internal,
                 QCoreApplication::translate("mig::gxmt", "Writing the GXMT stream failed."),
                 device ? device->errorString() : QString()};
}

} // namespace

DeviceSink::DeviceSink(QIODevice *device)
    : m_device(device)
{
}

Expected<void> DeviceSink::write(const QByteArray &bytes)
{
    if (!m_device || !m_device->isWritable())
        return deviceError(m_device);
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = m_device->write(bytes.constData() + done, bytes.size() - done);
        if (n < 0)
            return deviceError(m_device);
        done += n;
        if (n == 0 && !m_device->waitForBytesWritten(-1))
            return deviceError(m_device);
    }
    if (m_device->isSequential() && m_device->bytesToWrite() > kHighWater) {
        // Files (including pipes opened as QFile) block in flush(); sockets and processes
        // drain through the event-less wait.
        if (qobject_cast<QFileDevice *>(m_device)) {
            if (!static_cast<QFileDevice *>(m_device)->flush())
                return deviceError(m_device);
        } else {
            while (m_device->bytesToWrite() > kHighWater) {
                if (!m_device->waitForBytesWritten(-1))
                    return deviceError(m_device);
            }
        }
    }
    return {};
}

Expected<void> DeviceSink::flush()
{
    if (!m_device)
        return deviceError(m_device);
    if (auto *file = qobject_cast<QFileDevice *>(m_device)) {
        if (!file->flush())
            return deviceError(m_device);
        return {};
    }
    while (m_device->bytesToWrite() > 0) {
        if (!m_device->waitForBytesWritten(-1))
            return deviceError(m_device);
    }
    return {};
}

Expected<void> MemorySink::write(const QByteArray &bytes)
{
    m_data.append(bytes);
    return {};
}

} // namespace mig::gxmt
