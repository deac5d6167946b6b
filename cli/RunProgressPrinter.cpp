#include "cli/RunProgressPrinter.h"

#include <QCoreApplication>

namespace mig::cli {
namespace {

constexpr qint64 kPlainProgressIntervalMs = 5000;
constexpr qint64 kRedrawIntervalMs = 250;

} // namespace

QString formatBytes(double bytes)
{
    const char *units[] = { "B", "kB", "MB", "GB", "TB" };
    int unit = 0;
    while (bytes >= 1000 && unit < 4) {
        bytes /= 1000;
        ++unit;
    }
    return QString::number(bytes, 'f', unit == 0 ? 0 : 1) + QLatin1Char(' ') + QLatin1String(units[unit]);
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("?");
    if (seconds >= 3600)
        return QStringLiteral("%1h%2m").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (seconds >= 60)
        return QStringLiteral("%1m%2s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1s").arg(seconds);
}

RunProgressPrinter::RunProgressPrinter(QTextStream &out, bool terminal, int mailboxes)
    : m_out(out)
    , m_terminal(terminal)
    , m_mailboxes(mailboxes)
{
    m_clock.start();
}

QString RunProgressPrinter::describe(const migration::MailboxProgress &p) const
{
    QString text = p.target + QStringLiteral(": ") + migration::stateLabel(p.state);
    if (p.itemsTotal > 0)
        text += QStringLiteral(" %1/%2 ").arg(p.itemsDone).arg(p.itemsTotal)
            + QCoreApplication::translate("mig::cli", "items");
    else if (p.itemsDone > 0) // a relayed Kopano store: its total is known only at its end
        text += QStringLiteral(" %1 ").arg(p.itemsDone) + QCoreApplication::translate("mig::cli", "items");
    if (p.bytesDone > 0)
        text += QStringLiteral(", ") + formatBytes(double(p.bytesDone));
    if (p.state == migration::MailboxState::Streaming && p.bytesPerSecond > 0)
        text += QStringLiteral(", ") + formatBytes(p.bytesPerSecond) + QStringLiteral("/s, ")
            + QCoreApplication::translate("mig::cli", "ETA") + QLatin1Char(' ') + formatDuration(p.etaSeconds);
    if (p.itemsFailed > 0)
        text += QStringLiteral(", ") + QCoreApplication::translate("mig::cli", "%1 failed").arg(p.itemsFailed);
    if (!p.message.isEmpty() && migration::isFinal(p.state))
        text += QStringLiteral(" (") + p.message + QLatin1Char(')');
    return text;
}

void RunProgressPrinter::update(const migration::MailboxProgress &progress)
{
    const migration::MailboxProgress previous = m_latest.value(progress.job);
    m_latest.insert(progress.job, progress);
    if (m_terminal) {
        const bool stateChanged = previous.state != progress.state;
        if (stateChanged || m_clock.elapsed() - m_lastRedrawMs >= kRedrawIntervalMs)
            redraw();
        return;
    }
    // Plain output: the log lines already announce each state; progress adds the figures while
    // streaming (every few seconds) and once more when the mailbox is finished.
    const bool finished = migration::isFinal(progress.state) && previous.state != progress.state;
    const bool streaming = progress.state == migration::MailboxState::Streaming && progress.itemsDone > 0;
    const qint64 now = m_clock.elapsed();
    if (finished
        || (streaming
            && now - m_lastPrintedMs.value(progress.job, -kPlainProgressIntervalMs) >= kPlainProgressIntervalMs)) {
        m_lastPrintedMs.insert(progress.job, now);
        m_out << describe(progress) << Qt::endl;
    }
}

void RunProgressPrinter::logLine(const QString &target, const QString &line)
{
    if (m_terminal)
        return; // the live view shows state; details are in the per-mailbox logs
    m_out << (target.isEmpty() ? QString() : target + QStringLiteral(": ")) << line << Qt::endl;
}

void RunProgressPrinter::redraw()
{
    m_lastRedrawMs = m_clock.elapsed();
    // Move to the start of the live area and rewrite it.
    if (m_drawnLines > 0)
        m_out << "\x1b[" << m_drawnLines << "F";
    int lines = 0;
    quint64 done = 0, total = 0, finished = 0;
    QList<int> jobs = m_latest.keys();
    std::sort(jobs.begin(), jobs.end());
    for (int job : jobs) {
        const migration::MailboxProgress &p = m_latest.value(job);
        done += p.itemsDone;
        total += p.itemsTotal;
        if (migration::isFinal(p.state)) {
            ++finished;
            continue;
        }
        if (p.state == migration::MailboxState::Queued)
            continue;
        m_out << "\x1b[2K" << describe(p) << '\n';
        ++lines;
    }
    m_out << "\x1b[2K"
          << QCoreApplication::translate("mig::cli", "Total: %1 of %2 mailboxes finished, %3/%4 items")
                 .arg(finished)
                 .arg(m_mailboxes)
                 .arg(done)
                 .arg(total)
          << '\n';
    ++lines;
    // Clear what is left of a longer previous drawing.
    for (int i = lines; i < m_drawnLines; ++i)
        m_out << "\x1b[2K\n";
    if (m_drawnLines > lines)
        m_out << "\x1b[" << (m_drawnLines - lines) << "F";
    m_drawnLines = lines;
    m_out << Qt::flush;
}

void RunProgressPrinter::finish()
{
    if (m_terminal)
        redraw();
    m_drawnLines = 0;
}

} // namespace mig::cli
