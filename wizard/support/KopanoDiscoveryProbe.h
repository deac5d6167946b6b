#pragma once

#include "kopano/Discovery.h"
#include "migration/Plan.h"
#include "transport/SshSession.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>

namespace mig::wizard {

/// Outcome of the Kopano dialog's "Discover".
struct KopanoDiscoveryResult {
    bool ok = false;
    QString error;            ///< why nothing could be listed (translated, with the server's own words)
    kopano::Discovery found;  ///< the users; found.problems names users whose details failed
};

/// Lists the users of a Kopano server on a worker thread: an SSH session to the Kopano host
/// (host key checked against known hosts; an unknown key is put to confirmHostKey on context's
/// thread while the worker waits, as the server page does) and kopano::discoverUsers().
/// secret answers password and passphrase prompts; empty = key file or agent only.
QFuture<KopanoDiscoveryResult> discoverKopano(QObject *context, const migration::ServerConnection &host,
                                             const QString &secret,
                                             std::function<bool(const transport::HostKeyInfo &)> confirmHostKey);

} // namespace mig::wizard
