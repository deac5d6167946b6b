#pragma once

#include "sources/SourceRegistry.h"

namespace mig::sources {

/// The kinds the registry starts with, PST first. Defined in BuiltinSourceKinds.cpp with every
/// kind; its own file so that a program which reads PST files only (the executable's fast path,
/// see app/FastPathLinkage.cpp) can link a list without MIME, calendar, contact and IMAP sources,
/// and so without their libraries.
QList<SourceKind> builtinSourceKinds();

} // namespace mig::sources
