// The source seam (issue 13): the registry probes and opens by content, a second kind plugs in
// without touching the engine, the converter copes with a source that is not a PST (unreadable
// items reported with folder and reason, counts that differ from what folders() announced), and
// source specs survive a JSON round trip.

#include "FakeSource.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "gxmt/ByteSink.h"
#include "migration/Runner.h"
#include "sources/Converter.h"
#include "sources/SourceRegistry.h"
#include "sources/StreamNids.h"
#include "mapi/Tags.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mig;
using namespace mig::sources;

namespace {

QString writeFakeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

Expected<ConversionReport> convertFake(test::FakeSource &source, gxmt::MemorySink &sink)
{
    ConversionOptions options;
    options.placement.now = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    return convert({ { &source, QStringLiteral("fake") } }, sink, gxmt::Revision::V5, options);
}

} // namespace

class TestSourceSeam : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerSourceKind(test::fakeSourceKind()); }

    void registryProbesByContent()
    {
        MIG_REQUIRE_TESTDATA();
        QTemporaryDir dir;
        // A fake source named like a PST: the content decides, not the name.
        const QString fake = writeFakeFile(dir, QStringLiteral("looks-like.pst"), "FAKE-SOURCE\nInbox: a, b\n");
        auto kind = probeSource(fake);
        QVERIFY2(kind.has_value(), qPrintable(kind.error().fullText()));
        QCOMPARE(kind->id, QStringLiteral("fake"));
        auto pst = probeSource(test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")));
        QVERIFY2(pst.has_value(), qPrintable(pst.error().fullText()));
        QCOMPARE(pst->id, QStringLiteral("pst"));

        const QString text = writeFakeFile(dir, QStringLiteral("notes.txt"), "nothing a source kind reads\n");
        auto unknown = probeSource(text);
        QVERIFY(!unknown.has_value());
        QCOMPARE(unknown.error().code, Error::Code::Unsupported);
        QVERIFY(unknown.error().message.contains(QStringLiteral("notes.txt")));
        auto missing = probeSource(dir.filePath(QStringLiteral("absent.pst")));
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void openByKindAndAuto()
    {
        QTemporaryDir dir;
        const QString fake = writeFakeFile(dir, QStringLiteral("box.fake"), "FAKE-SOURCE\nInbox: a, b\nArchive: c\n");
        auto opened = openSource(SourceSpec::forPath(fake));
        QVERIFY2(opened.has_value(), qPrintable(opened.error().fullText()));
        QCOMPARE((*opened)->info().format, QStringLiteral("fake"));
        auto folders = (*opened)->folders();
        QVERIFY(folders.has_value());
        QCOMPARE(folders->size(), 3);
        QCOMPARE(folders->at(1).itemCount, 2);

        SourceSpec wrongKind = SourceSpec::forPath(fake);
        wrongKind.kind = QStringLiteral("pst");
        auto asPst = openSource(wrongKind);
        QVERIFY(!asPst.has_value()); // an explicit kind is not second-guessed
        SourceSpec unknownKind = SourceSpec::forPath(fake);
        unknownKind.kind = QStringLiteral("carrier-pigeon");
        auto unknown = openSource(unknownKind);
        QCOMPARE(unknown.error().code, Error::Code::Unsupported);
        QVERIFY(unknown.error().message.contains(QStringLiteral("carrier-pigeon")));
    }

    void converterReportsUnreadableItemsWithFolderAndReason()
    {
        test::FakeSource source(QStringLiteral("fake"),
            { { QStringLiteral("Inbox"), { { QStringLiteral("one"), {} }, { {}, QStringLiteral("checksum mismatch") },
                                             { QStringLiteral("three"), {} } } },
                { QStringLiteral("Archive"), { { QStringLiteral("four"), {} } } } });
        gxmt::MemorySink sink;
        auto report = convertFake(source, sink);
        QVERIFY2(report.has_value(), qPrintable(report.error().fullText()));
        QCOMPARE(report->converted(), 3);
        QCOMPARE(report->failed(), 1);
        const SourceReport &s = report->sources.first();
        QCOMPARE(s.failures.size(), 1);
        QCOMPARE(s.failures.first().folderPath, QStringLiteral("Inbox"));
        QVERIFY2(s.failures.first().reason.contains(QStringLiteral("checksum mismatch")),
            qPrintable(s.failures.first().reason));

        // The stream reads back with unique nids for every folder and message.
        const test::ReadStream stream = test::readStream(sink.data());
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QSet<quint64> nids;
        for (const QList<gxmt::Frame> *frames : { &stream.folders, &stream.messages }) {
            for (const gxmt::Frame &frame : *frames) {
                QVERIFY2(!nids.contains(frame.nid), qPrintable(QString::number(frame.nid)));
                nids.insert(frame.nid);
            }
        }
        QCOMPARE(stream.folders.size(), 3);
        QCOMPARE(stream.messages.size(), 3);
    }

    // Folder keys above 2^32 and item keys that repeat in every folder (IMAP UIDs): the converter
    // numbers the objects itself, so folder nids stay unique 32-bit values and every message frame
    // points at its own folder.
    void converterNumbersOpaqueKeys()
    {
        test::FakeSource source(QStringLiteral("fake"),
            { { QStringLiteral("Inbox"), { { QStringLiteral("in-1"), {} }, { QStringLiteral("in-2"), {} } } },
                { QStringLiteral("Archive"), { { QStringLiteral("ar-1"), {} }, { QStringLiteral("ar-2"), {} } } } });
        source.useImapLikeKeys();
        gxmt::MemorySink sink;
        auto report = convertFake(source, sink);
        QVERIFY2(report.has_value(), qPrintable(report.error().fullText()));
        QCOMPARE(report->converted(), 4);

        const test::ReadStream stream = test::readStream(sink.data());
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QHash<quint64, QString> folderNames;
        for (const gxmt::Frame &frame : stream.folders) {
            QVERIFY(frame.nid != 0 && frame.nid < 0xFFFFFFFFu);
            QVERIFY2(!folderNames.contains(frame.nid), qPrintable(QString::number(frame.nid)));
            folderNames.insert(frame.nid, frame.folder.properties.string(mapi::PR_DISPLAY_NAME).value_or(QString()));
        }
        QCOMPARE(folderNames.size(), 3);
        QSet<quint64> messageNids;
        for (const gxmt::Frame &frame : stream.messages) {
            QVERIFY(!messageNids.contains(frame.nid));
            messageNids.insert(frame.nid);
            const QString subject = frame.message.properties.string(mapi::PR_SUBJECT).value_or(QString());
            const QString folder = folderNames.value(frame.parentFid);
            QCOMPARE(folder, subject.startsWith(QLatin1String("in-")) ? QStringLiteral("Inbox") : QStringLiteral("Archive"));
        }
        QCOMPARE(messageNids.size(), 4);
    }

    // A source that promises stream-fit ids keeps them; ids that break the promise (0, 64-bit,
    // a folder seen twice) get numbers from the top of the window instead of clashing.
    void promisedIdsAreKeptAndBrokenOnesReplaced()
    {
        StreamNids first(0, true);
        QCOMPARE(first.folderNid(0x122), quint64(0x122));
        QCOMPARE(first.folderNid(0x122), quint64(0x122)); // same folder, same nid
        QCOMPARE(first.messageNid(0x200024), quint64(0x200024));
        const quint64 zero = first.folderNid(0);
        const quint64 wide = first.folderNid(quint64(1) << 40);
        QVERIFY(zero != 0 && zero < 0xFFFFFFFFu && zero != 0x122);
        QVERIFY(wide != 0 && wide < 0xFFFFFFFFu && wide != zero);
        QVERIFY(first.messageNid(0) != 0);

        StreamNids second(1, false); // the second source of a stream: its own window, numbered
        QCOMPARE(second.folderNid(77), (quint64(1) << 32) | 1);
        QCOMPARE(second.folderNid(5), (quint64(1) << 32) | 2);
        QCOMPARE(second.messageNid(1), (quint64(1) << 32) | 3);
        QCOMPARE(second.messageNid(1), (quint64(1) << 32) | 4); // a repeated key is a new message
        QCOMPARE(second.folderNid(77), (quint64(1) << 32) | 1);
    }

    void converterCopesWithCountsThatChange()
    {
        // Inbox announces 5 items but lists 2; Archive announces 1 but lists 3.
        test::FakeSource source(QStringLiteral("fake"),
            { { QStringLiteral("Inbox"), { { QStringLiteral("a"), {} }, { QStringLiteral("b"), {} } }, 5 },
                { QStringLiteral("Archive"),
                    { { QStringLiteral("c"), {} }, { QStringLiteral("d"), {} }, { QStringLiteral("e"), {} } }, 1 } });
        gxmt::MemorySink sink;
        auto report = convertFake(source, sink);
        QVERIFY2(report.has_value(), qPrintable(report.error().fullText()));
        QCOMPARE(report->converted(), 5); // every listed item is converted, more than announced included
        QCOMPARE(report->failed(), 3);    // the three announced but never listed ones are reported
        QVERIFY(report->sources.first().failures.last().reason.contains(QStringLiteral("could not be enumerated")));
    }

    void dryRunMigratesAFakeSource()
    {
        QTemporaryDir dir;
        SourceSpec spec = SourceSpec::forPath(
            writeFakeFile(dir, QStringLiteral("anna.box"), "FAKE-SOURCE\nInbox: one, !bad sector, three\nArchive: four\n"));
        spec.kind = QStringLiteral("fake");
        migration::Plan plan;
        plan.server.host = QStringLiteral("unused.invalid"); // a dry run never connects
        plan.jobs = { migration::Job { { spec }, QStringLiteral("anna@example.com") } };
        migration::RunOptions options;
        options.runDir = dir.filePath(QStringLiteral("run"));
        options.dryRun = true;
        migration::Runner runner(plan, options);
        QSignalSpy finished(&runner, &migration::Runner::finished);
        auto started = runner.start();
        QVERIFY2(started.has_value(), qPrintable(started.error().fullText()));
        QVERIFY(finished.wait(60000));
        const migration::RunReport report = runner.report();
        QCOMPARE(report.mailboxes.size(), 1);
        const migration::MailboxReport &m = report.mailboxes.first();
        QCOMPARE(m.itemsSent, quint64(3));
        QCOMPARE(m.itemsFailed, quint64(1));
        QCOMPARE(m.sources, QStringList { spec.location });
        bool reported = false;
        for (const migration::FolderReport &f : m.folders) {
            for (const migration::ItemProblem &p : f.problems)
                reported = reported || (f.path == QStringLiteral("Inbox") && p.reason.contains(QStringLiteral("bad sector")));
        }
        QVERIFY2(reported, "the unreadable item is reported with its folder and reason");
    }

    void specJsonRoundTrip()
    {
        SourceSpec spec = SourceSpec::forPath(QStringLiteral("/data/anna.pst"));
        spec.kind = QStringLiteral("pst");
        spec.options.insert(QStringLiteral("codepage"), 1252);
        auto back = SourceSpec::fromJson(spec.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(*back, spec);
        QCOMPARE(back->displayName(), QStringLiteral("anna.pst"));
        // Old plan files: a plain path.
        auto old = SourceSpec::fromJson(QJsonValue(QStringLiteral("/data/bert.ost")));
        QVERIFY(old.has_value());
        QVERIFY(old->isAuto());
        QCOMPARE(old->location, QStringLiteral("/data/bert.ost"));
        QVERIFY(!SourceSpec::fromJson(QJsonValue(42)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSourceSeam)
#include "TestSourceSeam.moc"
