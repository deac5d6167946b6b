#include "support/ServerProbe.h"

#include "migration/ServerSession.h"
#include "transport/SshSession.h"

#include <QPointer>
#include <QtConcurrent>

namespace mig::wizard {

transport::SessionOptions interactiveSessionOptions(const migration::ServerConnection &server, QPointer<QObject> guard,
                                                    const QByteArray &secret,
                                                    std::function<bool(const transport::HostKeyInfo &)> confirmHostKey,
                                                    bool *confirmed)
{
    transport::SessionOptions options = migration::sessionOptions(server);
    options.confirmHostKey = [guard, confirmHostKey, confirmed](const transport::HostKeyInfo &key) {
        bool accepted = false;
        if (guard) {
            // Blocks the worker until the GUI thread answered; if the context is deleted
            // meanwhile Qt releases the wait and the key counts as refused.
            QMetaObject::invokeMethod(
                guard.data(), [&] { return confirmHostKey(key); }, Qt::BlockingQueuedConnection, &accepted);
        }
        if (confirmed)
            *confirmed = accepted;
        return accepted;
    };
    if (!secret.isEmpty()) {
        options.askSecret = [secret](transport::SecretKind, const QString &, bool) {
            return std::optional<transport::SecretBytes>(transport::SecretBytes(secret));
        };
    }
    return options;
}

QFuture<ServerProbeResult> probeServer(QObject *context, const migration::ServerConnection &server,
                                       const QString &secret, const QString &acceptedFingerprint,
                                       std::function<bool(const transport::HostKeyInfo &)> confirmHostKey)
{
    QPointer<QObject> guard(context);
    const QByteArray secretBytes = secret.toUtf8();
    return QtConcurrent::run([guard, server, secretBytes, acceptedFingerprint, confirmHostKey]() mutable {
        ServerProbeResult result;
        transport::SessionOptions options
            = interactiveSessionOptions(server, guard, secretBytes, confirmHostKey, &result.hostKeyConfirmed);
        options.acceptedFingerprint = acceptedFingerprint;
        options.connectTimeoutSeconds = 10;
        options.ioTimeoutSeconds = 30;
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
