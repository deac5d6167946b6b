#include "support/EventLoopWait.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace mig::wizard {

bool processEventsUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace mig::wizard
