// Headless commands must start as lightly as a C tool (issue 20): they never load Qt Widgets,
// Qt Gui or the key chain libraries; only opening the wizard does. glibc's loader lists every
// library it maps when LD_DEBUG=files is set, which is what this test reads.
#include "TestEnvironment.h"

#include <QtTest>

using mig::test::runApp;

class TestHeadlessStartup final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headlessCommandsLoadNoGuiLibraries_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("convert --help") << QStringList{QStringLiteral("convert"), QStringLiteral("--help")};
        QTest::newRow("inspect --help") << QStringList{QStringLiteral("inspect"), QStringLiteral("--help")};
        QTest::newRow("run --help") << QStringList{QStringLiteral("run"), QStringLiteral("--help")};
    }

    void headlessCommandsLoadNoGuiLibraries()
    {
#ifndef __GLIBC__
        QSKIP("reads the GNU C library's loader trace");
#else
        QFETCH(QStringList, arguments);
        qputenv("LD_DEBUG", "files");
        const auto result = runApp(arguments);
        qunsetenv("LD_DEBUG");
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains("file=libQt6Core"), "the loader trace is missing");
        for (const char *library : {"libQt6Widgets", "libQt6Gui", "keychain", "grommunio-migrate-wizard"})
            QVERIFY2(!result.err.contains(library), library);
#endif
    }
};

QTEST_GUILESS_MAIN(TestHeadlessStartup)
#include "TestHeadlessStartup.moc"
