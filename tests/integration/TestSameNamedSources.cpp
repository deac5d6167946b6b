// Two sources with the same file name (d1/archive.pst, d2/archive.pst) in one stream: every root
// folder gets a name of its own (Gromox compares folder names ignoring case and trailing spaces and
// dots and refuses the second of two equal ones), verify-mt rejects streams that break this, and
// the importer stand-in on the real sshd refuses a repeated root the way Gromox does.

#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "gxmt/FolderNameKey.h"
#include "gxmt/Writer.h"
#include "mapi/Tags.h"
#include "migration/Plan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;

using mig::test::readAll;

namespace {

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? path : QString();
}

/// The root folders a stream creates through its folder map.
QStringList createdRoots(const test::ReadStream &stream)
{
    QStringList names;
    for (const gxmt::FolderMapEntry &e : stream.header.folderMap)
        if (e.create)
            names.append(e.name);
    return names;
}

bool distinctForGromox(const QStringList &names)
{
    QSet<QString> keys;
    for (const QString &name : names)
        keys.insert(gxmt::folderNameKey(name));
    return keys.size() == names.size();
}

/// A stream whose folder map creates the given roots beneath IPM_SUBTREE and whose root 0x100 gets
/// the given child folders.
QByteArray streamWith(const QStringList &roots, const QStringList &children)
{
    gxmt::MemorySink sink;
    gxmt::StreamHeader header;
    for (qsizetype i = 0; i < roots.size(); ++i)
        header.folderMap.append({ 0x100 + quint64(i) * 0x100, true, gxmt::FidIpmSubtree, roots.at(i) });
    gxmt::Writer writer(sink, header);
    mapi::Folder root;
    root.properties.set(mapi::PR_DISPLAY_NAME, QStringLiteral("Root"));
    if (!writer.writeFolder(0x100, gxmt::kObjectStore, 0, root))
        return {};
    for (qsizetype i = 0; i < children.size(); ++i) {
        mapi::Folder child;
        child.properties.set(mapi::PR_DISPLAY_NAME, children.at(i));
        if (!writer.writeFolder(0x101 + quint64(i), gxmt::kObjectFolder, 0x100, child))
            return {};
    }
    return sink.data();
}

} // namespace

