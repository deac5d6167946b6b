#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace mig::transport {

class SshSession;

/// One remote command on an SSH exec channel: feeds its stdin with back-pressure while its
/// stdout and stderr are read in the same loop (so a chatty command can never stall the stream
/// by filling its output window), then collects the exit status.
///
/// Memory stays bounded: write() hands libssh at most the remote window (the server's SSH
/// receive buffer) and waits for window adjustments otherwise. A dropped connection makes the
/// pending call fail with Error::Code::Network (keepalives are sent while waiting, and the
/// session's socket has TCP keepalive/user timeout); cancel() makes it fail with Canceled within
/// ~0.2 s and closes the channel.
///
/// Not thread-safe except cancel(): all other calls on the thread that owns the SshSession.
/// The output handler runs on that thread, inside write()/finish().
class ExecChannel final {
public:
    /// Receives output as it arrives: isStderr tells the stream apart; bytes are not line-split.
    using OutputHandler = std::function<void(bool isStderr, const QByteArray &bytes)>;

    ExecChannel(SshSession &session, OutputHandler handler);
    ~ExecChannel();
    ExecChannel(const ExecChannel &) = delete;
    ExecChannel &operator=(const ExecChannel &) = delete;

    /// Opens the channel and starts command (a complete, already quoted shell command line).
    Expected<void> start(const QString &command);
    /// Sends bytes to the command's stdin; returns when libssh has taken all of them. Fails with
    /// Remote when the command has stopped reading (exited or closed its stdin).
    Expected<void> write(const QByteArray &bytes);
    /// Handles the command's output until done() is true (checked after each batch of output);
    /// fails with Remote when the command ends first, Network after timeoutMs or a lost connection.
    Expected<void> waitUntil(const std::function<bool()> &done, int timeoutMs);
    /// Handles the command's output until done() is true or the output has ended (outputEnded());
    /// unlike waitUntil(), an exit status alone does not end the wait: OpenSSH may send it while
    /// output the flow-control window held back is still to come. Network after timeoutMs of
    /// silence or a lost connection.
    Expected<void> waitForOutput(const std::function<bool()> &done, int timeoutMs);
    /// Closes stdin (EOF), waits for the command to end and returns its exit status. timeoutMs < 0
    /// waits as long as the connection lives. Fails with Remote when the command was killed by a
    /// signal or ended without a status.
    Expected<int> finish(int timeoutMs = -1);
    /// Thread-safe: makes the running or next write()/finish() fail with Canceled and close the
    /// channel (the remote command then sees EOF/SIGPIPE).
    void cancel();
    /// Closes the channel immediately (discarding what the command still sends).
    void close();

    quint64 bytesWritten() const { return m_bytesWritten; }
    /// Exit status once known, else -1.
    int exitStatus() const { return m_exitStatus; }
    /// Name of the signal that killed the command ("KILL", ...), else empty.
    QString exitSignal() const { return m_exitSignal; }
    /// True once the command can no longer read (exit status, EOF or close seen).
    bool remoteEnded() const;
    /// True once all of the command's output has arrived (EOF or close seen).
    bool outputEnded() const { return m_remoteEof || m_remoteClosed; }

private:
    struct Private;
    Expected<void> pump(int timeoutMs);
    Expected<void> checkAlive();
    Error canceledError();

    SshSession &m_session;
    OutputHandler m_handler;
    std::unique_ptr<Private> d;
    std::atomic_bool m_cancel{false};
    quint64 m_bytesWritten = 0;
    int m_exitStatus = -1;
    QString m_exitSignal;
    bool m_remoteEof = false;
    bool m_remoteClosed = false;
    bool m_eofSent = false;
    QString m_command;

    friend struct ExecChannelCallbacks;
};

} // namespace mig::transport
