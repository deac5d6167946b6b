#pragma once

#include "directory/AttributeMapping.h"

#include <QString>

namespace mig::directory {

/// How to reach and read a directory. Plain value type, any thread. The password is kept in memory
/// only as long as the settings live and is never logged or put into an error text.
struct LdapSettings {
    QString uri;    ///< ldap://host[:port] or ldaps://host[:port]
    QString baseDn; ///< search base, e.g. dc=example,dc=org
    QString bindDn; ///< empty: anonymous bind
    QString password;
    bool startTls = false;    ///< upgrade an ldap:// connection with StartTLS (required to succeed)
    bool insecureTls = false; ///< accept any server certificate (self-signed test servers only)
    QString caCertFile;       ///< PEM file with the CA to trust; empty: the system's CAs
    AttributeMapping mapping = AttributeMapping::openLdap();
    int timeoutSeconds = 10; ///< connect, bind, and the longest wait for the next search result
    int pageSize = 250;      ///< RFC 2696 page size; below every common server size limit
};

} // namespace mig::directory
