#pragma once

#include "SlapdFixture.h"

#include "directory/LdapSettings.h"

namespace mig::test {

/// Settings that bind to a SlapdFixture as its reader account (subject to the size limit),
/// searching below base, with a short timeout. For tests that link the engine.
inline directory::LdapSettings readerSettings(const QString &uri, const QString &base)
{
    directory::LdapSettings s;
    s.uri = uri;
    s.baseDn = base;
    s.bindDn = SlapdFixture::readerDn();
    s.password = SlapdFixture::readerPassword();
    s.timeoutSeconds = 5;
    return s;
}

} // namespace mig::test
