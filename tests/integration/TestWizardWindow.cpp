// `grommunio-migrate` without arguments must open the wizard window on a real X display.
// The test starts its own Xvfb server (-displayfd picks a free display), starts the program
// there and asks the X server for the window by its title.
#include "TestEnvironment.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using mig::test::runProcess;

class TestWizardWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wizardWindowOpensOnXvfb()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        const QString xwininfo = QStandardPaths::findExecutable(QStringLiteral("xwininfo"));
        if (xvfb.isEmpty() || xwininfo.isEmpty())
            QSKIP("Xvfb or xwininfo is not installed (Debian packages xvfb and x11-utils)");

        QProcess server;
        server.setProcessChannelMode(QProcess::SeparateChannels);
        server.start(xvfb, {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                            QStringLiteral("0"), QStringLiteral("1280x1024x24"), QStringLiteral("-nolisten"),
                            QStringLiteral("tcp")});
        QVERIFY(server.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 20000);
        const QString display = QLatin1Char(':') + QString::fromLatin1(server.readLine()).trimmed();

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        app.setProcessEnvironment(env);
        app.start(mig::test::appBinary(), {});
        QVERIFY(app.waitForStarted(10000));

        auto windowListed = [&] {
            QProcess info;
            info.setProcessEnvironment(env);
            info.start(xwininfo, {QStringLiteral("-root"), QStringLiteral("-tree")});
            info.waitForFinished(10000);
            return info.readAllStandardOutput().contains("grommunio Migration Wizard");
        };
        QTRY_VERIFY_WITH_TIMEOUT(windowListed(), 30000);
        QCOMPARE(app.state(), QProcess::Running);

        app.terminate();
        if (!app.waitForFinished(10000))
            app.kill();
        server.terminate();
        server.waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestWizardWindow)
#include "TestWizardWindow.moc"
