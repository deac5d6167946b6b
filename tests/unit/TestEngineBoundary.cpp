// The engine must build and run without Qt Widgets (headless CLI, server-side use). This test
// reads the engine's sources and its link interface, so a stray include fails the suite.
#include "TestEnvironment.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QtTest>

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

    void engineBinaryHasNoWidgetsSymbols()
    {
#ifdef QT_WIDGETS_LIB
        QFAIL("the engine's link interface brought in Qt Widgets");
#endif
    }
};

QTEST_GUILESS_MAIN(TestEngineBoundary)
#include "TestEngineBoundary.moc"
