#include "kopano/ChannelDevice.h"

namespace mig::kopano {
namespace {
constexpr qsizetype kKeptLines = 5;
}

ChannelDevice::ChannelDevice(transport::SshSession &session, LineHandler stderrLines, int ioTimeoutMs)
    : m_channel(std::make_unique<transport::ExecChannel>(
          session, [this](bool isStderr, const QByteArray &bytes) { onOutput(isStderr, bytes); }))
    , m_lines(std::move(stderrLines))
    , m_timeoutMs(ioTimeoutMs)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

ChannelDevice::~ChannelDevice()
{
    // The channel's handler refers to this object: close it while both still exist.
    m_channel->close();
    if (!m_stderr.isEmpty())
        flushLine(std::exchange(m_stderr, {}));
}

void ChannelDevice::onOutput(bool isStderr, const QByteArray &bytes)
{
    if (!isStderr) {
        m_buffer.append(bytes);
        return;
    }
    m_stderr.append(bytes);
    qsizetype newline;
    while ((newline = m_stderr.indexOf('\n')) >= 0) {
        flushLine(m_stderr.left(newline));
        m_stderr.remove(0, newline + 1);
    }
}

void ChannelDevice::flushLine(const QByteArray &line)
{
    const QString text = QString::fromUtf8(line).trimmed();
    if (text.isEmpty())
        return;
    m_lastLines.append(text);
    if (m_lastLines.size() > kKeptLines)
        m_lastLines.removeFirst();
    if (m_lines)
        m_lines(text);
}

qint64 ChannelDevice::bytesAvailable() const
{
    return m_buffer.size() + QIODevice::bytesAvailable();
}

bool ChannelDevice::waitForReadyRead(int)
{
    // readData() already waited for the channel; there is nothing more to wait for.
    return !m_buffer.isEmpty();
}

qint64 ChannelDevice::readData(char *data, qint64 maxSize)
{
    // The end is the end of the output (EOF), not the exit status: OpenSSH sends that as soon as
    // the command exits, while output held back by the flow-control window is still to come.
    if (m_buffer.isEmpty() && !m_failure && !m_channel->outputEnded()) {
        Expected<void> waited = m_channel->waitForOutput([this] { return !m_buffer.isEmpty(); }, m_timeoutMs);
        if (!waited)
            m_failure = waited.error();
    }
    const qint64 n = std::min<qint64>(maxSize, m_buffer.size());
    if (n > 0) {
        memcpy(data, m_buffer.constData(), size_t(n));
        m_buffer.remove(0, n);
    }
    return n;
}

qint64 ChannelDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace mig::kopano
