#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <functional>
#include <memory>

class QObject;
class QThread;

namespace mig::wizard {

/// Runs a task on the GUI thread for a worker thread and waits for it, so that engine hooks called
/// on workers (IMAP passwords, certificates) can ask the user. Shared (std::shared_ptr) between
/// the owner on the GUI thread and the hooks: the owner calls close() before it goes, and a
/// worker still waiting (or coming later) returns false instead of waiting forever; that is also
/// why a worker never blocks the GUI thread's owner in its destructor.
/// Workers ask one at a time, so two sources needing the same password ask for it once.
class GuiThreadRelay final : public std::enable_shared_from_this<GuiThreadRelay> {
public:
    /// context: the GUI thread object tasks run for; posted tasks die with it.
    explicit GuiThreadRelay(QObject *context);

    /// Runs task on the context's thread (at once when called there) and returns true when it ran.
    /// The task must keep its results in state it owns (captured shared pointers): a worker may
    /// have returned already when a task runs late.
    bool run(const std::function<void()> &task);
    /// No task runs after this; waiting workers return false. GUI thread, from the owner's destructor.
    void close();

private:
    QMutex m_askMutex;  ///< one worker at a time asks
    QMutex m_mutex;     ///< guards the members below
    QWaitCondition m_finished;
    QObject *m_context = nullptr; ///< only used while not closed
    QThread *m_thread = nullptr;  ///< the context's thread, kept for calls after it is gone
    bool m_closed = false;
};

} // namespace mig::wizard
