// `run --watch` (issue 19): the plan comes from `exchange-export --jobs` and `plan --jobs-from
// --pending-sources`, the PSTs appear in the export directory one by one while the run is going
// (written in pieces, as an Exchange export writes them), and each mailbox starts only when its
// file is complete: none is imported from a half-written file, every importer on the real sshd
// receives the whole mailbox. A failed export fails only its mailbox; STOP ends the waiting.

#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;

using mig::test::readAll;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QFile f(path);
    return f.open(mode) && f.write(bytes) == bytes.size() && f.flush();
}

QJsonObject mailboxIn(const QJsonObject &summary, const QString &target)
{
    for (const QJsonValue &m : summary.value(QStringLiteral("mailboxes")).toArray())
        if (m.toObject().value(QStringLiteral("target")).toString() == target)
            return m.toObject();
    return {};
}

} // namespace

class TestRunWatch final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::SshdFixture> m_sshd;
    QHash<QString, int> m_messages; ///< sample → messages in its full conversion

    QString sample(const QString &name) const { return test::testDataPath(QStringLiteral("pst/") + name); }

    /// exchange-export for the targets, then plan from its job list; returns the plan path.
    QString writePlan(const QString &name, const QStringList &targets, const QString &exportDir)
    {
        const QString base = m_dir.filePath(name);
        if (!QDir().mkpath(base) || !QDir().mkpath(exportDir))
            return {};
        if (!writeFile(base + QStringLiteral("/list.csv"), targets.join(QLatin1Char('\n')).toUtf8()))
            return {};
        const test::ProcessResult exported = test::runApp({ QStringLiteral("exchange-export"), base + QStringLiteral("/list.csv"),
            QStringLiteral("--share"), QStringLiteral("\\\\exch01\\pst"), QStringLiteral("-o"), base + QStringLiteral("/export.ps1"),
            QStringLiteral("--local-dir"), exportDir, QStringLiteral("--jobs"), base + QStringLiteral("/jobs.csv") });
        if (exported.exitCode != 0) {
            qWarning() << exported.err;
            return {};
        }
        const QString plan = base + QStringLiteral("/plan.json");
        const test::ProcessResult planned = test::runApp({ QStringLiteral("plan"), QStringLiteral("--ssh"), m_sshd->destination(),
            QStringLiteral("--identity"), m_sshd->clientKeyFile(), QStringLiteral("--known-hosts"),
            m_dir.filePath(QStringLiteral("known_hosts")), QStringLiteral("--jobs"), QStringLiteral("3"),
            QStringLiteral("--jobs-from"), base + QStringLiteral("/jobs.csv"), QStringLiteral("--pending-sources"),
            QStringLiteral("-o"), plan });
        if (planned.exitCode != 0) {
            qWarning() << planned.err;
            return {};
        }
        return plan;
    }

    void startRun(QProcess &process, const QString &plan, const QString &runDir)
    {
        process.start(test::appBinary(), { QStringLiteral("run"), plan, QStringLiteral("--watch"), QStringLiteral("--settle"),
                                             QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--run-dir"), runDir });
        QVERIFY(process.waitForStarted());
    }

    /// Writes sample into path in two halves with a pause longer than the settle time between them.
    void writeInTwoHalves(const QString &sampleName, const QString &path)
    {
        const QByteArray bytes = readAll(sample(sampleName));
        QVERIFY(writeFile(path, bytes.left(bytes.size() / 2)));
        QTest::qWait(2500);
        QVERIFY(writeFile(path, bytes.mid(bytes.size() / 2), QIODevice::Append));
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        QVERIFY(m_dir.isValid());
        for (const QString &name : { QStringLiteral("tika_testPST.pst"), QStringLiteral("aspose_Outlook.pst"),
                 QStringLiteral("aranetic_four_nesting_levels.pst") }) {
            const QString out = m_dir.filePath(name + QStringLiteral(".mt"));
            QVERIFY(test::runApp({ QStringLiteral("convert"), sample(name), QStringLiteral("-o"), out }).exitCode != 1);
            m_messages.insert(name, int(test::readStream(readAll(out)).messages.size()));
            QVERIFY(m_messages.value(name) > 0);
        }
        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        m_sshd = std::make_unique<test::SshdFixture>(options);
        QString error;
        if (!m_sshd->start(&error))
            QFAIL(qPrintable(error));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("known_hosts")), m_sshd->knownHostsLine()));
    }

    void eachMailboxStartsWhenItsPstIsComplete()
    {
        const QString exportDir = m_dir.filePath(QStringLiteral("share1"));
        const QString plan = writePlan(QStringLiteral("one"),
            { QStringLiteral("anna@example.org"), QStringLiteral("bert@example.org"), QStringLiteral("carl@example.org") }, exportDir);
        QVERIFY(!plan.isEmpty());
        QProcess run;
        startRun(run, plan, m_dir.filePath(QStringLiteral("one/run")));

        QTest::qWait(1500);
        QCOMPARE(run.state(), QProcess::Running); // nothing there yet: it waits
        writeInTwoHalves(QStringLiteral("tika_testPST.pst"), exportDir + QStringLiteral("/anna@example.org.pst"));
        // Half of anna's file rested longer than the settle time, but no import started from it.
        const QDateTime annaComplete = QDateTime::currentDateTimeUtc();
        QVERIFY(QFile::copy(sample(QStringLiteral("aranetic_four_nesting_levels.pst")), exportDir + QStringLiteral("/carl@example.org.pst")));
        const QDateTime carlComplete = QDateTime::currentDateTimeUtc();
        writeInTwoHalves(QStringLiteral("aspose_Outlook.pst"), exportDir + QStringLiteral("/bert@example.org.pst"));
        const QDateTime bertComplete = QDateTime::currentDateTimeUtc();

        QVERIFY(run.waitForFinished(180000));
        const QByteArray out = run.readAllStandardOutput();
        QVERIFY2(run.exitCode() == 0, QByteArray(run.readAllStandardError() + out).constData());
        const QJsonObject summary = QJsonDocument::fromJson(out).object();
        const QList<std::tuple<QString, QString, QDateTime>> expected {
            { QStringLiteral("anna@example.org"), QStringLiteral("tika_testPST.pst"), annaComplete },
            { QStringLiteral("bert@example.org"), QStringLiteral("aspose_Outlook.pst"), bertComplete },
            { QStringLiteral("carl@example.org"), QStringLiteral("aranetic_four_nesting_levels.pst"), carlComplete } };
        for (const auto &[target, sampleName, complete] : expected) {
            const QJsonObject mailbox = mailboxIn(summary, target);
            QCOMPARE(mailbox.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
            QCOMPARE(mailbox.value(QStringLiteral("items_sent")).toInt(), m_messages.value(sampleName));
            // report.json has whole seconds: started in the second the file was complete or later.
            const QDateTime started = QDateTime::fromString(mailbox.value(QStringLiteral("started")).toString(), Qt::ISODate);
            QVERIFY2(started.toSecsSinceEpoch() >= complete.toSecsSinceEpoch(), qPrintable(target));
            // The importer on the server received the whole mailbox, every frame valid.
            const test::ReadStream stream = test::readStream(m_sshd->recordedStreamFor(target));
            QVERIFY(stream.ok);
            QCOMPARE(int(stream.messages.size()), m_messages.value(sampleName));
            const QByteArray log = readAll(m_dir.filePath(QStringLiteral("one/run/logs/") + target + QStringLiteral(".log")));
            QVERIFY2(log.contains("Waiting for the export"), log.constData());
        }
    }

    /// With the status script's exports.done the listing decides; exports.failed fails that mailbox only.
    void statusFilesDecide()
    {
        const QString exportDir = m_dir.filePath(QStringLiteral("share2"));
        const QString plan = writePlan(QStringLiteral("two"), { QStringLiteral("dora@example.org"), QStringLiteral("emil@example.org") },
            exportDir);
        QVERIFY(!plan.isEmpty());
        QVERIFY(writeFile(exportDir + QStringLiteral("/exports.done"), "\xEF\xBB\xBF"));
        for (const QString &target : { QStringLiteral("dora@example.org"), QStringLiteral("emil@example.org") })
            QVERIFY(QFile::copy(sample(QStringLiteral("aranetic_four_nesting_levels.pst")), exportDir + QLatin1Char('/') + target + QStringLiteral(".pst")));
        QProcess run;
        startRun(run, plan, m_dir.filePath(QStringLiteral("two/run")));
        QTest::qWait(2500);
        QCOMPARE(m_sshd->recordedStatusFor(QStringLiteral("dora@example.org")), -1); // complete, but not listed yet
        QVERIFY(writeFile(exportDir + QStringLiteral("/exports.done"), "dora@example.org.pst\r\n", QIODevice::Append));
        QVERIFY(writeFile(exportDir + QStringLiteral("/exports.failed"), "emil@example.org.pst\tFailed\r\n"));

        QVERIFY(run.waitForFinished(120000));
        const QByteArray out = run.readAllStandardOutput();
        QVERIFY2(run.exitCode() == 4, QByteArray(run.readAllStandardError() + out).constData()); // some mailboxes failed
        const QJsonObject summary = QJsonDocument::fromJson(out).object();
        QCOMPARE(mailboxIn(summary, QStringLiteral("dora@example.org")).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        const QJsonObject emil = mailboxIn(summary, QStringLiteral("emil@example.org"));
        QCOMPARE(emil.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(emil.value(QStringLiteral("reason")).toString().contains(QStringLiteral("\"Failed\"")),
            qPrintable(emil.value(QStringLiteral("reason")).toString()));
        QCOMPARE(m_sshd->recordedStatusFor(QStringLiteral("emil@example.org")), -1);
    }

    /// STOP while mailboxes wait ends the run as unfinished; resume would start them again.
    void stopWhileWaiting()
    {
        const QString exportDir = m_dir.filePath(QStringLiteral("share3"));
        const QString plan = writePlan(QStringLiteral("three"), { QStringLiteral("fred@example.org") }, exportDir);
        QVERIFY(!plan.isEmpty());
        QProcess run;
        const QString runDir = m_dir.filePath(QStringLiteral("three/run"));
        startRun(run, plan, runDir);
        QTest::qWait(1500);
        QVERIFY(writeFile(runDir + QStringLiteral("/STOP"), QByteArray()));
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 3);
        const QJsonObject summary = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
        QCOMPARE(mailboxIn(summary, QStringLiteral("fred@example.org")).value(QStringLiteral("state")).toString(),
            QStringLiteral("stopped"));
    }
};

QTEST_GUILESS_MAIN(TestRunWatch)
#include "TestRunWatch.moc"
