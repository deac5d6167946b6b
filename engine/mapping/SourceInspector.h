#pragma once

#include "core/Expected.h"
#include "mapping/SourceDescriptor.h"

namespace mig::mapping {

/// How many Sent Items messages inspectSource() reads at most: enough for a clear majority,
/// cheap even for stores with tens of thousands of sent messages.
inline constexpr int SentItemsSample = 25;

/// Fills source.dominantSender from the source itself: opens a PST/OST file read-only
/// (engine/sources), reads up to SentItemsSample messages of its Sent Items folder and takes the
/// SMTP sender address that a strict majority of them carry (Exchange X.500 senders without an
/// SMTP address do not count). Leaves the field empty when there is no Sent Items folder, no
/// SMTP sender, or no majority. Other kinds of source are left unchanged.
/// The PST reader does not expose the message store's display name yet, so storeDisplayName is
/// not filled here. Errors: the source's open error (NotFound, Unsupported, Corrupt, ...).
/// Blocking file I/O; any thread.
Expected<void> inspectSource(SourceDescriptor &source);

} // namespace mig::mapping
