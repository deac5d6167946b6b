// `import` and `run` are one pipeline (issue 13): the same PST imported with `import` and migrated
// as a plan job with `run` reaches the importer with the same command-line options and the same
// folder placement, on a server whose Gromox places unanchored roots (3.10+: the root's folder-map
// target is unanchored and the importer runs with -B IPM_SUBTREE) and on older or unknown ones
// (the root goes below IPM_SUBTREE, fid 9, without -B). The real sshd fixture's fake rpm reports
// the Gromox version; its fake gromox-import records arguments and stream and runs verify-mt.
#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "gxmt/Writer.h"
#include "migration/Plan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;

namespace {

/// The importer's arguments without the target user (-u USER), which differ on purpose.
QStringList withoutUser(QStringList arguments)
{
    const qsizetype u = arguments.indexOf(QStringLiteral("-u"));
    if (u >= 0)
        arguments.remove(u, 2);
    return arguments;
}

} // namespace

class TestImportRunPlacement final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::SshdFixture> m_sshd;
    QString m_pst;

    QString knownHosts() const { return m_dir.filePath(QStringLiteral("known_hosts")); }

    migration::Plan planFor(const QString &user, bool splice) const
    {
        migration::Plan plan;
        plan.server.host = m_sshd->host();
        plan.server.port = m_sshd->port();
        plan.server.user = m_sshd->user();
        plan.server.identityFile = m_sshd->clientKeyFile();
        plan.server.knownHostsFile = knownHosts();
        plan.options.placement = splice ? migration::Placement::Splice : migration::Placement::NewRootFolder;
        plan.options.targetFolder = splice ? QString() : QStringLiteral("Old mail");
        plan.options.continueOnError = true;
        plan.jobs = { migration::Job { { sources::SourceSpec::forPath(m_pst) }, user } };
        return plan;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        QVERIFY(m_dir.isValid());
        m_pst = test::testDataPath(QStringLiteral("pst/aranetic_four_nesting_levels.pst"));
        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        m_sshd = std::make_unique<test::SshdFixture>(options);
        QString error;
        if (!m_sshd->start(&error))
            QFAIL(qPrintable(error));
        QVERIFY(m_sshd->writeKnownHosts(knownHosts()));
    }

    void init() { m_sshd->clearImporterBehaviour(); }

    void importAndRunPlaceAlike_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("splice");
        QTest::addColumn<bool>("unanchored");
        QTest::newRow("Gromox 3.10, new root folder") << QStringLiteral("3.10.2") << false << true;
        QTest::newRow("Gromox 3.9, new root folder") << QStringLiteral("3.9") << false << false;
        QTest::newRow("unknown version, new root folder") << QString() << false << false;
        QTest::newRow("Gromox 3.10, splice") << QStringLiteral("3.10.2") << true << false;
    }

    void importAndRunPlaceAlike()
    {
        QFETCH(QString, version);
        QFETCH(bool, splice);
        QFETCH(bool, unanchored);
        m_sshd->setGromoxVersion(version);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral("-"));
        const QString importUser = QStringLiteral("import-") + tag + QStringLiteral("@example.com");
        const QString runUser = QStringLiteral("run-") + tag + QStringLiteral("@example.com");

        QStringList importArguments { QStringLiteral("import"), m_pst, QStringLiteral("--to"), importUser,
            QStringLiteral("--continue-on-error"), QStringLiteral("--ssh"), m_sshd->destination(),
            QStringLiteral("--identity"), m_sshd->clientKeyFile(), QStringLiteral("--known-hosts"), knownHosts() };
        importArguments += splice ? QStringList { QStringLiteral("--splice") }
                                  : QStringList { QStringLiteral("--target-folder"), QStringLiteral("Old mail") };
        const test::ProcessResult imported = test::runApp(importArguments);
        QVERIFY2(imported.exitCode == 0, QByteArray(imported.err + imported.out).constData());

        const QString planPath = m_dir.filePath(tag + QStringLiteral(".json"));
        QVERIFY(planFor(runUser, splice).save(planPath).has_value());
        const test::ProcessResult ran = test::runApp({ QStringLiteral("run"), planPath, QStringLiteral("--json"),
            QStringLiteral("--run-dir"), m_dir.filePath(tag + QStringLiteral(".run")) });
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.err + ran.out).constData());

        const QList<test::SshdFixture::ImporterRun> viaImport = m_sshd->recordedRunsFor(importUser);
        const QList<test::SshdFixture::ImporterRun> viaRun = m_sshd->recordedRunsFor(runUser);
        QCOMPARE(viaImport.size(), 1);
        QCOMPARE(viaRun.size(), 1);
        QCOMPARE(viaImport.first().status, 0);
        QCOMPARE(viaRun.first().status, 0);
        // The same importer options: -B IPM_SUBTREE exactly when the root is unanchored.
        QCOMPARE(withoutUser(viaRun.first().arguments), withoutUser(viaImport.first().arguments));
        const bool anchored = viaImport.first().arguments.contains(QStringLiteral("-B"));
        QCOMPARE(anchored, unanchored);
        if (anchored)
            QCOMPARE(viaImport.first().arguments.value(viaImport.first().arguments.indexOf(QStringLiteral("-B")) + 1),
                QStringLiteral("IPM_SUBTREE"));

        // The same folder placement: the same folder map, the same folders and messages.
        const test::ReadStream one = test::readStream(viaImport.first().stream);
        const test::ReadStream two = test::readStream(viaRun.first().stream);
        QVERIFY2(one.ok, qPrintable(one.error));
        QVERIFY2(two.ok, qPrintable(two.error));
        QCOMPARE(two.header.folderMap, one.header.folderMap);
        QCOMPARE(test::messageIds(two), test::messageIds(one));
        QCOMPARE(two.folders.size(), one.folders.size());
        if (!splice) {
            QCOMPARE(one.header.folderMap.size(), 1);
            const gxmt::FolderMapEntry root = one.header.folderMap.first();
            QVERIFY(root.create);
            QCOMPARE(root.name, QStringLiteral("Old mail"));
            QCOMPARE(root.targetFid, unanchored ? gxmt::kUnanchored : quint64(gxmt::FidIpmSubtree));
        }
    }

    /// --json: standard output carries the one summary line (the importer's summary goes to
    /// standard error), with the fields the man page documents.
    void importJsonIsOneLine()
    {
        const test::ProcessResult imported = test::runApp({ QStringLiteral("import"), m_pst, QStringLiteral("--to"),
            QStringLiteral("json@example.com"), QStringLiteral("--json"), QStringLiteral("--ssh"), m_sshd->destination(),
            QStringLiteral("--identity"), m_sshd->clientKeyFile(), QStringLiteral("--known-hosts"), knownHosts() });
        QVERIFY2(imported.exitCode == 0, QByteArray(imported.err + imported.out).constData());
        QCOMPARE(imported.out.trimmed().count('\n'), 0);
        const QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(summary.value(QStringLiteral("command")).toString(), QStringLiteral("import"));
        QCOMPARE(summary.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(summary.value(QStringLiteral("exit_code")).toInt(-1), 0);
        QVERIFY(summary.value(QStringLiteral("converted")).toInt() > 0);
        QCOMPARE(summary.value(QStringLiteral("sources")).toArray().size(), 1);
        QVERIFY2(imported.err.contains("Sent "), imported.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestImportRunPlacement)
#include "TestImportRunPlacement.moc"
