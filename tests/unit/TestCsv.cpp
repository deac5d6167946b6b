// The CSV reader/writer and the mapping table's CSV form: RFC 4180 quoting, byte order marks,
// ',' and ';' separators, CRLF/LF/CR line ends, and round trips like a spreadsheet makes them.
#include "mapping/Csv.h"
#include "mapping/MappingTable.h"

#include <QtTest>

using mig::mapping::CsvWriteOptions;
using mig::mapping::MappingEntry;
using mig::mapping::MappingStatus;
using mig::mapping::MappingTable;
using mig::mapping::readCsv;
using mig::mapping::writeCsv;

namespace {

QList<QStringList> awkwardRows()
{
    return {
        {QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("status"), QStringLiteral("reason")},
        {QStringLiteral("C:\\PST\\Müller, Hans.pst"), QStringLiteral("hans.mueller@example.org"), QStringLiteral("matched"),
         QStringLiteral("the name \"Müller, Hans\" is the display name of Hans Müller")},
        {QStringLiteral("semi;colon.pst"), QString(), QStringLiteral("ambiguous"), QStringLiteral("line one\nline two\r\nline three")},
        {QStringLiteral(" leading blank.pst"), QStringLiteral("x@example.org "), QString(), QString()},
        {QStringLiteral("日本語.pst"), QStringLiteral("\"quoted\"@example.org"), QStringLiteral("manual"), QStringLiteral("😀")},
    };
}

} // namespace

