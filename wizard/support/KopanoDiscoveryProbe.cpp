#include "support/KopanoDiscoveryProbe.h"

#include "migration/ServerSession.h"
#include "support/ServerProbe.h"

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
        transport::SessionOptions options = interactiveSessionOptions(host, guard, secretBytes, confirmHostKey);
        options.connectTimeoutSeconds = 10;
        options.ioTimeoutSeconds = 60;
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
