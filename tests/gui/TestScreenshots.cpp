// `grommunio-migrate --screenshots DIR` renders every page of the wizard, headless, into PNGs.
#include "TestEnvironment.h"

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
                                   QStringLiteral("09-summary")};
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
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
