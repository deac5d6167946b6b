#pragma once

#include "core/Error.h"
#include "migration/Plan.h"
#include "transport/ServerCheck.h"
#include "transport/SshSession.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace mig::wizard {

/// Outcome of the server page's "Test connection".
struct ServerProbeResult {
    bool connected = false;
    QString error;                            ///< why it failed (translated, with the library text)
    std::optional<Error::Code> errorCode;     ///< the failure's kind (Auth: the credentials were refused)
    std::optional<transport::ServerReport> report;
    QString authMethod;
    bool hostKeyConfirmed = false;            ///< the user accepted an unknown host key just now
};

/// SSH options for a session a worker thread opens on the user's behalf: an unknown host key is
/// put to confirmHostKey on guard's thread while the worker waits (a guard deleted meanwhile
/// refuses it; *confirmed, when given, records the answer), and a non-empty secret answers the
/// password or key passphrase question. Timeouts are the caller's.
transport::SessionOptions interactiveSessionOptions(const migration::ServerConnection &server, QPointer<QObject> guard,
                                                    const QByteArray &secret,
                                                    std::function<bool(const transport::HostKeyInfo &)> confirmHostKey,
                                                    bool *confirmed = nullptr);

/// Connects to the plan's server on a worker thread (transport::SshSession + checkServer) and
/// asks the GUI thread, through confirmHostKey, about an unknown host key: the worker blocks
/// while the GUI thread shows the question, the GUI thread never blocks on the network.
/// confirmHostKey runs on context's thread; secret is the password or key passphrase typed.
QFuture<ServerProbeResult> probeServer(QObject *context, const migration::ServerConnection &server,
                                       const QString &secret, const QString &acceptedFingerprint,
                                       std::function<bool(const transport::HostKeyInfo &)> confirmHostKey);

} // namespace mig::wizard
