// The engine must build and run without Qt Widgets (headless CLI, server-side use). This test
// reads the engine's sources and its link interface, so a stray include fails the suite.
#include "TestEnvironment.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

namespace {

/// Every C++ file below dir (relative to the source tree) with its text.
QList<std::pair<QString, QString>> sourceFilesBelow(const QString &dir)
{
    QList<std::pair<QString, QString>> files;
    QDirIterator it(mig::test::sourceDir() + QLatin1Char('/') + dir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.append({path, QString::fromUtf8(file.readAll())});
    }
    return files;
}

} // namespace

class TestEngineBoundary final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void engineSourcesNeverIncludeWidgets()
    {
        const QString engineDir = mig::test::sourceDir() + QStringLiteral("/engine");
        QVERIFY2(QFileInfo(engineDir).isDir(), qPrintable(engineDir));
        const QRegularExpression widgetsInclude(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtWidgets/|QWidget|QApplication|QDialog|QWizard|QMessageBox)"),
            QRegularExpression::MultilineOption);
        QDirIterator it(engineDir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QVERIFY2(!widgetsInclude.match(text).hasMatch(), qPrintable(path + QStringLiteral(" includes Qt Widgets")));
            ++files;
        }
        QVERIFY(files > 0);
    }

    // The engine is used by the wizard and by server-side tools: it never reads a terminal or
    // switches echo, and platform headers stay in the one file that needs them, so the engine
    // builds on Windows. Terminal code belongs to cli/, behind cli/Terminal.h.
    void engineHasNoTerminalOrPlatformIo()
    {
        const QRegularExpression terminalUse(QStringLiteral(
            "#\\s*include\\s*<(termios\\.h|unistd\\.h|conio\\.h|windows\\.h|io\\.h)>|\\bisatty\\s*\\(|\\btcsetattr\\b|"
            "\\bstd::cin\\b|QTextStream\\s*\\w*\\s*[({]\\s*stdin\\b"));
        const QRegularExpression socketHeader(QStringLiteral("#\\s*include\\s*<(netinet/|sys/socket\\.h|winsock2\\.h)"));
        const auto files = sourceFilesBelow(QStringLiteral("engine"));
        QVERIFY(!files.isEmpty());
        for (const auto &[path, text] : files) {
            QVERIFY2(!terminalUse.match(text).hasMatch(), qPrintable(path + QStringLiteral(" does terminal or POSIX I/O")));
            if (!path.endsWith(QLatin1String("/transport/SocketTuning.cpp")))
                QVERIFY2(!socketHeader.match(text).hasMatch(), qPrintable(path + QStringLiteral(" includes socket headers")));
        }
    }

    void cliKeepsPlatformCodeBehindTerminalH()
    {
        const QRegularExpression platformHeader(
            QStringLiteral("#\\s*include\\s*<(termios\\.h|unistd\\.h|conio\\.h|windows\\.h|io\\.h)>"));
        const auto files = sourceFilesBelow(QStringLiteral("cli"));
        QVERIFY(!files.isEmpty());
        for (const auto &[path, text] : files) {
            const bool platformFile = path.endsWith(QLatin1String("/TerminalPosix.cpp"))
                || path.endsWith(QLatin1String("/TerminalWindows.cpp"));
            if (!platformFile)
                QVERIFY2(!platformHeader.match(text).hasMatch(), qPrintable(path + QStringLiteral(" includes a platform header")));
        }
    }

    void engineBinaryHasNoWidgetsSymbols()
    {
#ifdef QT_WIDGETS_LIB
        QFAIL("the engine's link interface brought in Qt Widgets");
#endif
    }
};

QTEST_GUILESS_MAIN(TestEngineBoundary)
#include "TestEngineBoundary.moc"
