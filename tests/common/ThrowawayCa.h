#pragma once

#include <QString>

namespace mig::test {

/// Makes a throw-away CA (dir/ca.key, dir/ca.crt, named caName) and a server certificate it signed
/// for 127.0.0.1 and localhost (dir/server.key, dir/server.crt), valid two days, with openssl. The
/// TLS fixtures (slapd, dovecot) serve these. False with *error set when openssl fails.
bool makeThrowawayCa(const QString &dir, const QString &caName, QString *error);

} // namespace mig::test
