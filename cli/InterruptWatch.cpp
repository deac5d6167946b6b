#include "cli/InterruptWatch.h"

#include <atomic>
#include <csignal>

namespace mig::cli {

namespace {
std::atomic_int s_interrupts{0};

extern "C" void countInterrupt(int)
{
    ++s_interrupts;
}
} // namespace

InterruptWatch::InterruptWatch()
{
    s_interrupts = 0;
    m_previous = std::signal(SIGINT, countInterrupt);
}

InterruptWatch::~InterruptWatch()
{
    std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous);
}

void InterruptWatch::letNextInterruptKill()
{
    std::signal(SIGINT, SIG_DFL);
}

int InterruptWatch::count() const
{
    return s_interrupts;
}

} // namespace mig::cli
