#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <type_traits>

namespace mig {

/// A thread of its own that runs jobs one after another, in the order they were given.
///
/// For objects that belong to the thread that made them (a QSslSocket): when every use goes
/// through one worker, the object is made, used and destroyed on that thread whichever thread
/// asks, and work can be queued ahead (post) while the asking thread does something else.
/// The destructor runs the jobs still queued, then joins the thread.
class SerialWorker final {
public:
    SerialWorker();
    ~SerialWorker();
    SerialWorker(const SerialWorker &) = delete;
    SerialWorker &operator=(const SerialWorker &) = delete;

    /// Runs job on the worker after the jobs queued before it and waits for its result. Called
    /// from the worker itself (a job calling back), it runs in place instead of waiting for itself.
    template<class Job>
    std::invoke_result_t<Job> call(Job &&job)
    {
        if (isWorkerThread())
            return job();
        return post(std::forward<Job>(job)).get();
    }

    /// Queues job and returns at once; the future holds its result (or its exception).
    template<class Job>
    std::future<std::invoke_result_t<Job>> post(Job &&job)
    {
        using Result = std::invoke_result_t<Job>;
        // std::function needs a copyable callable; the task itself is move-only.
        auto task = std::make_shared<std::packaged_task<Result()>>(std::forward<Job>(job));
        std::future<Result> result = task->get_future();
        enqueue([task] { (*task)(); });
        return result;
    }

    bool isWorkerThread() const { return std::this_thread::get_id() == m_thread.get_id(); }

private:
    void enqueue(std::function<void()> job);
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::thread m_thread; ///< last: starts once the members above exist
};

} // namespace mig
