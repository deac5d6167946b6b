#pragma once

#include "sources/SourceRegistry.h"

namespace mig::mime {

// The Internet mail kinds for the source registry. Each is chosen by content and layout, never by
// the extension alone (an extension that fits only makes the kind answer 1-9, so that it still
// opens the location and says precisely what is wrong).

/// "eml": a single RFC 5322 message file, or a folder tree of .eml files.
sources::SourceKind emlSourceKind();
/// "mbox": an mbox file (mboxo, mboxrd, mboxcl2, Thunderbird), or a mail client's folder tree
/// of mbox files (Thunderbird/Evolution local folders, Apple Mail ".mbox" bundles).
sources::SourceKind mboxSourceKind();
/// "maildir": a Maildir / Maildir++ tree (cur/ and new/).
sources::SourceKind maildirSourceKind();

} // namespace mig::mime
