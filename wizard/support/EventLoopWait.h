#pragma once

#include <functional>

namespace mig::wizard {

/// Runs the GUI thread's event loop until done() holds or timeoutMs have passed (false then).
/// For driving the wizard without a user (screenshots, benchmarks): the workers report through
/// queued signals, so waiting must keep the loop turning. Checks done() every 10 ms.
bool processEventsUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace mig::wizard
