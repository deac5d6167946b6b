#pragma once

#include "sources/SourceRegistry.h"

namespace mig::imap {

/// The IMAP account kind for the source registry: a location imaps://LOGIN@HOST[:PORT] or
/// imap://LOGIN@HOST[:PORT]; options as in ImapSourceSettings; the password from ImapPrompts.
sources::SourceKind imapSourceKind();

} // namespace mig::imap
