#include "support/GuiThreadRelay.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QObject>
#include <QThread>

namespace mig::wizard {

GuiThreadRelay::GuiThreadRelay(QObject *context)
    : m_context(context)
    , m_thread(context->thread())
{
}

bool GuiThreadRelay::run(const std::function<void()> &task)
{
    if (QThread::currentThread() == m_thread) {
        // Already on the GUI thread (nothing to wait for): taking m_askMutex here could wait for a
        // worker that itself waits for this thread.
        if (m_closed)
            return false;
        task();
        return true;
    }
    QMutexLocker ask(&m_askMutex);
    auto done = std::make_shared<bool>(false);
    QMutexLocker lock(&m_mutex);
    if (m_closed)
        return false;
    auto self = shared_from_this();
    QMetaObject::invokeMethod(
        m_context,
        [self, done, task] {
            {
                QMutexLocker closedLock(&self->m_mutex);
                if (self->m_closed)
                    return;
            }
            task();
            QMutexLocker finishedLock(&self->m_mutex);
            *done = true;
            self->m_finished.wakeAll();
        },
        Qt::QueuedConnection);
    while (!*done && !m_closed)
        m_finished.wait(&m_mutex);
    return *done;
}

void GuiThreadRelay::close()
{
    QMutexLocker lock(&m_mutex);
    m_closed = true;
    m_finished.wakeAll();
}

} // namespace mig::wizard
