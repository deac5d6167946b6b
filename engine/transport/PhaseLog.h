#pragma once

#include <QLoggingCategory>
#include <QString>

namespace mig::transport {

/// Debug-level timestamps of the SSH set-up and streaming phases (connect, authentication, each
/// remote command, channel open, first and last byte, importer exit), to see where the time of an
/// import goes. Off by default; on with enablePhaseLog() (the CLI's --verbose), the environment
/// variable MIG_SSH_TIMINGS=1, or QT_LOGGING_RULES="mig.transport.phases.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcPhases)

/// Switches the phase log on for the rest of the process.
void enablePhaseLog();

/// Logs "+S.SSS s <phase> <detail>" (seconds since the first phase of the process) when the phase
/// log is on. Thread-safe.
void logPhase(const char *phase, const QString &detail = {});

} // namespace mig::transport
