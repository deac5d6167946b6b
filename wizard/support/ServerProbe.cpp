#include "support/ServerProbe.h"

#include "migration/ServerSession.h"
#include "transport/SshSession.h"

#include <QPointer>
#include <QtConcurrent>

namespace mig::wizard {

QFuture<ServerProbeResult> probeServer(QObject *context, const migration::ServerConnection &server,
                                       const QString &secret, const QString &acceptedFingerprint,
                                       std::function<bool(const transport::HostKeyInfo &)> confirmHostKey)
{
    QPointer<QObject> guard(context);
    const QByteArray secretBytes = secret.toUtf8();
    return QtConcurrent::run([guard, server, secretBytes, acceptedFingerprint, confirmHostKey]() mutable {
        ServerProbeResult result;
        transport::SessionOptions options = migration::sessionOptions(server);
        options.acceptedFingerprint = acceptedFingerprint;
        options.connectTimeoutSeconds = 10;
        options.ioTimeoutSeconds = 30;
        options.confirmHostKey = [&](const transport::HostKeyInfo &key) {
            bool accepted = false;
            if (guard) {
                // Blocks this worker until the GUI thread answered; if the context is deleted
                // meanwhile Qt releases the wait and the key counts as refused.
                QMetaObject::invokeMethod(
                    guard.data(), [&] { return confirmHostKey(key); }, Qt::BlockingQueuedConnection, &accepted);
            }
            result.hostKeyConfirmed = accepted;
            return accepted;
        };
        if (!secretBytes.isEmpty()) {
            options.askSecret = [secretBytes](transport::SecretKind, const QString &, bool) {
                return std::optional<transport::SecretBytes>(transport::SecretBytes(secretBytes));
            };
        }
        transport::SshSession session(options);
        if (Expected<void> connected = session.connect(); !connected) {
            result.error = connected.error().fullText();
            result.errorCode = connected.error().code;
            return result;
        }
        result.connected = true;
        result.authMethod = session.authMethod();
        transport::DiscoveryOptions discovery;
        discovery.sudo = server.useSudo;
        Expected<transport::ServerReport> report = transport::checkServer(session, discovery, {});
        if (!report) {
            result.error = report.error().fullText();
            result.errorCode = report.error().code;
        } else {
            result.report = *report;
        }
        return result;
    });
}

} // namespace mig::wizard
