#pragma once

#include "core/Expected.h"

#include <QString>

#include <functional>

namespace mig::transport {

class SshSession;

/// The remote command line of `grommunio-admin user create USER` (through `sudo -n` when sudo),
/// every word quoted with shellCommand(), with the sbin directories added to PATH.
QString createMailboxCommand(bool sudo, const QString &user);

/// Makes sure the mailbox of user exists on the server of session (the job's own connection: no
/// second SSH session). grommunio-admin's exit status is not trusted (grommunio's own scripts note
/// it returns 0 on failure), so the user list is asked before and after the create.
/// log receives what happened ("exists already", the create command's exit and output, "created").
/// Errors: Network (connection), Remote (the lookup is impossible, or the mailbox is still
/// missing after the create, with grommunio-admin's words).
Expected<void> ensureMailboxExists(SshSession &session, bool sudo, const QString &user,
                                   const std::function<void(const QString &)> &log);

} // namespace mig::transport
