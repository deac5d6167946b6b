// Byte identity of the PST → GXMT conversion across refactors: every shared sample PST/OST/PAB is
// converted with a pinned time stamp in each placement mode, and the SHA-256 of each stream must
// equal the value recorded from the code before the source seam (issue 13) was introduced.
//
// To record a new table (only after a deliberate change of the output), run the test with
// MIG_PRINT_STREAM_HASHES=1; it then prints the rows to paste below instead of comparing.

#include "TestEnvironment.h"

#include "gxmt/ByteSink.h"
#include "sources/Converter.h"
#include "sources/Source.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTest>

using namespace mig;
using namespace mig::sources;
using namespace mig::test;

namespace {

struct Recorded {
    const char *file;
    const char *mode;
    const char *sha256; ///< hex; "error: ..." when the file cannot be converted
};

// Recorded from the code before issue 13's source seam (commit 8fd7e15), re-recorded once when the
// "Import of" root names gained milliseconds and unique numbering (issue 21; splice streams unchanged).
const Recorded kRecorded[] = {
    { "aranetic_four_nesting_levels.pst", "new-root", "ac7f1c5b185ebc5ae7176cee37060ae17dff5d15e7004c65c5a122e1e9ae3130" },
    { "aranetic_four_nesting_levels.pst", "splice", "5a240e421dd306bc989325615be8c4ef0b955a3fe594ebf5079420c29fb712fe" },
    { "aranetic_four_nesting_levels.pst", "anchored-all-v4", "198da69b97a6aba1fa86435bf19f3602cb91a69cb3f02e0682db39d01697764e" },
    { "aranetic_four_nesting_levels.pst", "resumed-after-3", "0f0a44063ada5a4f5fc6f44ba009de70902fd8290551d1e8e20d99e76b149d09" },
    { "aspose_Outlook.pst", "new-root", "5de41e177559908ea31dfe9e07f547fb1058e34df76c6da9021bd168ae1859b4" },
    { "aspose_Outlook.pst", "splice", "37e60a2da0d9b7af91e8e6461ffa2c01d45d4a113a51dfef976908173c0a3cb6" },
    { "aspose_Outlook.pst", "anchored-all-v4", "4a10dab509126100b0125e011e1f6e17bdc2688af395baffc1e302319ac116b9" },
    { "aspose_Outlook.pst", "resumed-after-3", "a2c36569bcb000697a6884bc8031a3ed8b6748cca5c7da108d0b1e7fad9ea013" },
    { "aspose_PersonalStorageFile.ost", "new-root", "8f3ee0dc3fae9e4cccf86d560a6ecc14dcaa09401b79ea6eb77f5245d05103b6" },
    { "aspose_PersonalStorageFile.ost", "splice", "2c02ad6067d209114957b858927e463df432c4af37882d087388e6939e87fe61" },
    { "aspose_PersonalStorageFile.ost", "anchored-all-v4", "a5d873ca510a76dfe071a7db9e717a6eafbb68ee8a3323b2c2663ce505823d97" },
    { "aspose_PersonalStorageFile.ost", "resumed-after-3", "8f3ee0dc3fae9e4cccf86d560a6ecc14dcaa09401b79ea6eb77f5245d05103b6" },
    { "aspose_PersonalStorageFile1.pst", "new-root", "e238985191dedc2c9fad8c83766ff182fbfcca9e0e230a6bb15725e18eba15e6" },
    { "aspose_PersonalStorageFile1.pst", "splice", "6e1a51cb9ca0e415bc1ff0487b28851891bfd267cdf20d00edd6b1b9cf39d55f" },
    { "aspose_PersonalStorageFile1.pst", "anchored-all-v4", "92f85720f83019e9977488f995cb674e60ddbe95fddcefa545a6f761476c75b9" },
    { "aspose_PersonalStorageFile1.pst", "resumed-after-3", "324c68d7fb11f0bebf7abf46431579c2db2bc1e8895c0b890fc6792b6b92afce" },
    { "aspose_SampleOstFile.ost", "new-root", "ecf5b100b4c35650193b0a396cb02c3537ce0815776e8d6189462a0ec13365ec" },
    { "aspose_SampleOstFile.ost", "splice", "eb9b4f4e529cb23ebb7c47d1423ee2661702973c1ba7acf8ec0fe7cdbaa44d16" },
    { "aspose_SampleOstFile.ost", "anchored-all-v4", "b38e397fc6f7a4d68f4ffdc5aec639868552c04ab693cf0f3fc6481c6789c46b" },
    { "aspose_SampleOstFile.ost", "resumed-after-3", "87648357449b2e28476666110ac87e15569dacb85ab16d4d6d22ae5d42bf8d97" },
    { "aspose_passwordprotectedPST.pst", "new-root", "9e3c7d290c6b7a4a446c38ddddfcef064312bc7b04c325c087ab4ef639892682" },
    { "aspose_passwordprotectedPST.pst", "splice", "2dba385c17fd29ccb09ee26f890866ee9be24a3b1537bceaa5ec220e749083dd" },
    { "aspose_passwordprotectedPST.pst", "anchored-all-v4", "6ec1c6ccff09b01771197a2fd44697a4b60b98890e8661e4fe72a0a65ca2a814" },
    { "aspose_passwordprotectedPST.pst", "resumed-after-3", "dcbbde517172ebe7eae5398f2877f29f50944d13dd80181410c4b285ff00455a" },
    { "gopst_32-bit.pst", "new-root", "92121c0ddde9b4dc3a00ae8e819715d9a72ae155465dd7673fa9d3638161c491" },
    { "gopst_32-bit.pst", "splice", "4afd1a6a799a893042e3db293bfe83e14c3a8a2da7b8032a09c8fab920ae588b" },
    { "gopst_32-bit.pst", "anchored-all-v4", "8f36372531548579f39a73db4d782fc8c022a5143908fdf06c6ba0b2b1a065c7" },
    { "gopst_32-bit.pst", "resumed-after-3", "dd756720708881b1a57db0daa1369581cd04067df7d7cf33f82c8469f2a354ba" },
    { "javalibpst_dist-list.pst", "new-root", "30ff5af5be76ed0e9b3d7e783d6e23320abb2126547b74fcbc7ae4cfffcc1c4d" },
    { "javalibpst_dist-list.pst", "splice", "8feb8ea6b0138db38df9a1145aeae918053cc017b1eb8146158ddd7e6283d38f" },
    { "javalibpst_dist-list.pst", "anchored-all-v4", "ebea7759dce3915ece1e82495f6cfc6213d36da4611cd5e1991d76a884707bb7" },
    { "javalibpst_dist-list.pst", "resumed-after-3", "2964378d14d87d95d5be12ddfe044155bd750606504ba31ecc37bc9e0962b0f2" },
    { "libyal_outlook.pst", "new-root", "69c35950bba045fe991b1bc75d52873219b0d4feb2caca4936798da98196fa01" },
    { "libyal_outlook.pst", "splice", "3ffad257c9b2b58a7f4f578a2293a16cf86b76d9f5281c718b71aa4ac0d07314" },
    { "libyal_outlook.pst", "anchored-all-v4", "0c5c4d9d667f2fcce0255a0b6aeac8f5fda9d9838776b606e6958b8a9784ac77" },
    { "libyal_outlook.pst", "resumed-after-3", "1d63129dab731cc0af0069f058ed640623d4e5133c4de8301ede40d5ad821617" },
    { "pstsdk_sample2.pst", "new-root", "c1394562c89f25dc0b513b5ff36ddcd726bd0022c463f9c1c856efbaa935345a" },
    { "pstsdk_sample2.pst", "splice", "7345ebc140d6688db75257c14d65b4299d58fa94eb180146877eb7263ef80d58" },
    { "pstsdk_sample2.pst", "anchored-all-v4", "dc4ba90f3492d2d6dc2d289e102ff89a987fc917aa5422af3b389d1e60479aa6" },
    { "pstsdk_sample2.pst", "resumed-after-3", "9d59d58f75d1ea010daaba1db40f09f73ca3880373ef2d836b4f27f7c0fc841f" },
    { "rubymsg_200_recipients.pst", "new-root", "8cba21f4d11e1f9d9a9689d469ccda0dbc8e2e6cfc4b2e33946e450d3c9491b5" },
    { "rubymsg_200_recipients.pst", "splice", "adcd857e67c20001e4f47037ab9860ce709e5ff386c1e8a1166fa212cd45de54" },
    { "rubymsg_200_recipients.pst", "anchored-all-v4", "b0b1c6973ef52c44d6db2559fe933505514ac6b549718643697bc7a3c27158ba" },
    { "rubymsg_200_recipients.pst", "resumed-after-3", "5e8855b8cd519f7a70c8fc8adfb94aad536bef232371b3ee7d602e8c679d8f59" },
    { "rubymsg_msgInMsg.pst", "new-root", "a3332b8eb1a6f7041d213b8bd8e66eefb0870a04fc382c15f6c1e9ca3f5829ae" },
    { "rubymsg_msgInMsg.pst", "splice", "3d4beed989e4c37d07d9a28bb1c86523b8bbc124bbb9beb6426e2e28aa1b6af0" },
    { "rubymsg_msgInMsg.pst", "anchored-all-v4", "9569974f4fb7f5e67dedce737c160c1a5780ef396ce6d9fa50cad5e0a03f5da3" },
    { "rubymsg_msgInMsg.pst", "resumed-after-3", "3509b4ae5ef41e0face5b0c305fa1d865ac478987ffe627c630da46b46837ddc" },
    { "tika_testPST.pst", "new-root", "bb647fb2865c19e74e7461df461ea734e575497db0c8e96b5195e975985923c2" },
    { "tika_testPST.pst", "splice", "7229be67c77c75e7ff8602a0611e888772cd8e305814499179a47b8da922cfcc" },
    { "tika_testPST.pst", "anchored-all-v4", "cf93ee4923c4675e8c0a151aa468c1a701f87ebc91de4a4e629a088edac75ada" },
    { "tika_testPST.pst", "resumed-after-3", "b9e7726111e3a6d71de05731a1bc7914b5bef3cd6975fff32713085beefec3d1" },
    { "three-files", "new-root", "14663f7bb01276815c72476ec58d14bc691d4166258f0b32a627734ba6becfc2" },
};

/// Conversion modes pinned by the table: the name is the row suffix.
struct Mode {
    const char *name;
    bool splice;
    bool unanchored;
    bool withHidden;
    bool withAssociated;
    gxmt::Revision revision;
    quint64 resumeAfterItems; ///< a resumed run: the first N item slots are passed over
};

const Mode kModes[] = {
    { "new-root", false, true, false, false, gxmt::Revision::V5, 0 },
    { "splice", true, true, false, false, gxmt::Revision::V5, 0 },
    { "anchored-all-v4", false, false, true, true, gxmt::Revision::V4, 0 },
    { "resumed-after-3", false, true, true, false, gxmt::Revision::V5, 3 },
};

bool printMode()
{
    return qEnvironmentVariableIntValue("MIG_PRINT_STREAM_HASHES") != 0;
}

QString recordedHash(const QString &file, const QString &mode)
{
    for (const Recorded &r : kRecorded) {
        if (r.file != nullptr && file == QLatin1String(r.file) && mode == QLatin1String(r.mode))
            return QString::fromLatin1(r.sha256);
    }
    return {};
}

ConversionOptions pinnedOptions(const Mode &mode)
{
    ConversionOptions options;
    options.placement.splice = mode.splice;
    options.placement.unanchoredRoot = mode.unanchored;
    options.placement.withHidden = mode.withHidden;
    options.placement.withAssociated = mode.withAssociated;
    options.placement.now = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    options.resumeAfterItems = mode.resumeAfterItems;
    return options;
}

/// The stream's SHA-256 (hex), or "error: <text>" when the file cannot be opened or converted.
QString convertedHash(const QStringList &files, const Mode &mode)
{
    std::vector<std::unique_ptr<Source>> opened;
    QList<std::pair<Source *, QString>> sources;
    for (const QString &file : files) {
        auto source = openSourceFile(file);
        if (!source)
            return QStringLiteral("error: ") + source.error().message;
        sources.append({ source->get(), QFileInfo(file).fileName() });
        opened.push_back(std::move(*source));
    }
    gxmt::MemorySink sink;
    auto report = convert(sources, sink, mode.revision, pinnedOptions(mode));
    if (!report)
        return QStringLiteral("error: ") + report.error().message;
    return QString::fromLatin1(QCryptographicHash::hash(sink.data(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestStreamIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identical_data();
    void identical();
    void severalSourcesInOneStream();
};

void TestStreamIdentity::identical_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("mode");
    for (const QString &file : testDataFiles(QStringLiteral("pst"))) {
        for (int m = 0; m < int(std::size(kModes)); ++m) {
            const QString row = QFileInfo(file).fileName() + QLatin1Char('/') + QLatin1String(kModes[m].name);
            QTest::newRow(qPrintable(row)) << file << m;
        }
    }
}

void TestStreamIdentity::identical()
{
    MIG_REQUIRE_TESTDATA();
    QFETCH(QString, file);
    QFETCH(int, mode);
    const QString name = QFileInfo(file).fileName();
    const QString modeName = QLatin1String(kModes[mode].name);
    const QString hash = convertedHash({ file }, kModes[mode]);
    if (printMode()) {
        qInfo().noquote() << QStringLiteral("    { \"%1\", \"%2\", \"%3\" },").arg(name, modeName, hash);
        return;
    }
    const QString recorded = recordedHash(name, modeName);
    if (recorded.isEmpty())
        QFAIL(qPrintable(QStringLiteral("no recorded hash for %1 (%2): a new sample? record it").arg(name, modeName)));
    QCOMPARE(hash, recorded);
}

void TestStreamIdentity::severalSourcesInOneStream()
{
    MIG_REQUIRE_TESTDATA();
    // Three files in one stream pin how the nids of the second and later source are chosen.
    const QStringList files = { testDataPath(QStringLiteral("pst/libyal_outlook.pst")),
        testDataPath(QStringLiteral("pst/aranetic_four_nesting_levels.pst")),
        testDataPath(QStringLiteral("pst/rubymsg_msgInMsg.pst")) };
    for (const QString &f : files)
        QVERIFY2(QFileInfo::exists(f), qPrintable(f));
    const QString hash = convertedHash(files, kModes[0]);
    if (printMode()) {
        qInfo().noquote() << QStringLiteral("    { \"three-files\", \"new-root\", \"%1\" },").arg(hash);
        return;
    }
    QCOMPARE(hash, recordedHash(QStringLiteral("three-files"), QStringLiteral("new-root")));
}

QTEST_GUILESS_MAIN(TestStreamIdentity)
#include "TestStreamIdentity.moc"
