#pragma once

#include "sources/SourceRegistry.h"

namespace mig::pst {

/// The PST/OST/PAB kind for the source registry: recognised by the Outlook data file signature.
sources::SourceKind pstSourceKind();

} // namespace mig::pst
