// Kopano as a source kind (issue 18), the parts without a server: kopano-admin's output (in the
// format of Kopano's admin.cpp, see tests/data/kopano/README.md), the migration list of
// grommunio's scripts, the gromox-kdb2mt command line (no password in it, every argument quoted)
// and the relay of a real GXMT stream (made by the converter from a shared sample PST): bytes
// passed on unchanged, messages counted, a resumed run passing over what the stopped one sent.

#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "gxmt/ByteSink.h"
#include "kopano/DirectPipe.h"
#include "kopano/KdbCommand.h"
#include "kopano/KopanoSpec.h"
#include "kopano/KopanoUser.h"
#include "kopano/MigrationList.h"
#include "kopano/StreamRelay.h"
#include "mapping/Matcher.h"
#include "mapping/SourceScanner.h"
#include "sources/Converter.h"
#include "sources/Source.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace mig;

namespace {

QByteArray dataFile(const QString &name)
{
    QFile f(test::sourceDir() + QStringLiteral("/tests/data/kopano/kopano-fake/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray sampleStream(const QString &pst, bool splice)
{
    auto source = sources::openSourceFile(test::testDataPath(pst));
    if (!source)
        return {};
    gxmt::MemorySink sink;
    sources::ConversionOptions options;
    options.placement.splice = splice;
    auto report = sources::convert({ { source->get(), QStringLiteral("sample") } }, sink, gxmt::Revision::V5, options);
    return report ? sink.data() : QByteArray();
}

} // namespace

class TestKopano final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void userListSkipsHeaderSeparatorAndSystem()
    {
        const QStringList logins = kopano::parseUserList(dataFile(QStringLiteral("admin-list.txt")));
        QCOMPARE(logins, (QStringList { "alice", "bob", "carol", "dave", "erin" }));
        QVERIFY(kopano::parseUserList(QByteArray()).isEmpty());
    }

    void detailsGiveMailGuidSizeActiveAndArchive()
    {
        Expected<kopano::KopanoUser> dave = kopano::parseUserDetails("dave", dataFile("details-dave.txt"));
        QVERIFY2(dave, qPrintable(dave ? QString() : dave.error().fullText()));
        QCOMPARE(dave->email, QStringLiteral("dave@example.com"));
        QCOMPARE(dave->storeGuid, QStringLiteral("D4D4D4D4D4D4D4D4D4D4D4D4D4D4D4D4"));
        QCOMPARE(dave->archiveGuid, QStringLiteral("DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E"));
        QCOMPARE(dave->storeMiB, 0.26);
        QCOMPARE(dave->archiveMiB, 1.5);
        QVERIFY(dave->active);
        Expected<kopano::KopanoUser> carol = kopano::parseUserDetails("carol", dataFile("details-carol.txt"));
        QVERIFY(carol);
        QVERIFY(!carol->active);
        QVERIFY(carol->archiveGuid.isEmpty());
        // No e-mail address: no target for the mailbox, said with the login.
        Expected<kopano::KopanoUser> none = kopano::parseUserDetails("ghost", "Username:\t\tghost\nActive:\t\t\tyes\n");
        QVERIFY(!none);
        QVERIFY(none.error().fullText().contains("ghost"));
        QCOMPARE(kopano::parseStorageSize("2 GiB"), 2048.0);
        QCOMPARE(kopano::parseStorageSize("512 KiB"), 0.5);
        QCOMPARE(kopano::parseStorageSize("lots"), -1.0);
    }

    void listRoundTripsInTheScriptsFormat()
    {
        QList<kopano::KopanoUser> users;
        for (const char *login : { "alice", "carol", "dave" })
            users.append(*kopano::parseUserDetails(login, dataFile(QStringLiteral("details-%1.txt").arg(login))));
        kopano::MigrationEntry pub { "@example.com", "0123456789ABCDEF0123456789ABCDEF", true };
        const QByteArray text = kopano::writeMigrationList(users, { pub });
        QVERIFY(text.contains("\nalice@example.com,alice,0\n"));
        QVERIFY(text.contains("\n# alice@example.com,A1A1A1A1A1A1A1A1A1A1A1A1A1A1A1A1,1\n"));
        QVERIFY(text.contains("\n@example.com,0123456789ABCDEF0123456789ABCDEF\n"));
        Expected<QList<kopano::MigrationEntry>> read = kopano::parseMigrationList(text);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().fullText()));
        QCOMPARE(read->size(), 4);
        QVERIFY(read->at(0).isPublic() && read->at(0).byGuid);
        QCOMPARE(read->at(2).target, QStringLiteral("carol@example.com"));
        QCOMPARE(read->at(2).store, QStringLiteral("carol"));
        QVERIFY(!read->at(2).byGuid);
        QVERIFY(!read->at(2).active);       // from the comment line above it
        QCOMPARE(read->at(2).sizeMiB, 0.26);
        // The Archiver list holds dave alone, by archive GUID.
        Expected<QList<kopano::MigrationEntry>> archive =
            kopano::parseMigrationList(kopano::writeMigrationList(users, {}, true));
        QVERIFY(archive);
        QCOMPARE(archive->size(), 1);
        QCOMPARE(archive->first().store, QStringLiteral("DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E"));
        QVERIFY(archive->first().byGuid);
        // The migration list's comment names dave's archive, and reads back into his entry.
        QVERIFY(text.contains(", active: yes, archive: DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E\n"));
        QCOMPARE(read->at(3).archiveGuid, QStringLiteral("DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E"));
        QVERIFY(read->at(1).archiveGuid.isEmpty());
    }

