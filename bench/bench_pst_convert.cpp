// PST/OST conversion speed, two ways:
//  1. whole processes: `grommunio-migrate convert -o /dev/null FILE` once per file, start-up
//     included, for this build and (with --baseline) an older build's executable, run in turn
//     A B A B ... so that both see the same machine; medians per file, the totals and their ratio,
//     and the start-up of `--version` and `convert --help` alone;
//  2. steady state in this process: every file converted ROUNDS times through the engine into a
//     null sink, in source MB/s and items/s, and this process's peak resident set size.
// Usage: bench_pst_convert [--baseline OLD_EXECUTABLE] [--program EXECUTABLE] [--runs N]
//                          [--rounds N] [FILE...]
// Without FILE: every file of $MIGRATE_TESTDATA/pst (the shared samples). The machine may be
// shared: read medians and ratios, not single runs.

#include "BenchSupport.h"
#include "ProcessTiming.h"
#include "gxmt/ByteSink.h"
#include "sources/Converter.h"
#include "sources/Source.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sys/resource.h>

#include <cstdio>

using mig::bench::median;
using mig::bench::ProcessRun;
using mig::bench::runOnce;

namespace {

/// Counts bytes and throws them away.
class NullSink final : public mig::gxmt::ByteSink {
public:
    mig::Expected<void> write(const QByteArray &bytes) override
    {
        m_bytes += quint64(bytes.size());
        return {};
    }
    quint64 bytes() const { return m_bytes; }

private:
    quint64 m_bytes = 0;
};

QStringList sampleFiles()
{
    QString dir = qEnvironmentVariable("MIGRATE_TESTDATA");
    if (dir.isEmpty())
        dir = QStringLiteral(MIG_SOURCE_DIR "/../shared/testdata");
    QStringList files;
    for (const QFileInfo &info : QDir(dir + QStringLiteral("/pst")).entryInfoList(QDir::Files, QDir::Name))
        files.append(info.filePath());
    return files;
}

/// Medians of several runs of one command line.
struct Figures {
    double wall = 0;
    double cpu = 0;
    double peakRssMb = 0; ///< the largest of the runs
    int failures = 0;
};

/// Runs each program's command runs times, alternating; index 0 is the current build.
std::vector<Figures> measure(const QStringList &programs, const QStringList &arguments, int runs)
{
    std::vector<std::vector<double>> walls(size_t(programs.size())), cpus(size_t(programs.size()));
    std::vector<Figures> result(size_t(programs.size()));
    for (int run = 0; run < runs; ++run) {
        for (qsizetype p = 0; p < programs.size(); ++p) {
            const ProcessRun r = runOnce(programs.at(p), arguments);
            Figures &f = result[size_t(p)];
            if (!r.ok)
                ++f.failures;
            walls[size_t(p)].push_back(r.wallSeconds);
            cpus[size_t(p)].push_back(r.cpuSeconds);
            f.peakRssMb = std::max(f.peakRssMb, r.peakRssMb);
        }
    }
    for (size_t p = 0; p < result.size(); ++p) {
        result[p].wall = median(walls[p]);
        result[p].cpu = median(cpus[p]);
    }
    return result;
}

void printRow(const char *label, const std::vector<Figures> &figures)
{
    std::printf("%-36s", label);
    for (const Figures &f : figures)
        std::printf(" | %8.1f %8.1f %7.1f%s", f.wall * 1e3, f.cpu * 1e3, f.peakRssMb, f.failures ? " FAILED" : "");
    if (figures.size() == 2 && figures[1].wall > 0)
        std::printf(" | %5.2f %5.2f", figures[0].wall / figures[1].wall, figures[0].cpu / figures[1].cpu);
    std::printf("\n");
}

void wholeProcesses(const QStringList &programs, const QStringList &files, int runs)
{
    std::printf("Whole processes, %d runs each, medians (wall ms, cpu ms, peak RSS MB)\n", runs);
    std::printf("  A = %s\n", qPrintable(programs.at(0)));
    if (programs.size() > 1)
        std::printf("  B = %s\n  last columns: A/B wall, A/B cpu\n", qPrintable(programs.at(1)));
    std::vector<Figures> total(size_t(programs.size()));
    for (const QString &file : files) {
        const auto figures = measure(programs, {QStringLiteral("convert"), QStringLiteral("-o"),
                                                QStringLiteral("/dev/null"), file}, runs);
        printRow(qPrintable(QFileInfo(file).fileName()), figures);
        for (size_t p = 0; p < figures.size(); ++p) {
            total[p].wall += figures[p].wall;
            total[p].cpu += figures[p].cpu;
            total[p].peakRssMb = std::max(total[p].peakRssMb, figures[p].peakRssMb);
            total[p].failures += figures[p].failures;
        }
    }
    printRow("ALL FILES (sum of medians, max RSS)", total);
    printRow("start-up: --version", measure(programs, {QStringLiteral("--version")}, runs));
    printRow("start-up: convert --help",
             measure(programs, {QStringLiteral("convert"), QStringLiteral("--help")}, runs));
}

int steadyState(const QStringList &files, int rounds)
{
    double sourceMb = 0;
    quint64 items = 0;
    quint64 streamBytes = 0;
    QElapsedTimer timer;
    timer.start();
    rusage before {};
    getrusage(RUSAGE_SELF, &before);
    for (int round = 0; round < rounds; ++round) {
        for (const QString &file : files) {
            // Opened anew every round, as a conversion opens each file once.
            auto source = mig::sources::openSourceFile(file);
            if (!source) {
                std::fprintf(stderr, "%s\n", qPrintable(source.error().fullText()));
                return 1;
            }
            NullSink sink;
            mig::sources::ConversionOptions options;
            options.placement.withHidden = true;
            auto report = mig::sources::convert({{source->get(), QFileInfo(file).fileName()}}, sink,
                                                mig::gxmt::Revision::V5, options);
            if (!report) {
                std::fprintf(stderr, "%s\n", qPrintable(report.error().fullText()));
                return 1;
            }
            sourceMb += double(QFileInfo(file).size()) / 1e6;
            items += quint64(report->converted());
            streamBytes += sink.bytes();
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    rusage after {};
    getrusage(RUSAGE_SELF, &after);
    const double cpu = double(after.ru_utime.tv_sec - before.ru_utime.tv_sec + after.ru_stime.tv_sec - before.ru_stime.tv_sec)
        + double(after.ru_utime.tv_usec - before.ru_utime.tv_usec + after.ru_stime.tv_usec - before.ru_stime.tv_usec) / 1e6;
    std::printf("\nSteady state in one process: %lld file(s) x %d rounds in %.2f s wall, %.2f s cpu\n",
                static_cast<long long>(files.size()), rounds, seconds, cpu);
    std::printf("source: %.1f MB/s wall, %.1f MB/s per cpu second\n", sourceMb / seconds, sourceMb / cpu);
    std::printf("items: %.0f items/s wall, %.0f items/s per cpu second (%llu items)\n", double(items) / seconds,
                double(items) / cpu, static_cast<unsigned long long>(items));
    std::printf("stream: %.1f MB/s wall\n", double(streamBytes) / 1e6 / seconds);
    std::printf("peak RSS of this process: %.1f MB\n", double(mig::bench::procStatusKiB("VmHWM")) / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString program = QStringLiteral(MIG_PROGRAM);
    QString baseline;
    int runs = 5;
    int rounds = 5;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--baseline") && hasValue)
            baseline = args.at(++i);
        else if (arg == QLatin1String("--program") && hasValue)
            program = args.at(++i);
        else if (arg == QLatin1String("--runs") && hasValue)
            runs = args.at(++i).toInt();
        else if (arg == QLatin1String("--rounds") && hasValue)
            rounds = args.at(++i).toInt();
        else if (arg.startsWith(QLatin1Char('-'))) {
            std::fprintf(stderr, "usage: bench_pst_convert [--baseline OLD_EXECUTABLE] [--program EXECUTABLE] "
                                 "[--runs N] [--rounds N] [FILE...]\n");
            return 2;
        } else
            files.append(arg);
    }
    if (files.isEmpty())
        files = sampleFiles();
    if (files.isEmpty() || runs <= 0 || rounds < 0) {
        std::fprintf(stderr, "no sample files (set MIGRATE_TESTDATA) or a bad count\n");
        return 2;
    }
    QStringList programs{program};
    if (!baseline.isEmpty())
        programs.append(baseline);
    wholeProcesses(programs, files, runs);
    return rounds > 0 ? steadyState(files, rounds) : 0;
}
