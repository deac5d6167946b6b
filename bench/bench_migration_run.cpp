// Peak memory of a migration run against the number and size of mailboxes: dry runs (convert and
// validate locally, two mailboxes at a time) over 1, 4 and 16 mailboxes built from the shared
// sample PSTs, small and large. The peak resident set must stay flat: the runner holds one
// message per active mailbox, never a mailbox. Prints figures; never fails on them.
//
// Usage: bench_migration_run [TESTDATA_DIR]   (default: $MIGRATE_TESTDATA)
#include "BenchSupport.h"
#include "migration/Runner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>

using namespace mig::migration;

namespace {

struct Figures {
    double seconds = 0;
    quint64 bytes = 0;
    quint64 items = 0;
    int done = 0;
};

Figures runDry(const QStringList &sources, int mailboxes)
{
    Plan plan;
    plan.server.host = QStringLiteral("unused.invalid");
    plan.options.parallelJobs = 2;
    for (int i = 0; i < mailboxes; ++i)
        plan.jobs.append(Job{{mig::sources::SourceSpec::forPath(sources.at(i % sources.size()))}, QStringLiteral("user%1@example.com").arg(i)});
    QTemporaryDir dir;
    RunOptions options;
    options.runDir = dir.filePath(QStringLiteral("run"));
    options.dryRun = true;
    Runner runner(plan, options);
    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    if (!runner.start())
        return {};
    loop.exec();
    Figures f;
    f.seconds = timer.elapsed() / 1000.0;
    for (const MailboxReport &m : runner.report().mailboxes) {
        f.bytes += m.bytes;
        f.items += m.itemsSent;
        f.done += m.state == MailboxState::Done;
    }
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString data = argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("MIGRATE_TESTDATA");
    const QDir pst(data + QStringLiteral("/pst"));
    const QStringList small{pst.filePath(QStringLiteral("libyal_outlook.pst")), pst.filePath(QStringLiteral("rubymsg_msgInMsg.pst"))};
    const QStringList large{pst.filePath(QStringLiteral("aspose_SampleOstFile.ost")), pst.filePath(QStringLiteral("aspose_Outlook.pst")),
                            pst.filePath(QStringLiteral("tika_testPST.pst"))};
    if (!QFileInfo::exists(large.first())) {
        std::fprintf(stderr, "sample PSTs not found below %s (pass the testdata directory)\n", qPrintable(data));
        return 2;
    }
    std::printf("%-7s %10s %8s %10s %10s %8s %14s\n", "sources", "mailboxes", "done", "items", "stream MB", "s", "peak RSS MiB");
    for (const auto &[name, sources] : {std::pair{"small", small}, std::pair{"large", large}}) {
        for (int mailboxes : {1, 4, 16}) {
            mig::bench::resetPeak();
            const Figures f = runDry(sources, mailboxes);
            std::printf("%-7s %10d %8d %10llu %10.1f %8.2f %14.1f\n", name, mailboxes, f.done, f.items, f.bytes / 1e6,
                        f.seconds, double(mig::bench::procStatusKiB("VmHWM")) / 1024.0);
        }
    }
    return 0;
}
