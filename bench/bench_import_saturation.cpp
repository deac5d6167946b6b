// bench_import_saturation: is the importer the only thing anyone waits for?
//
// A throwaway local sshd (tests/common/SshdFixture) whose gromox-import is a slow stand-in: it
// reads the GXMT stream frame by frame, spends a fixed time per message (a store writing at a
// steady pace) and prints a line per message like `gromox-import -v`. Against it run, in
// interleaved rounds:
//   openssh    ssh -p PORT host gromox-import -u USER -v < stream.mt
//   import-mt  grommunio-migrate import-mt stream.mt --to USER --ssh ...
//   import     grommunio-migrate import SOURCE.pst --to USER --ssh ...   (converts while sending)
// where stream.mt is the conversion of the same PST (the largest sample by default). Prints wall
// times, the time from process start to the stand-in's first byte, the medians and the ratios to
// OpenSSH. Figures only: nothing passes or fails on time.
//
// Usage: bench_import_saturation [--pst FILE] [--rounds N] [--rate BYTES_PER_S] [--per-message MS]
//        (defaults: the largest sample PST, 3 rounds, 4000000 B/s, 2 ms)
// With MIG_SSH_TIMINGS=1 it also prints the phase timestamps of our runs.
#include "SshdFixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace mig;

namespace {

const QString kTargetUser = QStringLiteral("bench@example.org");

struct Timing {
    double wallSeconds = -1;
    double firstByteSeconds = -1; ///< process start to the stand-in's first read
    QString counts;               ///< "folders messages" as the stand-in counted them
};

struct Settings {
    QString pst;
    QString program;
    int rounds = 3;
    double rate = 4e6;
    int perMessageMs = 2;
};

QString largestSamplePst()
{
    QString dir = qEnvironmentVariable("MIGRATE_TESTDATA");
    if (dir.isEmpty())
        dir = QStringLiteral(MIG_SOURCE_DIR "/../shared/testdata");
    const QFileInfoList files = QDir(dir + QStringLiteral("/pst")).entryInfoList(
        { QStringLiteral("*.pst") }, QDir::Files, QDir::Size);
    return files.isEmpty() ? QString() : files.first().absoluteFilePath();
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

/// Runs program with arguments (stdin from inputFile when given) and times it against the
/// stand-in's first-byte and slow-done marks.
Timing timeRun(test::SshdFixture &sshd, const QString &program, const QStringList &arguments,
               const QString &inputFile = {})
{
    QFile::remove(sshd.recordDir() + QStringLiteral("/first-byte"));
    QFile::remove(sshd.recordDir() + QStringLiteral("/slow-done"));
    Timing timing;
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(sshd.workDir() + QStringLiteral("/last-run.err"));
    if (!inputFile.isEmpty())
        process.setStandardInputFile(inputFile);
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(600000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed (exit %d):\n%s\n", qPrintable(program), process.exitCode(),
                     qPrintable(readFile(sshd.workDir() + QStringLiteral("/last-run.err"))));
        return timing;
    }
    timing.wallSeconds = timer.nsecsElapsed() / 1e9;
    if (qEnvironmentVariableIntValue("MIG_SSH_TIMINGS") != 0) {
        // The phase log of our runs (see engine/transport/PhaseLog.h), for the breakdown.
        const QStringList lines = readFile(sshd.workDir() + QStringLiteral("/last-run.err")).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1String("mig.transport.phases")))
                std::printf("    %s\n", qPrintable(line));
        }
    }
    const QFileInfo firstByte(sshd.recordDir() + QStringLiteral("/first-byte"));
    if (firstByte.exists())
        timing.firstByteSeconds = (firstByte.lastModified().toMSecsSinceEpoch() - startedAt) / 1000.0;
    timing.counts = readFile(sshd.recordDir() + QStringLiteral("/slow-done"));
    return timing;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

QStringList openSshArguments(test::SshdFixture &sshd, const QString &knownHosts, const QStringList &remote)
{
    return QStringList { QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-i"),
               sshd.clientKeyFile(), QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"),
               QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("-o"),
               QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
               QStringLiteral("-p"), QString::number(sshd.port()), sshd.user() + QLatin1Char('@') + sshd.host() }
        + remote;
}

QStringList ourSshArguments(test::SshdFixture &sshd, const QString &knownHosts)
{
    return { QStringLiteral("--to"), kTargetUser, QStringLiteral("--ssh"), sshd.destination(),
        QStringLiteral("--identity"), sshd.clientKeyFile(), QStringLiteral("--known-hosts"), knownHosts };
}

