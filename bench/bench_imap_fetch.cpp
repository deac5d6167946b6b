// bench_imap_fetch: how fast the IMAP client pulls a mailbox, against mbsync (Debian isync) pulling
// the same folder from the same throwaway Dovecot (tests/common/DovecotFixture) into a local
// Maildir, side by side in one run. Both use implicit TLS with the fixture's CA.
//
// "ours": connect, log in, EXAMINE, UID SEARCH, pipelined UID FETCH of everything; each message
// is counted and dropped. "convert": the whole source path a migration takes: the IMAP source
// (kind "imap", only the Bench folder) through the converter (MIME -> MAPI -> GXMT) into a null
// sink. mbsync writes every message into a Maildir (without fsync, "FSync no"), in /dev/shm when
// there is one.
// Prints the rates, `ratio_vs_mbsync=X.XX` (fetch) and `convert_ratio_vs_mbsync=X.XX` (mbsync time
// / our time, >1 is faster) and the peak RSS of each of ours.
//
// mbsync's time varies from run to run with the file system (it creates one file per message), so
// with --rounds R the conversion and mbsync run R times in turn and the medians are compared; each
// figure also gives the CPU seconds of the process (ours: this one; mbsync: the child).
//
// Usage: bench_imap_fetch [--messages N] [--kib K] [--batch B] [--depth D] [--rounds R]
//        (defaults: 2000 messages of about 50 KiB, batches of 50, 3 in flight, 1 round)
#include "BenchSupport.h"
#include "DovecotFixture.h"
#include "TestEnvironment.h"

#include "gxmt/ByteSink.h"
#include "sources/Converter.h"
#include "sources/SourceRegistry.h"
#include "sources/imap/ImapClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

using namespace mig;