class TestSameNamedSources final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_first;  ///< d1/archive.pst
    QString m_second; ///< d2/archive.pst, the same file under the same name elsewhere
    int m_messagesPerCopy = 0;
    std::unique_ptr<test::SshdFixture> m_sshd;

    QStringList sshArguments() const
    {
        return { QStringLiteral("--ssh"), m_sshd->destination(), QStringLiteral("--identity"), m_sshd->clientKeyFile(),
            QStringLiteral("--known-hosts"), m_dir.filePath(QStringLiteral("known_hosts")) };
    }

    test::ProcessResult import(const QString &user, const QStringList &extra)
    {
        return test::runApp(QStringList { QStringLiteral("import"), m_first, m_second, QStringLiteral("--to"), user }
            + extra + sshArguments());
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        QVERIFY(m_dir.isValid());
        const QString sample = test::testDataPath(QStringLiteral("pst/aranetic_four_nesting_levels.pst"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("d1")) && QDir(m_dir.path()).mkpath(QStringLiteral("d2")));
        m_first = m_dir.filePath(QStringLiteral("d1/archive.pst"));
        m_second = m_dir.filePath(QStringLiteral("d2/archive.pst"));
        QVERIFY(QFile::copy(sample, m_first) && QFile::copy(sample, m_second));
        const QString single = m_dir.filePath(QStringLiteral("single.mt"));
        QCOMPARE(test::runApp({ QStringLiteral("convert"), m_first, QStringLiteral("-o"), single }).exitCode, 0);
        m_messagesPerCopy = int(test::readStream(readAll(single)).messages.size());
        QVERIFY(m_messagesPerCopy > 0);

        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        m_sshd = std::make_unique<test::SshdFixture>(options);
        QString error;
        if (!m_sshd->start(&error))
            QFAIL(qPrintable(error));
        QVERIFY(!writeFile(m_dir.filePath(QStringLiteral("known_hosts")), m_sshd->knownHostsLine()).isEmpty());
    }

    void convertGivesEachSourceItsOwnRoot_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("prefixes");
        QTest::newRow("default names") << QStringList {}
                                       << QStringList { QStringLiteral("Import of archive.pst @"),
                                              QStringLiteral("Import of archive.pst (2) @") };
        QTest::newRow("--target-folder") << QStringList { QStringLiteral("--target-folder"), QStringLiteral("Old mail") }
                                         << QStringList { QStringLiteral("Old mail"), QStringLiteral("Old mail (2)") };
    }

    void convertGivesEachSourceItsOwnRoot()
    {
        QFETCH(QStringList, extra);
        QFETCH(QStringList, prefixes);
        const QString out = m_dir.filePath(QStringLiteral("both.mt"));
        const test::ProcessResult converted
            = test::runApp(QStringList { QStringLiteral("convert"), m_first, m_second, QStringLiteral("-o"), out } + extra);
        QVERIFY2(converted.exitCode == 0, converted.err.constData());
        const test::ReadStream stream = test::readStream(readAll(out));
        QVERIFY2(stream.ok, qPrintable(stream.error));
        const QStringList roots = createdRoots(stream);
        QCOMPARE(roots.size(), 2);
        QVERIFY2(roots.at(0).startsWith(prefixes.at(0)), qPrintable(roots.at(0)));
        QVERIFY2(roots.at(1).startsWith(prefixes.at(1)), qPrintable(roots.at(1)));
        QVERIFY(distinctForGromox(roots));
        QCOMPARE(int(stream.messages.size()), 2 * m_messagesPerCopy);
        QCOMPARE(test::runApp({ QStringLiteral("verify-mt"), out }).exitCode, 0);
    }

    void verifyMtRejectsNamesGromoxTakesForEqual_data()
    {
        QTest::addColumn<QStringList>("roots");
        QTest::addColumn<QStringList>("children");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("roots differing in case")
            << QStringList { QStringLiteral("Import of Archive.pst @T"), QStringLiteral("Import of archive.pst @T") }
            << QStringList {} << QStringLiteral("Import of Archive.pst @T") << QStringLiteral("Import of archive.pst @T");
        QTest::newRow("siblings differing in case and a trailing dot")
            << QStringList { QStringLiteral("Import") }
            << QStringList { QStringLiteral("Invoices"), QStringLiteral("invoices.") } << QStringLiteral("Invoices")
            << QStringLiteral("invoices.");
    }

    void verifyMtRejectsNamesGromoxTakesForEqual()
    {
        QFETCH(QStringList, roots);
        QFETCH(QStringList, children);
        QFETCH(QString, first);
        QFETCH(QString, second);
        const QString path = writeFile(m_dir.filePath(QStringLiteral("collision.mt")), streamWith(roots, children));
        QVERIFY(!path.isEmpty());
        const test::ProcessResult verified = test::runApp({ QStringLiteral("verify-mt"), path });
        QCOMPARE(verified.exitCode, 1);
        const QByteArray said = verified.out + verified.err;
        QVERIFY2(said.contains(first.toUtf8()) && said.contains(second.toUtf8()), said.constData());
    }

    /// The bug as reported: both sources in one `import`; the stand-in validates what Gromox would
    /// refuse, and every message of both copies arrives.
    void importStoresBothSources()
    {
        const test::ProcessResult imported = import(QStringLiteral("alice@example.com"), {});
        QVERIFY2(imported.exitCode == 0, QByteArray(imported.err + imported.out).constData());
        QVERIFY2(imported.err.contains("verify-mt exit status 0"), imported.err.constData());
        const test::ReadStream stream = test::readStream(m_sshd->recordedStream());
        QVERIFY(stream.ok);
        QVERIFY(distinctForGromox(createdRoots(stream)));
        QCOMPARE(int(stream.messages.size()), 2 * m_messagesPerCopy);
    }

    /// The same within one `run` job, with --target-folder.
    void runJobStoresBothSources()
    {
        migration::Plan plan;
        plan.server.host = m_sshd->host();
        plan.server.port = m_sshd->port();
        plan.server.user = m_sshd->user();
        plan.server.identityFile = m_sshd->clientKeyFile();
        plan.server.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        plan.options.targetFolder = QStringLiteral("Archives");
        plan.jobs = { migration::Job { { sources::SourceSpec::forPath(m_first), sources::SourceSpec::forPath(m_second) },
        QStringLiteral("bert@example.com") } };
        const QString planPath = m_dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(plan.save(planPath).has_value());
        const test::ProcessResult run = test::runApp({ QStringLiteral("run"), planPath, QStringLiteral("--json"),
            QStringLiteral("--run-dir"), m_dir.filePath(QStringLiteral("run")) });
        QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(m_sshd->recordedStatusFor(QStringLiteral("bert@example.com")), 0);
        // Per-folder bytes are the source's own: the two copies' same-named folders are counted
        // apart, so together they never exceed the stream (added together, they came to twice it).
        const QJsonObject mailbox = summary.value(QStringLiteral("mailboxes")).toArray().at(0).toObject();
        const QJsonArray folders = mailbox.value(QStringLiteral("folders")).toArray();
        QCOMPARE(folders.size() % 2, 0);
        qint64 folderBytes = 0;
        for (qsizetype i = 0; i < folders.size(); ++i) {
            const QJsonObject folder = folders.at(i).toObject();
            folderBytes += folder.value(QStringLiteral("bytes")).toInteger();
            const QJsonObject twin = folders.at((i + folders.size() / 2) % folders.size()).toObject();
            QCOMPARE(twin.value(QStringLiteral("path")).toString(), folder.value(QStringLiteral("path")).toString());
        }
        QVERIFY(folderBytes > 0);
        QVERIFY2(folderBytes <= mailbox.value(QStringLiteral("bytes")).toInteger(),
            qPrintable(QStringLiteral("%1 > %2").arg(folderBytes).arg(mailbox.value(QStringLiteral("bytes")).toInteger())));
        const test::ReadStream stream = test::readStream(m_sshd->recordedStream());
        QVERIFY(stream.ok);
        const QStringList roots = createdRoots(stream);
        QCOMPARE(roots, QStringList({ QStringLiteral("Archives"), QStringLiteral("Archives (2)") }));
        QCOMPARE(int(stream.messages.size()), 2 * m_messagesPerCopy);
    }

    /// A second import into the same mailbox under the same root name is refused by the stand-in
    /// as by Gromox (exclusive create); with default names (milliseconds in the time stamp) a quick
    /// repeat gets a root of its own and goes through.
    void repeatedRootIsRefusedLikeGromoxDoes()
    {
        const QStringList fixedName { QStringLiteral("--target-folder"), QStringLiteral("Twice") };
        QCOMPARE(import(QStringLiteral("carl@example.com"), fixedName).exitCode, 0);
        const test::ProcessResult again = import(QStringLiteral("carl@example.com"), fixedName);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already exists"), again.err.constData());

        QCOMPARE(import(QStringLiteral("dora@example.com"), {}).exitCode, 0);
        const test::ProcessResult repeat = import(QStringLiteral("dora@example.com"), {});
        QVERIFY2(repeat.exitCode == 0, repeat.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSameNamedSources)
#include "TestSameNamedSources.moc"
