// The executable's headless entry points: they must work without a display (no DISPLAY, and the
// platform plugin forced to one that does not exist, so a stray QApplication would abort).
#include "TestEnvironment.h"

#include <QProcessEnvironment>
#include <QtTest>

using mig::test::runApp;

class TestCommandLine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("QT_QPA_PLATFORM", "no-such-platform");
    }

    void versionPrintsAndExitsZero()
    {
        const auto r = runApp({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.crashed);
        QVERIFY2(r.out.startsWith("grommunio-migrate "), r.out.constData());
        QVERIFY(QRegularExpression(QStringLiteral(R"(^grommunio-migrate \d+\.\d+\.\d+\n$)"))
                    .match(QString::fromUtf8(r.out))
                    .hasMatch());
    }

    void helpListsOptionsAndCommands()
    {
        const auto r = runApp({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage: grommunio-migrate"));
        QVERIFY(r.out.contains("--version"));
        QVERIFY(r.out.contains("Commands:"));
    }

    void unknownCommandIsAUsageError()
    {
        const auto r = runApp({QStringLiteral("no-such-command")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Unknown command or option: no-such-command"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