namespace {

struct Figures {
    double seconds = -1;
    double cpuSeconds = -1;
    qint64 messages = 0;
    qint64 bytes = 0;
};

/// User plus system CPU seconds so far of this process (RUSAGE_SELF) or its waited-for children.
double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// A plain-text message of about kib KiB with the usual headers; deterministic per index.
QByteArray generatedMessage(int index, int kib)
{
    QByteArray text = QStringLiteral("From: Sender %1 <sender%1@example.com>\nTo: alice@example.com\n"
                                     "Subject: Benchmark message %1\nMessage-ID: <bench-%1@example.com>\n"
                                     "Date: Mon, 1 Jun 2026 10:00:00 +0200\nMIME-Version: 1.0\n"
                                     "Content-Type: text/plain; charset=us-ascii\n\n")
                          .arg(index)
                          .toUtf8();
    QRandomGenerator random(quint32(index) + 1);
    static const QByteArray words[] = {"mail ", "grommunio ", "migration ", "folder ", "message ", "server ", "import "};
    qsizetype lineLength = 0;
    while (text.size() < qsizetype(kib) * 1024) {
        const QByteArray &word = words[random.bounded(7)];
        text += word;
        lineLength += word.size();
        if (lineLength > 70) {
            text += '\n';
            lineLength = 0;
        }
    }
    return text + '\n';
}

Figures runOurs(const test::DovecotFixture &dovecot, int batch, int depth)
{
    imap::ImapClient::Options options;
    options.account = {imap::ImapSecurity::ImplicitTls, dovecot.host(), dovecot.imapsPort(), dovecot.user()};
    options.trust.caFile = dovecot.caCertFile();
    options.fetchBatchSize = batch;
    options.pipelineDepth = depth;
    Figures figures;
    QElapsedTimer timer;
    timer.start();
    imap::ImapClient client(options);
    Expected<void> ready = client.connectToServer();
    if (ready)
        ready = client.login(dovecot.password());
    auto mailbox = ready ? client.examine(imap::ImapFolder{QStringLiteral("Bench"), "Bench", QLatin1Char('/'), {}, {}, {}})
                         : Expected<imap::ImapMailbox>(ready.error());
    auto uids = mailbox ? client.searchUids() : Expected<QList<quint32>>(mailbox.error());
    if (!uids) {
        std::fprintf(stderr, "ours: %s\n", qPrintable(uids.error().fullText()));
        return figures;
    }
    auto report = client.fetchMessages(*uids, [&figures](imap::ImapMessage &&message) {
        ++figures.messages;
        figures.bytes += message.content.size();
        return true;
    });
    if (!report) {
        std::fprintf(stderr, "ours: %s\n", qPrintable(report.error().fullText()));
        return figures;
    }
    client.logout();
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    return figures;
}

class NullSink final : public gxmt::ByteSink {
public:
    Expected<void> write(const QByteArray &bytes) override
    {
        m_bytes += bytes.size();
        return {};
    }
    qint64 bytes() const { return m_bytes; }

private:
    qint64 m_bytes = 0;
};

/// The IMAP source converted into a null sink; bytes counts the messages' own sizes (as mbsync's
/// figure does), streamBytes what the GXMT stream would have been.
Figures runConverted(const test::DovecotFixture &dovecot, qint64 messageBytes, qint64 *streamBytes)
{
    Figures figures;
    qputenv("MIG_IMAP_PASSWORD", dovecot.password().toUtf8());
    sources::SourceSpec spec;
    spec.kind = QStringLiteral("imap");
    spec.location = QStringLiteral("imaps://%1@%2:%3").arg(dovecot.user(), dovecot.host()).arg(dovecot.imapsPort());
    spec.options.insert(QStringLiteral("caFile"), dovecot.caCertFile());
    spec.options.insert(QStringLiteral("folders"), QStringList { QStringLiteral("Bench") });
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    auto source = sources::openSource(spec);
    qunsetenv("MIG_IMAP_PASSWORD");
    if (!source) {
        std::fprintf(stderr, "convert: %s\n", qPrintable(source.error().fullText()));
        return figures;
    }
    NullSink sink;
    auto report = sources::convert({ { source->get(), QStringLiteral("bench") } }, sink, gxmt::Revision::V5,
                                   sources::ConversionOptions());
    if (!report || report->failed() > 0) {
        std::fprintf(stderr, "convert: %s\n",
                     report ? "some messages failed" : qPrintable(report.error().fullText()));
        return figures;
    }
    source->reset(); // its LOGOUT is part of the run, as mbsync's is
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    figures.cpuSeconds = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    figures.messages = report->converted();
    figures.bytes = messageBytes;
    *streamBytes = sink.bytes();
    return figures;
}

Figures runMbsync(const test::DovecotFixture &dovecot)
{
    Figures figures;
    // The Maildir in memory when /dev/shm is there: mbsync's pace then depends on neither the disk
    // nor the file system's state after earlier rounds (its time varied by 2x on ext4).
    const bool inMemory = QFileInfo(QStringLiteral("/dev/shm")).isWritable();
    QTemporaryDir memoryDir(QStringLiteral("/dev/shm/bench-mbsync-XXXXXX"));
    const QDir work(inMemory && memoryDir.isValid() ? memoryDir.path() : dovecot.workDir());
    QDir(work.filePath(QStringLiteral("mbsync"))).removeRecursively(); // every round pulls everything
    work.mkpath(QStringLiteral("mbsync/local"));
    QFile password(work.filePath(QStringLiteral("mbsync/password")));
    if (!password.open(QIODevice::WriteOnly) || password.write(dovecot.password().toUtf8()) < 0)
        return figures;
    password.close();
    const QString config = QStringLiteral(
        "FSync no\n\nIMAPAccount bench\nHost %1\nPort %2\nUser %3\nPassCmd \"cat %4\"\nSSLType IMAPS\nCertificateFile %5\n\n"
        "IMAPStore remote\nAccount bench\n\nMaildirStore local\nPath %6/\nInbox %6/INBOX\nSubFolders Verbatim\n\n"
        "Channel bench\nFar :remote:\nNear :local:\nPatterns Bench\nCreate Near\nSync Pull\nSyncState *\n")
                               .arg(dovecot.host())
                               .arg(dovecot.imapsPort())
                               .arg(dovecot.user(), password.fileName(), dovecot.caCertFile(),
                                    work.filePath(QStringLiteral("mbsync/local")));
    QFile configFile(work.filePath(QStringLiteral("mbsync/mbsyncrc")));
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(config.toUtf8()) < 0)
        return figures;
    configFile.close();
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    const test::ProcessResult r = test::runProcess(QStringLiteral("mbsync"),
                                                   {QStringLiteral("-q"), QStringLiteral("-c"), configFile.fileName(),
                                                    QStringLiteral("bench")},
                                                   {}, 3600 * 1000);
    if (r.exitCode != 0) {
        std::fprintf(stderr, "mbsync failed (%d): %s\n", r.exitCode, r.err.constData());
        return figures;
    }
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    figures.cpuSeconds = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    const QDir cur(work.filePath(QStringLiteral("mbsync/local/Bench/cur")));
    const QDir fresh(work.filePath(QStringLiteral("mbsync/local/Bench/new")));
    for (const QDir &dir : {cur, fresh})
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files)) {
            ++figures.messages;
            figures.bytes += file.size();
        }
    return figures;
}