class TestCsv final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsKnowTheirLineAndCommentsAreSkippedOnlyWhenAsked()
    {
        const QByteArray csv = "# accounts\n\nlogin,target\n\"multi\nline\",x@example.org\r\n#,not a row\nlast,y@example.org\n";
        mig::mapping::CsvReadOptions options;
        options.commentLines = true;
        const auto table = readCsv(csv, QStringLiteral("t.csv"), options);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 3);
        QCOMPARE(table->rowLines, (QList<int> { 3, 4, 7 }));
        QCOMPARE(table->rows.at(1).first(), QStringLiteral("multi\nline"));
        QCOMPARE(table->rows.at(2).first(), QStringLiteral("last"));
        // Without the option, '#' lines are data (a mapping's source may start with '#').
        const auto plain = readCsv(csv, QStringLiteral("t.csv"));
        QVERIFY(plain);
        QCOMPARE(plain->rows.size(), 5);
        QCOMPARE(plain->rows.first().first(), QStringLiteral("# accounts"));
        QCOMPARE(plain->rowLines.first(), 1);
    }

    void aGivenSeparatorIsNotGuessed()
    {
        mig::mapping::CsvReadOptions options;
        options.separator = QLatin1Char(',');
        const auto table = readCsv("bob,bob@example.org,pa;ss;word\n", QStringLiteral("t.csv"), options);
        QVERIFY(table);
        QCOMPARE(table->rows.first(), (QStringList { "bob", "bob@example.org", "pa;ss;word" }));
    }

    void writerQuotesOnlyWhatNeedsIt()
    {
        const QByteArray csv = writeCsv({{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                                          QStringLiteral("two\nlines"), QString(), QStringLiteral(" pad")}},
                                        CsvWriteOptions{QLatin1Char(','), false, true});
        QCOMPARE(csv, QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\" pad\"\r\n"));
    }

    void writerAddsBomAndHonoursSeparator()
    {
        const QByteArray csv =
            writeCsv({{QStringLiteral("a;b"), QStringLiteral("c,d")}}, CsvWriteOptions{QLatin1Char(';'), true, false});
        QCOMPARE(csv, QByteArray("\xEF\xBB\xBF\"a;b\";c,d\n"));
    }

    void readsWithAndWithoutBom()
    {
        for (const QByteArray &prefix : {QByteArray(), QByteArray("\xEF\xBB\xBF")}) {
            const auto table = readCsv(prefix + "source,target\r\nx.pst,M\xC3\xBCller@example.org\r\n", QStringLiteral("t.csv"));
            QVERIFY(table.has_value());
            QCOMPARE(table->rows.size(), 2);
            QCOMPARE(table->rows.at(0).at(0), QStringLiteral("source")); // no BOM glued to the first cell
            QCOMPARE(table->rows.at(1).at(1), QStringLiteral("Müller@example.org"));
        }
    }

    void detectsSemicolonSeparator()
    {
        const auto table = readCsv("source;target;status;reason\n\"a;b.pst\";x@example.org;matched;\"1,5 Punkte\"\n",
                                   QStringLiteral("de.csv"));
        QVERIFY(table.has_value());
        QCOMPARE(table->separator, QLatin1Char(';'));
        QCOMPARE(table->rows.at(1), QStringList({QStringLiteral("a;b.pst"), QStringLiteral("x@example.org"),
                                                 QStringLiteral("matched"), QStringLiteral("1,5 Punkte")}));
    }

    void acceptsEveryLineEnding()
    {
        for (const QByteArray &end : {QByteArray("\r\n"), QByteArray("\n"), QByteArray("\r")}) {
            const auto table = readCsv("a,b" + end + "c,d" + end + end, QStringLiteral("t.csv"));
            QVERIFY(table.has_value());
            QCOMPARE(table->rows, QList<QStringList>({{QStringLiteral("a"), QStringLiteral("b")},
                                                      {QStringLiteral("c"), QStringLiteral("d")}}));
        }
        // No final line break, and empty trailing fields are kept.
        const auto table = readCsv("a,b,\nc,,", QStringLiteral("t.csv"));
        QVERIFY(table.has_value());
        QCOMPARE(table->rows.at(0).size(), 3);
        QCOMPARE(table->rows.at(1), QStringList({QStringLiteral("c"), QString(), QString()}));
    }

    void quotedFieldsKeepSeparatorsQuotesAndNewlines()
    {
        const auto table = readCsv("\"a,b\",\"he said \"\"no\"\"\",\"x\r\ny\"\r\nnext,row,here\r\n", QStringLiteral("t.csv"));
        QVERIFY(table.has_value());
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0), QStringList({QStringLiteral("a,b"), QStringLiteral("he said \"no\""),
                                                 QStringLiteral("x\r\ny")}));
    }

    void unterminatedQuoteIsCorruptWithItsLine()
    {
        const auto table = readCsv("a,b\nc,\"never closed\nd,e\n", QStringLiteral("broken.csv"));
        QVERIFY(!table.has_value());
        QCOMPARE(table.error().code, mig::Error::Code::Corrupt);
        QVERIFY2(table.error().message.contains(QStringLiteral("broken.csv")), qPrintable(table.error().message));
        QVERIFY2(table.error().message.contains(QStringLiteral("line 2")), qPrintable(table.error().message));
    }

    void nonUtf8FallsBackToWindows1252()
    {
        // What "CSV (Trennzeichen-getrennt)" in a German Excel writes: Windows-1252 bytes.
        const auto table = readCsv("source;target\nM\xFCller.pst;x@example.org\n", QStringLiteral("ansi.csv"));
        QVERIFY(table.has_value());
        QCOMPARE(table->rows.at(1).at(0), QStringLiteral("Müller.pst"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("crlf");
        QTest::newRow("comma, BOM, CRLF") << QChar(QLatin1Char(',')) << true << true;
        QTest::newRow("comma, no BOM, LF") << QChar(QLatin1Char(',')) << false << false;
        QTest::newRow("semicolon, BOM, CRLF") << QChar(QLatin1Char(';')) << true << true;
        QTest::newRow("semicolon, no BOM, LF") << QChar(QLatin1Char(';')) << false << false;
    }

    void roundTrip()
    {
        QFETCH(QChar, separator);
        QFETCH(bool, bom);
        QFETCH(bool, crlf);
        const QList<QStringList> rows = awkwardRows();
        const auto table = readCsv(writeCsv(rows, CsvWriteOptions{separator, bom, crlf}), QStringLiteral("rt.csv"));
        QVERIFY(table.has_value());
        QCOMPARE(table->separator, separator);
        QCOMPARE(table->rows, rows);
    }

    void mappingTableSurvivesASpreadsheet()
    {
        const MappingTable original(std::vector<MappingEntry>{
            {QStringLiteral("/data/pst/amelia@example.org.pst"), QStringLiteral("amelia@example.org"),
             MappingStatus::Matched, 100, QStringLiteral("the name \"amelia@example.org\" is the address of Amelia"), {}},
            {QStringLiteral("/data/pst/Erik Larsen.pst"), QString(), MappingStatus::Ambiguous, 65,
             QStringLiteral("2 users match equally well: a; b"), {}},
            {QStringLiteral("/data/pst/Müller, \"Hans\".pst"), QStringLiteral("hans@example.org"), MappingStatus::Manual,
             100, QStringLiteral("set by hand"), {}},
            {QStringLiteral("/data/pst/old.pst"), QString(), MappingStatus::Ignored, 0, QStringLiteral("on the deny list"), {}},
        });
        const QByteArray exported = original.toCsv();
        QVERIFY(exported.startsWith("\xEF\xBB\xBFsource,target,status,reason\r\n"));

        // What a German spreadsheet saves: ';', its own quoting, columns reordered, one column added.
        const auto parsed = mig::mapping::readCsv(exported, QStringLiteral("export.csv"));
        QVERIFY(parsed.has_value());
        QList<QStringList> resaved;
        for (const QStringList &row : parsed->rows)
            resaved.append({row.at(3), row.at(0), QStringLiteral("note"), row.at(2), row.at(1)});
        resaved[0][2] = QStringLiteral("comment");
        resaved[0].replace(0, QStringLiteral("Reason")); // headers in other case
        const QByteArray spreadsheet = writeCsv(resaved, CsvWriteOptions{QLatin1Char(';'), false, true});

        const auto imported = MappingTable::fromCsv(spreadsheet, QStringLiteral("edited.csv"));
        QVERIFY2(imported.has_value(), qPrintable(imported.error().fullText()));
        QCOMPARE(imported->entries().size(), original.entries().size());
        for (size_t i = 0; i < original.entries().size(); ++i) {
            const MappingEntry &a = original.entries()[i];
            const MappingEntry &b = imported->entries()[i];
            QCOMPARE(b.source, a.source);
            QCOMPARE(b.target, a.target);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.reason, a.reason);
        }
    }

    void mappingWithoutHeaderOrStatus()
    {
        const auto imported = MappingTable::fromCsv("a.pst,a@example.org\nb.pst,\nc.pst,c@example.org,bogus\n",
                                                    QStringLiteral("plain.csv"));
        QVERIFY(imported.has_value());
        QCOMPARE(imported->entries().size(), size_t(3));
        QCOMPARE(imported->entries()[0].status, MappingStatus::Manual); // a target but no status: a decision
        QCOMPARE(imported->entries()[1].status, MappingStatus::Unmatched);
        QCOMPARE(imported->entries()[2].status, MappingStatus::Manual);
    }

    void mappingHeaderWithoutTargetIsCorrupt()
    {
        const auto imported = MappingTable::fromCsv("source,mailbox\na.pst,a@example.org\n", QStringLiteral("h.csv"));
        QVERIFY(!imported.has_value());
        QCOMPARE(imported.error().code, mig::Error::Code::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
