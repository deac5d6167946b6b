#pragma once

#include "cli/CommandContext.h"

namespace mig::cli {

/// `directory --ldap URI --base DN [options] [--json]`: lists the users of an LDAP directory or
/// Active Directory domain as a text table, or as JSON
/// [{"dn", "login", "mail", "aliases": [], "display_name", "disabled"}].
/// Exit codes: ExitOk, ExitUsage (bad options), ExitFailure (connection, bind or search failed).
int directoryCommand(CommandContext &ctx);

} // namespace mig::cli
