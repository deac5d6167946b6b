// `grommunio-migrate --screenshots DIR` renders every page of the wizard, headless, into PNGs;
// at a scale factor of 2 (a high-DPI screen) every page renders at twice the pixels. A second walk
// shows a Kopano server's stores: the dialog, the Sources page and the Mapping page.
#include "TestEnvironment.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

class TestScreenshots final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rendersEveryPage()
    {
        MIG_REQUIRE_TESTDATA();
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const mig::test::ProcessResult result =
            mig::test::runApp({QStringLiteral("--screenshots"), out.path()}, {}, 600000);
        QVERIFY2(!result.crashed && result.exitCode == 0, result.err.constData());

        const QStringList pages = {QStringLiteral("01-welcome"), QStringLiteral("02-sources"),
                                   QStringLiteral("03-preview"), QStringLiteral("04-server"),
                                   QStringLiteral("05-directory"), QStringLiteral("06-mapping"),
                                   QStringLiteral("07-options"), QStringLiteral("08-run"),
                                   QStringLiteral("09-summary"), QStringLiteral("10-kopano-dialog"),
                                   QStringLiteral("11-kopano-sources"), QStringLiteral("12-kopano-mapping")};
        for (const QString &page : pages) {
            const QString path = out.filePath(page + QStringLiteral(".png"));
            QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QVERIFY2(image.width() >= 600 && image.height() >= 400, qPrintable(path));
            // A rendered page has text and widgets: many distinct colours, not a blank canvas.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 4) {
                for (int x = 0; x < image.width(); x += 4)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() > 20, qPrintable(path));
        }
    }

    void rendersAtDoubleScale()
    {
        MIG_REQUIRE_TESTDATA();
        QTemporaryDir normal;
        QTemporaryDir doubled;
        QVERIFY(normal.isValid() && doubled.isValid());
        mig::test::ProcessResult result = mig::test::runApp({QStringLiteral("--screenshots"), normal.path()}, {}, 600000);
        QVERIFY2(!result.crashed && result.exitCode == 0, result.err.constData());
        qputenv("QT_SCALE_FACTOR", "2");
        result = mig::test::runApp({QStringLiteral("--screenshots"), doubled.path()}, {}, 600000);
        qunsetenv("QT_SCALE_FACTOR");
        QVERIFY2(!result.crashed && result.exitCode == 0, result.err.constData());

        const QStringList files = QDir(normal.path()).entryList({QStringLiteral("*.png")});
        QVERIFY(files.size() >= 12);
        for (const QString &file : files) {
            const QImage small(normal.filePath(file));
            const QImage large(doubled.filePath(file));
            QVERIFY2(!large.isNull(), qPrintable(file));
            QCOMPARE(large.size(), small.size() * 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