void printTiming(const char *name, const Timing &timing)
{
    std::printf("  %-10s wall %6.3f s   first byte after %6.3f s   stand-in counted (folders messages) %s\n", name,
                timing.wallSeconds, timing.firstByteSeconds, qPrintable(timing.counts));
    std::fflush(stdout);
}

bool parseArguments(const QStringList &args, Settings &settings)
{
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--pst"))
            settings.pst = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--rounds"))
            settings.rounds = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--rate"))
            settings.rate = args.at(i + 1).toDouble();
        else if (args.at(i) == QLatin1String("--per-message"))
            settings.perMessageMs = args.at(i + 1).toInt();
        else
            return false;
    }
    return settings.rounds > 0 && settings.rate > 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Settings settings;
    settings.program = QStringLiteral(MIG_PROGRAM);
    settings.pst = largestSamplePst();
    if (!parseArguments(app.arguments(), settings) || settings.pst.isEmpty()) {
        std::fprintf(stderr, "usage: bench_import_saturation [--pst FILE] [--rounds N] [--rate B/s] "
                             "[--per-message MS] (no PST found? set MIGRATE_TESTDATA)\n");
        return 2;
    }
    test::SshdFixture sshd;
    QString error;
    if (!sshd.start(&error)) {
        std::fprintf(stderr, "cannot start sshd: %s\n", qPrintable(error));
        return 1;
    }
    const QString knownHosts = sshd.knownHostsPath(QStringLiteral("bench"));
    QFile known(knownHosts);
    if (!known.open(QIODevice::WriteOnly) || known.write(sshd.knownHostsLine()) < 0)
        return 1;
    known.close();

    const QString stream = sshd.workDir() + QStringLiteral("/stream.mt");
    QProcess convert;
    convert.start(settings.program, { QStringLiteral("convert"), settings.pst, QStringLiteral("-o"), stream });
    if (!convert.waitForFinished(600000) || convert.exitCode() != 0) {
        std::fprintf(stderr, "convert failed: %s\n", convert.readAllStandardError().constData());
        return 1;
    }
    std::printf("source %s (%lld bytes) -> stream of %lld bytes; stand-in importer: %.0f B/s + %d ms per message; "
                "%d interleaved rounds\n",
        qPrintable(QFileInfo(settings.pst).fileName()), QFileInfo(settings.pst).size(), QFileInfo(stream).size(),
        settings.rate, settings.perMessageMs, settings.rounds);

    sshd.setSlowImporter(settings.rate, settings.perMessageMs);
    QList<double> setup, openssh, importMt, import, firstOpenssh, firstImportMt, firstImport;
    const QStringList importerCommand { QStringLiteral("gromox-import"), QStringLiteral("-u"), kTargetUser,
        QStringLiteral("-v") };
    for (int round = 1; round <= settings.rounds; ++round) {
        std::printf("round %d\n", round);
        const Timing bare = timeRun(sshd, QStringLiteral("ssh"),
            openSshArguments(sshd, knownHosts, { QStringLiteral("true") }));
        printTiming("ssh true", bare);
        const Timing ssh = timeRun(sshd, QStringLiteral("ssh"), openSshArguments(sshd, knownHosts, importerCommand), stream);
        printTiming("openssh", ssh);
        const Timing mt = timeRun(sshd, settings.program,
            QStringList { QStringLiteral("import-mt"), stream } + ourSshArguments(sshd, knownHosts));
        printTiming("import-mt", mt);
        const Timing pst = timeRun(sshd, settings.program,
            QStringList { QStringLiteral("import"), settings.pst } + ourSshArguments(sshd, knownHosts));
        printTiming("import", pst);
        if (bare.wallSeconds < 0 || ssh.wallSeconds < 0 || mt.wallSeconds < 0 || pst.wallSeconds < 0)
            return 1;
        setup << bare.wallSeconds;
        openssh << ssh.wallSeconds;
        importMt << mt.wallSeconds;
        import << pst.wallSeconds;
        firstOpenssh << ssh.firstByteSeconds;
        firstImportMt << mt.firstByteSeconds;
        firstImport << pst.firstByteSeconds;
    }
    const double base = median(openssh);
    std::printf("medians: ssh true %.3f s | openssh %.3f s (first byte %.3f s) | import-mt %.3f s (first byte %.3f s) "
                "| import %.3f s (first byte %.3f s)\n",
        median(setup), base, median(firstOpenssh), median(importMt), median(firstImportMt), median(import),
        median(firstImport));
    std::printf("ratio_import_mt_vs_openssh=%.2f\nratio_import_vs_openssh=%.2f\n", median(importMt) / base,
        median(import) / base);
    return 0;
}
