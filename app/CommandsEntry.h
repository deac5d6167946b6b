#pragma once

// The one entry point of the command library (grommunio-migrate-commands): every headless command
// with everything it needs (SSH, LDAP, IMAP, MIME, calendars). The executable runs --version and
// the conversion of PST/OST files itself and opens this library for anything else, so that those
// start without loading some forty shared libraries they never use (issue 20). Both sides include
// this header; nothing else crosses the boundary.

#include <QStringList>

namespace mig::app {

/// The exported symbol's name and type. Needs the executable's QCoreApplication.
inline constexpr char kCommandsEntrySymbol[] = "migCommandsMain";
using CommandsEntryFunction = int (*)(const QStringList *arguments);

} // namespace mig::app
