#include "support/KopanoDiscoveryProbe.h"

#include "migration/ServerSession.h"

#include <QPointer>
#include <QtConcurrent>

namespace mig::wizard {

QFuture<KopanoDiscoveryResult> discoverKopano(QObject *context, const migration::ServerConnection &host,
                                             const QString &secret,
                                             std::function<bool(const transport::HostKeyInfo &)> confirmHostKey)
{
    QPointer<QObject> guard(context);
    const QByteArray secretBytes = secret.toUtf8();
    return QtConcurrent::run([guard, host, secretBytes, confirmHostKey]() {
        KopanoDiscoveryResult result;
        transport::SessionOptions options = migration::sessionOptions(host);
        options.connectTimeoutSeconds = 10;
        options.ioTimeoutSeconds = 60;
        options.confirmHostKey = [&](const transport::HostKeyInfo &key) {
            bool accepted = false;
            // The worker waits for the GUI thread's answer; a dialog closed meanwhile refuses the key.
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(), [&] { return confirmHostKey(key); }, Qt::BlockingQueuedConnection, &accepted);
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
            return result;
        }
        Expected<kopano::Discovery> found = kopano::discoverUsers(session, host.useSudo);
        if (!found) {
            result.error = found.error().fullText();
            return result;
        }
        result.found = *found;
        result.ok = true;
        return result;
    });
}

} // namespace mig::wizard
