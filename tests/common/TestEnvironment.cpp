#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

namespace mig::test {

QString testDataDir()
{
    const QString dir = qEnvironmentVariable("MIGRATE_TESTDATA");
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return {};
    return QDir(dir).absolutePath();
}

QString testDataPath(const QString &relative)
{
    return QDir(testDataDir()).filePath(relative);
}

QStringList testDataFiles(const QString &subdir, const QStringList &nameFilters)
{
    QDir dir(testDataPath(subdir));
    QStringList files;
    const QStringList names = dir.entryList(nameFilters, QDir::Files, QDir::Name);
    for (const QString &name : names)
        files.append(dir.filePath(name));
    return files;
}

QString appBinary()
{
    return qEnvironmentVariable("MIG_APP_BINARY");
}

QString sourceDir()
{
    return qEnvironmentVariable("MIG_SOURCE_DIR");
}

ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &input,
                         int timeoutMs)
{
    ProcessResult result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out";
        result.crashed = true;
        return result;
    }
    result.exitCode = process.exitCode();
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult runApp(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    return runProcess(appBinary(), arguments, input, timeoutMs);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace mig::test
