#include "PhaseLog.h"

#include <QElapsedTimer>

namespace mig::transport {

Q_LOGGING_CATEGORY(lcPhases, "mig.transport.phases", QtInfoMsg)

namespace {

/// One clock for the process, started by the first logged phase (the connect, in practice).
qint64 elapsedNanoseconds()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.nsecsElapsed();
}

bool environmentAsksForTimings()
{
    static const bool asked = qEnvironmentVariableIntValue("MIG_SSH_TIMINGS") != 0;
    return asked;
}

} // namespace

void enablePhaseLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("mig.transport.phases.debug=true"));
}

void logPhase(const char *phase, const QString &detail)
{
    if (environmentAsksForTimings() && !lcPhases().isDebugEnabled())
        enablePhaseLog();
    if (!lcPhases().isDebugEnabled())
        return;
    const double seconds = double(elapsedNanoseconds()) / 1e9;
    if (detail.isEmpty())
        qCDebug(lcPhases, "+%.3f s %s", seconds, phase);
    else
        qCDebug(lcPhases, "+%.3f s %s %s", seconds, phase, qPrintable(detail));
}

} // namespace mig::transport
