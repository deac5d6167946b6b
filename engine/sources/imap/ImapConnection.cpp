#include "ImapConnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslConfiguration>
#include <QSslSocket>

namespace mig::imap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mig::imap", text);
}

QString normalizedFingerprint(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        text = text.mid(7);
    while (text.endsWith(QLatin1Char('=')))
        text.chop(1);
    return text;
}

} // namespace

QString certificateFingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

ImapConnection::ImapConnection(ImapAccount account, ImapTlsTrust trust, int timeoutMs)
    : m_account(std::move(account))
    , m_trust(std::move(trust))
    , m_timeoutMs(timeoutMs)
{
}

ImapConnection::~ImapConnection()
{
    close();
}

Error ImapConnection::networkError(const QString &what) const
{
    return Error{Error::Code::Network,
                 tr("IMAP server %1:%2: %3").arg(m_account.host).arg(m_account.port).arg(what),
                 m_socket ? m_socket->errorString() : QString()};
}

Expected<void> ImapConnection::configureTls()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_trust.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_trust.caFile, QSsl::Pem);
        if (cas.isEmpty())
            return Error{Error::Code::InvalidArgument,
                         tr("the CA file %1 cannot be read or holds no PEM certificate").arg(m_trust.caFile), {}};
        config.addCaCertificates(cas);
    }
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_account.host);
    return {};
}

void ImapConnection::onSslErrors(const QList<QSslError> &errors)
{
    m_peerCertificate = m_socket->peerCertificate();
    const QString accepted = normalizedFingerprint(m_trust.acceptedFingerprint);
    if (!accepted.isEmpty() && !m_peerCertificate.isNull()
        && accepted == normalizedFingerprint(certificateFingerprint(m_peerCertificate))) {
        // The user confirmed exactly this certificate (like an SSH host key): its verification
        // errors are expected and accepted, and only for this certificate.
        m_socket->ignoreSslErrors(errors);
        return;
    }
    m_rejectedErrors = errors;
}

Expected<void> ImapConnection::open()
{
    close();
    m_socket = std::make_unique<QSslSocket>();
    m_rejectedErrors.clear();
    QObject::connect(m_socket.get(), &QSslSocket::sslErrors, m_socket.get(),
                     [this](const QList<QSslError> &errors) { onSslErrors(errors); }, Qt::DirectConnection);
    if (m_account.security == ImapSecurity::ImplicitTls) {
        if (auto configured = configureTls(); !configured)
            return configured;
        m_socket->connectToHostEncrypted(m_account.host, m_account.port, m_account.host);
        if (!m_socket->waitForConnected(m_timeoutMs))
            return networkError(tr("cannot connect"));
        return waitForEncrypted();
    }
    m_socket->connectToHost(m_account.host, m_account.port);
    if (!m_socket->waitForConnected(m_timeoutMs))
        return networkError(tr("cannot connect"));
    return {};
}

Expected<void> ImapConnection::startTls()
{
    if (auto configured = configureTls(); !configured)
        return configured;
    m_socket->startClientEncryption();
    return waitForEncrypted();
}

Expected<void> ImapConnection::waitForEncrypted()
{
    if (m_socket->waitForEncrypted(m_timeoutMs)) {
        m_peerCertificate = m_socket->peerCertificate();
        return {};
    }
    if (m_peerCertificate.isNull())
        m_peerCertificate = m_socket->peerCertificate();
    if (!m_rejectedErrors.isEmpty() && !m_peerCertificate.isNull()) {
        QStringList reasons;
        for (const QSslError &error : std::as_const(m_rejectedErrors))
            reasons << error.errorString();
        return Error{Error::Code::HostKey,
                     tr("the TLS certificate of %1:%2 is not trusted (%3); its fingerprint is %4. Accept it only "
                        "after checking this fingerprint with the server's administrator, or give the CA file")
                         .arg(m_account.host)
                         .arg(m_account.port)
                         .arg(reasons.join(QLatin1String("; ")), certificateFingerprint(m_peerCertificate)),
                     {}};
    }
    return networkError(tr("the TLS handshake failed"));
}

