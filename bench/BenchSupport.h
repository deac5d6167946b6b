#pragma once

// Memory figures for the benchmarks (Linux /proc; -1 elsewhere).

#include <QByteArray>
#include <QFile>

namespace mig::bench {

/// A /proc/self/status field in KiB (VmHWM = peak RSS, VmRSS = current), -1 if unavailable.
inline qint64 procStatusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Resets VmHWM so that each run reports its own peak (Linux: "5" to clear_refs).
inline void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

} // namespace mig::bench
