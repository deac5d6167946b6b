// German is the first translation: the CLI and the wizard must speak it when asked, and no
// translation file may lag behind the strings in the code.
#include "TestEnvironment.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using mig::test::runApp;
using mig::test::runProcess;

class TestLanguages final : public QObject {
    Q_OBJECT

private:
    /// Source texts of ts whose translation is unfinished or empty.
    static QStringList unfinishedEntries(const QString &tsPath)
    {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read ") + tsPath};
        QStringList unfinished;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const bool numerus = xml.attributes().hasAttribute(QLatin1String("numerus"));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || (!numerus && text.isEmpty() && type != QLatin1String("vanished")
                                                            && type != QLatin1String("obsolete")))
                    unfinished.append(source);
            }
        }
        if (xml.hasError())
            unfinished.append(QStringLiteral("XML error: ") + xml.errorString());
        return unfinished;
    }

private Q_SLOTS:
    void germanHelp()
    {
        const auto r = runApp({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Befehle:"), r.out.constData());
        QVERIFY2(r.out.contains("Ohne Befehl"), r.out.constData());
        const auto english = runApp({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY(english.out.contains("Commands:"));
    }

    void translationFilesAreComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("extraOptions");
        QTest::newRow("de") << QStringLiteral("de") << QStringList{};
        QTest::newRow("en") << QStringLiteral("en") << QStringList{QStringLiteral("-pluralonly")};
    }

    void translationFilesAreComplete()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, extraOptions);
        // Refresh a copy of the committed file from the current sources, exactly as
        // scripts/update-translations does, and look for anything left untranslated.
        const QString source = mig::test::sourceDir();
        const QString committed = source + QStringLiteral("/translations/grommunio-migrate_") + language + QStringLiteral(".ts");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(committed).fileName());
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
        arguments << extraOptions;
        for (const char *sub : {"engine", "cli", "wizard", "app"})
            arguments << source + QLatin1Char('/') + QLatin1String(sub);
        arguments << QStringLiteral("-ts") << copy;
        const auto updated = runProcess(qEnvironmentVariable("MIG_LUPDATE"), arguments, {}, 300000);
        QVERIFY2(updated.exitCode == 0, updated.err.constData());
        const QStringList unfinished = unfinishedEntries(copy);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 untranslated strings in %2 (run scripts/update-translations and "
                                           "translate them), e.g.: %3")
                                .arg(unfinished.size())
                                .arg(QFileInfo(committed).fileName(), unfinished.mid(0, 5).join(QStringLiteral(" | ")))));
    }
};

QTEST_GUILESS_MAIN(TestLanguages)
#include "TestLanguages.moc"
