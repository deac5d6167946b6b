// `import` of Internet mail sources (issue 15) over the real sshd with the importer stand-in: an
// mbox file and a Maildir tree built from the shared samples travel as streams the stand-in's
// `verify-mt -` accepts, with every message and, with --splice, the special folders merged.

#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "gxmt/Writer.h"
#include "sources/Source.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;

using mig::test::readAll;

namespace {

bool copyFile(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).path());
    return QFile::copy(from, to);
}

int itemsOf(const QString &path)
{
    auto source = sources::openSourceFile(path);
    if (!source)
        return -1;
    auto folders = (*source)->folders();
    int items = 0;
    for (const sources::SourceFolder &f : folders ? *folders : QList<sources::SourceFolder>())
        items += f.itemCount;
    return items;
}

} // namespace

class TestMimeImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::SshdFixture> m_sshd;

    test::ProcessResult import(const QString &source, const QString &user, const QStringList &extra = {})
    {
        return test::runApp(QStringList { QStringLiteral("import"), source, QStringLiteral("--to"), user } + extra
            + QStringList { QStringLiteral("--ssh"), m_sshd->destination(), QStringLiteral("--identity"),
                m_sshd->clientKeyFile(), QStringLiteral("--known-hosts"), m_dir.filePath(QStringLiteral("known_hosts")) });
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        QVERIFY(m_dir.isValid());
        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        m_sshd = std::make_unique<test::SshdFixture>(options);
        QString error;
        if (!m_sshd->start(&error))
            QFAIL(qPrintable(error));
        QVERIFY(m_sshd->writeKnownHosts(m_dir.filePath(QStringLiteral("known_hosts"))));
    }

    void mboxFile()
    {
        const QString mbox = test::testDataPath(QStringLiteral("mbox/mimekit_content-length.mbox"));
        const int items = itemsOf(mbox);
        QVERIFY(items > 0);
        const test::ProcessResult result = import(mbox, QStringLiteral("mbox@example.org"));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const test::ReadStream stream = test::readStream(m_sshd->recordedStreamFor(QStringLiteral("mbox@example.org")));
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QCOMPARE(m_sshd->recordedStatusFor(QStringLiteral("mbox@example.org")), 0); // verify-mt accepted it
        QCOMPARE(int(stream.messages.size()), items);
    }

    /// A Maildir++ tree of five messages from the shared samples: Inbox (one read, one new), Sent,
    /// Papierkorb (German trash) and Kunden/2024.
    static bool buildMaildir(const QString &md)
    {
        const QString a = test::testDataPath(QStringLiteral("eml/tika_testThunderbirdEml.eml"));
        const QString b = test::testDataPath(QStringLiteral("eml/mailparser_nodemailer.eml"));
        bool ok = copyFile(a, md + QStringLiteral("/cur/1700000001.M1.host:2,S"))
            && copyFile(b, md + QStringLiteral("/new/1700000002.M1.host"))
            && copyFile(b, md + QStringLiteral("/.Sent/cur/1700000003.M1.host:2,S"))
            && copyFile(a, md + QStringLiteral("/.Papierkorb/cur/1700000004.M1.host:2,S"))
            && copyFile(a, md + QStringLiteral("/.Kunden.2024/cur/1700000005.M1.host:2,S"));
        for (const char *sub : { "/tmp", "/.Sent/new", "/.Papierkorb/new", "/.Kunden.2024/new" })
            ok = ok && QDir().mkpath(md + QLatin1String(sub));
        return ok;
    }

    void maildirTreeSpliced()
    {
        const QString md = m_dir.filePath(QStringLiteral("Maildir"));
        QVERIFY(buildMaildir(md));
        const test::ProcessResult result
            = import(md, QStringLiteral("maildir@example.org"), { QStringLiteral("--splice") });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(m_sshd->recordedStatusFor(QStringLiteral("maildir@example.org")), 0);
        const test::ReadStream stream
            = test::readStream(m_sshd->recordedStreamFor(QStringLiteral("maildir@example.org")));
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QCOMPARE(stream.messages.size(), 5);
        QVERIFY(stream.header.splice);
        QSet<quint64> targets;
        for (const gxmt::FolderMapEntry &e : stream.header.folderMap) {
            if (!e.create)
                targets.insert(e.targetFid);
        }
        for (const quint64 fid : { quint64(gxmt::FidRoot), quint64(gxmt::FidIpmSubtree), quint64(gxmt::FidInbox),
                 quint64(gxmt::FidSentItems), quint64(gxmt::FidDeletedItems) })
            QVERIFY2(targets.contains(fid), qPrintable(QString::number(fid)));
    }

    // `plan` + `run` with an mbox file and a Maildir tree as two mailboxes migrated at the same
    // time: both done in report.json, every message of each source in its mailbox's stream.
    void runOfAnMboxAndAMaildir()
    {
        const QString mbox = test::testDataPath(QStringLiteral("mbox/mimekit_content-length.mbox"));
        const QString md = m_dir.filePath(QStringLiteral("Maildir-run"));
        QVERIFY(buildMaildir(md));
        const QString plan = m_dir.filePath(QStringLiteral("mail-plan.json"));
        const test::ProcessResult planned = test::runApp({ QStringLiteral("plan"), QStringLiteral("--ssh"),
            m_sshd->destination(), QStringLiteral("--identity"), m_sshd->clientKeyFile(), QStringLiteral("--known-hosts"),
            m_dir.filePath(QStringLiteral("known_hosts")), QStringLiteral("--jobs"), QStringLiteral("2"),
            QStringLiteral("--job"), mbox + QStringLiteral("=mbox-run@example.org"), QStringLiteral("--job"),
            md + QStringLiteral("=maildir-run@example.org"), QStringLiteral("-o"), plan });
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const QString runDir = m_dir.filePath(QStringLiteral("mail-run"));
        const test::ProcessResult ran = test::runApp(
            { QStringLiteral("run"), plan, QStringLiteral("--run-dir"), runDir, QStringLiteral("--json") }, {}, 300000);
        QVERIFY2(ran.exitCode == 0, QByteArray(ran.out + ran.err).constData());

        QFile reportFile(runDir + QStringLiteral("/report.json"));
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QJsonArray mailboxes
            = QJsonDocument::fromJson(reportFile.readAll()).object().value(QStringLiteral("mailboxes")).toArray();
        QCOMPARE(mailboxes.size(), 2);
        for (const QJsonValue &m : mailboxes)
            QCOMPARE(m.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));

        const QList<std::pair<QString, int>> expected { { QStringLiteral("mbox-run@example.org"), itemsOf(mbox) },
            { QStringLiteral("maildir-run@example.org"), 5 } };
        for (const auto &[user, items] : expected) {
            QCOMPARE(m_sshd->recordedStatusFor(user), 0); // verify-mt accepted the stream
            const test::ReadStream stream = test::readStream(m_sshd->recordedStreamFor(user));
            QVERIFY2(stream.ok, qPrintable(stream.error));
            QVERIFY(items > 0);
            QCOMPARE(int(stream.messages.size()), items);
        }
    }
};

QTEST_GUILESS_MAIN(TestMimeImport)
#include "TestMimeImport.moc"
