// Converts a PST (default: the largest shared sample) repeatedly into a null sink and prints
// throughput (source MB/s, items/s, stream MB/s) and the peak resident set size.
// Usage: bench_pst_convert [FILE.pst] [ROUNDS]   (MIGRATE_TESTDATA locates the shared samples)

#include "gxmt/ByteSink.h"
#include "sources/Converter.h"
#include "sources/Source.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sys/resource.h>

#include <cstdio>

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

QString largestSample()
{
    QString dir = qEnvironmentVariable("MIGRATE_TESTDATA");
    if (dir.isEmpty())
        dir = QStringLiteral(MIG_SOURCE_DIR "/../shared/testdata");
    QString best;
    qint64 bestSize = -1;
    for (const QFileInfo &info : QDir(dir + QStringLiteral("/pst")).entryInfoList(QDir::Files)) {
        if (info.size() > bestSize) {
            bestSize = info.size();
            best = info.filePath();
        }
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString file = args.size() > 1 ? args.at(1) : largestSample();
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 20;
    if (file.isEmpty() || rounds <= 0) {
        std::fprintf(stderr, "usage: bench_pst_convert [FILE] [ROUNDS]\n");
        return 2;
    }
    const double sourceMb = double(QFileInfo(file).size()) / 1e6;
    quint64 items = 0;
    quint64 streamBytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        // Open anew every round: libpff caches pages, and a real conversion opens the file once.
        auto source = mig::sources::openSourceFile(file);
        if (!source) {
            std::fprintf(stderr, "%s\n", qPrintable(source.error().fullText()));
            return 1;
        }
        NullSink sink;
        mig::sources::ConversionOptions options;
        options.placement.withHidden = true;
        auto report = mig::sources::convert({{source->get(), QFileInfo(file).fileName()}}, sink, mig::gxmt::Revision::V5, options);
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error().fullText()));
            return 1;
        }
        items += quint64(report->converted());
        streamBytes += sink.bytes();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("file: %s (%.2f MB), %d rounds in %.2f s\n", qPrintable(QFileInfo(file).fileName()), sourceMb, rounds, seconds);
    std::printf("source: %.1f MB/s\n", sourceMb * rounds / seconds);
    std::printf("items: %.0f items/s (%llu items)\n", double(items) / seconds, static_cast<unsigned long long>(items));
    std::printf("stream: %.1f MB/s (%.2f MB per round)\n", double(streamBytes) / 1e6 / seconds, double(streamBytes) / 1e6 / rounds);
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    // On a shared machine wall-clock figures depend on the load; CPU-time figures less so.
    std::printf("cpu: %.2f s (%.1f MB/s, %.0f items/s per CPU second)\n", cpu, sourceMb * rounds / cpu, double(items) / cpu);
    std::printf("peak RSS: %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
