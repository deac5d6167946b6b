// Plan files are what the wizard saves and the CLI runs unattended: they must round-trip exactly
// and refuse malformed input with an error naming the field.
#include "migration/Plan.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig::migration;

class TestMigrationPlan final : public QObject {
    Q_OBJECT

private:
    static Plan samplePlan()
    {
        Plan plan;
        plan.server.host = QStringLiteral("mail.example.com");
        plan.server.port = 2222;
        plan.server.user = QStringLiteral("admin");
        plan.server.identityFile = QStringLiteral("keys/id_ed25519");
        plan.server.knownHostsFile = QStringLiteral("known_hosts");
        plan.server.useSudo = true;
        plan.options.placement = Placement::Splice;
        plan.options.targetFolder = QStringLiteral("Altes Postfach");
        plan.options.continueOnError = false;
        plan.options.parallelJobs = 4;
        plan.options.createMailboxes = MailboxCreation::TwoPasses;
        plan.options.revision = 4;
        plan.options.withHidden = true;
        plan.allowList = {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")};
        plan.denyList = {QStringLiteral("c@example.com")};
        mig::sources::SourceSpec archive = mig::sources::SourceSpec::forPath(QStringLiteral("a-archive.pst"));
        archive.kind = QStringLiteral("pst");
        archive.options.insert(QStringLiteral("note"), QStringLiteral("kept through JSON"));
        plan.jobs = {Job{{mig::sources::SourceSpec::forPath(QStringLiteral("a.pst")), archive}, QStringLiteral("a@example.com")},
                     Job{{mig::sources::SourceSpec::forPath(QStringLiteral("b.ost"))}, QStringLiteral("b@example.com")}};
        return plan;
    }

private Q_SLOTS:
    void roundTripsThroughAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        const Plan plan = samplePlan();
        const auto saved = plan.save(path);
        QVERIFY2(saved.has_value(), qPrintable(saved.error().fullText()));
        const auto loaded = Plan::load(path);
        QVERIFY2(loaded.has_value(), qPrintable(loaded.error().fullText()));
        QCOMPARE(*loaded, plan);
    }

    void storesNoSecretFields()
    {
        const QByteArray json = QJsonDocument(samplePlan().toJson()).toJson();
        QVERIFY(!json.toLower().contains("password"));
        QVERIFY(!json.toLower().contains("passphrase"));
    }

    void defaultsApplyToMissingOptions()
    {
        const auto plan = Plan::fromJson(QJsonDocument::fromJson(R"({"format":"grommunio-migrate-plan","version":1,
            "jobs":[{"sources":["x.pst"],"target":"x@example.com"}]})").object());
        QVERIFY2(plan.has_value(), qPrintable(plan.error().fullText()));
        QCOMPARE(plan->options.placement, Placement::NewRootFolder);
        QCOMPARE(plan->options.parallelJobs, 2);
        QCOMPARE(plan->server.port, quint16(22));
        QCOMPARE(plan->jobs.size(), 1);
        // A version-1 plan names its sources by path: each loads as a spec whose kind is probed.
        QCOMPARE(plan->jobs.first().sources.size(), 1);
        QCOMPARE(plan->jobs.first().sources.first().location, QStringLiteral("x.pst"));
        QVERIFY(plan->jobs.first().sources.first().isAuto());
    }

    void rejectsSpecWithoutLocation()
    {
        const auto plan = Plan::fromJson(QJsonDocument::fromJson(R"({"format":"grommunio-migrate-plan","version":2,
            "jobs":[{"sources":[{"kind":"pst"}],"target":"x@example.com"}]})").object());
        QVERIFY(!plan.has_value());
        QVERIFY2(plan.error().message.contains(QStringLiteral("location")), qPrintable(plan.error().message));
    }

    void rejectsMalformedPlans_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a plan") << QByteArray(R"({"version":1})") << QStringLiteral("format");
        QTest::newRow("future version") << QByteArray(R"({"format":"grommunio-migrate-plan","version":99})")
                                        << QStringLiteral("version 99");
        QTest::newRow("bad placement")
            << QByteArray(R"({"format":"grommunio-migrate-plan","version":1,"options":{"placement":"sideways"}})")
            << QStringLiteral("sideways");
        QTest::newRow("bad port") << QByteArray(R"({"format":"grommunio-migrate-plan","version":1,"server":{"port":70000}})")
                                  << QStringLiteral("70000");
        QTest::newRow("job without target")
            << QByteArray(R"({"format":"grommunio-migrate-plan","version":1,"jobs":[{"sources":["a.pst"]}]})")
            << QStringLiteral("job 1");
        QTest::newRow("bad revision")
            << QByteArray(R"({"format":"grommunio-migrate-plan","version":1,"options":{"revision":7}})")
            << QStringLiteral("revision");
    }

    void rejectsMalformedPlans()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto plan = Plan::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!plan.has_value());
        QVERIFY2(plan.error().message.contains(expected), qPrintable(plan.error().message));
    }

    void reportsUnreadableFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        const auto plan = Plan::load(path);
        QVERIFY(!plan.has_value());
        QVERIFY(plan.error().message.contains(path));
        QVERIFY(!Plan::load(dir.filePath(QStringLiteral("missing.json"))).has_value());
    }

    void allowAndDenyListsFilterTargets()
    {
        Plan plan = samplePlan();
        QVERIFY(plan.isTargetIncluded(QStringLiteral("A@example.com")));
        QVERIFY(!plan.isTargetIncluded(QStringLiteral("c@example.com")));
        QVERIFY(!plan.isTargetIncluded(QStringLiteral("d@example.com")));
        plan.allowList.clear();
        QVERIFY(plan.isTargetIncluded(QStringLiteral("d@example.com")));
        QVERIFY(!plan.isTargetIncluded(QStringLiteral("C@EXAMPLE.COM")));
    }
};

QTEST_GUILESS_MAIN(TestMigrationPlan)
#include "TestMigrationPlan.moc"
