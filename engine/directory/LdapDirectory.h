#pragma once

#include "core/Expected.h"
#include "directory/LdapSettings.h"
#include "directory/UserRecord.h"

#include <functional>
#include <memory>
#include <vector>

namespace mig::directory {

/// Polled about four times a second while waiting for the server; returning true cancels the
/// operation, which then fails with Error::Code::Canceled.
using CancelCheck = std::function<bool()>;

/// One bound connection to an LDAP server or Active Directory domain controller; the only code
/// that calls libldap. Blocking: use it from a worker thread, one thread at a time per object.
/// Cancellation (CancelCheck) lands within about 250 ms while waiting for the server.
class LdapDirectory final {
public:
    /// Connects to settings.uri, applies TLS (ldaps://, or StartTLS when settings.startTls),
    /// and binds (simple bind with bindDn/password, anonymous when bindDn is empty).
    /// Errors: InvalidArgument (bad URI, bind DN without password), Network (server down or not
    /// answering within settings.timeoutSeconds, TLS failure), Auth (wrong DN or password, server
    /// demands TLS/authentication), Canceled.
    static Expected<std::unique_ptr<LdapDirectory>> connect(const LdapSettings &settings,
                                                            const CancelCheck &cancel = {});
    ~LdapDirectory();
    LdapDirectory(const LdapDirectory &) = delete;
    LdapDirectory &operator=(const LdapDirectory &) = delete;

    /// Every entry below the base DN that matches the mapping's filter, read page by page
    /// (RFC 2696) so directories larger than the server's size limit come back whole.
    /// Errors: NotFound (base DN does not exist), InvalidArgument (bad filter or DN syntax),
    /// AccessDenied, Network (connection lost or no answer within the timeout), Remote (the
    /// server's size limit was hit because it does not support paging), Canceled.
    Expected<std::vector<UserRecord>> users(const CancelCheck &cancel = {});

private:
    struct Private;
    explicit LdapDirectory(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/// connect() then users(): the whole directory in one call. Same thread rules and errors.
Expected<std::vector<UserRecord>> fetchUsers(const LdapSettings &settings, const CancelCheck &cancel = {});

} // namespace mig::directory
