// Every output the user names is written without damaging what the path is: a device stays a
// device, a FIFO's reader gets the whole stream, a symlink stays a link, a failed write keeps the
// original and leaves no temporary file (issue: `convert -o /dev/null` as root once replaced
// /dev/null with a regular file). Checked on core/OutputFile itself and through the commands.

#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "core/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <future>

using namespace mig;
using namespace mig::test;

using mig::test::readAll;
using mig::test::writeFile;

namespace {

mode_t fileType(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

/// The names in dir: a temporary file left behind by an atomic write would show up here.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// Starts reading a FIFO to its end on another thread (opening it blocks until a writer comes).
std::future<QByteArray> drainFifo(const QString &path)
{
    return std::async(std::launch::async, [path] { return readAll(path); });
}

QString samplePst()
{
    return testDataPath(QStringLiteral("pst/aspose_Outlook.pst"));
}

ProcessResult convertTo(const QString &output)
{
    return runApp({ QStringLiteral("convert"), samplePst(), QStringLiteral("--target-folder"),
        QStringLiteral("Archive"), QStringLiteral("-o"), output });
}

ProcessResult planTo(const QString &output)
{
    return runApp({ QStringLiteral("plan"), QStringLiteral("--ssh"), QStringLiteral("admin@mail.example.com"),
        QStringLiteral("--job"), samplePst() + QStringLiteral("=user@example.com"), QStringLiteral("-o"), output });
}

/// Runs the app as the unprivileged user "nobody" when the test runs as root (root may write into
/// a read-only directory), else as the current user.
ProcessResult runAppUnprivileged(const QStringList &arguments)
{
    if (::geteuid() != 0)
        return runApp(arguments);
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        return ProcessResult {};
    return runProcess(setpriv,
        QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), appBinary() }
            + arguments);
}

} // namespace

class TestOutputFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MIG_REQUIRE_TESTDATA(); }

    void regularFileIsReplacedAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.txt"));
        QVERIFY(writeFile(path, "old"));
        {
            OutputFile output(path);
            auto device = output.open();
            QVERIFY2(device, qPrintable(device.error().fullText()));
            QCOMPARE(output.kind(), OutputFile::Kind::Atomic);
            (*device)->write("new contents");
            QCOMPARE(readAll(path), QByteArray("old")); // nothing visible before commit
            QVERIFY(output.commit());
        }
        QCOMPARE(readAll(path), QByteArray("new contents"));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("out.txt") });
    }

    void uncommittedWriteKeepsTheOriginal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.txt"));
        QVERIFY(writeFile(path, "original"));
        {
            OutputFile output(path);
            auto device = output.open();
            QVERIFY(device);
            (*device)->write("half");
        } // destroyed without commit(): as after an error
        QCOMPARE(readAll(path), QByteArray("original"));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("out.txt") });
    }

    void symlinkIsFollowedAndKept()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("real.mt"));
        const QString link = dir.filePath(QStringLiteral("link.mt"));
        QVERIFY(writeFile(target, "old"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(OutputFile::write(link, "through the link"));
        QCOMPARE(fileType(link), mode_t(S_IFLNK));
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QCOMPARE(readAll(target), QByteArray("through the link"));

        // A dangling link: the file is created where it points, the link stays.
        const QString later = dir.filePath(QStringLiteral("later.mt"));
        const QString dangling = dir.filePath(QStringLiteral("dangling.mt"));
        QVERIFY(QFile::link(later, dangling));
        QVERIFY(OutputFile::write(dangling, "created"));
        QCOMPARE(fileType(dangling), mode_t(S_IFLNK));
        QCOMPARE(readAll(later), QByteArray("created"));
        QCOMPARE(entries(dir.path()).size(), 4);
    }

    void directoryAndMissingDirectoryAreClearErrors()
    {
        QTemporaryDir dir;
        auto intoDirectory = OutputFile::write(dir.path(), "x");
        QVERIFY(!intoDirectory);
        QVERIFY2(intoDirectory.error().fullText().contains(dir.path()), qPrintable(intoDirectory.error().fullText()));
        const QString missing = dir.filePath(QStringLiteral("no/such/dir/out.mt"));
        auto intoMissing = OutputFile::write(missing, "x");
        QVERIFY(!intoMissing);
        QVERIFY(intoMissing.error().fullText().contains(missing));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    /// The bug report itself: a character device given as output stays a device. Needs root
    /// (mknod); the node made is a copy of /dev/null (1,3) inside the test's own directory.
    void characterDeviceStaysADevice()
    {
        if (::geteuid() != 0)
            QSKIP("mknod needs root: the device case runs in CI (root), not here");
        QTemporaryDir dir;
        const QString node = dir.filePath(QStringLiteral("null"));
        QVERIFY(::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0);
        QVERIFY(OutputFile::write(node, "engine helper"));
        const ProcessResult converted = convertTo(node);
        QCOMPARE(converted.exitCode, 0);
        const ProcessResult planned = planTo(node);
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        QCOMPARE(fileType(node), mode_t(S_IFCHR));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("null") });
    }

    void fifoReaderGetsTheWholeStream()
    {
        QTemporaryDir dir;
        const QString reference = dir.filePath(QStringLiteral("reference.mt"));
        QCOMPARE(convertTo(reference).exitCode, 0);
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);

        std::future<QByteArray> received = drainFifo(fifo);
        const ProcessResult converted = convertTo(fifo);
        QCOMPARE(converted.exitCode, 0);
        const QByteArray stream = received.get();
        const ReadStream parsed = readStream(stream);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(stream.size(), readAll(reference).size());
        QCOMPARE(parsed.messages.size(), readStream(readAll(reference)).messages.size());

        std::future<QByteArray> plan = drainFifo(fifo);
        QCOMPARE(planTo(fifo).exitCode, 0);
        QVERIFY(plan.get().contains("user@example.com"));
        QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
        QCOMPARE(entries(dir.path()).size(), 2);
    }

    void commandsWriteThroughSymlinks()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("stream.mt"));
        const QString link = dir.filePath(QStringLiteral("latest.mt"));
        QVERIFY(writeFile(target, "old"));
        QVERIFY(QFile::link(target, link));
        QCOMPARE(convertTo(link).exitCode, 0);
        QCOMPARE(fileType(link), mode_t(S_IFLNK));
        const ReadStream parsed = readStream(readAll(target));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        const QString planLink = dir.filePath(QStringLiteral("plan-link.json"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("plan.json")), planLink));
        QCOMPARE(planTo(planLink).exitCode, 0);
        QCOMPARE(fileType(planLink), mode_t(S_IFLNK));
        QVERIFY(readAll(dir.filePath(QStringLiteral("plan.json"))).contains("user@example.com"));
        QCOMPARE(entries(dir.path()).size(), 4);
    }

    void readOnlyDirectoryFailsCleanly()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("ro"));
        const QString readOnly = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
        QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
        const QString output = readOnly + QStringLiteral("/out.mt");
        const ProcessResult converted = runAppUnprivileged({ QStringLiteral("convert"), samplePst(), QStringLiteral("-o"), output });
        if (converted.exitCode == -1 && ::geteuid() == 0)
            QSKIP("running as root without setpriv: a read-only directory does not stop root");
        QCOMPARE(converted.exitCode, 1);
        QVERIFY2(converted.err.contains(output.toUtf8()), converted.err.constData());
        QVERIFY(entries(readOnly).isEmpty());
        QFile::setPermissions(readOnly, QFile::permissions(readOnly) | QFileDevice::WriteOwner);
    }

    /// A full disk (simulated by RLIMIT_FSIZE, with SIGXFSZ ignored so write() fails with EFBIG):
    /// a clear error, exit 1, the earlier file untouched, no temporary file left.
    void fullDiskKeepsTheOriginal()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("out.mt"));
        QVERIFY(writeFile(output, "the earlier stream"));
        const ProcessResult converted = runProcess(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QStringLiteral("ulimit -f 64; trap '' XFSZ; exec \"$0\" \"$@\""), appBinary(),
                QStringLiteral("convert"), samplePst(), QStringLiteral("-o"), output });
        QVERIFY(!converted.crashed);
        QCOMPARE(converted.exitCode, 1);
        QVERIFY2(converted.err.contains("convert:"), converted.err.constData());
        QCOMPARE(readAll(output), QByteArray("the earlier stream"));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("out.mt") });
    }
};

QTEST_GUILESS_MAIN(TestOutputFiles)
#include "TestOutputFiles.moc"
