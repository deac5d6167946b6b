// The matching rules, the mapping table's overrides, allow/deny lists and conflict detection,
// the AD/OpenLDAP entry conversion, and how sources are collected from paths.
#include "directory/UserRecordBuilder.h"
#include "mapping/AddressList.h"
#include "mapping/MappingTable.h"
#include "mapping/Matcher.h"
#include "mapping/SourceScanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using mig::directory::AttributeMapping;
using mig::directory::UserRecord;
using mig::mapping::AddressList;
using mig::mapping::Matcher;
using mig::mapping::MappingEntry;
using mig::mapping::MappingRules;
using mig::mapping::MappingStatus;
using mig::mapping::MappingTable;
using mig::mapping::SourceDescriptor;

namespace {

UserRecord user(const QString &login, const QString &mail, const QString &displayName, const QStringList &aliases = {},
                bool disabled = false)
{
    UserRecord u;
    u.dn = QStringLiteral("uid=%1,ou=people,dc=example,dc=org").arg(login);
    u.login = login;
    u.mail = mail;
    u.displayName = displayName;
    u.aliases = aliases;
    u.disabled = disabled;
    return u;
}

std::vector<UserRecord> directory()
{
    std::vector<UserRecord> users{
        user(QStringLiteral("amelia"), QStringLiteral("amelia.hartmann@example.org"), QStringLiteral("Amelia Hartmann"),
             {QStringLiteral("sales@example.org")}),
        user(QStringLiteral("bkoenig"), QStringLiteral("bruno.koenig@example.org"), QStringLiteral("Bruno König")),
        user(QStringLiteral("elarsen"), QStringLiteral("erik.larsen@example.org"), QStringLiteral("Erik Larsen")),
        user(QStringLiteral("elarsen2"), QStringLiteral("erik.larsen2@example.org"), QStringLiteral("Erik Larsen")),
        user(QStringLiteral("hbrandt"), QStringLiteral("hugo.brandt@example.org"), QStringLiteral("Hugo Brandt"), {},
             true),
        // A login that is someone else's local part: "sales" the login beats "sales" the alias local part.
        user(QStringLiteral("sales"), QStringLiteral("team.sales@example.org"), QStringLiteral("Sales Team")),
    };
    users[1].otherLogins = {QStringLiteral("bkoenig@corp.example.org")};
    return users;
}

SourceDescriptor source(const QString &name)
{
    SourceDescriptor s;
    s.path = QStringLiteral("/pst/") + name + QStringLiteral(".pst");
    s.name = name;
    s.kind = SourceDescriptor::Kind::PstFile;
    return s;
}

} // namespace

