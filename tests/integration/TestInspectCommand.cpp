// `grommunio-migrate inspect` against pffexport/pffinfo (pff-tools), an independent reader, for every
// shared PST/OST, and against broken, truncated and damaged inputs.

#include "TestEnvironment.h"
#include "TestPstSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mig::test;

class TestInspectCommand final : public QObject {
    Q_OBJECT

private:
    static QJsonObject inspectJson(const QString &file, ProcessResult *raw = nullptr)
    {
        const ProcessResult result = runApp({QStringLiteral("inspect"), QStringLiteral("--json"), file});
        if (raw)
            *raw = result;
        return QJsonDocument::fromJson(result.out).object();
    }

    /// A copy of a shared PST in dir, writable.
    static QString copyOf(const QString &source, const QString &dir, const QString &name)
    {
        const QString target = dir + QLatin1Char('/') + name;
        QFile::remove(target);
        if (!QFile::copy(source, target))
            return {};
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return target;
    }

private Q_SLOTS:
    void initTestCase() { MIG_REQUIRE_TESTDATA(); }

    void agreesWithPffexport_data()
    {
        addTestDataRows(QStringLiteral("pst"));
    }

    void agreesWithPffexport()
    {
        QFETCH(QString, file);
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const PffExportView view = runPffExport(file, work.path());
        QVERIFY2(view.ok, qPrintable(view.error));

        ProcessResult raw;
        const QJsonObject json = inspectJson(file, &raw);
        QCOMPARE(raw.exitCode, 0);
        QVERIFY(!raw.crashed);
        // The documented key set, nothing more.
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("details"), QStringLiteral("encoding"), QStringLiteral("encryption"), QStringLiteral("file"),
                                            QStringLiteral("folders"), QStringLiteral("format"), QStringLiteral("totals")}));
        QCOMPARE(json.value(QStringLiteral("file")).toString(), file);

        const QJsonArray folders = json.value(QStringLiteral("folders")).toArray();
        QCOMPARE(folders.size(), view.folders.size());
        int totalItems = 0;
        for (qsizetype i = 0; i < folders.size(); ++i) {
            const QJsonObject folder = folders.at(i).toObject();
            QCOMPARE(folder.keys(), (QStringList{QStringLiteral("container_class"), QStringLiteral("items"), QStringLiteral("path"),
                                                  QStringLiteral("subfolders"), QStringLiteral("unreadable")}));
            const PffFolder &expected = view.folders.at(i);
            QCOMPARE(folder.value(QStringLiteral("path")).toString(), expected.path);
            QCOMPARE(folder.value(QStringLiteral("items")).toInt(), expected.items);
            QCOMPARE(folder.value(QStringLiteral("unreadable")).toInt(), 0); // the shared samples are intact
            // subfolders: the number of following folders whose parent path is this one
            int children = 0;
            for (const PffFolder &other : view.folders) {
                const qsizetype slash = other.path.lastIndexOf(QLatin1Char('/'));
                const QString parent = slash < 0 ? QString() : other.path.left(slash);
                if (!other.path.isEmpty() && parent == expected.path && &other != &expected)
                    ++children;
            }
            QCOMPARE(folder.value(QStringLiteral("subfolders")).toInt(), children);
            totalItems += expected.items;
        }
        const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("items")).toInt(), totalItems);
        QCOMPARE(totals.value(QStringLiteral("unreadable")).toInt(), 0);
        // Top-level attachments: what pffexport wrote beside each message exported from a folder.
        // pffexport writes none for meeting requests (aspose_SampleOstFile.ost has two), so ours may
        // be larger; TestPstSource compares them message by message.
        int attachments = 0;
        for (const quint32 item : view.topLevelItems)
            attachments += int(pffAttachments(view.itemDirs.value(item)).size());
        QVERIFY(totals.value(QStringLiteral("attachments")).toInt() >= attachments);

        const PffInfo info = runPffInfo(file);
        const QString format = json.value(QStringLiteral("format")).toString();
        QCOMPARE(format, info.contentType.contains(QLatin1String("(ost)")) ? QStringLiteral("ost") : QStringLiteral("pst"));
        QCOMPARE(json.value(QStringLiteral("encoding")).toString(),
                 info.fileType == QLatin1String("32-bit") ? QStringLiteral("ansi") : QStringLiteral("unicode"));
        QCOMPARE(json.value(QStringLiteral("encryption")).toString(), info.encryption);
        // The generic details carry the same facts (the top-level keys stay for older scripts).
        const QJsonObject details = json.value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("encoding")).toString(), json.value(QStringLiteral("encoding")).toString());
        QCOMPARE(details.value(QStringLiteral("encryption")).toString(), info.encryption);
    }

    void formatComesFromContent()
    {
        // Named .ost, but a PST inside; the real OST is reported as such; ANSI files as ansi.
        QCOMPARE(inspectJson(testDataPath(QStringLiteral("pst/aspose_PersonalStorageFile.ost"))).value(QStringLiteral("format")).toString(),
                 QStringLiteral("pst"));
        QCOMPARE(inspectJson(testDataPath(QStringLiteral("pst/aspose_SampleOstFile.ost"))).value(QStringLiteral("format")).toString(),
                 QStringLiteral("ost"));
        QCOMPARE(inspectJson(testDataPath(QStringLiteral("pst/gopst_32-bit.pst"))).value(QStringLiteral("encoding")).toString(),
                 QStringLiteral("ansi"));
        // A password-protected PST opens normally (the password does not encrypt anything).
        const ProcessResult text = runApp({QStringLiteral("inspect"), testDataPath(QStringLiteral("pst/aspose_passwordprotectedPST.pst"))});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("password-protected"));
        const QJsonObject protectedDetails
            = inspectJson(testDataPath(QStringLiteral("pst/aspose_passwordprotectedPST.pst"))).value(QStringLiteral("details")).toObject();
        QCOMPARE(protectedDetails.value(QStringLiteral("password_protected")).toString(), QStringLiteral("yes"));
        QVERIFY(!inspectJson(testDataPath(QStringLiteral("pst/aspose_Outlook.pst")))
                     .value(QStringLiteral("details")).toObject().contains(QStringLiteral("password_protected")));
        QVERIFY(text.out.contains("Deleted Items"));
    }

    void textTree()
    {
        const ProcessResult result = runApp({QStringLiteral("inspect"), testDataPath(QStringLiteral("pst/libyal_outlook.pst"))});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY(out.contains(QStringLiteral("\n    收件箱  [")));   // depth 2 → four spaces, Chinese name intact
        QVERIFY(out.contains(QStringLiteral("Total: 2 item(s)")));
    }

    void brokenInputs_data()
    {
        // Broken mail messages, calendars and address books still convert as far as they parse
        // (TestMimeSources and TestCalendarSources check them item by item).
        addTestDataRows(QStringLiteral("broken"),
            { QStringLiteral(".eml"), QStringLiteral(".mbox"), QStringLiteral(".ics"), QStringLiteral(".vcf") });
    }

    void brokenInputs()
    {
        QFETCH(QString, file);
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
            const ProcessResult result = runApp(QStringList{QStringLiteral("inspect")} + extra + QStringList{file});
            QVERIFY(!result.crashed);
            QCOMPARE(result.exitCode, 1);
            const QString err = QString::fromUtf8(result.err).trimmed();
            QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err)); // one message
            QVERIFY2(err.contains(QFileInfo(file).fileName()), qPrintable(err));
            QVERIFY(result.out.isEmpty());
        }
    }

    void truncatedCopies()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString source = testDataPath(QStringLiteral("pst/aspose_Outlook.pst"));
        const qint64 size = QFileInfo(source).size();
        for (const qint64 keep : {qint64(0), qint64(100), qint64(600), qint64(4096), qint64(65536), size / 4}) {
            const QString copy = copyOf(source, dir.path(), QStringLiteral("truncated-%1.pst").arg(keep));
            QVERIFY(!copy.isEmpty());
            QVERIFY(QFile::resize(copy, keep));
            const ProcessResult result = runApp({QStringLiteral("inspect"), QStringLiteral("--json"), copy});
            QVERIFY(!result.crashed);
            QCOMPARE(result.exitCode, 1);
            const QString err = QString::fromUtf8(result.err).trimmed();
            QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));
            QVERIFY2(err.contains(QFileInfo(copy).fileName()), qPrintable(err));
        }
    }

    void damagedItemsAreCounted()
    {
        // Overwrite 30000 bytes in the middle of a real PST: the tree survives, some items do not.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = copyOf(testDataPath(QStringLiteral("pst/aspose_Outlook.pst")), dir.path(), QStringLiteral("damaged.pst"));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100000));
        QVERIFY(file.write(QByteArray(30000, 'Z')) == 30000);
        file.close();
        ProcessResult raw;
        const QJsonObject json = inspectJson(copy, &raw);
        QCOMPARE(raw.exitCode, 0);
        const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("items")).toInt(), 17); // every contents-table entry is still counted
        QVERIFY(totals.value(QStringLiteral("unreadable")).toInt() > 0);
        QVERIFY(totals.value(QStringLiteral("unreadable")).toInt() < 17);
    }
};

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "TestInspectCommand.moc"
