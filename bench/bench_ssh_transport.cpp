// bench_ssh_transport: throughput of the project's SSH transport (libssh exec channel with
// back-pressure) against OpenSSH's ssh client, both streaming the same synthetic bytes into
// `cat >/dev/null` on a throwaway local sshd (tests/common/SshdFixture) with the same cipher.
//
// OpenSSH reads the same bytes from a file, ours from memory. Each side runs twice (a small and a large amount) and the rate is taken from the difference,
// so connection set-up and the remote login shell's start-up cost (which can be seconds with a
// heavy ~/.bashrc) cancel out. Prints both rates and, last, `ratio_vs_openssh=X.XX`.
//
// Usage: bench_ssh_transport [--cipher NAME] [--mib N] [--rounds R]
//        (defaults: aes128-gcm@openssh.com, 1024, 3)
#include "SshdFixture.h"

#include "transport/ExecChannel.h"
#include "transport/SshSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>

#include <algorithm>
#include <cstdio>

using namespace mig;

namespace {

constexpr qint64 kBlock = 1 << 20;
constexpr qint64 kBaseMib = 128;

QByteArray syntheticBlock()
{
    QByteArray block(kBlock, Qt::Uninitialized);
    QRandomGenerator generator(20261128);
    generator.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
    return block;
}

/// Seconds for connect + exec + streaming mib MiB + exit, through our transport; < 0 on error.
double runOurs(test::SshdFixture &sshd, const QString &knownHosts, const QString &cipher, const QByteArray &block, qint64 mib)
{
    QElapsedTimer timer;
    timer.start();
    transport::SessionOptions options;
    options.target = *transport::SshTarget::parse(sshd.destination());
    options.identityFile = sshd.clientKeyFile();
    options.knownHostsFile = knownHosts;
    options.tryAgent = false;
    options.ciphers = cipher;
    transport::SshSession session(options);
    if (Expected<void> connected = session.connect(); !connected) {
        std::fprintf(stderr, "connect: %s\n", qPrintable(connected.error().fullText()));
        return -1;
    }
    if (session.cipher() != cipher) {
        std::fprintf(stderr, "libssh negotiated %s instead of %s\n", qPrintable(session.cipher()), qPrintable(cipher));
        return -1;
    }
    transport::ExecChannel channel(session, {});
    if (Expected<void> started = channel.start(QStringLiteral("cat >/dev/null")); !started) {
        std::fprintf(stderr, "exec: %s\n", qPrintable(started.error().fullText()));
        return -1;
    }
    for (qint64 i = 0; i < mib; ++i) {
        if (Expected<void> written = channel.write(block); !written) {
            std::fprintf(stderr, "write: %s\n", qPrintable(written.error().fullText()));
            return -1;
        }
    }
    Expected<int> status = channel.finish();
    if (!status || *status != 0) {
        std::fprintf(stderr, "remote cat failed\n");
        return -1;
    }
    return timer.nsecsElapsed() / 1e9;
}

/// The same bytes with OpenSSH's client, read from a file (the cheapest feed OpenSSH can get).
double runOpenSsh(test::SshdFixture &sshd, const QString &knownHosts, const QString &cipher, const QString &input)
{
    QElapsedTimer timer;
    timer.start();
    QProcess ssh;
    ssh.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ssh.setStandardInputFile(input);
    ssh.start(QStringLiteral("ssh"),
              {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-c"), cipher,
               QStringLiteral("-i"), sshd.clientKeyFile(), QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
               QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("-o"),
               QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
               QStringLiteral("-p"), QString::number(sshd.port()), sshd.user() + QLatin1Char('@') + sshd.host(),
               QStringLiteral("cat >/dev/null")});
    if (!ssh.waitForStarted(10000) || !ssh.waitForFinished(600000) || ssh.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

/// Writes mib copies of block to path (before any timing starts).
bool writeInput(const QString &path, const QByteArray &block, qint64 mib)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (qint64 i = 0; i < mib; ++i) {
        if (file.write(block) != block.size())
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString cipher = QStringLiteral("aes128-gcm@openssh.com");
    qint64 mib = 1024;
    int rounds = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--cipher"))
            cipher = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--mib"))
            mib = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = args.at(i + 1).toInt();
    }
    test::SshdFixture sshd;
    QString error;
    if (!sshd.start(&error)) {
        std::fprintf(stderr, "cannot start sshd: %s\n", qPrintable(error));
        return 1;
    }
    const QString knownHosts = sshd.knownHostsPath(QStringLiteral("bench"));
    QFile file(knownHosts);
    if (!file.open(QIODevice::WriteOnly) || file.write(sshd.knownHostsLine()) < 0)
        return 1;
    file.close();
    const QByteArray block = syntheticBlock();
    const QString smallInput = sshd.workDir() + QStringLiteral("/input-small");
    const QString largeInput = sshd.workDir() + QStringLiteral("/input-large");
    if (!writeInput(smallInput, block, kBaseMib) || !writeInput(largeInput, block, kBaseMib + mib)) {
        std::fprintf(stderr, "cannot write the input files\n");
        return 1;
    }

    std::printf("cipher=%s bytes=%lld rounds=%d (rate of a round: difference of a %lld MiB and a %lld MiB run; "
                "best round counts, as other processes share the CPU)\n",
                qPrintable(cipher), mib * kBlock, rounds, kBaseMib, kBaseMib + mib);
    double bestOurs = 0;
    double bestOpenSsh = 0;
    for (int round = 1; round <= rounds; ++round) {
        const double oursSmall = runOurs(sshd, knownHosts, cipher, block, kBaseMib);
        const double oursLarge = runOurs(sshd, knownHosts, cipher, block, kBaseMib + mib);
        const double sshSmall = runOpenSsh(sshd, knownHosts, cipher, smallInput);
        const double sshLarge = runOpenSsh(sshd, knownHosts, cipher, largeInput);
        if (oursSmall < 0 || oursLarge < 0 || sshSmall < 0 || sshLarge < 0) {
            std::fprintf(stderr, "a run failed\n%s\n", sshd.log().constData());
            return 1;
        }
        const double ours = oursLarge > oursSmall ? double(mib) / (oursLarge - oursSmall) : 0;
        const double openssh = sshLarge > sshSmall ? double(mib) / (sshLarge - sshSmall) : 0;
        std::printf("round %d: libssh transport %.1f MiB/s (%.2f s / %.2f s), openssh client %.1f MiB/s (%.2f s / %.2f s)\n",
                    round, ours, oursSmall, oursLarge, openssh, sshSmall, sshLarge);
        std::fflush(stdout);
        bestOurs = std::max(bestOurs, ours);
        bestOpenSsh = std::max(bestOpenSsh, openssh);
    }
    std::printf("libssh transport: %.1f MiB/s\n", bestOurs);
    std::printf("openssh client:   %.1f MiB/s\n", bestOpenSsh);
    std::printf("ratio_vs_openssh=%.2f\n", bestOpenSsh > 0 ? bestOurs / bestOpenSsh : 0.0);
    return 0;
}
