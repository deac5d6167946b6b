#pragma once

#include "core/Expected.h"

#include <QString>

namespace mig::transport {

/// Where to connect: "[user@]host[:port]" as typed on a command line or in the wizard.
/// An IPv6 address with a port is written in brackets: "root@[2001:db8::1]:2222".
struct SshTarget {
    QString user; ///< empty: the local user name (libssh's default)
    QString host;
    quint16 port = 22;

    /// Parses text; fails with InvalidArgument naming the problem (empty host, bad port).
    static Expected<SshTarget> parse(const QString &text);
    /// "user@host:port" (port omitted when 22), for messages.
    QString toString() const;
};

} // namespace mig::transport