class TestMatcher final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("confidence");
        QTest::addColumn<QString>("reasonPart");
        const auto row = [](const char *tag, const char *name, const char *target, int confidence, const char *reason) {
            QTest::newRow(tag) << QString::fromUtf8(name) << QString::fromUtf8(target) << confidence
                               << QString::fromUtf8(reason);
        };
        row("primary address", "Amelia.Hartmann@Example.org", "amelia.hartmann@example.org", 100, "is the address of");
        row("alias address", "sales@example.org", "amelia.hartmann@example.org", 95, "is an alias address of");
        row("login", "bkoenig", "bruno.koenig@example.org", 85, "is the login of");
        row("userPrincipalName", "bkoenig@corp.example.org", "bruno.koenig@example.org", 85, "is the login of");
        row("login beats alias local part", "sales", "team.sales@example.org", 85, "is the login of");
        row("local part", "bruno.koenig", "bruno.koenig@example.org", 80, "local part of the address");
        row("display name", "Amelia Hartmann", "amelia.hartmann@example.org", 65, "is the display name of");
        row("display name without accents, underscores", "bruno_konig", "bruno.koenig@example.org", 65, "is the display name of");
    }

    void rules()
    {
        QFETCH(QString, name);
        QFETCH(QString, target);
        QFETCH(int, confidence);
        QFETCH(QString, reasonPart);
        const Matcher matcher(directory());
        const MappingEntry entry = matcher.propose(source(name));
        QCOMPARE(entry.status, MappingStatus::Matched);
        QCOMPARE(entry.target, target);
        QCOMPARE(entry.confidence, confidence);
        QVERIFY2(entry.reason.contains(reasonPart), qPrintable(entry.reason));
        QCOMPARE(entry.source, QStringLiteral("/pst/") + name + QStringLiteral(".pst"));
    }

    void storeDisplayNameOwnerAndSender()
    {
        const Matcher matcher(directory());
        SourceDescriptor s = source(QStringLiteral("backup-2019"));
        QCOMPARE(matcher.propose(s).status, MappingStatus::Unmatched);

        s.dominantSender = QStringLiteral("Sales@Example.org");
        MappingEntry entry = matcher.propose(s);
        QCOMPARE(entry.target, QStringLiteral("amelia.hartmann@example.org"));
        QCOMPARE(entry.confidence, 50);
        QVERIFY(entry.reason.contains(QStringLiteral("Sent Items")));

        s.ownerName = QStringLiteral("Bruno Konig");
        entry = matcher.propose(s); // the owner (60) outranks the sender (50)
        QCOMPARE(entry.target, QStringLiteral("bruno.koenig@example.org"));
        QCOMPARE(entry.confidence, 60);

        s.storeDisplayName = QStringLiteral("hugo.brandt@example.org");
        entry = matcher.propose(s); // a store named by an address (90)
        QCOMPARE(entry.target, QStringLiteral("hugo.brandt@example.org"));
        QCOMPARE(entry.confidence, 90);
        QVERIFY2(entry.reason.contains(QStringLiteral("disabled")), qPrintable(entry.reason));
    }

    void equallyGoodCandidatesAreAmbiguous()
    {
        const Matcher matcher(directory());
        const MappingEntry entry = matcher.propose(source(QStringLiteral("erik larsen")));
        QCOMPARE(entry.status, MappingStatus::Ambiguous);
        QVERIFY(entry.target.isEmpty()); // never guessed
        QCOMPARE(entry.candidates, QStringList({QStringLiteral("erik.larsen@example.org"), QStringLiteral("erik.larsen2@example.org")}));
        // A stronger rule settles it: the login is unique.
        QCOMPARE(matcher.propose(source(QStringLiteral("elarsen2"))).target, QStringLiteral("erik.larsen2@example.org"));
    }

    void noMatchIsUnmatched()
    {
        const Matcher matcher(directory());
        const MappingEntry entry = matcher.propose(source(QStringLiteral("nobody@example.org")));
        QCOMPARE(entry.status, MappingStatus::Unmatched);
        QVERIFY(entry.target.isEmpty());
        QCOMPARE(entry.confidence, 0);
        QVERIFY(entry.reason.contains(QStringLiteral("nobody@example.org")));
    }

    void findUserByAnyName()
    {
        const Matcher matcher(directory());
        QCOMPARE(matcher.findUser(QStringLiteral("SALES@example.org"))->login, QStringLiteral("amelia"));
        QCOMPARE(matcher.findUser(QStringLiteral("bkoenig"))->login, QStringLiteral("bkoenig"));
        QVERIFY(!matcher.findUser(QStringLiteral("Erik Larsen"))); // display names are not identifiers
    }

    void twoSourcesForOneTargetConflict()
    {
        const Matcher matcher(directory());
        const MappingTable table = MappingTable::build(
            {source(QStringLiteral("amelia")), source(QStringLiteral("amelia.hartmann@example.org")),
             source(QStringLiteral("bkoenig"))},
            matcher);
        QCOMPARE(table.entries()[0].status, MappingStatus::Conflict);
        QCOMPARE(table.entries()[1].status, MappingStatus::Conflict);
        QCOMPARE(table.entries()[0].target, QStringLiteral("amelia.hartmann@example.org")); // kept for the person deciding
        QCOMPARE(table.entries()[0].candidates, QStringList{QStringLiteral("/pst/amelia.hartmann@example.org.pst")});
        QVERIFY(table.entries()[1].reason.contains(QStringLiteral("/pst/amelia.pst")));
        QCOMPARE(table.entries()[2].status, MappingStatus::Matched);
        QCOMPARE(table.ready().size(), size_t(1));
    }

    void overridesAllowAndDenyLists()
    {
        const Matcher matcher(directory());
        const std::vector<SourceDescriptor> sources{source(QStringLiteral("erik larsen")), source(QStringLiteral("amelia")),
                                                    source(QStringLiteral("bkoenig")), source(QStringLiteral("unknown"))};
        MappingRules rules;
        rules.setOverride(QStringLiteral("Erik Larsen.pst"), QStringLiteral("elarsen2")); // by file name and login
        rules.setOverride(QStringLiteral("/pst/unknown.pst"), QStringLiteral("new.user@example.org"));
        rules.deny = AddressList::parse("# leavers\nsales@example.org   # Amelia's alias counts too\n");
        MappingTable table = MappingTable::build(sources, matcher, rules);
        QCOMPARE(table.entries()[0].status, MappingStatus::Manual);
        QCOMPARE(table.entries()[0].target, QStringLiteral("erik.larsen2@example.org")); // login resolved to the address
        QCOMPARE(table.entries()[1].status, MappingStatus::Ignored);
        QCOMPARE(table.entries()[2].status, MappingStatus::Matched);
        QCOMPARE(table.entries()[3].status, MappingStatus::Manual);
        QVERIFY(table.entries()[3].reason.contains(QStringLiteral("not in the directory")));

        rules.deny = AddressList();
        rules.allow = AddressList({QStringLiteral("bruno.koenig@example.org"), QStringLiteral("erik larsen.pst")});
        table = MappingTable::build(sources, matcher, rules);
        QCOMPARE(table.entries()[0].status, MappingStatus::Manual); // allowed by its file name
        QCOMPARE(table.entries()[1].status, MappingStatus::Ignored);
        QCOMPARE(table.entries()[1].reason, QStringLiteral("not on the allow list"));
        QCOMPARE(table.entries()[2].status, MappingStatus::Matched);
        QCOMPARE(table.entries()[3].status, MappingStatus::Ignored);
    }

    void editedCsvBecomesDecisions()
    {
        const Matcher matcher(directory());
        const std::vector<SourceDescriptor> sources{source(QStringLiteral("erik larsen")), source(QStringLiteral("amelia"))};
        const MappingTable proposed = MappingTable::build(sources, matcher);
        QCOMPARE(proposed.entries()[0].status, MappingStatus::Ambiguous);
        // The person fills in the ambiguous row and ignores the other one in a spreadsheet.
        QByteArray csv = proposed.toCsv();
        csv.replace("/pst/erik larsen.pst,,ambiguous", "/pst/erik larsen.pst,erik.larsen@example.org,manual");
        csv.replace("amelia.hartmann@example.org,matched", "amelia.hartmann@example.org,ignored");
        const auto edited = MappingTable::fromCsv(csv, QStringLiteral("edited.csv"));
        QVERIFY(edited.has_value());
        MappingRules rules;
        rules.adoptEdits(edited->entries());
        const MappingTable decided = MappingTable::build(sources, matcher, rules);
        QCOMPARE(decided.entries()[0].status, MappingStatus::Manual);
        QCOMPARE(decided.entries()[0].target, QStringLiteral("erik.larsen@example.org"));
        QCOMPARE(decided.entries()[1].status, MappingStatus::Ignored);
    }

    void addressListFormat()
    {
        const AddressList list = AddressList::parse("\xEF\xBB\xBF# exchange2grommunio.import\r\n"
                                                    "  A@Example.org  \r\n\r\n# b@example.org\r\nc@example.org # note\r\n");
        QCOMPARE(list.size(), 2);
        QVERIFY(list.contains(QStringLiteral("a@example.org")));
        QVERIFY(list.contains(QStringLiteral("C@EXAMPLE.ORG")));
        QVERIFY(!list.contains(QStringLiteral("b@example.org")));
        const auto missing = AddressList::load(QStringLiteral("/nonexistent/.ignore"));
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, mig::Error::Code::NotFound);
    }

    void activeDirectoryEntry()
    {
        mig::directory::EntryAttributes attributes;
        attributes.insert(QStringLiteral("samaccountname"), {QStringLiteral("gsvensson")});
        attributes.insert(QStringLiteral("proxyaddresses"),
                          {QStringLiteral("smtp:greta@example.org"), QStringLiteral("X500:/o=Org/cn=gs"),
                           QStringLiteral("SMTP:Greta.Svensson@example.org"), QStringLiteral("sip:greta@example.org"),
                           QStringLiteral("smtp:GRETA@example.org")});
        attributes.insert(QStringLiteral("useraccountcontrol"), {QStringLiteral("66050")}); // 0x10202: disabled
        attributes.insert(QStringLiteral("cn"), {QStringLiteral("Greta Svensson")});
        const UserRecord u = mig::directory::buildUserRecord(QStringLiteral("CN=Greta"), attributes,
                                                             AttributeMapping::activeDirectory());
        QCOMPARE(u.login, QStringLiteral("gsvensson"));
        QCOMPARE(u.mail, QStringLiteral("Greta.Svensson@example.org")); // SMTP: is the primary
        QCOMPARE(u.aliases, QStringList{QStringLiteral("greta@example.org")}); // case-insensitive duplicates dropped
        QCOMPARE(u.displayName, QStringLiteral("Greta Svensson"));
        QVERIFY(u.disabled);
        QVERIFY(AttributeMapping::preset(QStringLiteral("AD")).has_value());
        QVERIFY(!AttributeMapping::preset(QStringLiteral("novell")).has_value());
    }

    void collectSourcesFromFilesAndFolders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDir root(dir.path());
        for (const QString &name : {QStringLiteral("b@example.org.pst"), QStringLiteral("a.OST"), QStringLiteral("notes.txt")}) {
            QFile f(root.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(root.mkdir(QStringLiteral("c@example.org"))); // an Exchange export folder
        QVERIFY(root.mkdir(QStringLiteral("misc")));
        const auto sources = mig::mapping::collectSources({dir.path()});
        QVERIFY(sources.has_value());
        QCOMPARE(sources->size(), size_t(3));
        QCOMPARE((*sources)[0].name, QStringLiteral("a"));
        QCOMPARE((*sources)[1].name, QStringLiteral("b@example.org"));
        QCOMPARE((*sources)[1].kind, SourceDescriptor::Kind::PstFile);
        QCOMPARE((*sources)[2].name, QStringLiteral("c@example.org"));
        QCOMPARE((*sources)[2].kind, SourceDescriptor::Kind::ExportFolder);

        const auto missing = mig::mapping::collectSources({root.filePath(QStringLiteral("gone.pst"))});
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, mig::Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMatcher)
#include "TestMatcher.moc"
