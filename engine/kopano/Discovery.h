#pragma once

#include "core/Expected.h"
#include "kopano/KopanoUser.h"

#include <QStringList>

#include <functional>

namespace mig::transport {
class SshSession;
}

namespace mig::kopano {

struct Discovery {
    QList<KopanoUser> users;
    QStringList problems; ///< one line per user whose details could not be read (the others are listed)
};

/// Lists the users of a Kopano server over an SSH session on the Kopano host: `kopano-admin -l`,
/// then `kopano-admin --details <login>` for each (the steps of create_k2g_migration_lists.sh).
/// Fails when kopano-admin -l fails (missing tool, server down: its own message is in the
/// error); a user whose details fail is left out and named in problems.
Expected<Discovery> discoverUsers(transport::SshSession &session, bool useSudo,
                                  const std::function<void(const QString &)> &log = {});

} // namespace mig::kopano
