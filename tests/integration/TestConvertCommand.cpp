// `grommunio-migrate convert`: every shared PST becomes a stream the engine's strict GXMT reader
// accepts, with one message frame per readable item of the converted folders, carrying the
// source's properties (named ones by name); placement, splice, revisions, several files, stdout,
// damaged and broken inputs.

#include "StreamFrames.h"
#include "TestEnvironment.h"
#include "TestPstSupport.h"

#include "gxmt/ByteSink.h"
#include "gxmt/Reader.h"
#include "sources/Converter.h"
#include "mapi/Tags.h"
#include "sources/pst/PstSource.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mig;
using namespace mig::test;

using mig::test::readAll;

namespace {

/// Source property → stream property, named ones through both name maps.
bool sameProperties(const mapi::PropertyBag &source, const mapi::NamedPropertyMap *sourceNames, const mapi::PropertyBag &stream,
                    const mapi::NamedPropertyMap *streamNames, QString &why)
{
    int matched = 0;
    for (const mapi::Property &p : source) {
        mapi::PropTag tag = p.tag;
        if (mapi::isNamedPropId(p.id())) {
            const auto name = sourceNames ? sourceNames->nameOf(p.id()) : std::nullopt;
            if (!name)
                continue; // unnamed in the PST: the writer drops it (counted in its stats)
            const auto id = streamNames ? streamNames->find(*name) : std::nullopt;
            if (!id) {
                why = QStringLiteral("name %1 not declared").arg(name->toString());
                return false;
            }
            tag = mapi::makeTag(*id, p.type());
        }
        const mapi::Property *q = stream.find(tag);
        if (q == nullptr || q->value != p.value) {
            why = QStringLiteral("property 0x%1 missing or different").arg(p.tag, 8, 16, QLatin1Char('0'));
            return false;
        }
        ++matched;
    }
    return matched > 0 || source.isEmpty();
}

/// Number of messages the converter must write with default options: readable items of folders
/// that are neither search folders nor hidden, nor below one (FAI are not items; they are skipped).
int expectedMessages(sources::Source &source)
{
    auto folders = source.folders();
    QSet<quint64> skipped;
    int expected = 0;
    for (const sources::SourceFolder &f : *folders) {
        if (!f.isRoot && (skipped.contains(f.parentId) || f.searchFolder || f.hidden)) {
            skipped.insert(f.id);
            continue;
        }
        expected += f.itemCount - f.unreadableCount;
    }
    return expected;
}

/// A copy of aspose_Outlook.pst with 30000 bytes overwritten: some of its Sent Items fail.
QString damagedCopy(const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("damaged.pst"));
    if (!QFile::copy(testDataPath(QStringLiteral("pst/aspose_Outlook.pst")), copy))
        return {};
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(copy);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(100000) || file.write(QByteArray(30000, 'Z')) != 30000)
        return {};
    return copy;
}

/// One conversion of a resumable mailbox: files converted after resumeAfter item slots into the
/// given root folders, stopping before real item number stopAfter + 1 (never when negative).
struct Piece {
    sources::ConversionReport report;
    QStringList roots;
    ReadStream stream;
};

Piece convertPiece(const QStringList &files, quint64 resumeAfter, const QStringList &roots, int stopAfter,
                   const QDateTime &now)
{
    Piece piece;
    std::vector<std::unique_ptr<sources::Source>> opened;
    sources::ConversionOptions options;
    options.placement.now = now;
    options.placement.rootFolderNames = roots;
    options.resumeAfterItems = resumeAfter;
    int asked = 0;
    options.isCanceled = [&] { return stopAfter >= 0 && ++asked > stopAfter; };
    sources::Converter converter(options);
    for (const QString &file : files) {
        auto source = sources::openSourceFile(file);
        if (!source || !converter.addSource(**source, QFileInfo(file).fileName()))
            return piece;
        opened.push_back(std::move(*source));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    gxmt::DeviceSink sink(&buffer);
    gxmt::Writer writer(sink, converter.streamHeader(gxmt::Revision::V5));
    auto report = converter.run(writer);
    if (!report)
        return piece;
    piece.report = *report;
    piece.roots = converter.rootFolderNames();
    piece.stream = readStream(buffer.data());
    return piece;
}

/// (id, name) of every folder frame, in stream order.
QList<std::pair<quint64, QString>> folderFrames(const ReadStream &stream)
{
    QList<std::pair<quint64, QString>> frames;
    for (const gxmt::Frame &f : stream.folders)
        frames.append({f.nid, f.folder.properties.string(mapi::PR_DISPLAY_NAME).value_or(QString())});
    return frames;
}

} // namespace

