#include "ExecChannel.h"

#include "transport/PhaseLog.h"
#include "transport/SshSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive() is declared there but works for clients too

#include <algorithm>

namespace mig::transport {

namespace {

/// Largest block handed to libssh at once; libssh splits it into packets of the server's maximum
/// packet size and flushes once per call, so bigger blocks mean fewer flushes.
constexpr quint32 kWriteBlock = 1u << 20;
/// How long one wait for the network may last before cancel and keepalive are looked at again.
constexpr int kPollSliceMs = 200;
/// Silence after which a keepalive request is sent, so a dead peer is noticed by TCP.
constexpr qint64 kKeepaliveMs = 5000;

/// The start of a command line, enough to tell the phases apart in the log.
QString shortCommand(const QString &command)
{
    return command.size() > 72 ? command.left(69) + QLatin1String("...") : command;
}

} // namespace

struct ExecChannel::Private {
    ssh_channel channel = nullptr;
    ssh_event event = nullptr;
    ssh_channel_callbacks_struct callbacks {};
    QElapsedTimer sinceKeepalive;
};

struct ExecChannelCallbacks {
    static int data(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *userdata)
    {
        auto *self = static_cast<ExecChannel *>(userdata);
        if (self->m_handler && length > 0)
            self->m_handler(isStderr != 0, QByteArray(static_cast<const char *>(data), qsizetype(length)));
        return int(length); // consumed: libssh then keeps our receive window open
    }
    static void exitStatus(ssh_session, ssh_channel, int status, void *userdata)
    {
        static_cast<ExecChannel *>(userdata)->m_exitStatus = status;
    }
    static void exitSignal(
        ssh_session, ssh_channel, const char *signal, int, const char *, const char *, void *userdata)
    {
        static_cast<ExecChannel *>(userdata)->m_exitSignal = QString::fromLatin1(signal);
    }
    static void eof(ssh_session, ssh_channel, void *userdata)
    {
        static_cast<ExecChannel *>(userdata)->m_remoteEof = true;
    }
    static void closed(ssh_session, ssh_channel, void *userdata)
    {
        static_cast<ExecChannel *>(userdata)->m_remoteClosed = true;
    }
};

ExecChannel::ExecChannel(SshSession &session, OutputHandler handler)
    : m_session(session)
    , m_handler(std::move(handler))
    , d(std::make_unique<Private>())
{
}

ExecChannel::~ExecChannel()
{
    close();
}

bool ExecChannel::remoteEnded() const
{
    return m_exitStatus >= 0 || !m_exitSignal.isEmpty() || m_remoteEof || m_remoteClosed;
}

void ExecChannel::close()
{
    ssh_session session = m_session.handle();
    if (d->event) {
        if (session)
            ssh_event_remove_session(d->event, session);
        ssh_event_free(d->event);
        d->event = nullptr;
    }
    if (d->channel) {
        ssh_remove_channel_callbacks(d->channel, &d->callbacks);
        if (session && ssh_is_connected(session) && !m_remoteClosed)
            ssh_channel_close(d->channel);
        ssh_channel_free(d->channel);
        d->channel = nullptr;
    }
}

void ExecChannel::cancel()
{
    m_cancel = true;
}

Error ExecChannel::canceledError()
{
    close();
    return Error { Error::Code::Canceled, QCoreApplication::translate("mig::transport", "The transfer was canceled."),
        {} };
}

Expected<void> ExecChannel::start(const QString &command)
{
    ssh_session session = m_session.handle();
    if (!session || !ssh_is_connected(session))
        return Error { Error::Code::Network,
            QCoreApplication::translate("mig::transport", "Not connected to the server."), {} };
    m_command = command;
    d->channel = ssh_channel_new(session);
    if (!d->channel)
        return m_session.error(
            Error::Code::Internal, QCoreApplication::translate("mig::transport", "Could not create an SSH channel."));
    d->callbacks = {};
    d->callbacks.userdata = this;
    d->callbacks.channel_data_function = &ExecChannelCallbacks::data;
    d->callbacks.channel_exit_status_function = &ExecChannelCallbacks::exitStatus;
    d->callbacks.channel_exit_signal_function = &ExecChannelCallbacks::exitSignal;
    d->callbacks.channel_eof_function = &ExecChannelCallbacks::eof;
    d->callbacks.channel_close_function = &ExecChannelCallbacks::closed;
    ssh_callbacks_init(&d->callbacks);
    ssh_set_channel_callbacks(d->channel, &d->callbacks);

    if (ssh_channel_open_session(d->channel) != SSH_OK)
        return m_session.error(Error::Code::Remote,
            QCoreApplication::translate("mig::transport", "The server refused to open a session channel."));
    logPhase("channel open");
    const QByteArray utf8 = command.toUtf8();
    if (ssh_channel_request_exec(d->channel, utf8.constData()) != SSH_OK)
        return m_session.error(Error::Code::Remote,
            QCoreApplication::translate("mig::transport", "The server refused to run the command %1.").arg(command));
    logPhase("exec accepted", shortCommand(command));
    d->event = ssh_event_new();
    if (!d->event || ssh_event_add_session(d->event, session) != SSH_OK)
        return m_session.error(Error::Code::Internal,
            QCoreApplication::translate("mig::transport", "Could not watch the SSH connection."));
    d->sinceKeepalive.start();
    return {};
}

Expected<void> ExecChannel::checkAlive()
{
    ssh_session session = m_session.handle();
    if (!session || !ssh_is_connected(session) || (ssh_get_status(session) & (SSH_CLOSED | SSH_CLOSED_ERROR))) {
        Error lost = m_session.error(Error::Code::Network,
            QCoreApplication::translate("mig::transport", "The connection to %1 was lost while running %2.")
                .arg(m_session.options().target.host, m_command));
        close();
        return lost;
    }
    return {};
}

Expected<void> ExecChannel::pump(int timeoutMs)
{
    if (d->sinceKeepalive.elapsed() >= kKeepaliveMs) {
        // Unacknowledged keepalive data makes TCP_USER_TIMEOUT fire when the peer is gone.
        ssh_send_keepalive(m_session.handle());
        d->sinceKeepalive.restart();
    }
    const int rc = ssh_event_dopoll(d->event, timeoutMs);
    if (rc == SSH_ERROR) {
        if (Expected<void> alive = checkAlive(); !alive)
            return alive;
    }
    return checkAlive();
}

Expected<void> ExecChannel::write(const QByteArray &bytes)
{
    if (!d->channel)
        return Error { Error::Code::Internal,
            QCoreApplication::translate("mig::transport", "The remote command is not running."), {} };
    const char *data = bytes.constData();
    quint64 remaining = quint64(bytes.size());
    while (remaining > 0) {
        if (m_cancel)
            return canceledError();
        // Non-blocking look at the socket first: window adjustments and output are processed
        // continuously instead of only after the window has run dry.
        if (Expected<void> pumped = pump(0); !pumped)
            return pumped;
        if (remoteEnded()) {
            return Error { Error::Code::Remote,
                QCoreApplication::translate(
                    "mig::transport", "The remote command %1 stopped reading its input after %2 bytes.")
                    .arg(m_command)
                    .arg(m_bytesWritten),
                {} };
        }
        const quint32 window = ssh_channel_window_size(d->channel);
        if (window == 0) {
            if (Expected<void> pumped = pump(kPollSliceMs); !pumped)
                return pumped;
            continue;
        }
        const quint32 block = quint32(std::min<quint64>({ remaining, window, kWriteBlock }));
        // Non-blocking for the write itself: libssh then encrypts the block into its socket
        // buffer and leaves what the kernel does not take yet to the next pump() (POLLOUT)
        // instead of waiting for the flush before encrypting more. That roughly doubles
        // throughput; memory stays bounded because the block never exceeds the channel window.
        ssh_set_blocking(m_session.handle(), 0);
        int written = ssh_channel_write(d->channel, data, block);
        ssh_set_blocking(m_session.handle(), 1);
        if (written == SSH_AGAIN)
            written = 0;
        if (written == SSH_ERROR) {
            if (Expected<void> alive = checkAlive(); !alive)
                return alive;
            return m_session.error(Error::Code::Remote,
                QCoreApplication::translate("mig::transport", "Writing to the remote command %1 failed.")
                    .arg(m_command));
        }
        if (m_bytesWritten == 0 && written > 0)
            logPhase("first byte sent", shortCommand(m_command));
        data += written;
        remaining -= quint64(written);
        m_bytesWritten += quint64(written);
        if (written > 0)
            d->sinceKeepalive.restart();
    }
    return {};
}

Expected<void> ExecChannel::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (!d->channel)
        return Error { Error::Code::Internal,
            QCoreApplication::translate("mig::transport", "The remote command is not running."), {} };
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (m_cancel)
            return canceledError();
        if (remoteEnded())
            return Error { Error::Code::Remote,
                QCoreApplication::translate("mig::transport", "The remote command %1 ended before it answered.")
                    .arg(shortCommand(m_command)),
                {} };
        if (timer.elapsed() > timeoutMs)
            return Error { Error::Code::Network,
                QCoreApplication::translate("mig::transport", "The remote command %1 did not answer within %2 seconds.")
                    .arg(shortCommand(m_command))
                    .arg(timeoutMs / 1000),
                {} };
        // Returns as soon as output arrives; the slice only bounds how late cancel() is seen.
        if (Expected<void> pumped = pump(kPollSliceMs); !pumped)
            return pumped;
    }
    return {};
}

