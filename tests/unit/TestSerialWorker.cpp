// SerialWorker: jobs run one after another on one thread of their own, in the order given, whichever
// thread gives them; call() from inside a job runs in place; the destructor runs what is queued.

#include "core/SerialWorker.h"

#include <QtTest>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace mig;

class TestSerialWorker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jobsRunInOrderOnOneOtherThread()
    {
        SerialWorker worker;
        std::vector<int> order;
        std::vector<std::thread::id> threads;
        std::vector<std::future<void>> done;
        for (int i = 0; i < 50; ++i)
            done.push_back(worker.post([&order, &threads, i] {
                order.push_back(i);
                threads.push_back(std::this_thread::get_id());
            }));
        QCOMPARE(worker.call([&order] { return int(order.size()); }), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(order.at(size_t(i)), i);
        for (const std::thread::id &id : threads) {
            QVERIFY(id == threads.front());
            QVERIFY(id != std::this_thread::get_id());
        }
    }

    void callersOnSeveralThreadsShareTheOneThread()
    {
        SerialWorker worker;
        const std::thread::id workerThread = worker.call([] { return std::this_thread::get_id(); });
        std::atomic_int wrongThread { 0 };
        int counter = 0; // only touched by jobs: no lock needed when they never overlap
        std::vector<std::thread> callers;
        for (int t = 0; t < 4; ++t)
            callers.emplace_back([&] {
                for (int i = 0; i < 200; ++i)
                    worker.call([&] {
                        if (std::this_thread::get_id() != workerThread)
                            ++wrongThread;
                        ++counter;
                    });
            });
        for (std::thread &caller : callers)
            caller.join();
        QCOMPARE(wrongThread.load(), 0);
        QCOMPARE(worker.call([&counter] { return counter; }), 800);
    }

    void callFromAJobRunsInPlace()
    {
        SerialWorker worker;
        // Waiting for its own queue would never end: a job calling back runs the inner job at once.
        const int result = worker.call([&worker] { return worker.call([] { return 41; }) + 1; });
        QCOMPARE(result, 42);
        QVERIFY(worker.call([&worker] { return worker.isWorkerThread(); }));
        QVERIFY(!worker.isWorkerThread());
    }

    void aJobsExceptionReachesItsCaller()
    {
        SerialWorker worker;
        std::future<int> failing = worker.post([]() -> int { throw std::runtime_error("broken"); });
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, failing.get());
        QCOMPARE(worker.call([] { return 7; }), 7); // the worker goes on
    }

    void destructorRunsWhatIsQueued()
    {
        std::atomic_int ran { 0 };
        std::future<void> last;
        {
            SerialWorker worker;
            worker.post([] { std::this_thread::sleep_for(std::chrono::milliseconds(50)); });
            for (int i = 0; i < 10; ++i)
                last = worker.post([&ran] { ++ran; });
        }
        QCOMPARE(ran.load(), 10);
        QVERIFY(last.valid());
        last.get(); // ready, not abandoned
    }
};

QTEST_GUILESS_MAIN(TestSerialWorker)
#include "TestSerialWorker.moc"
