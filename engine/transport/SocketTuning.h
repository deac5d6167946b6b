#pragma once

namespace mig::transport {

/// Makes a connected TCP socket notice a vanished peer (cable, NAT timeout, killed VM) within
/// seconds instead of the kernel's two-hour default: keepalive for idle phases, a user timeout for
/// data that stays unacknowledged. Best effort: options the platform lacks are left out. The only
/// place with socket headers, so the rest of the engine stays platform-neutral.
void tuneForDeadPeerDetection(long long socketHandle);

} // namespace mig::transport