    /// The archive's plan source: same mailbox, by GUID, not spliced, with its folder.
    void archiveSpecIsUnsplicedWithItsFolder()
    {
        kopano::MigrationEntry dave { "dave@example.com", "dave", false };
        dave.archiveGuid = QStringLiteral("DA7EDA7EDA7EDA7EDA7EDA7EDA7EDA7E");
        kopano::ServerSettings server;
        server.host = QStringLiteral("kopano.example.com");
        server.direct = true;
        const sources::SourceSpec spec = kopano::archiveSpecFor(dave, server, QStringLiteral("Archiv"));
        Expected<kopano::StoreJob> job = kopano::storeJobFrom(spec);
        QVERIFY2(job, qPrintable(job ? QString() : job.error().fullText()));
        QCOMPARE(job->store.guid, dave.archiveGuid);
        QVERIFY(!job->server.kdb.splice);
        QCOMPARE(job->targetFolder, QStringLiteral("Archiv"));
        QVERIFY(job->server.direct);
        QCOMPARE(kopano::listedTarget(spec), QStringLiteral("dave@example.com"));
    }

    /// An unspliced stream's created top folder takes the chosen name and parent; everything
    /// after the folder map is passed on unchanged.
    void rootPlacementRenamesTheCreatedTopFolder()
    {
        MIG_REQUIRE_TESTDATA();
        const QByteArray stream = sampleStream("pst/tika_testPST.pst", false);
        QVERIFY(!stream.isEmpty());
        const test::ReadStream before = test::readStream(stream);
        QVERIFY(before.ok);
        QCOMPARE(before.header.folderMap.size(), 1);
        QVERIFY(before.header.folderMap.first().name.startsWith(QStringLiteral("Import of")));
        QBuffer in;
        in.setData(stream);
        QVERIFY(in.open(QIODevice::ReadOnly));
        gxmt::MemorySink out;
        kopano::RelayOptions options;
        options.root = { QStringLiteral("Kopano-Archiv ä"), quint64(gxmt::FidIpmSubtree) };
        Expected<kopano::RelayResult> relayed = kopano::relayStream(in, out, options);
        QVERIFY2(relayed, qPrintable(relayed ? QString() : relayed.error().fullText()));
        const test::ReadStream after = test::readStream(out.data());
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(after.header.folderMap.first().name, QStringLiteral("Kopano-Archiv ä"));
        QCOMPARE(after.header.folderMap.first().targetFid, quint64(gxmt::FidIpmSubtree));
        QCOMPARE(after.header.folderMap.first().nid, before.header.folderMap.first().nid);
        QVERIFY(after.header.folderMap.first().create);
        QCOMPARE(test::messageIds(after), test::messageIds(before));
        // The frames are the same bytes: the streams differ only by the name's length.
        const qsizetype grown = out.data().size() - stream.size();
        QCOMPARE(out.data().right(stream.size() - 200), stream.right(stream.size() - 200));
        QCOMPARE(grown, qsizetype(QStringLiteral("Kopano-Archiv ä").toUtf8().size())
                            - qsizetype(before.header.folderMap.first().name.toUtf8().size()));
        // A spliced stream has no top folder to place: the relay says so instead of guessing.
        QBuffer spliced;
        spliced.setData(sampleStream("pst/tika_testPST.pst", true));
        QVERIFY(spliced.open(QIODevice::ReadOnly));
        gxmt::MemorySink discard;
        QVERIFY(!kopano::relayStream(spliced, discard, options));
    }