Expected<void> ExecChannel::waitForOutput(const std::function<bool()> &done, int timeoutMs)
{
    if (!d->channel)
        return Error { Error::Code::Internal,
            QCoreApplication::translate("mig::transport", "The remote command is not running."), {} };
    QElapsedTimer timer;
    timer.start();
    while (!done() && !outputEnded()) {
        if (m_cancel)
            return canceledError();
        if (timer.elapsed() > timeoutMs)
            return Error { Error::Code::Network,
                QCoreApplication::translate("mig::transport", "The remote command %1 sent nothing for %2 seconds.")
                    .arg(shortCommand(m_command))
                    .arg(timeoutMs / 1000),
                {} };
        if (Expected<void> pumped = pump(kPollSliceMs); !pumped)
            return pumped;
    }
    return {};
}

Expected<int> ExecChannel::finish(int timeoutMs)
{
    if (!d->channel)
        return Error { Error::Code::Internal,
            QCoreApplication::translate("mig::transport", "The remote command is not running."), {} };
    if (!m_eofSent && !m_remoteClosed) {
        ssh_channel_send_eof(d->channel);
        m_eofSent = true;
        logPhase("last byte sent", QStringLiteral("(%1 bytes, EOF) %2").arg(m_bytesWritten).arg(shortCommand(m_command)));
    }
    QElapsedTimer timer;
    timer.start();
    // OpenSSH sends the remaining output, then exit-status, EOF and close: waiting for the close
    // makes sure every stderr line has been handed to the handler.
    while (!m_remoteClosed) {
        if (m_cancel)
            return canceledError();
        if (timeoutMs >= 0 && timer.elapsed() > timeoutMs) {
            close();
            return Error { Error::Code::Network,
                QCoreApplication::translate("mig::transport", "The remote command %1 did not finish within %2 seconds.")
                    .arg(m_command)
                    .arg(timeoutMs / 1000),
                {} };
        }
        if (Expected<void> pumped = pump(kPollSliceMs); !pumped) {
            // A session torn down right after the exit status still gives a usable result.
            if (m_exitStatus >= 0)
                break;
            return pumped.error();
        }
    }
    logPhase("remote command ended", QStringLiteral("(status %1) %2").arg(m_exitStatus).arg(shortCommand(m_command)));
    close();
    if (!m_exitSignal.isEmpty())
        return Error { Error::Code::Remote,
            QCoreApplication::translate("mig::transport", "The remote command %1 was killed by signal %2.")
                .arg(m_command, m_exitSignal),
            {} };
    if (m_exitStatus < 0)
        return Error { Error::Code::Remote,
            QCoreApplication::translate("mig::transport", "The remote command %1 ended without an exit status.")
                .arg(m_command),
            {} };
    return m_exitStatus;
}

} // namespace mig::transport
