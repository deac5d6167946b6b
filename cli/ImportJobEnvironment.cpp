#include "cli/ImportJobEnvironment.h"

#include "cli/ImportSshOptions.h"

#include <QCoreApplication>

namespace mig::cli {

ImportJobEnvironment::ImportJobEnvironment(CommandContext &ctx)
    : m_ctx(ctx)
{
}

bool ImportJobEnvironment::stopRequested() const
{
    if (m_interrupts.count() == 0)
        return false;
    if (!m_noticed.exchange(true)) {
        m_interrupts.letNextInterruptKill();
        QMutexLocker lock(&m_printMutex);
        m_ctx.err << '\n'
                  << QCoreApplication::translate(
                         "mig::cli", "Stopping after the current message (Ctrl+C again to quit at once) ...")
                  << Qt::endl;
    }
    return true;
}

void ImportJobEnvironment::log(int, const QString &line)
{
    QMutexLocker lock(&m_printMutex);
    m_ctx.err << line << Qt::endl;
}

void ImportJobEnvironment::importerEvent(int, const transport::ImportEvent &event)
{
    QMutexLocker lock(&m_printMutex);
    printImportEvent(event, m_ctx);
}

} // namespace mig::cli