void printFigures(const char *name, const Figures &f)
{
    const double mb = double(f.bytes) / 1e6;
    std::printf("%-7s %6lld messages %9.1f MB in %7.2f s: %8.0f msgs/s %7.1f MB/s", name,
                static_cast<long long>(f.messages), mb, f.seconds, f.messages / f.seconds, mb / f.seconds);
    if (f.cpuSeconds >= 0)
        std::printf(", %.2f s CPU", f.cpuSeconds);
    std::printf("\n");
}

int argument(const QStringList &args, const char *name, int fallback)
{
    const qsizetype at = args.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int messages = argument(args, "--messages", 2000);
    const int kib = argument(args, "--kib", 50);
    test::DovecotFixture dovecot;
    QString error;
    if (!dovecot.start(&error)
        || !dovecot.writeMaildirMessages(QStringLiteral("Bench"), messages,
                                         [kib](int i) { return generatedMessage(i, kib); }, &error)) {
        std::fprintf(stderr, "fixture: %s\n", qPrintable(error));
        return 1;
    }
    // A first EXAMINE lets Dovecot index the new files, so neither side pays for that.
    const Figures warmUp = runOurs(dovecot, 50, 3);
    if (warmUp.seconds < 0)
        return 1;
    bench::resetPeak();
    const Figures ours = runOurs(dovecot, argument(args, "--batch", 50), argument(args, "--depth", 3));
    const qint64 peakKiB = bench::procStatusKiB("VmHWM");
    bench::resetPeak();
    qint64 streamBytes = 0;
    const int rounds = std::max(1, argument(args, "--rounds", 1));
    std::vector<Figures> convertRounds;
    std::vector<Figures> mbsyncRounds;
    for (int round = 0; round < rounds; ++round) {
        convertRounds.push_back(runConverted(dovecot, ours.bytes, &streamBytes));
        mbsyncRounds.push_back(runMbsync(dovecot));
        if (rounds > 1) {
            std::printf("round %d:\n", round + 1);
            printFigures("convert", convertRounds.back());
            printFigures("mbsync", mbsyncRounds.back());
            std::fflush(stdout);
        }
    }
    const qint64 convertPeakKiB = bench::procStatusKiB("VmHWM");
    const auto median = [](std::vector<Figures> runs) {
        std::sort(runs.begin(), runs.end(), [](const Figures &a, const Figures &b) { return a.seconds < b.seconds; });
        return runs.at(runs.size() / 2);
    };
    const Figures converted = median(convertRounds);
    const Figures mbsync = median(mbsyncRounds);
    if (rounds > 1)
        std::printf("medians of %d rounds:\n", rounds);
    printFigures("ours", ours);
    if (converted.seconds > 0)
        printFigures("convert", converted);
    if (mbsync.seconds > 0)
        printFigures("mbsync", mbsync);
    std::printf("peak_rss_ours=%.1f MiB\n", double(peakKiB) / 1024);
    std::printf("peak_rss_convert=%.1f MiB (GXMT stream %.1f MB)\n", double(convertPeakKiB) / 1024,
                double(streamBytes) / 1e6);
    if (ours.seconds > 0 && mbsync.seconds > 0)
        std::printf("ratio_vs_mbsync=%.2f\n", mbsync.seconds / ours.seconds);
    if (converted.seconds > 0 && mbsync.seconds > 0)
        std::printf("convert_ratio_vs_mbsync=%.2f\n", mbsync.seconds / converted.seconds);
    return ours.seconds > 0 && converted.seconds > 0 ? 0 : 1;
}