    /// --direct's one shell: every word quoted, the password only read, both statuses reported.
    void directCommandQuotesAndReportsBothStatuses()
    {
        kopano::KdbSettings kdb;
        kdb.sqlUser = QStringLiteral("kop'ano");
        kdb.attachDir = QStringLiteral("/var/lib/kopano/attach ments");
        const QString command = kopano::directCommand(kdb, { QStringLiteral("alice"), {} },
            { QStringLiteral("gromox-import"), QStringLiteral("-u"), QStringLiteral("a$b@example.com") });
        QVERIFY(command.startsWith(QStringLiteral("IFS= read -r SQLPASS")));
        QVERIFY(command.contains(QStringLiteral("'kop'\\''ano'")));
        QVERIFY(command.contains(QStringLiteral("'/var/lib/kopano/attach ments'")));
        QVERIFY(command.contains(QStringLiteral("'a$b@example.com'")));
        QVERIFY(!command.contains(QStringLiteral("pipefail")));
        QVERIFY(!command.contains(QLatin1Char('\n')));
        const std::optional<kopano::DirectStatus> status = kopano::parseDirectStatus(QStringLiteral("@@mig-direct kdb2mt=1 import=0"));
        QVERIFY(status);
        QCOMPARE(status->kdb2mt, 1);
        QCOMPARE(status->importer, 0);
        QCOMPARE(kopano::parseDirectStatus(QStringLiteral("@@mig-direct kdb2mt=-1 import=141"))->kdb2mt, -1);
        QVERIFY(!kopano::parseDirectStatus(QStringLiteral("kdb2mt: @@mig-direct kdb2mt=0 import=0")));
    }

