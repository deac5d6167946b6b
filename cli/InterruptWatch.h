#pragma once

namespace mig::cli {

/// Counts Ctrl+C (SIGINT) while it lives, instead of letting the first one kill the program: the
/// commands that talk to a server stop cleanly after the current message on the first, and give
/// up at once on the second. Restores the previous handler when destroyed. One at a time (the
/// count is process-wide); the handler only increments an atomic counter, the command polls it.
class InterruptWatch final {
public:
    InterruptWatch();
    ~InterruptWatch();
    InterruptWatch(const InterruptWatch &) = delete;
    InterruptWatch &operator=(const InterruptWatch &) = delete;

    /// How many times Ctrl+C was pressed since construction. Safe from any thread.
    int count() const;
    /// For commands that cannot give up half-way on their own: the next Ctrl+C ends the program
    /// the default way (call it once the first was seen and acted on).
    void letNextInterruptKill();

private:
    using Handler = void (*)(int);
    Handler m_previous = nullptr;
};

} // namespace mig::cli
