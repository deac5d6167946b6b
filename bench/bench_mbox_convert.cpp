// Builds an mbox of the requested size from the shared .eml samples (repeated, each copy with its
// own Message-ID) in a temporary folder and converts it into a null sink: source MB/s, messages/s
// and peak RSS (which must not grow with the mbox size: only message offsets are indexed).
// Usage: bench_mbox_convert [--small] [MiB ...]   (default: 100 1024; MIGRATE_TESTDATA locates the
// samples). One sample (mailparser_large_text.eml, 1.1 MB of plain text) is most of the bytes, so
// --small leaves out the samples over 256 KiB: an mbox of ordinary mail, which measures the cost
// per message rather than per byte.

#include "BenchSupport.h"

#include "core/HeapTuning.h"
#include "gxmt/ByteSink.h"
#include "sources/Converter.h"
#include "sources/Source.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <limits>

namespace {

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

/// The shared .eml samples as mbox message texts (LF line ends, body "From " lines quoted), those
/// up to maxSize bytes.
QList<QByteArray> samples(qint64 maxSize)
{
    QString dir = qEnvironmentVariable("MIGRATE_TESTDATA");
    if (dir.isEmpty())
        dir = QStringLiteral(MIG_SOURCE_DIR "/../shared/testdata");
    QList<QByteArray> out;
    for (const QFileInfo &info : QDir(dir + QStringLiteral("/eml")).entryInfoList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (info.size() > maxSize || !file.open(QIODevice::ReadOnly))
            continue;
        QByteArray bytes = file.readAll();
        if (bytes.startsWith("From ")) // a saved envelope line
            bytes = bytes.mid(bytes.indexOf('\n') + 1);
        bytes.replace("\r\n", "\n").replace("\nFrom ", "\n>From ");
        if (!bytes.endsWith('\n'))
            bytes += '\n';
        out.append(bytes);
    }
    return out;
}

bool buildMbox(const QString &path, qint64 size, const QList<QByteArray> &messages)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    qint64 written = 0;
    for (int n = 0; written < size; ++n) {
        const QByteArray &message = messages.at(n % messages.size());
        const QByteArray record = "From bench@example.org Mon Jan  1 10:00:00 2024\nMessage-ID: <" + QByteArray::number(n)
            + "@bench.example.org>\n" + message + '\n';
        if (file.write(record) != record.size())
            return false;
        written += record.size();
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    mig::keepLargeBuffersOnHeap(); // as the application does (app/main.cpp)
    QCoreApplication app(argc, argv);
    QList<qint64> sizes;
    qint64 maxSampleSize = std::numeric_limits<qint64>::max();
    for (const QString &arg : app.arguments().mid(1)) {
        if (arg == QLatin1String("--small"))
            maxSampleSize = 256 * 1024;
        else
            sizes.append(arg.toLongLong());
    }
    if (sizes.isEmpty())
        sizes = { 100, 1024 };
    const QList<QByteArray> messages = samples(maxSampleSize);
    if (messages.isEmpty()) {
        std::fprintf(stderr, "no .eml samples found: set MIGRATE_TESTDATA\n");
        return 2;
    }
    for (const qint64 mib : sizes) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.mbox"));
        if (!buildMbox(path, mib << 20, messages)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        mig::bench::resetPeak();
        rusage before {};
        getrusage(RUSAGE_SELF, &before);
        QElapsedTimer timer;
        timer.start();
        auto source = mig::sources::openSourceFile(path);
        if (!source) {
            std::fprintf(stderr, "%s\n", qPrintable(source.error().fullText()));
            return 1;
        }
        NullSink sink;
        auto report = mig::sources::convert({ { source->get(), QStringLiteral("bench.mbox") } }, sink,
            mig::gxmt::Revision::V5, mig::sources::ConversionOptions());
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error().fullText()));
            return 1;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        rusage after {};
        getrusage(RUSAGE_SELF, &after);
        const auto cpuOf = [](const rusage &u) {
            return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
        };
        const double cpu = cpuOf(after) - cpuOf(before);
        const double mb = double(QFileInfo(path).size()) / 1e6;
        std::printf("mbox %lld MiB%s: %d messages, %d failed, %.2f s wall, %.2f s CPU\n", static_cast<long long>(mib),
            maxSampleSize < std::numeric_limits<qint64>::max() ? " (--small)" : "", report->converted(), report->failed(), seconds, cpu);
        std::printf("  %.1f MB/s, %.0f messages/s (per CPU second: %.1f MB/s, %.0f messages/s); stream %.1f MB\n",
            mb / seconds, report->converted() / seconds, mb / cpu, report->converted() / cpu, double(sink.bytes()) / 1e6);
        std::printf("  peak RSS: %.1f MiB\n", double(mig::bench::procStatusKiB("VmHWM")) / 1024.0);
    }
    return 0;
}
