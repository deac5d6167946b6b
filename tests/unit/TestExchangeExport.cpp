// The Exchange export helper (issue 19): the mailbox list, the two PowerShell scripts for three
// mailboxes checked as text, quoting of hostile names, status files as Windows writes them, and
// when an exported PST counts as complete (real sample PSTs, whole and cut short).

#include "TestEnvironment.h"

#include "exchange/ExportList.h"
#include "exchange/ExportReadiness.h"
#include "exchange/ExportScript.h"
#include "exchange/PowerShellQuote.h"
#include "exchange/PstCompleteness.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;
using namespace mig::exchange;

using mig::test::readAll;
using mig::test::writeFile;

namespace {

ExportScriptOptions threeMailboxOptions()
{
    ExportScriptOptions options;
    options.share = QStringLiteral("\\\\exch01\\pst$");
    options.batchName = QStringLiteral("grommunio-test");
    options.badItemLimit = 20;
    options.includeFolders = { QStringLiteral("#Inbox#/*"), QStringLiteral("#SentItems#") };
    options.generatedBy = QStringLiteral("grommunio-migrate test");
    return options;
}

} // namespace

class TestExchangeExport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportList()
    {
        const auto entries = readExportList(
            "Mailbox;Target\r\nalice;alice@example.org\r\n# not this one\r\nbob@example.org\r\n\r\n"
            "carl.o'neil;carl@example.org\r\n",
            QStringLiteral("list.csv"));
        QVERIFY2(entries.has_value(), entries ? "" : qPrintable(entries.error().fullText()));
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(0).mailbox, QStringLiteral("alice"));
        QCOMPARE(entries->at(0).pstFileName(), QStringLiteral("alice@example.org.pst"));
        QCOMPARE(entries->at(1).target, QStringLiteral("bob@example.org")); // one column: the address serves both
        QCOMPARE(entries->at(2).mailbox, QStringLiteral("carl.o'neil"));
    }

    void exportListErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("alias without target") << QByteArray("alice\n") << QStringLiteral("list.csv, row 1: \"alice\" is not an e-mail address");
        QTest::newRow("same target twice") << QByteArray("a,x@example.org\nb,X@example.org\n")
                                           << QStringLiteral("list.csv, row 2: X@example.org is listed twice");
        QTest::newRow("empty") << QByteArray("mailbox,target\n") << QStringLiteral("list.csv: no mailbox listed");
    }

    void exportListErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const auto entries = readExportList(csv, QStringLiteral("list.csv"));
        QVERIFY(!entries.has_value());
        QVERIFY2(entries.error().fullText().startsWith(expected), qPrintable(entries.error().fullText()));
    }

    void powerShellQuoting()
    {
        QCOMPARE(psQuote(QStringLiteral("plain")), QStringLiteral("'plain'"));
        QCOMPARE(psQuote(QStringLiteral("o'neil")), QStringLiteral("'o''neil'"));
        // PowerShell ends a single-quoted string at typographic quotes too.
        QCOMPARE(psQuote(QStringLiteral("o\u2019neil")), QStringLiteral("'o\u2019\u2019neil'"));
        // Nothing is expanded inside single quotes: $, backtick and subexpressions stay text.
        QCOMPARE(psQuote(QStringLiteral("$(rm x)`n")), QStringLiteral("'$(rm x)`n'"));
        QCOMPARE(psArray({ QStringLiteral("a"), QStringLiteral("b'c") }), QStringLiteral("@('a', 'b''c')"));
    }

    void exportScriptForThreeMailboxes()
    {
        const QList<ExportEntry> entries { { QStringLiteral("alice"), QStringLiteral("alice@example.org") },
            { QStringLiteral("bob@example.org"), QStringLiteral("bob@example.org") },
            { QStringLiteral("carl.o'neil"), QStringLiteral("carl@example.org") } };
        const ExportScriptOptions options = threeMailboxOptions();
        QVERIFY(checkExportOptions(options).has_value());
        const QString script = exportScript(entries, options);
        const QStringList lines = script.split(QStringLiteral("\r\n"));
        QVERIFY(lines.contains(QStringLiteral("$Share = '\\\\exch01\\pst$'")));
        QVERIFY(lines.contains(QStringLiteral("$Batch = 'grommunio-test'")));
        QVERIFY(lines.contains(QStringLiteral("    @{ Mailbox = 'alice'; File = 'alice@example.org.pst' }")));
        QVERIFY(lines.contains(QStringLiteral("    @{ Mailbox = 'bob@example.org'; File = 'bob@example.org.pst' }")));
        QVERIFY(lines.contains(QStringLiteral("    @{ Mailbox = 'carl.o''neil'; File = 'carl@example.org.pst' }")));
        QVERIFY(lines.contains(QStringLiteral("        New-MailboxExportRequest -Mailbox $export.Mailbox -FilePath $path "
                                              "-BatchName $Batch -Name 'grommunio-migrate' -Priority Normal -BadItemLimit 20 "
                                              "-ExcludeDumpster -IncludeFolders @('#Inbox#/*', '#SentItems#') | Out-Null")));
        // Never deletes or overwrites what is already in the share.
        QVERIFY(!script.contains(QStringLiteral("Remove-Item")));
        QVERIFY(script.contains(QStringLiteral("if (Test-Path -LiteralPath $path)")));
        QCOMPARE(script.count(QStringLiteral("New-MailboxExportRequest")), 1); // one loop, not one line per mailbox
        QVERIFY(!script.contains(QStringLiteral("AcceptLargeDataLoss")));

        ExportScriptOptions lenient = options;
        lenient.badItemLimit = 200;
        lenient.excludeDumpster = false;
        const QString second = exportScript(entries, lenient);
        QVERIFY(second.contains(QStringLiteral("-BadItemLimit 200 -AcceptLargeDataLoss")));
        QVERIFY(!second.contains(QStringLiteral("-ExcludeDumpster")));
    }

    void statusScript()
    {
        const QString script = exportStatusScript(threeMailboxOptions());
        QVERIFY(script.startsWith(QStringLiteral("# ")));
        QVERIFY(script.contains(QStringLiteral("param([switch]$Watch, [int]$Interval = 60)")));
        QVERIFY(script.contains(QStringLiteral("$DoneFile = Join-Path $Share 'exports.done'")));
        QVERIFY(script.contains(QStringLiteral("Get-MailboxExportRequest -BatchName $Batch | Get-MailboxExportRequestStatistics")));
        QVERIFY(script.contains(QStringLiteral("$status -eq 'Completed'")));
    }

    void badOptions_data()
    {
        QTest::addColumn<QString>("share");
        QTest::addColumn<QString>("priority");
        QTest::addColumn<QString>("expected");
        QTest::newRow("local path") << QStringLiteral("C:\\pst") << QStringLiteral("Normal") << QStringLiteral("--share");
        QTest::newRow("unknown priority") << QStringLiteral("\\\\s\\p") << QStringLiteral("Urgent") << QStringLiteral("--priority");
    }

    void badOptions()
    {
        QFETCH(QString, share);
        QFETCH(QString, priority);
        QFETCH(QString, expected);
        ExportScriptOptions options = threeMailboxOptions();
        options.share = share;
        options.priority = priority;
        const auto checked = checkExportOptions(options);
        QVERIFY(!checked.has_value());
        QVERIFY(checked.error().fullText().startsWith(expected));
    }

    void statusFileAsWindowsWritesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exports.failed"));
        QVERIFY(writeFile(path, "\xEF\xBB\xBF" "a@example.org.pst\tFailed\r\nb@example.org.pst\tAutoSuspended\r\n"));
        const QHash<QString, QString> entries = readStatusFile(path);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.value(QStringLiteral("a@example.org.pst")), QStringLiteral("Failed"));
        QCOMPARE(entries.value(QStringLiteral("b@example.org.pst")), QStringLiteral("AutoSuspended"));
        QVERIFY(readStatusFile(dir.filePath(QStringLiteral("missing"))).isEmpty());
    }

    /// Every shared sample is exactly as long as its header says (ANSI and Unicode); a copy cut
    /// short is not.
    void declaredSizeOfRealPsts()
    {
        MIG_REQUIRE_TESTDATA();
        const QStringList files = test::testDataFiles(QStringLiteral("pst"));
        QVERIFY(files.size() >= 10);
        for (const QString &file : files)
            QCOMPARE(declaredPstSize(file).value_or(-1), QFileInfo(file).size());
        QVERIFY(!declaredPstSize(test::testDataPath(QStringLiteral("broken/pstreader_not-a-pst-file.pst"))));

        QTemporaryDir dir;
        const QByteArray whole = readAll(test::testDataPath(QStringLiteral("pst/tika_testPST.pst")));
        const QString half = dir.filePath(QStringLiteral("half.pst"));
        QVERIFY(writeFile(half, whole.left(whole.size() / 2)));
        QCOMPARE(declaredPstSize(half).value_or(-1), qint64(whole.size()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("tiny.pst")), whole.left(100)));
        QVERIFY(!declaredPstSize(dir.filePath(QStringLiteral("tiny.pst"))));
    }

    /// Without a status file: a file must stay unchanged for the settle time, be as long as its
    /// header says and open; a half-written file never passes, however long it rests.
    void readinessBySettling()
    {
        MIG_REQUIRE_TESTDATA();
        QTemporaryDir dir;
        const QByteArray whole = readAll(test::testDataPath(QStringLiteral("pst/tika_testPST.pst")));
        const QString pst = dir.filePath(QStringLiteral("anna@example.org.pst"));
        ExportReadiness readiness(10);
        QDateTime now = QDateTime::currentDateTimeUtc();
        using State = ExportReadiness::State;

        QCOMPARE(readiness.check(pst, now).state, State::Waiting); // not there
        QVERIFY(writeFile(pst, whole.left(whole.size() / 2)));
        QCOMPARE(readiness.check(pst, now).state, State::Waiting); // first seen
        now = now.addSecs(60);
        const ExportReadiness::Verdict half = readiness.check(pst, now);
        QCOMPARE(half.state, State::Waiting); // at rest for a minute, but shorter than its header says
        QVERIFY2(half.reason.contains(QStringLiteral("header")), qPrintable(half.reason));

        QVERIFY(writeFile(pst, whole));
        QCOMPARE(readiness.check(pst, now).state, State::Waiting); // changed: the settle time starts again
        QCOMPARE(readiness.check(pst, now.addSecs(5)).state, State::Waiting);
        QCOMPARE(readiness.check(pst, now.addSecs(11)).state, State::Ready);
    }

    /// With the status script's files: exports.done alone decides (no settle time), and
    /// exports.failed fails the mailbox with the server's status.
    void readinessByStatusFiles()
    {
        MIG_REQUIRE_TESTDATA();
        QTemporaryDir dir;
        const QString pst = dir.filePath(QStringLiteral("bert@example.org.pst"));
        QVERIFY(QFile::copy(test::testDataPath(QStringLiteral("pst/aranetic_four_nesting_levels.pst")), pst));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("exports.done")), "someone@example.org.pst\r\n"));
        ExportReadiness readiness(3600);
        using State = ExportReadiness::State;
        QCOMPARE(readiness.check(pst).state, State::Waiting);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("exports.done")), "someone@example.org.pst\r\nbert@example.org.pst\r\n"));
        QCOMPARE(readiness.check(pst).state, State::Ready);

        QVERIFY(writeFile(dir.filePath(QStringLiteral("exports.failed")), "carl@example.org.pst\tFailed\r\n"));
        const ExportReadiness::Verdict failed = readiness.check(dir.filePath(QStringLiteral("carl@example.org.pst")));
        QCOMPARE(failed.state, State::Failed);
        QVERIFY2(failed.reason.contains(QStringLiteral("\"Failed\"")), qPrintable(failed.reason));
    }
};

QTEST_GUILESS_MAIN(TestExchangeExport)
#include "TestExchangeExport.moc"
