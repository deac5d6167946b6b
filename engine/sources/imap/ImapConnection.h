#pragma once

#include "ImapAccount.h"
#include "ImapResponse.h"
#include "core/Expected.h"

#include <QSslCertificate>
#include <QSslError>

#include <memory>

class QSslSocket;

namespace mig::imap {

/// What makes a server certificate trusted besides the system's CA store.
struct ImapTlsTrust {
    QString caFile;            ///< PEM file with extra CA certificates (a company or test CA)
    /// "SHA256:<base64>" (the form OpenSSH prints) of a certificate the user confirmed; accepted
    /// even when it does not verify (self-signed, unknown CA, other host name).
    QString acceptedFingerprint;
};

/// "SHA256:<base64 without padding>" of a certificate's DER encoding.
QString certificateFingerprint(const QSslCertificate &certificate);

/// The byte level of an IMAP connection on QSslSocket: connect (plain or implicit TLS), upgrade
/// with STARTTLS, write command lines, read whole responses with their literals. Blocking (with
/// an inactivity timeout on every wait), for use from one worker thread; not thread-safe.
/// Certificate problems are never ignored silently: a certificate that does not verify is only
/// accepted when its fingerprint equals ImapTlsTrust::acceptedFingerprint, and the error names the
/// fingerprint so the user can confirm it.
class ImapConnection final {
public:
    ImapConnection(ImapAccount account, ImapTlsTrust trust, int timeoutMs);
    ~ImapConnection();
    ImapConnection(const ImapConnection &) = delete;
    ImapConnection &operator=(const ImapConnection &) = delete;

    /// Opens the TCP connection, with the TLS handshake first for ImplicitTls.
    Expected<void> open();
    /// The TLS handshake on the open connection (after the server's OK to STARTTLS).
    Expected<void> startTls();
    Expected<void> writeLine(const QByteArray &line);
    /// Raw bytes (a literal's data); the caller adds the CRLF of the line it continues.
    Expected<void> writeRaw(const QByteArray &bytes);
    /// Reads one whole response; waitingFor names the command in a timeout message.
    Expected<RawResponse> readResponse(const QString &waitingFor);
    void close();

    bool isEncrypted() const;
    /// The server certificate's fingerprint once TLS was negotiated (or attempted).
    QString peerFingerprint() const;
    const ImapAccount &account() const { return m_account; }

    /// Longest response line accepted (literals excluded); longer lines are a protocol error.
    static constexpr qsizetype maxLineLength = 1 << 20;
    /// Largest literal accepted (a message); memory is bounded by this one literal.
    static constexpr qint64 maxLiteralSize = qint64(1) << 30;

private:
    Expected<void> configureTls();
    Expected<void> waitForEncrypted();
    Expected<QByteArray> readLine(const QString &waitingFor);
    Expected<QByteArray> readLiteral(qint64 size, const QString &waitingFor);
    Expected<void> waitForData(const QString &waitingFor);
    Error networkError(const QString &what) const;
    void onSslErrors(const QList<QSslError> &errors);

    ImapAccount m_account;
    ImapTlsTrust m_trust;
    int m_timeoutMs;
    std::unique_ptr<QSslSocket> m_socket;
    QList<QSslError> m_rejectedErrors;
    QSslCertificate m_peerCertificate;
};

} // namespace mig::imap
