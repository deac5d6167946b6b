// Matching the shared sample PSTs, renamed the way administrators name exports, against a real
// slapd: the right target and reason for each, ambiguous and conflicting ones flagged; the
// dominant Sent Items sender read from a real PST; and the `map` command's JSON and CSV output.
#include "SlapdFixture.h"
#include "TestEnvironment.h"

#include "directory/LdapDirectory.h"
#include "mapping/MappingTable.h"
#include "mapping/SourceInspector.h"
#include "mapping/SourceScanner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <future>

using mig::directory::LdapSettings;
using mig::mapping::MappingEntry;
using mig::mapping::MappingStatus;
using mig::mapping::MappingTable;
using mig::mapping::SourceDescriptor;
using mig::test::SlapdFixture;

namespace {

/// Renamed copies of the shared PSTs: file name -> shared sample.
const QList<std::pair<QString, QString>> &renamedSamples()
{
    static const QList<std::pair<QString, QString>> samples{
        {QStringLiteral("amelia.hartmann@example.org.pst"), QStringLiteral("pst/libyal_outlook.pst")}, // address
        {QStringLiteral("bruno@example.org.pst"), QStringLiteral("pst/tika_testPST.pst")},            // alias
        {QStringLiteral("cdubois.pst"), QStringLiteral("pst/pstsdk_sample2.pst")},                     // login
        {QStringLiteral("frank.morel.pst"), QStringLiteral("pst/gopst_32-bit.pst")},                   // local part
        {QStringLiteral("Daichi Nakamura.pst"), QStringLiteral("pst/rubymsg_msgInMsg.pst")},           // display name
        {QStringLiteral("Erik Larsen.pst"), QStringLiteral("pst/javalibpst_dist-list.pst")},           // two Erik Larsens
        {QStringLiteral("stranger.ost"), QStringLiteral("pst/aspose_PersonalStorageFile.ost")},        // nobody
    };
    return samples;
}

const MappingEntry *entryFor(const MappingTable &table, const QString &fileName)
{
    for (const MappingEntry &entry : table.entries()) {
        if (QFileInfo(entry.source).fileName() == fileName)
            return &entry;
    }
    return nullptr;
}

} // namespace

class TestMapSources final : public QObject {
    Q_OBJECT

private:
    SlapdFixture m_slapd;
    QTemporaryDir m_sources;

    LdapSettings settings(const QString &base) const
    {
        LdapSettings s;
        s.uri = m_slapd.uri();
        s.baseDn = base;
        s.timeoutSeconds = 5;
        return s;
    }