    void administratorsListStillReads()
    {
        // As an administrator edits the script's output: blanks, a default type, a GUID line.
        const QByteArray edited = "# Start of customer data:\n"
                                  "  user1@domain.com , user1\n"
                                  "user3@domain.com,00112233445566778899AABBCCDDEEFF,1\n"
                                  "this line has no at sign and is ignored\n";
        Expected<QList<kopano::MigrationEntry>> read = kopano::parseMigrationList(edited);
        QVERIFY(read);
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).store, QStringLiteral("user1"));
        QVERIFY(!read->at(0).byGuid);
        QVERIFY(read->at(1).byGuid);
        // Wrong lines are named by number.
        auto bad = kopano::parseMigrationList("a@b.c,x,2\n");
        QVERIFY(!bad);
        QVERIFY(bad.error().fullText().contains("line 1"));
        auto noGuid = kopano::parseMigrationList("\n@example.com,public\n");
        QVERIFY(!noGuid);
        QVERIFY(noGuid.error().fullText().contains("line 2"));
        QVERIFY(!kopano::parseMigrationList("a@b.c,x,0,extra\n"));
    }

    void kdbCommandQuotesAndHoldsNoPassword()
    {
        kopano::KdbSettings settings;
        settings.sqlHost = "127.0.0.1";
        settings.sqlPort = 3306;
        settings.sqlUser = "kopano";
        settings.sqlDatabase = "kopano";
        settings.attachDir = "/mnt/kopano attachments";
        settings.userMap = "/root/map.json";
        const QString byLogin = kopano::kdbCommand(settings, { "o'brien", {} });
        QVERIFY2(byLogin.contains("exec 'gromox-kdb2mt' '-s' '--user-map' '/root/map.json' '--sql-host' '127.0.0.1'"),
                 qPrintable(byLogin));
        QVERIFY(byLogin.contains("'--mbox-mro' 'o'\\''brien'"));
        QVERIFY(byLogin.contains("'--src-attach' '/mnt/kopano attachments'"));
        QVERIFY(byLogin.startsWith("IFS= read -r SQLPASS && export SQLPASS && "));
        const QString byGuid = kopano::kdbCommand(settings, { "ignored", "00112233445566778899AABBCCDDEEFF" });
        QVERIFY(byGuid.contains("'--mbox-guid' '00112233445566778899AABBCCDDEEFF'"));
        QVERIFY(!byGuid.contains("ignored"));
        settings.useSudo = true;
        QVERIFY(kopano::kdbCommand(settings, { "x", {} }).startsWith("'sudo' '-n' 'sh' '-c' 'IFS= read -r SQLPASS"));
        QCOMPARE(*kopano::kdbInput("s3cret"), QByteArray("s3cret\n"));
        QVERIFY(!kopano::kdbInput("two\nlines"));
    }

    void specsRoundTripWithoutSecrets()
    {
        kopano::ServerSettings server;
        server.host = "root@kopano.example.com";
        server.kdb.sqlHost = "db";
        server.kdb.attachDir = "/var/lib/kopano/attachments";
        server.mountAttachments = true;
        kopano::MigrationEntry entry { "bob@example.com", "bob", false, 2.2, true };
        const sources::SourceSpec spec = kopano::specFor(entry, server);
        QCOMPARE(spec.kind, QStringLiteral("kopano"));
        Expected<kopano::StoreJob> job = kopano::storeJobFrom(spec);
        QVERIFY(job);
        QCOMPARE(job->store.login, QStringLiteral("bob"));
        QCOMPARE(job->server.host, server.host);
        QVERIFY(job->server.mountAttachments);
        QCOMPARE(job->sizeMiB, 2.2);
        sources::SourceSpec broken = spec;
        broken.options.remove("login");
        QVERIFY(!kopano::storeJobFrom(broken));
    }

    // The wizard names a Kopano store by the list's address: without a directory that address is
    // the target; with one, the user who has it (as primary or alias address) is, and an address
    // the directory does not know is still proposed, with less confidence.
    void storesMapToTheListsAddress()
    {
        kopano::ServerSettings server;
        server.host = "kopano.example.com";
        const sources::SourceSpec bob = kopano::specFor({ "bob@example.com", "bob", false, 2.2, true }, server);
        const sources::SourceSpec shared
            = kopano::specFor({ "@example.com", "0123456789ABCDEF0123456789ABCDEF", true }, server);
        QCOMPARE(kopano::storeTitle(bob), QStringLiteral("bob"));
        QCOMPARE(kopano::storeTitle(shared), QStringLiteral("Public store @example.com"));
        QCOMPARE(kopano::listedTarget(bob), QStringLiteral("bob@example.com"));

        const mapping::Matcher none(std::vector<directory::UserRecord> {});
        mapping::MappingEntry entry = none.propose(mapping::describeSpec(bob));
        QCOMPARE(entry.status, mapping::MappingStatus::Matched);
        QCOMPARE(entry.target, QStringLiteral("bob@example.com"));
        QCOMPARE(entry.confidence, 100);
        QCOMPARE(none.propose(mapping::describeSpec(shared)).target, QStringLiteral("@example.com"));

        directory::UserRecord robert;
        robert.login = "robert";
        robert.mail = "robert@example.org";
        robert.aliases = { "bob@example.com" };
        const mapping::Matcher directory(std::vector<directory::UserRecord> { robert });
        entry = directory.propose(mapping::describeSpec(bob));
        QCOMPARE(entry.target, QStringLiteral("robert@example.org"));
        QCOMPARE(entry.confidence, 95);
        entry = directory.propose(mapping::describeSpec(shared));
        QCOMPARE(entry.status, mapping::MappingStatus::Matched);
        QCOMPARE(entry.target, QStringLiteral("@example.com"));
        QCOMPARE(entry.confidence, 70);
    }

    void relayPassesTheStreamOnUnchanged()
    {
        MIG_REQUIRE_TESTDATA();
        const QByteArray stream = sampleStream("pst/tika_testPST.pst", true);
        QVERIFY(!stream.isEmpty());
        const test::ReadStream frames = test::readStream(stream);
        QVERIFY(frames.ok);
        QBuffer in;
        in.setData(stream);
        QVERIFY(in.open(QIODevice::ReadOnly));
        gxmt::MemorySink out;
        quint64 progressCalls = 0;
        kopano::RelayOptions options;
        options.progress = [&](const kopano::RelayProgress &) { ++progressCalls; };
        Expected<kopano::RelayResult> relayed = kopano::relayStream(in, out, options);
        QVERIFY2(relayed, qPrintable(relayed ? QString() : relayed.error().fullText()));
        QCOMPARE(out.data(), stream);
        QCOMPARE(relayed->counts.messagesSent, quint64(frames.messages.size()));
        QCOMPARE(relayed->counts.folders, quint64(frames.folders.size()));
        QCOMPARE(relayed->counts.bytesIn, quint64(stream.size()));
        QCOMPARE(progressCalls, quint64(frames.messages.size()));
        QVERIFY(!relayed->stopped);
    }

    void stopAndResumeSendEveryMessageOnce()
    {
        MIG_REQUIRE_TESTDATA();
        const QByteArray stream = sampleStream("pst/tika_testPST.pst", true);
        const test::ReadStream all = test::readStream(stream);
        QVERIFY(all.messages.size() >= 4);
        // First run: stopped after 3 messages; the receiver gets a stream that ends cleanly there.
        QBuffer first;
        first.setData(stream);
        QVERIFY(first.open(QIODevice::ReadOnly));
        gxmt::MemorySink firstOut;
        kopano::RelayOptions stopAfterThree;
        quint64 seen = 0;
        stopAfterThree.stopRequested = [&] { return ++seen >= 3; };
        Expected<kopano::RelayResult> stopped = kopano::relayStream(first, firstOut, stopAfterThree);
        QVERIFY(stopped);
        QVERIFY(stopped->stopped);
        QCOMPARE(stopped->counts.messagesSent, quint64(3));
        const test::ReadStream firstFrames = test::readStream(firstOut.data());
        QVERIFY2(firstFrames.ok, qPrintable(firstFrames.error));
        QCOMPARE(firstFrames.messages.size(), 3);
        // Resumed run: the same stream again (kdb2mt starts over), the first 3 messages passed over.
        QBuffer second;
        second.setData(stream);
        QVERIFY(second.open(QIODevice::ReadOnly));
        gxmt::MemorySink secondOut;
        kopano::RelayOptions resume;
        resume.skipMessages = 3;
        Expected<kopano::RelayResult> resumed = kopano::relayStream(second, secondOut, resume);
        QVERIFY(resumed);
        QCOMPARE(resumed->counts.messagesSkipped, quint64(3));
        const test::ReadStream secondFrames = test::readStream(secondOut.data());
        QVERIFY2(secondFrames.ok, qPrintable(secondFrames.error));
        QCOMPARE(secondFrames.messages.size() + firstFrames.messages.size(), all.messages.size());
        QCOMPARE(secondFrames.folders.size(), all.folders.size()); // every folder still declared
        QCOMPARE(test::messageIds(firstFrames) + test::messageIds(secondFrames), test::messageIds(all));
    }

    void brokenStreamFailsWithTheReadersReason()
    {
        MIG_REQUIRE_TESTDATA();
        const QByteArray stream = sampleStream("pst/libyal_outlook.pst", false);
        QBuffer in;
        in.setData(stream.left(stream.size() - 7)); // torn in its last frame
        QVERIFY(in.open(QIODevice::ReadOnly));
        gxmt::MemorySink out;
        Expected<kopano::RelayResult> relayed = kopano::relayStream(in, out, {});
        QVERIFY(!relayed);
        QCOMPARE(relayed.error().code, Error::Code::Corrupt);
        QBuffer empty;
        QVERIFY(empty.open(QIODevice::ReadOnly));
        QVERIFY(!kopano::relayStream(empty, out, {}));
    }
};

QTEST_GUILESS_MAIN(TestKopano)
#include "TestKopano.moc"
