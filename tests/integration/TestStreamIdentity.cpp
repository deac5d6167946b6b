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

// Recorded from the code before issue 13's source seam (commit 8fd7e15).
const Recorded kRecorded[] = {
    { "aranetic_four_nesting_levels.pst", "new-root", "69e242b1cb2d391020a9f47281e08a494dbfe9a93f44a969f7f4d2462422f84a" },
    { "aranetic_four_nesting_levels.pst", "splice", "5a240e421dd306bc989325615be8c4ef0b955a3fe594ebf5079420c29fb712fe" },
    { "aranetic_four_nesting_levels.pst", "anchored-all-v4", "cb18375fe41081c155b66204b4d0a0783eb41d44a3131859c638c037d05eedae" },
    { "aranetic_four_nesting_levels.pst", "resumed-after-3", "8c90b81a835b5d86e44acccaece8b12870abae994e767fbb417be60fe9cfa15b" },
    { "aspose_Outlook.pst", "new-root", "5c69d34125bc4b8e7fd5340bf59ee106bff7fa0949968cf2a1924ff3bd98b77e" },
    { "aspose_Outlook.pst", "splice", "37e60a2da0d9b7af91e8e6461ffa2c01d45d4a113a51dfef976908173c0a3cb6" },
    { "aspose_Outlook.pst", "anchored-all-v4", "06f9a3cb87882be75fc65c289d095a757f6e7d16f28802677ddf88decfce6578" },
    { "aspose_Outlook.pst", "resumed-after-3", "50384a4fb843dcad40d779dc9ae05eec2677bc5650ee264b18c0ff6e98d606b3" },
    { "aspose_PersonalStorageFile.ost", "new-root", "40d053b5fa6f732484eb863a03e97244a2cd8865a881231528e79d44b20e88fe" },
    { "aspose_PersonalStorageFile.ost", "splice", "2c02ad6067d209114957b858927e463df432c4af37882d087388e6939e87fe61" },
    { "aspose_PersonalStorageFile.ost", "anchored-all-v4", "6d400517523c04b5fcf143a4f9a0ed77727d55864cc42c56b9123f45b9654c66" },
    { "aspose_PersonalStorageFile.ost", "resumed-after-3", "40d053b5fa6f732484eb863a03e97244a2cd8865a881231528e79d44b20e88fe" },
    { "aspose_PersonalStorageFile1.pst", "new-root", "a590292dc34c7d87c995bf0633d48ff548128752f24367ca1b77879977d8457f" },
    { "aspose_PersonalStorageFile1.pst", "splice", "6e1a51cb9ca0e415bc1ff0487b28851891bfd267cdf20d00edd6b1b9cf39d55f" },
    { "aspose_PersonalStorageFile1.pst", "anchored-all-v4", "e5c3c7e1a8c654cda94f2ae5a95d701c4ae258ef051d5c55cc289d984a8b671d" },
    { "aspose_PersonalStorageFile1.pst", "resumed-after-3", "4d268c1232de1234b60a682e903a7a1271f523c411fbd35f37145398776e99a3" },
    { "aspose_SampleOstFile.ost", "new-root", "2ba441d87352018a5eadec958a2bbbc0eb7f0e7816e9673d9015a3e106d31e7c" },
    { "aspose_SampleOstFile.ost", "splice", "eb9b4f4e529cb23ebb7c47d1423ee2661702973c1ba7acf8ec0fe7cdbaa44d16" },
    { "aspose_SampleOstFile.ost", "anchored-all-v4", "8a5bbee6b136b2db530553db81f8d5051c83f0609780ca4e7f0348a5cdd22d33" },
    { "aspose_SampleOstFile.ost", "resumed-after-3", "e30c3c12096978ff16ed8212cc6c3067b821e657d05d214a1955e2ff9312e715" },
    { "aspose_passwordprotectedPST.pst", "new-root", "b40b3ce0af9fd182c678e9252edd78afd5d50257e3e2fecefca2185c74cc734c" },
    { "aspose_passwordprotectedPST.pst", "splice", "2dba385c17fd29ccb09ee26f890866ee9be24a3b1537bceaa5ec220e749083dd" },
    { "aspose_passwordprotectedPST.pst", "anchored-all-v4", "64a6d7375478f81b7a71117048832ded9e908e2c3ecd1afda49466273ece9613" },
    { "aspose_passwordprotectedPST.pst", "resumed-after-3", "586d9b6387f6227807b1f6ece5890ce766fae90af0b7e5e55cd13be3474f8cb7" },
    { "gopst_32-bit.pst", "new-root", "ca7b5a652b2143681e2fc0a9c2872dd22dca475d4dc8cf106be2a1780be1c36c" },
    { "gopst_32-bit.pst", "splice", "4afd1a6a799a893042e3db293bfe83e14c3a8a2da7b8032a09c8fab920ae588b" },
    { "gopst_32-bit.pst", "anchored-all-v4", "fd187a827d27cb0a36bec1931429d3617f7d888509216fec6b235b6f08f07774" },
    { "gopst_32-bit.pst", "resumed-after-3", "87eb8f307f6f46452ae86231fafbffd746263ab35c8bf8d97a32b4f065cdf3e6" },
    { "javalibpst_dist-list.pst", "new-root", "32f47405baefeddf84d34bc60991b8c4b2be4ac8b2b539ca3f5f8c2a9fb6f887" },
    { "javalibpst_dist-list.pst", "splice", "8feb8ea6b0138db38df9a1145aeae918053cc017b1eb8146158ddd7e6283d38f" },
    { "javalibpst_dist-list.pst", "anchored-all-v4", "41eb2b92b7fb2e7cc7e6c2085a969a0f46eef1e97d64d483ca8b6b4198e35aee" },
    { "javalibpst_dist-list.pst", "resumed-after-3", "87e6773ce774a58b95f794580b7dd94b8ed33874220dc920d4fd923e28e243c0" },
    { "libyal_outlook.pst", "new-root", "88d864f9cf4881b794323d1b281a7daa7f0080c7205f69f990ecc4689b890366" },
    { "libyal_outlook.pst", "splice", "3ffad257c9b2b58a7f4f578a2293a16cf86b76d9f5281c718b71aa4ac0d07314" },
    { "libyal_outlook.pst", "anchored-all-v4", "eff9d6ff30eaa93f94fd2757a2efdcea604aa60911b08620ad61bc5c790eb520" },
    { "libyal_outlook.pst", "resumed-after-3", "d0a251ebffc88d714d745167056267aafaca938e3a19d7351711a953512af3c1" },
    { "pstsdk_sample2.pst", "new-root", "09f6db53508584699b06d3f823db69b62e69c18ea68497b387807b84adba8d28" },
    { "pstsdk_sample2.pst", "splice", "7345ebc140d6688db75257c14d65b4299d58fa94eb180146877eb7263ef80d58" },
    { "pstsdk_sample2.pst", "anchored-all-v4", "151a54ab51c9f75e362f4c072bba48bef26dbd9f353adf96227a3e00965f1db3" },
    { "pstsdk_sample2.pst", "resumed-after-3", "0999b71a9ff0f92877ef41c8f84ee3ae135a9665a37e97e4eab6d684b0b0dd87" },
    { "rubymsg_200_recipients.pst", "new-root", "3ed16ba14f490d366624571f04b3309a49f9b27e1bb0504ea2d1fbc86332cff6" },
    { "rubymsg_200_recipients.pst", "splice", "adcd857e67c20001e4f47037ab9860ce709e5ff386c1e8a1166fa212cd45de54" },
    { "rubymsg_200_recipients.pst", "anchored-all-v4", "ff3eadf89e776169f61850f6d499f987533482dcd177263f8b74769cb9102a7b" },
    { "rubymsg_200_recipients.pst", "resumed-after-3", "5ef0159af9eaf8c9d1beebde9e48a0adf71b91c210fec57f4a4aa7f8a0aa218d" },
    { "rubymsg_msgInMsg.pst", "new-root", "b47506411d701d42555b301c8453bb7aeb21566eb86a1bf325976263cde817e0" },
    { "rubymsg_msgInMsg.pst", "splice", "3d4beed989e4c37d07d9a28bb1c86523b8bbc124bbb9beb6426e2e28aa1b6af0" },
    { "rubymsg_msgInMsg.pst", "anchored-all-v4", "08e6208b411ddd2704a363ba008495e3621d14ef027ba12a2b4989b7aa060553" },
    { "rubymsg_msgInMsg.pst", "resumed-after-3", "9c53b4410a30c14dead62ea1d5c9111db249cf93094b75c84615ccce67a1f474" },
    { "tika_testPST.pst", "new-root", "6c6f06ad827572429d902ac912290fa1f45c16c5244323abd6fbfc1155795f82" },
    { "tika_testPST.pst", "splice", "7229be67c77c75e7ff8602a0611e888772cd8e305814499179a47b8da922cfcc" },
    { "tika_testPST.pst", "anchored-all-v4", "46b5a61e390897d7f0f699223dc385e2a0b4f7ebe122dcbef7a3d2dc0c5280e2" },
    { "tika_testPST.pst", "resumed-after-3", "aca934f2dab2f3ceea586bd431977a2b3d625fd7f54b4b06d7365e3f148c2e39" },
    { "three-files", "new-root", "d492ec941c308b1f5faa461ed8263114cf4264c771a1a23e68c7a081804182bd" },
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
