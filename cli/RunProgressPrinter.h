#pragma once

#include "migration/Progress.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>

namespace mig::cli {

/// Shows a run's progress on the command line. On a terminal: one live line per active mailbox
/// plus a total line, redrawn in place. Otherwise (CI, cron, a pipe): plain lines for every state
/// change and, at most every few seconds per mailbox, a progress line.
class RunProgressPrinter final {
public:
    RunProgressPrinter(QTextStream &out, bool terminal, int mailboxes);

    void update(const migration::MailboxProgress &progress);
    void logLine(const QString &target, const QString &line);
    /// Leaves the live area (call before printing the final summary).
    void finish();

private:
    void redraw();
    QString describe(const migration::MailboxProgress &p) const;

    QTextStream &m_out;
    bool m_terminal;
    int m_mailboxes;
    QHash<int, migration::MailboxProgress> m_latest;
    QHash<int, qint64> m_lastPrintedMs;
    QElapsedTimer m_clock;
    int m_drawnLines = 0;
    qint64 m_lastRedrawMs = -1000;
};

/// "1.5 MB", "320 kB", "12 B".
QString formatBytes(double bytes);
/// "1h02m", "3m05s", "42s"; "?" for a negative value.
QString formatDuration(qint64 seconds);

} // namespace mig::cli
