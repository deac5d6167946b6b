// What the executable links instead of the parts of the engine its fast path (FastPath.cpp) never
// reaches, so that it needs neither their code nor their libraries (GMime, libical, Qt Network,
// libldap). Each function here replaces the engine's function of the same name: the engine is a
// static library, and the linker takes a member from it only for a symbol no object file defines.
// The command library links the engine's own versions.
#include "directory/LdapDirectory.h"
#include "sources/BuiltinSourceKinds.h"
#include "sources/pst/PstKind.h"

#include <QCoreApplication>

namespace mig::sources {

/// The fast path converts files that cli::convertReadsPstOnly() found to be PST/OST/PAB files:
/// the full registry would open each of them as a PST as well.
QList<SourceKind> builtinSourceKinds()
{
    return { pst::pstSourceKind() };
}

} // namespace mig::sources

namespace mig::directory {

/// Never reached: cli::convertReadsPstOnly() sends every command line with --ldap to the command
/// library.
Expected<std::vector<UserRecord>> fetchUsers(const LdapSettings &, const CancelCheck &)
{
    return Error { Error::Code::Unsupported,
        QCoreApplication::translate("mig::app::Cli", "This command needs the command library for directory lookups."),
        {} };
}

} // namespace mig::directory