    MappingTable mapFolder(const QString &folder, const LdapSettings &s)
    {
        auto sources = mig::mapping::collectSources({folder});
        if (!sources)
            qFatal("collectSources: %s", qPrintable(sources.error().fullText()));
        for (SourceDescriptor &source : *sources) {
            if (auto inspected = mig::mapping::inspectSource(source); !inspected)
                qWarning("%s", qPrintable(inspected.error().fullText()));
        }
        auto users = mig::directory::fetchUsers(s);
        if (!users)
            qFatal("fetchUsers: %s", qPrintable(users.error().fullText()));
        return MappingTable::build(*sources, mig::mapping::Matcher(std::move(*users)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        QString error;
        QVERIFY2(m_slapd.start(&error), qPrintable(error));
        QVERIFY(m_sources.isValid());
        for (const auto &[name, sample] : renamedSamples()) {
            const QString original = mig::test::testDataPath(sample);
            QVERIFY2(QFileInfo::exists(original), qPrintable(original));
            QVERIFY(QFile::link(original, QDir(m_sources.path()).filePath(name)));
        }
    }

    void cleanupTestCase() { m_slapd.stop(); }

    void namesMatchTheRightUsers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("confidence");
        QTest::addColumn<QString>("reasonPart");
        const auto row = [](const char *file, MappingStatus status, const char *target, int confidence, const char *reason) {
            QTest::newRow(file) << QString::fromUtf8(file) << int(status) << QString::fromUtf8(target) << confidence
                                << QString::fromUtf8(reason);
        };
        row("amelia.hartmann@example.org.pst", MappingStatus::Matched, "amelia.hartmann@example.org", 100, "is the address of");
        row("bruno@example.org.pst", MappingStatus::Matched, "bruno.koenig@example.org", 95, "is an alias address of");
        row("cdubois.pst", MappingStatus::Matched, "claire.dubois@example.org", 85, "is the login of");
        row("frank.morel.pst", MappingStatus::Matched, "frank.morel@example.org", 80, "local part of the address");
        row("Daichi Nakamura.pst", MappingStatus::Matched, "daichi.nakamura@example.org", 65, "is the display name of");
        row("Erik Larsen.pst", MappingStatus::Ambiguous, "", 65, "2 users match equally well");
        row("stranger.ost", MappingStatus::Unmatched, "", 0, "no directory user matches");
    }

    void namesMatchTheRightUsers()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QString, target);
        QFETCH(int, confidence);
        QFETCH(QString, reasonPart);
        const MappingTable table = mapFolder(m_sources.path(), settings(QStringLiteral("ou=people,dc=example,dc=org")));
        QCOMPARE(table.entries().size(), size_t(renamedSamples().size()));
        const MappingEntry *entry = entryFor(table, file);
        QVERIFY(entry);
        QCOMPARE(int(entry->status), status);
        QCOMPARE(entry->target, target);
        QCOMPARE(entry->confidence, confidence);
        QVERIFY2(entry->reason.contains(reasonPart), qPrintable(entry->reason));
        if (entry->status == MappingStatus::Ambiguous)
            QCOMPARE(entry->candidates, QStringList({QStringLiteral("erik.larsen@example.org"), QStringLiteral("erik.larsen2@example.org")}));
    }

    void twoSourcesForOneUserConflict()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")),
                            QDir(dir.path()).filePath(QStringLiteral("fmorel.pst"))));
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("pst/pstsdk_sample2.pst")),
                            QDir(dir.path()).filePath(QStringLiteral("Frank Morel.pst"))));
        const MappingTable table = mapFolder(dir.path(), settings(QStringLiteral("ou=people,dc=example,dc=org")));
        QCOMPARE(table.entries().size(), size_t(2));
        for (const MappingEntry &entry : table.entries()) {
            QCOMPARE(entry.status, MappingStatus::Conflict);
            QCOMPARE(entry.target, QStringLiteral("frank.morel@example.org"));
        }
        QVERIFY(table.ready().empty());
    }

    void activeDirectoryProxyAddresses()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("pst/libyal_outlook.pst")),
                            QDir(dir.path()).filePath(QStringLiteral("gs@legacy.example.org.pst"))));
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("pst/pstsdk_sample2.pst")),
                            QDir(dir.path()).filePath(QStringLiteral("hbrandt@corp.example.org.pst"))));
        LdapSettings s = settings(QStringLiteral("ou=ad,dc=example,dc=org"));
        s.mapping = mig::directory::AttributeMapping::activeDirectory();
        const MappingTable table = mapFolder(dir.path(), s);
        const MappingEntry *greta = entryFor(table, QStringLiteral("gs@legacy.example.org.pst"));
        QVERIFY(greta);
        QCOMPARE(greta->target, QStringLiteral("greta.svensson@example.org"));
        QCOMPARE(greta->confidence, 95);
        const MappingEntry *hugo = entryFor(table, QStringLiteral("hbrandt@corp.example.org.pst"));
        QVERIFY(hugo);
        QCOMPARE(hugo->target, QStringLiteral("hugo.brandt@example.org")); // via userPrincipalName
        QCOMPARE(hugo->confidence, 85);
        QVERIFY2(hugo->reason.contains(QStringLiteral("disabled")), qPrintable(hugo->reason));
    }

    void dominantSentItemsSender()
    {
        // aspose_Outlook.pst's Sent Items were all sent from saqib.razzaq@xp.local; its name says nothing.
        QString error;
        QVERIFY2(m_slapd.addLdif("dn: uid=srazzaq,ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\n"
                                 "uid: srazzaq\ncn: S R\nsn: R\nmail: saqib.razzaq@xp.local\n",
                                 &error),
                 qPrintable(error));
        QTemporaryDir dir;
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("pst/aspose_Outlook.pst")),
                            QDir(dir.path()).filePath(QStringLiteral("archive-2019.pst"))));
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("pst/aspose_SampleOstFile.ost")),
                            QDir(dir.path()).filePath(QStringLiteral("cached-mode.ost"))));
        auto sources = mig::mapping::collectSources({dir.path()});
        QVERIFY(sources.has_value());
        QCOMPARE(sources->size(), size_t(2));
        for (SourceDescriptor &source : *sources)
            QVERIFY(mig::mapping::inspectSource(source).has_value());
        QCOMPARE((*sources)[0].dominantSender, QStringLiteral("saqib.razzaq@xp.local"));
        QVERIFY((*sources)[1].dominantSender.isEmpty()); // Exchange X.500 senders carry no SMTP address

        const MappingTable table = mapFolder(dir.path(), settings(QStringLiteral("ou=people,dc=example,dc=org")));
        const MappingEntry *archive = entryFor(table, QStringLiteral("archive-2019.pst"));
        QVERIFY(archive);
        QCOMPARE(archive->status, MappingStatus::Matched);
        QCOMPARE(archive->target, QStringLiteral("saqib.razzaq@xp.local"));
        QCOMPARE(archive->confidence, 50);
        QVERIFY2(archive->reason.contains(QStringLiteral("Sent Items")), qPrintable(archive->reason));
        QCOMPARE(entryFor(table, QStringLiteral("cached-mode.ost"))->status, MappingStatus::Unmatched);
    }

    /// A folder of per-user files of every kind: the scanner takes what some source kind's file
    /// patterns name (calendars, address books, messages), and leaves other files alone.
    void folderScanTakesEveryKind()
    {
        QTemporaryDir dir;
        const QDir d(dir.path());
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("ics/ical4j_sunbird_sample.ics")),
                            d.filePath(QStringLiteral("anna@example.org.ics"))));
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("mbox/tika_single_mail.mbox")),
                            d.filePath(QStringLiteral("bert@example.org.mbox"))));
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("eml/mail_utf8_headers.eml")),
                            d.filePath(QStringLiteral("carl@example.org.eml"))));
        QVERIFY(QFile::link(mig::test::testDataPath(QStringLiteral("pst/tika_testPST.pst")),
                            d.filePath(QStringLiteral("dora@example.org.pst"))));
        QFile notes(d.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("not a source\n") > 0);
        notes.close();
        auto sources = mig::mapping::collectSources({dir.path()});
        QVERIFY(sources.has_value());
        QStringList names;
        for (const SourceDescriptor &source : *sources)
            names.append(source.name);
        QCOMPARE(names, QStringList({ QStringLiteral("anna@example.org"), QStringLiteral("bert@example.org"),
                            QStringLiteral("carl@example.org"), QStringLiteral("dora@example.org") }));
    }

    void mapCommandPrintsJsonAndWritesCsv()
    {
        const QString csvPath = QDir(m_slapd.workDir()).filePath(QStringLiteral("mapping.csv"));
        const auto r = mig::test::runApp({QStringLiteral("map"), m_sources.path(), QStringLiteral("--ldap"), m_slapd.uri(),
                                          QStringLiteral("--base"), QStringLiteral("ou=people,dc=example,dc=org"),
                                          QStringLiteral("--json"), QStringLiteral("--csv"), csvPath});
        QVERIFY2(r.exitCode == 0 && !r.crashed, r.err.constData());
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(r.out, &parseError);
        QVERIFY2(json.isArray(), qPrintable(parseError.errorString()));
        const QJsonArray rows = json.array();
        QCOMPARE(rows.size(), renamedSamples().size());
        const QStringList keys{QStringLiteral("candidates"), QStringLiteral("confidence"), QStringLiteral("reason"),
                               QStringLiteral("source"), QStringLiteral("status"), QStringLiteral("target")};

        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const auto csv = MappingTable::fromCsv(csvFile.readAll(), csvPath);
        QVERIFY2(csv.has_value(), qPrintable(csv.error().fullText()));
        QCOMPARE(csv->entries().size(), size_t(rows.size()));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            QCOMPARE(row.keys(), keys);
            const MappingEntry &entry = csv->entries()[size_t(i)];
            QCOMPARE(entry.source, row.value(QStringLiteral("source")).toString());
            QCOMPARE(entry.target, row.value(QStringLiteral("target")).toString());
            QCOMPARE(mig::mapping::statusName(entry.status), row.value(QStringLiteral("status")).toString());
            QCOMPARE(entry.reason, row.value(QStringLiteral("reason")).toString());
            if (QFileInfo(entry.source).fileName() == QLatin1String("cdubois.pst")) {
                QCOMPARE(entry.target, QStringLiteral("claire.dubois@example.org"));
                QCOMPARE(row.value(QStringLiteral("confidence")).toInt(), 85);
            }
        }
    }

    /// --csv into a FIFO (a reader gets the whole table), through a symlink (kept) and, as root,
    /// into a device node (stays a device): never a temporary file renamed over them.
    void mapCsvIntoSpecialFiles()
    {
        QTemporaryDir dir;
        const auto map = [&](const QString &csv) {
            return mig::test::runApp({QStringLiteral("map"), m_sources.path(), QStringLiteral("--ldap"), m_slapd.uri(),
                                      QStringLiteral("--base"), QStringLiteral("ou=people,dc=example,dc=org"),
                                      QStringLiteral("--csv"), csv});
        };
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        std::future<QByteArray> received = std::async(std::launch::async, [fifo] {
            QFile f(fifo);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        });
        QCOMPARE(map(fifo).exitCode, 0);
        const auto table = MappingTable::fromCsv(received.get(), fifo);
        QVERIFY2(table.has_value(), qPrintable(table.error().fullText()));
        QCOMPARE(table->entries().size(), size_t(renamedSamples().size()));
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());

        const QString link = dir.filePath(QStringLiteral("mapping.csv"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real.csv")), link));
        QCOMPARE(map(link).exitCode, 0);
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("real.csv"))).size() > 0);

        if (::geteuid() != 0)
            QSKIP("mknod needs root: the device case runs in CI (root)");
        const QString node = dir.filePath(QStringLiteral("null"));
        QVERIFY(::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0);
        QCOMPARE(map(node).exitCode, 0);
        struct stat st {};
        QVERIFY(::lstat(QFile::encodeName(node).constData(), &st) == 0 && S_ISCHR(st.st_mode));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size(), 4);
    }

    void mapCommandTakesEditedCsvAndLists()
    {
        const QDir work(m_slapd.workDir());
        const QString edited = work.filePath(QStringLiteral("edited.csv"));
        const QString deny = work.filePath(QStringLiteral("exchange2grommunio.ignore"));
        {
            QFile f(edited);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // As a German spreadsheet saves it: ';' separated, CRLF, no byte order mark.
            f.write("source;target;status;reason\r\n" + QDir(m_sources.path()).filePath(QStringLiteral("Erik Larsen.pst")).toUtf8()
                    + ";elarsen2;manual;decided by the admin\r\n");
            QFile d(deny);
            QVERIFY(d.open(QIODevice::WriteOnly));
            d.write("# left the company\nclaire.dubois@example.org\n");
        }
        const auto r = mig::test::runApp({QStringLiteral("map"), m_sources.path(), QStringLiteral("--ldap"), m_slapd.uri(),
                                          QStringLiteral("--base"), QStringLiteral("ou=people,dc=example,dc=org"),
                                          QStringLiteral("--overrides"), edited, QStringLiteral("--deny"), deny,
                                          QStringLiteral("--json"), QStringLiteral("--no-inspect")});
        QVERIFY2(r.exitCode == 0 && !r.crashed, r.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), renamedSamples().size());
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            const QString file = QFileInfo(row.value(QStringLiteral("source")).toString()).fileName();
            if (file == QLatin1String("Erik Larsen.pst")) {
                QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("manual"));
                QCOMPARE(row.value(QStringLiteral("target")).toString(), QStringLiteral("erik.larsen2@example.org"));
            } else if (file == QLatin1String("cdubois.pst")) {
                QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("ignored"));
            }
        }
    }

    void mapCommandTextOutputAndErrors()
    {
        auto r = mig::test::runApp({QStringLiteral("map"), m_sources.path(), QStringLiteral("--ldap"), m_slapd.uri(),
                                    QStringLiteral("--base"), QStringLiteral("ou=people,dc=example,dc=org"),
                                    QStringLiteral("--no-inspect")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("SOURCE"));
        QVERIFY(r.out.contains("ambiguous"));
        QVERIFY(r.out.contains("5 of 7 source(s) ready"));

        r = mig::test::runApp({QStringLiteral("map"), QDir(m_sources.path()).filePath(QStringLiteral("missing.pst")),
                               QStringLiteral("--ldap"), m_slapd.uri(), QStringLiteral("--base"), SlapdFixture::baseDn()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("missing.pst"), r.err.constData());

        r = mig::test::runApp({QStringLiteral("map"), m_sources.path(), QStringLiteral("--base"), SlapdFixture::baseDn()});
        QCOMPARE(r.exitCode, 2); // no --ldap
    }
};

QTEST_GUILESS_MAIN(TestMapSources)
#include "TestMapSources.moc"
