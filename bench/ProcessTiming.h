#pragma once

// Whole-process figures of one run of a program, taken from the kernel's accounting of the
// finished child (wait4): what a user waits for, start-up included.

#include <QString>
#include <QStringList>

#include <vector>

namespace mig::bench {

struct ProcessRun {
    bool ok = false;       ///< started and exited with status 0
    double wallSeconds = 0;
    double cpuSeconds = 0; ///< user + system
    double peakRssMb = 0;  ///< the child's maximum resident set size
};

/// Runs program with arguments, its standard output and error sent to /dev/null, and waits for it.
ProcessRun runOnce(const QString &program, const QStringList &arguments);

/// The median of values (0 when empty).
double median(std::vector<double> values);

} // namespace mig::bench
