// mig::rtf on small inputs with known answers: the worked examples of MS-OXRTFCP section 3, and
// RTF documents exercising one rule of MS-OXRTFEX / MSFT-RTF each (de-encapsulation, code pages,
// Unicode fallbacks, skipped destinations, hostile nesting). Real PST bodies: TestRtfBody.
#include "rtf/CompressedRtf.h"
#include "rtf/RtfBody.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using mig::rtf::RtfBody;

namespace {

QString convert(const QByteArray &rtf, RtfBody::Kind expectedKind = RtfBody::Kind::Text)
{
    auto body = mig::rtf::rtfToBody(rtf);
    if (!body)
        return QStringLiteral("ERROR: ") + body.error().message;
    if (body->kind != expectedKind)
        return QStringLiteral("WRONG KIND: ") + body->body;
    return body->body;
}

} // namespace

class TestRtfConversion final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void specExamplesDecompress_data()
    {
        QTest::addColumn<QByteArray>("compressed");
        QTest::addColumn<QByteArray>("expected");
        // MS-OXRTFCP 3.1.1 "Simple Compressed RTF" and 3.1.2 "Crossing a Dictionary Boundary".
        QTest::newRow("simple") << QByteArray::fromHex("2d0000002b0000004c5a4675f1c5c7a703000a00726370673132354232"
                                                       "0af32068656c090020627705b06c647d0a800fa0")
                                << QByteArray("{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n");
        QTest::newRow("dictionary boundary") << QByteArray::fromHex("1a0000001c0000004c5a4675e2d44b51410004205758595a0d6e7d010eb0")
                                             << QByteArray("{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}");
    }

    void specExamplesDecompress()
    {
        QFETCH(QByteArray, compressed);
        QFETCH(QByteArray, expected);
        auto rtf = mig::rtf::decompressRtf(compressed);
        QVERIFY2(rtf.has_value(), qPrintable(rtf.error().message));
        QCOMPARE(*rtf, expected);

        // A changed CRC or a changed byte of data is refused, naming the checksum.
        QByteArray badCrc = compressed;
        badCrc[12] = char(badCrc.at(12) ^ 1);
        auto refused = mig::rtf::decompressRtf(badCrc);
        QVERIFY(!refused.has_value());
        QVERIFY(refused.error().message.contains(QStringLiteral("checksum")));
        QByteArray badData = compressed;
        badData[20] = char(badData.at(20) ^ 0x40);
        QVERIFY(!mig::rtf::decompressRtf(badData).has_value());
    }

    void uncompressedValues()
    {
        const QByteArray rtf("{\\rtf1 plain}");
        QByteArray value(16, '\0');
        qToLittleEndian<quint32>(quint32(rtf.size() + 12), value.data());
        qToLittleEndian<quint32>(quint32(rtf.size()), value.data() + 4);
        qToLittleEndian<quint32>(mig::rtf::CompressedRtfHeader::kUncompressed, value.data() + 8);
        value += rtf;
        QCOMPARE(*mig::rtf::decompressRtf(value), rtf);
        auto body = mig::rtf::bodyFromCompressedRtf(value);
        QVERIFY(body.has_value());
        QCOMPARE(body->body, QStringLiteral("plain"));
        // An unknown type is refused.
        value[8] = 'X';
        auto refused = mig::rtf::decompressRtf(value);
        QVERIFY(!refused.has_value());
        QVERIFY(refused.error().message.contains(QStringLiteral("compression type")));
    }

    void encapsulatedHtmlIsRebuilt()
    {
        const QByteArray rtf("{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}"
                             "{\\colortbl\\red0\\green0\\blue0;}\r\n"
                             "{\\*\\htmltag19 <html>}{\\*\\htmltag34 <head>}{\\*\\htmltag1 \\par }"
                             "{\\*\\htmltag241 <style>p \\{color:red\\}</style>}{\\*\\htmltag41 </head>}"
                             "{\\*\\htmltag50 <body>}\\htmlrtf {\\htmlrtf0 {\\*\\htmltag64 <p>}\\htmlrtf {\\htmlrtf0 "
                             "Caf\\'e9 \\{x\\}{\\*\\htmltag84 &amp;}\\htmlrtf &\\htmlrtf0 y\\tab z"
                             "{\\*\\htmltag72 </p>}\\htmlrtf \\par }\\htmlrtf0 }"
                             "{\\*\\mhtmltag0 ignored}{\\*\\htmltag58 </body>}{\\*\\htmltag27 </html>}}");
        QCOMPARE(convert(rtf, RtfBody::Kind::Html),
                 QStringLiteral("<html><head>\n<style>p {color:red}</style></head><body><p>Caf\u00e9 {x}&amp;y\tz</p></body></html>"));
    }

    void encapsulatedTextIsRebuilt()
    {
        const QByteArray rtf("{\\rtf1\\ansi\\ansicpg1252\\fromtext \\fbidis \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}"
                             "{\\colortbl ;\\red0\\green0\\blue255;}\r\n\\uc1\\pard\\plain\\deftab360 \\f0\\fs20 "
                             "Hello\\par second line\\par\r\n}");
        QCOMPARE(convert(rtf), QStringLiteral("Hello\nsecond line\n"));
    }

    void codePagesFollowTheFont()
    {
        // Document code page 1252; font 1 is Cyrillic (\fcharset204 → 1251), font 2 Japanese (932).
        const QByteArray rtf("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset204 Arial Cyr;}"
                             "{\\f2\\fcharset128 MS Gothic;}}"
                             "\\'e4 {\\f1 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2} {\\f2 \\'93\\'fa\\'96\\'7b}\\par}");
        QCOMPARE(convert(rtf), QStringLiteral("\u00e4 \u041f\u0440\u0438\u0432\u0435\u0442 \u65e5\u672c\n"));
    }

    void unicodeFallbacksAreSkipped()
    {
        const QByteArray rtf("{\\rtf1\\ansi\\uc1 a\\u8364?b{\\uc2 \\u8364\\'80\\'80c}\\u-10179\\'3f\\u-8704\\'3fd\\uc0 \\u233 e}");
        QCOMPARE(convert(rtf), QStringLiteral("a\u20acb\u20acc\U0001F600d\u00e9e"));
    }

    void destinationsAreSkipped()
    {
        const QByteArray rtf("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red255\\green0\\blue0;}"
                             "{\\stylesheet{\\s0 Normal;}}{\\info{\\title T}{\\author A}}"
                             "{\\*\\generator Writer;}{\\*\\unknowndest hidden}"
                             "{\\pict\\wmetafile8 0102030405}{\\pict\\bin4 {{{{}"
                             "{\\field{\\*\\fldinst HYPERLINK \"x\"}{\\fldrslt link}} text\\line more\\~end}");
        QCOMPARE(convert(rtf), QStringLiteral("link text\nmore\u00a0end"));
    }

    void randomDamageIsRefusedOrBounded()
    {
        // Bit flips in the spec examples (the CRC refitted so the flips reach the decoder) and in
        // the documents above: an error or a bounded result, never a crash (this test also runs
        // under AddressSanitizer, see TestRtfSanitized.cmake).
        const QList<QByteArray> compressed {
            QByteArray::fromHex("2d0000002b0000004c5a4675f1c5c7a703000a007263706731323542320af32068656c090020627705b06c647d0a800fa0"),
            QByteArray::fromHex("1a0000001c0000004c5a4675e2d44b51410004205758595a0d6e7d010eb0"),
        };
        const QList<QByteArray> documents {
            "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 {\\fonttbl{\\f1\\fcharset128 G;}}{\\*\\htmltag64 <p>}\\htmlrtf {\\f1 \\'93\\'fa}"
            "\\htmlrtf0 \\u8364?{\\*\\htmltag72 </p>}\\par}",
            "{\\rtf1\\ansi\\uc2 {\\pict\\bin3 {}}a\\u-10179\\'3f\\'3f{\\field{\\*\\fldinst X}{\\fldrslt y}}\\tab\\par}",
        };
        QRandomGenerator random(8);
        int decoded = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray value = compressed.at(round % 2);
            const int at = 16 + int(random.bounded(quint32(value.size() - 16)));
            value[at] = char(value.at(at) ^ (1 << random.bounded(8)));
            qToLittleEndian<quint32>(mig::rtf::compressedRtfCrc(value.constData() + 16, value.size() - 16), value.data() + 12);
            if (auto rtf = mig::rtf::decompressRtf(value)) {
                QCOMPARE(rtf->size(), qsizetype(qFromLittleEndian<quint32>(value.constData() + 4)));
                ++decoded;
            }

            QByteArray document = documents.at(round % 2).left(int(random.bounded(200)));
            for (int flips = int(random.bounded(4)); flips > 0 && document.size() > 5; --flips) {
                const int where = 5 + int(random.bounded(quint32(document.size() - 5)));
                document[where] = char(document.at(where) ^ (1 << random.bounded(8)));
            }
            auto body = mig::rtf::rtfToBody(document);
            QCOMPARE(body.has_value(), document.startsWith("{\\rtf"));
            if (body)
                QVERIFY(body->body.size() <= document.size());
        }
        QVERIFY(decoded > 0);
    }

    void hostileInputStaysBounded()
    {
        // Nesting far beyond the depth limit, unbalanced braces, a \bin past the end, a lone
        // backslash at the end: no crash, output no larger than the input.
        const QByteArray deep = "{\\rtf1 a" + QByteArray(200000, '{') + "x" + QByteArray(200000, '}') + "b}";
        QCOMPARE(convert(deep), QStringLiteral("ab"));
        QCOMPARE(convert("{\\rtf1 a}}}}b"), QStringLiteral("a"));
        QCOMPARE(convert("{\\rtf1 a\\bin999999 xyz"), QStringLiteral("a"));
        QCOMPARE(convert("{\\rtf1 a\\"), QStringLiteral("a"));
        QCOMPARE(convert("{\\rtf1 a\\'4"), QStringLiteral("a\u0004"));
        QVERIFY(convert("not rtf").startsWith(QStringLiteral("ERROR: ")));
    }
};

QTEST_GUILESS_MAIN(TestRtfConversion)
#include "TestRtfConversion.moc"