class TestConvertCommand final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MIG_REQUIRE_TESTDATA(); }

    void everyPstConverts_data()
    {
        addTestDataRows(QStringLiteral("pst"));
    }

    void everyPstConverts()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("out.mt"));
        const ProcessResult result = runApp({QStringLiteral("convert"), file, QStringLiteral("-o"), out,
                                             QStringLiteral("--target-folder"), QStringLiteral("Imported")});
        QVERIFY2(result.exitCode == 0 && !result.crashed, result.err.constData());
        QVERIFY(result.out.contains("Total: "));

        const QByteArray bytes = readAll(out);
        const ReadStream stream = readStream(bytes);
        QVERIFY2(stream.ok, qPrintable(stream.error));
        const StreamScan scan = scanStream(bytes);
        QVERIFY2(scan.ok, qPrintable(scan.error));
        QCOMPARE(scan.magic, QByteArray("GXMT0005"));
        QCOMPARE(scan.messageFrames, int(stream.messages.size()));

        auto source = pst::PstSource::open(file);
        QVERIFY(source.has_value());
        QCOMPARE(int(stream.messages.size()), expectedMessages(**source));

        // Standard placement: the PST root becomes the new folder "Imported" beneath the anchor.
        auto folders = (*source)->folders();
        QCOMPARE(stream.header.folderMap.size(), 1);
        QCOMPARE(stream.header.folderMap.first().nid, folders->first().id);
        QVERIFY(stream.header.folderMap.first().create);
        QCOMPARE(stream.header.folderMap.first().targetFid, gxmt::kUnanchored);
        QCOMPARE(stream.header.folderMap.first().name, QStringLiteral("Imported"));
        QVERIFY(!stream.folders.isEmpty());
        QCOMPARE(stream.folders.first().nid, folders->first().id);
        QCOMPARE(stream.folders.first().parentType, gxmt::kObjectStore);

        // Every message frame carries what the source read, property by property.
        QHash<quint64, sources::ItemRef> refs;
        QHash<quint64, quint64> folderOf;
        for (const sources::SourceFolder &f : *folders) {
            auto items = (*source)->items(f.id, sources::ItemKind::Normal);
            for (const sources::ItemRef &ref : *items)
                refs.insert(ref.id, ref);
        }
        QSet<quint64> writtenFolders;
        for (const gxmt::Frame &folder : stream.folders)
            writtenFolders.insert(folder.nid);
        for (const gxmt::Frame &frame : stream.messages) {
            QVERIFY(refs.contains(frame.nid));
            QVERIFY(writtenFolders.contains(frame.parentFid)); // a folder frame came first
            QCOMPARE(frame.parentFid, refs.value(frame.nid).folderId);
            auto message = (*source)->readMessage(refs.value(frame.nid));
            QVERIFY(message.has_value());
            QString why;
            QVERIFY2(sameProperties(message->properties, message->namedProperties.get(), frame.message.properties,
                                    frame.message.namedProperties.get(), why),
                     qPrintable(why));
            QCOMPARE(frame.message.recipients.size(), message->recipients.size());
            QCOMPARE(frame.message.attachments.size(), message->attachments.size());
            for (qsizetype a = 0; a < message->attachments.size(); ++a) {
                const auto &ours = message->attachments.at(a);
                const auto &streamed = frame.message.attachments.at(a);
                QCOMPARE(streamed.properties.binary(mapi::PR_ATTACH_DATA_BIN), ours.properties.binary(mapi::PR_ATTACH_DATA_BIN));
                QCOMPARE(bool(streamed.embedded), bool(ours.embedded));
            }
        }
    }

    void spliceMapsSpecialFolders()
    {
        QTemporaryDir dir;
        const QString file = testDataPath(QStringLiteral("pst/aspose_Outlook.pst"));
        const QString out = dir.filePath(QStringLiteral("splice.mt"));
        const ProcessResult result = runApp({QStringLiteral("convert"), QStringLiteral("--splice"), file, QStringLiteral("-o"), out});
        QCOMPARE(result.exitCode, 0);
        const StreamScan scan = scanStream(readAll(out));
        QVERIFY2(scan.ok, qPrintable(scan.error));
        QVERIFY(scan.splice);

        auto source = pst::PstSource::open(file);
        QVERIFY(source.has_value());
        QHash<quint64, QString> pathOf;
        const auto folders = (*source)->folders();
        QVERIFY(folders.has_value());
        for (const sources::SourceFolder &f : *folders)
            pathOf.insert(f.id, f.path);
        QHash<QString, quint64> target;
        for (const StreamScan::MapEntry &e : scan.folderMap) {
            QVERIFY(!e.create);
            target.insert(pathOf.value(e.nid), e.target);
        }
        const QString top = QStringLiteral("Top of Personal Folders/");
        QCOMPARE(target.value(QString()), quint64(0x01));
        QCOMPARE(target.value(QStringLiteral("Top of Personal Folders")), quint64(0x09));
        QCOMPARE(target.value(top + QStringLiteral("Inbox")), quint64(0x0D));
        QCOMPARE(target.value(top + QStringLiteral("Outbox")), quint64(0x0C));
        QCOMPARE(target.value(top + QStringLiteral("Sent Items")), quint64(0x0A));
        QCOMPARE(target.value(top + QStringLiteral("Deleted Items")), quint64(0x0B));
        QCOMPARE(target.value(QStringLiteral("Search Root")), quint64(0x05));
        // Beyond pff2mt: the folders the PST names by entry id on its root folder / Inbox.
        QCOMPARE(target.value(top + QStringLiteral("Calendar")), quint64(0x0F));
        QCOMPARE(target.value(top + QStringLiteral("Contacts")), quint64(0x13));
        QCOMPARE(target.value(top + QStringLiteral("Journal")), quint64(0x10));
        QCOMPARE(target.value(top + QStringLiteral("Notes")), quint64(0x11));
        QCOMPARE(target.value(top + QStringLiteral("Tasks")), quint64(0x12));
        QCOMPARE(target.value(top + QStringLiteral("Drafts")), quint64(0x0E));
        QCOMPARE(target.value(top + QStringLiteral("Junk E-mail")), quint64(0x17));
        QCOMPARE(scan.folderMap.size(), 14);

        // A PST with stale entry ids (they point at mail folders) keeps only the consistent ones.
        const QString out2 = dir.filePath(QStringLiteral("splice2.mt"));
        QCOMPARE(runApp({QStringLiteral("convert"), QStringLiteral("--splice"), testDataPath(QStringLiteral("pst/libyal_outlook.pst")),
                         QStringLiteral("-o"), out2})
                     .exitCode,
                 0);
        const StreamScan scan2 = scanStream(readAll(out2));
        QVERIFY(scan2.ok);
        QSet<quint64> targets;
        for (const StreamScan::MapEntry &e : scan2.folderMap)
            targets.insert(e.target);
        QCOMPARE(targets, (QSet<quint64>{0x01, 0x09, 0x0B, 0x0D, 0x0C, 0x0A, 0x05}));
    }

    void revisionsAndRootParent()
    {
        QTemporaryDir dir;
        const QString file = testDataPath(QStringLiteral("pst/tika_testPST.pst"));
        for (const int revision : {3, 4}) {
            const QString out = dir.filePath(QStringLiteral("r%1.mt").arg(revision));
            const ProcessResult result = runApp({QStringLiteral("convert"), file, QStringLiteral("-o"), out,
                                                 QStringLiteral("--revision"), QString::number(revision)});
            QCOMPARE(result.exitCode, 0);
            const QByteArray bytes = readAll(out);
            QCOMPARE(bytes.left(8), QByteArray("GXMT000") + QByteArray::number(revision));
            const ReadStream stream = readStream(bytes);
            QVERIFY2(stream.ok, qPrintable(stream.error));
            QCOMPARE(stream.messages.size(), 7);
            // Older servers know no unanchored targets: the new folder goes beneath IPM_SUBTREE.
            QCOMPARE(stream.header.folderMap.first().targetFid, quint64(0x09));
            QVERIFY(stream.header.folderMap.first().name.startsWith(QStringLiteral("Import of tika_testPST.pst @")));
        }
        const QString out = dir.filePath(QStringLiteral("ipm.mt"));
        QCOMPARE(runApp({QStringLiteral("convert"), file, QStringLiteral("-o"), out, QStringLiteral("--root-parent"), QStringLiteral("ipm-subtree")}).exitCode, 0);
        QCOMPARE(scanStream(readAll(out)).folderMap.first().target, quint64(0x09));
        QCOMPARE(runApp({QStringLiteral("convert"), file, QStringLiteral("-o"), out, QStringLiteral("--revision"), QStringLiteral("6")}).exitCode, 2);
    }

    void severalFilesOneStream()
    {
        QTemporaryDir dir;
        const QString a = testDataPath(QStringLiteral("pst/tika_testPST.pst"));
        const QString b = testDataPath(QStringLiteral("pst/libyal_outlook.pst"));
        const QString out = dir.filePath(QStringLiteral("two.mt"));
        QCOMPARE(runApp({QStringLiteral("convert"), a, b, QStringLiteral("-o"), out}).exitCode, 0);
        const ReadStream stream = readStream(readAll(out));
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QCOMPARE(stream.header.folderMap.size(), 2);
        QVERIFY(stream.header.folderMap.at(0).create && stream.header.folderMap.at(1).create);
        QVERIFY(stream.header.folderMap.at(1).name.contains(QStringLiteral("libyal_outlook.pst")));
        QCOMPARE(stream.header.folderMap.at(1).nid >> 32, quint64(1)); // the second file's ids are offset
        QCOMPARE(stream.messages.size(), 7 + 2);
        QSet<quint64> nids;
        for (const gxmt::Frame &f : stream.messages)
            nids.insert(f.nid);
        QCOMPARE(nids.size(), 9);
        QCOMPARE(runApp({QStringLiteral("convert"), a, b, QStringLiteral("-o"), out, QStringLiteral("--revision"), QStringLiteral("4")}).exitCode, 2);
    }

    void standardOutputMatchesFile()
    {
        QTemporaryDir dir;
        const QString file = testDataPath(QStringLiteral("pst/rubymsg_msgInMsg.pst"));
        const QString out = dir.filePath(QStringLiteral("f.mt"));
        const QStringList common{QStringLiteral("convert"), file, QStringLiteral("--target-folder"), QStringLiteral("X")};
        const ProcessResult toFile = runApp(common + QStringList{QStringLiteral("-o"), out});
        const ProcessResult toStdout = runApp(common + QStringList{QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(toFile.exitCode, 0);
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out, readAll(out));
        QVERIFY(toStdout.err.contains("Total: 1 converted")); // the report goes to stderr then
    }

    void hiddenFolders()
    {
        QTemporaryDir dir;
        const QString file = testDataPath(QStringLiteral("pst/aspose_SampleOstFile.ost"));
        const QString plain = dir.filePath(QStringLiteral("plain.mt"));
        const QString hidden = dir.filePath(QStringLiteral("hidden.mt"));
        const ProcessResult r1 = runApp({QStringLiteral("convert"), file, QStringLiteral("-o"), plain});
        QCOMPARE(r1.exitCode, 0);
        QVERIFY(r1.out.contains("Conversation Action Settings: skipped: hidden folder"));
        QCOMPARE(runApp({QStringLiteral("convert"), file, QStringLiteral("-o"), hidden, QStringLiteral("--with-hidden")}).exitCode, 0);
        // The hidden folders (Conversation Action Settings, Quick Step Settings, ...) come with --with-hidden.
        const int hiddenFolders = int(r1.out.count("skipped: hidden folder"));
        QVERIFY(hiddenFolders >= 2);
        QCOMPARE(scanStream(readAll(hidden)).folderFrames, scanStream(readAll(plain)).folderFrames + hiddenFolders);
        QVERIFY(r1.out.contains("folder-associated (FAI) item"));
    }

    void damagedItemsAreReported()
    {
        QTemporaryDir dir;
        const QString copy = damagedCopy(dir);
        QVERIFY(!copy.isEmpty());
        const QString out = dir.filePath(QStringLiteral("damaged.mt"));
        const ProcessResult result = runApp({QStringLiteral("convert"), copy, QStringLiteral("-o"), out});
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 4); // partial: some items failed, the stream is complete nevertheless
        const QString report = QString::fromUtf8(result.out);
        QVERIFY2(report.contains(QStringLiteral("failed: folder \"Top of Personal Folders/Sent Items\", node 0x")), qPrintable(report));
        const int failed = int(report.count(QStringLiteral("\n  failed: ")));
        QVERIFY(failed > 0);
        const ReadStream stream = readStream(readAll(out));
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QCOMPARE(int(stream.messages.size()), 17 - failed);
    }

    /// --json: one line a script can read; the partial state lists every lost item with its folder
    /// and reason, the same ones as the text report.
    void jsonSummaryOfDamagedAndCleanFiles()
    {
        QTemporaryDir dir;
        const QString copy = damagedCopy(dir);
        QVERIFY(!copy.isEmpty());
        const QString out = dir.filePath(QStringLiteral("damaged.mt"));
        const ProcessResult text = runApp({QStringLiteral("convert"), copy, QStringLiteral("-o"), out});
        const ProcessResult json
            = runApp({QStringLiteral("convert"), copy, QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 4);
        QCOMPARE(json.out.count('\n'), 1);
        const QJsonObject summary = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(summary.value(QStringLiteral("state")).toString(), QStringLiteral("partial"));
        QCOMPARE(summary.value(QStringLiteral("exit_code")).toInt(), 4);
        const QJsonArray sources = summary.value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 1);
        const QJsonArray failures = sources.first().toObject().value(QStringLiteral("failures")).toArray();
        QCOMPARE(failures.size(), int(text.out.count("\n  failed: ")));
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), failures.size());
        for (const QJsonValue &failure : failures) {
            const QJsonObject f = failure.toObject();
            const QString folder = f.value(QStringLiteral("folder")).toString();
            QVERIFY2(folder.startsWith(QLatin1String("Top of Personal Folders/")), qPrintable(folder));
            QVERIFY(text.out.contains(QStringLiteral("failed: folder \"%1\"").arg(folder).toUtf8()));
            QVERIFY(f.value(QStringLiteral("item")).toString().startsWith(QLatin1String("0x")));
            QVERIFY(!f.value(QStringLiteral("reason")).toString().isEmpty());
            QVERIFY(text.out.contains(f.value(QStringLiteral("reason")).toString().toUtf8()));
        }
        const ReadStream stream = readStream(readAll(out));
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QCOMPARE(summary.value(QStringLiteral("converted")).toInt(), int(stream.messages.size()));

        const ProcessResult clean = runApp({QStringLiteral("convert"),
            testDataPath(QStringLiteral("pst/aspose_Outlook.pst")), QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(clean.exitCode, 0);
        const QJsonObject ok = QJsonDocument::fromJson(clean.out).object();
        QCOMPARE(ok.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(ok.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(ok.value(QStringLiteral("bytes")).toInteger(), QFileInfo(out).size());
    }

    void progressAndCancel()
    {
        auto source = pst::PstSource::open(testDataPath(QStringLiteral("pst/aspose_Outlook.pst")));
        QVERIFY(source.has_value());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        gxmt::DeviceSink sink(&buffer);
        QList<sources::ConversionProgress> seen;
        sources::ConversionOptions options;
        options.progress = [&](const sources::ConversionProgress &p) { seen.append(p); };
        options.isCanceled = [&] { return seen.size() >= 5; };
        auto report = sources::convert({{source->get(), QStringLiteral("aspose_Outlook.pst")}}, sink, gxmt::Revision::V5, options);
        QVERIFY(report.has_value());
        QVERIFY(report->canceled);
        QCOMPARE(seen.size(), 5);
        QCOMPARE(seen.last().itemsDone, quint64(5));
        QCOMPARE(seen.last().itemsTotal, quint64(17 + 10)); // items plus FAI entries (skipped, but counted)
        QCOMPARE(seen.last().bytesWritten, quint64(buffer.size()));
        QVERIFY(report->converted() <= 5);
        // What was written up to the cancel is a complete, valid stream.
        const ReadStream stream = readStream(buffer.data());
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QCOMPARE(int(stream.messages.size()), report->converted());
    }

    void resumedConversionContinuesExactlyAfterTheStop_data()
    {
        QTest::addColumn<int>("firstStop");
        QTest::addColumn<int>("secondStop");
        QTest::newRow("after 1 and 1 more") << 1 << 1;
        QTest::newRow("after 7 and 30 more") << 7 << 30;
        QTest::newRow("after 60 and 25 more") << 60 << 25;
        QTest::newRow("after 95 and 3 more") << 95 << 3;
    }

    void resumedConversionContinuesExactlyAfterTheStop()
    {
        // An OST with hidden folders and FAI entries (skipped slots) and a damaged PST (failed
        // slots) in one stream: a stop, a resumed run that stops again, and a last resumed run
        // together write every message of one full conversion exactly once, in the same order.
        QFETCH(int, firstStop);
        QFETCH(int, secondStop);
        QTemporaryDir dir;
        const QString damaged = damagedCopy(dir);
        QVERIFY(!damaged.isEmpty());
        const QStringList files{testDataPath(QStringLiteral("pst/aspose_SampleOstFile.ost")), damaged};
        const QDateTime then(QDate(2026, 3, 1), QTime(9, 30, 0));
        const Piece full = convertPiece(files, 0, {}, -1, then);
        QVERIFY2(full.stream.ok, qPrintable(full.stream.error));
        QVERIFY(!full.report.canceled);
        QVERIFY(full.report.failed() > 0 && full.report.skipped() > 0);

        const Piece first = convertPiece(files, 0, {}, firstStop, then);
        QVERIFY2(first.stream.ok, qPrintable(first.stream.error));
        QVERIFY(first.report.canceled);
        // Each of the first firstStop items was converted or failed (whole unreadable folders fail, too).
        QVERIFY(first.report.converted() <= firstStop);
        QVERIFY(first.report.converted() + first.report.failed() >= firstStop);
        QCOMPARE(int(first.stream.messages.size()), first.report.converted());
        QCOMPARE(first.roots.size(), 2);
        QVERIFY(first.roots.at(0).startsWith(QStringLiteral("Import of aspose_SampleOstFile.ost @2026-03-01T09:30:00")));

        // Resumed an hour later: the root folders keep the names of the first run.
        const QDateTime later = then.addSecs(3600);
        const Piece second = convertPiece(files, first.report.itemSlots, first.roots, secondStop, later);
        QVERIFY2(second.stream.ok, qPrintable(second.stream.error));
        QVERIFY(second.report.canceled);
        QCOMPARE(second.roots, first.roots);
        QCOMPARE(second.stream.header.folderMap, first.stream.header.folderMap);
        QCOMPARE(quint64(second.report.resumed()), first.report.itemSlots);
        QVERIFY(second.report.converted() <= secondStop);
        QVERIFY(second.report.converted() + second.report.failed() >= secondStop);
        QVERIFY(second.report.itemSlots > first.report.itemSlots);

        const Piece last = convertPiece(files, second.report.itemSlots, second.roots, -1, later);
        QVERIFY2(last.stream.ok, qPrintable(last.stream.error));
        QVERIFY(!last.report.canceled);
        QCOMPARE(last.report.itemSlots, full.report.itemSlots);
        // Every folder frame is written again (the importer reuses the folders), so that it can
        // place what follows; the frames are those of the full conversion, names included.
        QCOMPARE(folderFrames(second.stream), folderFrames(full.stream).mid(0, second.stream.folders.size()));
        QVERIFY(second.stream.folders.size() >= first.stream.folders.size());
        QCOMPARE(folderFrames(last.stream), folderFrames(full.stream));

        QCOMPARE(messageIds(first.stream) + messageIds(second.stream) + messageIds(last.stream), messageIds(full.stream));
        QCOMPARE(first.report.converted() + second.report.converted() + last.report.converted(), full.report.converted());
        QCOMPARE(first.report.failed() + second.report.failed() + last.report.failed(), full.report.failed());
        QCOMPARE(first.report.skipped() + second.report.skipped() + last.report.skipped(), full.report.skipped());

        // A resumed conversion that is told to stop at once stops exactly at its resume point.
        const Piece again = convertPiece(files, first.report.itemSlots, first.roots, 0, later);
        QVERIFY(again.report.canceled);
        QCOMPARE(again.report.itemSlots, first.report.itemSlots);
        QVERIFY(again.stream.messages.isEmpty());
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
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("never.mt"));
        const ProcessResult result = runApp({QStringLiteral("convert"), file, QStringLiteral("-o"), out});
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 1);
        const QString err = QString::fromUtf8(result.err).trimmed();
        QVERIFY2(!err.contains(QLatin1Char('\n')) && err.contains(QFileInfo(file).fileName()), qPrintable(err));
        QVERIFY(!QFileInfo::exists(out)); // nothing written for a bad input
    }
};

QTEST_GUILESS_MAIN(TestConvertCommand)
#include "TestConvertCommand.moc"
