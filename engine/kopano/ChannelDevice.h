#pragma once

#include "transport/ExecChannel.h"

#include <QIODevice>

#include <functional>
#include <memory>

namespace mig::kopano {

/// The standard output of a remote command as a sequential, blocking QIODevice, so that the GXMT
/// reader can pull a producer's stream (gromox-kdb2mt) straight from its SSH channel: read()
/// handles the channel until bytes arrive or the command ends (then it returns 0, the end).
/// Standard error goes to the line handler, one line at a time. Same thread rules as ExecChannel
/// (the thread that owns the session); error() tells why the stream ended early.
class ChannelDevice final : public QIODevice {
public:
    using LineHandler = std::function<void(const QString &line)>;

    ChannelDevice(transport::SshSession &session, LineHandler stderrLines, int ioTimeoutMs);
    ~ChannelDevice() override;

    transport::ExecChannel &channel() { return *m_channel; }
    /// A network failure or timeout that ended the stream, if any.
    const std::optional<Error> &failure() const { return m_failure; }
    /// The last lines of standard error (for a failure reason), oldest first.
    QStringList lastErrorLines() const { return m_lastLines; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool waitForReadyRead(int msecs) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void onOutput(bool isStderr, const QByteArray &bytes);
    void flushLine(const QByteArray &line);

    std::unique_ptr<transport::ExecChannel> m_channel;
    LineHandler m_lines;
    int m_timeoutMs;
    QByteArray m_buffer;
    QByteArray m_stderr;
    QStringList m_lastLines;
    std::optional<Error> m_failure;
};

} // namespace mig::kopano