Expected<void> ImapConnection::writeRaw(const QByteArray &bytes)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return networkError(tr("the connection is closed"));
    if (m_socket->write(bytes) != bytes.size())
        return networkError(tr("cannot send"));
    // Flush so that a pipelined command reaches the server while we read earlier answers.
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(m_timeoutMs))
            return networkError(tr("sending timed out"));
    }
    return {};
}

Expected<void> ImapConnection::writeLine(const QByteArray &line)
{
    return writeRaw(line + "\r\n");
}

Expected<void> ImapConnection::waitForData(const QString &waitingFor)
{
    if (m_socket->bytesAvailable() > 0)
        return {};
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return networkError(tr("the server closed the connection while waiting for %1").arg(waitingFor));
    if (m_socket->waitForReadyRead(m_timeoutMs))
        return {};
    if (m_socket->state() != QAbstractSocket::ConnectedState || m_socket->error() != QAbstractSocket::SocketTimeoutError)
        return networkError(tr("the connection was lost while waiting for %1").arg(waitingFor));
    return networkError(tr("no answer within %1 s while waiting for %2").arg(m_timeoutMs / 1000).arg(waitingFor));
}

Expected<QByteArray> ImapConnection::readLine(const QString &waitingFor)
{
    QByteArray line;
    for (;;) {
        if (m_socket->canReadLine()) {
            line += m_socket->readLine(maxLineLength + 2);
            if (line.endsWith('\n'))
                break;
        } else if (m_socket->bytesAvailable() > 0) {
            // Part of a line: no newline is buffered, so taking everything cannot overrun it.
            line += m_socket->read(maxLineLength + 1);
        }
        if (line.size() <= maxLineLength && !m_socket->canReadLine() && m_socket->bytesAvailable() == 0) {
            if (auto ready = waitForData(waitingFor); !ready)
                return ready.error();
        }
        if (line.size() > maxLineLength)
            return Error{Error::Code::Remote, tr("IMAP server %1: a response line is longer than %2 bytes")
                                                  .arg(m_account.host).arg(maxLineLength), {}};
    }
    line.chop(line.endsWith("\r\n") ? 2 : 1);
    return line;
}

Expected<QByteArray> ImapConnection::readLiteral(qint64 size, const QString &waitingFor)
{
    if (size > maxLiteralSize)
        return Error{Error::Code::Remote, tr("IMAP server %1: a literal of %2 bytes exceeds the limit of %3 bytes")
                                              .arg(m_account.host).arg(size).arg(maxLiteralSize), {}};
    // Read straight into the final buffer, chunk by chunk as the data arrives: one copy of the
    // message in memory, no intermediate buffering.
    QByteArray data(size, Qt::Uninitialized);
    qint64 filled = 0;
    while (filled < size) {
        if (auto ready = waitForData(waitingFor); !ready)
            return ready.error();
        const qint64 got = m_socket->read(data.data() + filled, size - filled);
        if (got < 0)
            return networkError(tr("cannot read from the connection"));
        filled += got;
    }
    return data;
}

Expected<RawResponse> ImapConnection::readResponse(const QString &waitingFor)
{
    if (!m_socket)
        return networkError(tr("the connection is closed"));
    RawResponse response;
    for (;;) {
        auto line = readLine(waitingFor);
        if (!line)
            return line.error();
        const qint64 literalSize = trailingLiteralSize(*line);
        response.lines.append(std::move(*line));
        if (literalSize < 0)
            return response;
        auto literal = readLiteral(literalSize, waitingFor);
        if (!literal)
            return literal.error();
        response.literals.append(std::move(*literal));
    }
}

void ImapConnection::close()
{
    if (!m_socket)
        return;
    m_socket->abort();
    m_socket.reset();
}

bool ImapConnection::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QString ImapConnection::peerFingerprint() const
{
    return m_peerCertificate.isNull() ? QString() : certificateFingerprint(m_peerCertificate);
}

} // namespace mig::imap
