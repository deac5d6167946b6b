#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mig::test {

/// The shared sample inputs (../shared/testdata next to the checkout, or $MIGRATE_TESTDATA).
/// Empty when the directory does not exist.
QString testDataDir();

/// Absolute path of a file below testDataDir(), e.g. testDataPath("pst/libyal_outlook.pst").
QString testDataPath(const QString &relative);

/// All files of one sub-folder of the test data matching a name filter, sorted.
QStringList testDataFiles(const QString &subdir, const QStringList &nameFilters = {});

/// The built grommunio-migrate executable ($MIG_APP_BINARY, set by mig_add_test).
QString appBinary();

/// The whole content of a file; empty when it cannot be read.
QByteArray readAll(const QString &path);
/// Writes bytes into path (created or truncated); false when that failed.
bool writeFile(const QString &path, const QByteArray &bytes);

/// The project's source directory ($MIG_SOURCE_DIR, set by mig_add_test).
QString sourceDir();

/// Result of running a program to completion.
struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

/// Runs program with arguments (stdin fed from input), waits up to timeoutMs; never hangs the test.
ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                         int timeoutMs = 120000);

/// Runs the built grommunio-migrate.
ProcessResult runApp(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000);

} // namespace mig::test

/// Skips the current test (with a message naming MIGRATE_TESTDATA) when the shared test data is absent.
#define MIG_REQUIRE_TESTDATA()                                                                                 \
    do {                                                                                                       \
        if (mig::test::testDataDir().isEmpty())                                                                \
            QSKIP("The shared test data was not found: set MIGRATE_TESTDATA to the shared/testdata directory"); \
    } while (false)
