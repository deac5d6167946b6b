// mig::contacts over every shared .vcf sample (vcf/ and broken/): each card converted or reported;
// names, e-mails, phones, addresses, dates and photo bytes checked against the files, plus cards
// built here for the limits (four e-mails, a 20 MB photo, no END:VCARD, not a vCard at all).
#include "TestEnvironment.h"

#include "addressing/OneOffEntryId.h"
#include "gxmt/ByteSink.h"
#include "gxmt/Validator.h"
#include "mapi/NamedValues.h"
#include "mapi/Tags.h"
#include "sources/Converter.h"
#include "sources/SourceRegistry.h"
#include "sources/contacts/ContactConverter.h"
#include "sources/contacts/ContactFields.h"
#include "sources/contacts/ContactGroup.h"
#include "sources/contacts/ContactNames.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mig;
using namespace mig::contacts;
using namespace mig::mapi;

namespace {

struct FileResult {
    bool parsed = false;
    int cards = 0;
    QList<ConvertedContact> contacts;
    QStringList errors;
    QStringList warnings;
};

FileResult convertData(const QByteArray &data, const QString &name)
{
    FileResult r;
    auto file = parseVcards(data, name);
    if (!file) {
        r.errors.append(file.error().message);
        return r;
    }
    r.parsed = true;
    r.cards = int(file->cards.size());
    r.warnings = file->warnings;
    for (const Vcard &card : file->cards) {
        auto contact = convertContact(card, name);
        if (contact) {
            r.warnings += contact->warnings;
            r.contacts.append(std::move(*contact));
        } else {
            r.errors.append(contact.error().message);
        }
    }
    return r;
}

QByteArray sampleBytes(const QString &relative)
{
    QFile f(test::testDataPath(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

FileResult convertSample(const QString &relative)
{
    return convertData(sampleBytes(relative), QFileInfo(relative).fileName());
}

QString str(const Message &m, PropTag tag) { return m.properties.string(tag).value_or(QString()); }

QString namedString(const Message &m, quint32 lid)
{
    const PropValue *v = namedValue(m, addressLid(lid), PT_UNICODE);
    return v && std::get_if<QString>(v) ? *std::get_if<QString>(v) : QString();
}

QDate dateOf(const Message &m, PropTag tag)
{
    const auto ft = m.properties.int64(tag);
    if (!ft)
        return {};
    return QDateTime::fromSecsSinceEpoch(*ft / 10000000 - 11644473600LL, Qt::UTC).date();
}

/// BEGIN:VCARD lines in data, counted independently of the parser.
int beginLines(const QByteArray &data)
{
    // Lines may end in CRLF, LF or (old Mac exports) a lone CR.
    return int(QString::fromLatin1(data).count(QRegularExpression(QStringLiteral("(^|[\\r\\n])BEGIN:VCARD(?=[\\r\\n])"),
                                                                   QRegularExpression::CaseInsensitiveOption)));
}

QByteArray photoOf(const Message &m)
{
    for (const Attachment &a : m.attachments) {
        if (a.properties.boolean(names::PR_ATTACHMENT_CONTACTPHOTO).value_or(false))
            return a.properties.binary(PR_ATTACH_DATA_BIN).value_or(QByteArray());
    }
    return {};
}

/// One member of a distribution list, read from its one-off entry id (MS-OXCDATA 2.2.5.1) by
/// hand: flags, the one-off provider UID, version, flags, then three NUL-terminated UTF-16 strings.
QStringList readOneOff(const QByteArray &entry)
{
    static const QByteArray provider = QByteArray::fromHex("812B1FA4BEA310199D6E00DD010F5402");
    if (entry.size() < 24 || entry.mid(0, 4) != QByteArray(4, '\0') || entry.mid(4, 16) != provider)
        return {QStringLiteral("not a one-off entry id")};
    QStringList parts;
    QString current;
    for (qsizetype i = 24; i + 1 < entry.size(); i += 2) {
        const char16_t c = char16_t(quint8(entry[i]) | quint8(entry[i + 1]) << 8);
        if (c == 0) {
            parts.append(current);
            current.clear();
        } else {
            current.append(QChar(c));
        }
    }
    return parts;
}

QList<QByteArray> namedBinaries(const Message &m, quint32 lid)
{
    const PropValue *v = namedValue(m, addressLid(lid), PT_MV_BINARY);
    return v && std::get_if<QList<QByteArray>>(v) ? *std::get_if<QList<QByteArray>>(v) : QList<QByteArray>();
}

const QByteArray groupsFile = "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Team\r\nUID:urn:uuid:group-1\r\n"
                              "MEMBER:urn:uuid:a1\r\nMEMBER:mailto:carol@example.org\r\nMEMBER:urn:uuid:b2\r\n"
                              "MEMBER:urn:uuid:nobody\r\nNOTE:The whole team\r\nEND:VCARD\r\n"
                              "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Alice Example\r\nUID:urn:uuid:A1\r\n"
                              "EMAIL:alice@example.org\r\nEND:VCARD\r\n"
                              "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bob Nomail\r\nUID:b2\r\nTEL:+49 30 1234\r\nEND:VCARD\r\n"
                              "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Friends;;;\r\nFN:Friends\r\n"
                              "X-ADDRESSBOOKSERVER-KIND:group\r\nX-ADDRESSBOOKSERVER-MEMBER:urn:uuid:a1\r\nEND:VCARD\r\n";

} // namespace

class TestVcardConversion final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everySampleConvertsOrReports_data();
    void everySampleConvertsOrReports();
    void outlookStyleVcard21();
    void shiftJisQuotedPrintable();
    void gmailVcard30();
    void rfc6350Example();
    void photos_data();
    void photos();
    void quotedPrintableUtf8SoftBreaks();
    void foldInsideUtf8Sequence();
    void brokenSamples();
    void limitsAndBadInput();
    void vcardDates();
    void mutatedSamplesDoNotCrash();
    void contactGroups();
    void contactGroupsInTheSource();
};

void TestVcardConversion::everySampleConvertsOrReports_data()
{
    MIG_REQUIRE_TESTDATA();
    QTest::addColumn<QString>("file");
    const QStringList files = test::testDataFiles(QStringLiteral("vcf"), {QStringLiteral("*.vcf")});
    QVERIFY(files.size() >= 14);
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << QStringLiteral("vcf/") + QFileInfo(f).fileName();
}

void TestVcardConversion::everySampleConvertsOrReports()
{
    QFETCH(QString, file);
    const QByteArray data = sampleBytes(file);
    const FileResult r = convertData(data, QFileInfo(file).fileName());
    QVERIFY2(r.parsed, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.cards, beginLines(data));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QCOMPARE(r.contacts.size(), r.cards);
    for (const ConvertedContact &c : r.contacts) {
        QCOMPARE(str(c.message, PR_MESSAGE_CLASS), QStringLiteral("IPM.Contact"));
        QVERIFY(!str(c.message, PR_DISPLAY_NAME).isEmpty());
        QVERIFY(!namedString(c.message, names::FileAs).isEmpty());
        const QString email = namedString(c.message, names::Email1EmailAddress);
        QVERIFY2(email.isEmpty() || email.contains(QLatin1Char('@')), qPrintable(email));
    }
    for (const QString &w : r.warnings)
        QVERIFY2(w.startsWith(QFileInfo(file).fileName() + QLatin1String(": ")), qPrintable(w));
}

// vCard 2.1 as Outlook writes it: bare type words (CELL;VOICE, PREF;INTERNET). vcf2mt rejects it.
void TestVcardConversion::outlookStyleVcard21()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("vcf/rubymsg_contact.vcf"));
    QCOMPARE(r.contacts.size(), 1);
    const Message &m = r.contacts[0].message;
    QCOMPARE(str(m, PR_DISPLAY_NAME), QStringLiteral("(full name) A completely bogus contact"));
    QCOMPARE(str(m, names::PR_SURNAME), QStringLiteral("contact"));
    QCOMPARE(str(m, names::PR_GIVEN_NAME), QStringLiteral("(full name) A"));
    QCOMPARE(str(m, names::PR_MIDDLE_NAME), QStringLiteral("completely bogus"));
    QCOMPARE(str(m, names::PR_TITLE), QStringLiteral("(job title) Manager, bogus division"));
    QCOMPARE(str(m, names::PR_MOBILE_TELEPHONE_NUMBER), QStringLiteral("(mobile) 0404 123 456"));
    QCOMPARE(namedString(m, names::Email1EmailAddress), QStringLiteral("email@emailland.com"));
    QCOMPARE(namedString(m, names::Email1AddressType), QStringLiteral("SMTP"));
    QCOMPARE(namedString(m, names::Email1DisplayName),
             QStringLiteral("(full name) A completely bogus contact (email@emailland.com)"));
    QCOMPARE(namedString(m, names::FileAs), QStringLiteral("contact, (full name) A"));
    const auto rev = m.properties.int64(PR_LAST_MODIFICATION_TIME);
    QVERIFY(rev);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(*rev / 10000000 - 11644473600LL, Qt::UTC).toString(Qt::ISODate),
             QStringLiteral("2007-01-17T07:05:03Z"));
}

void TestVcardConversion::shiftJisQuotedPrintable()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("vcf/android_v21_japanese_2.vcf"));
    QCOMPARE(r.contacts.size(), 1);
    const Message &m = r.contacts[0].message;
    QCOMPARE(str(m, PR_DISPLAY_NAME), QStringLiteral("安藤 ロイド 1"));
    QCOMPARE(str(m, names::PR_SURNAME), QStringLiteral("安藤"));
    QCOMPARE(str(m, names::PR_GIVEN_NAME), QStringLiteral("ロイド1"));
    QCOMPARE(str(m, names::PR_HOME_ADDRESS_STREET), QStringLiteral("東京都渋谷区桜丘町26-1セルリアンタワー6階"));
    QCOMPARE(str(m, names::PR_HOME_ADDRESS_POSTAL_CODE), QStringLiteral("150-8512"));
    QCOMPARE(str(m, PR_BODY), QStringLiteral("メモ"));
}

void TestVcardConversion::gmailVcard30()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("vcf/ezvcard_John_Doe_GMAIL.vcf"));
    QCOMPARE(r.contacts.size(), 1);
    const Message &m = r.contacts[0].message;
    QCOMPARE(str(m, PR_DISPLAY_NAME), QStringLiteral("Mr. John Richter, James Doe Sr."));
    QCOMPARE(str(m, names::PR_MIDDLE_NAME), QStringLiteral("Richter, James"));
    QCOMPARE(str(m, names::PR_DISPLAY_NAME_PREFIX), QStringLiteral("Mr."));
    QCOMPARE(str(m, names::PR_GENERATION), QStringLiteral("Sr."));
    QCOMPARE(namedString(m, names::Email1EmailAddress), QStringLiteral("john.doe@ibm.com"));
    QCOMPARE(str(m, names::PR_MOBILE_TELEPHONE_NUMBER), QStringLiteral("905-555-1234"));
    QCOMPARE(str(m, names::PR_HOME_TELEPHONE_NUMBER), QStringLiteral("905-666-1234"));
    QVERIFY(str(m, names::PR_HOME_ADDRESS_STREET).startsWith(QLatin1String("Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345")));
    QCOMPARE(str(m, names::PR_COMPANY_NAME), QStringLiteral("IBM"));
    QCOMPARE(str(m, names::PR_TITLE), QStringLiteral("Money Counter"));
    QCOMPARE(dateOf(m, names::PR_BIRTHDAY), QDate(1980, 3, 22));
    QCOMPARE(str(m, names::PR_BUSINESS_HOME_PAGE), QStringLiteral("http://www.ibm.com"));
    QVERIFY(str(m, PR_BODY).startsWith(QLatin1String("THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\"")));
    QVERIFY(str(m, PR_BODY).endsWith(QLatin1String("DAMAGE.\nFavotire Color: Blue")));
}

void TestVcardConversion::rfc6350Example()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("vcf/ezvcard_rfc6350-example.vcf"));
    QCOMPARE(r.contacts.size(), 1);
    const Message &m = r.contacts[0].message;
    QCOMPARE(str(m, PR_DISPLAY_NAME), QStringLiteral("Simon Perreault"));
    QCOMPARE(str(m, names::PR_GENERATION), QStringLiteral("ing. jr,M.Sc."));
    QCOMPARE(dateOf(m, names::PR_BIRTHDAY), QDate(1604, 2, 3)); // --0203: no year
    QCOMPARE(dateOf(m, names::PR_WEDDING_ANNIVERSARY), QDate(2009, 8, 8));
    QCOMPARE(m.properties.find(names::PR_GENDER)->value, PropValue(qint16(2)));
    QCOMPARE(str(m, names::PR_COMPANY_NAME), QStringLiteral("Viagenie"));
    QCOMPARE(namedString(m, names::WorkAddressStreet), QStringLiteral("2875 Laurier\nSuite D2-630"));
    QCOMPARE(namedString(m, names::WorkAddressCity), QStringLiteral("Quebec"));
    QCOMPARE(namedString(m, names::WorkAddressState), QStringLiteral("QC"));
    QCOMPARE(namedString(m, names::WorkAddressPostalCode), QStringLiteral("G1V 2M2"));
    QCOMPARE(namedString(m, names::WorkAddressCountry), QStringLiteral("Canada"));
    QCOMPARE(str(m, names::PR_BUSINESS_TELEPHONE_NUMBER), QStringLiteral("+1-418-656-9254;ext=102"));
    QCOMPARE(str(m, names::PR_MOBILE_TELEPHONE_NUMBER), QStringLiteral("+1-418-262-6501"));
    QCOMPARE(namedString(m, names::Email1EmailAddress), QStringLiteral("simon.perreault@viagenie.ca"));
    QCOMPARE(str(m, names::PR_PERSONAL_HOME_PAGE), QStringLiteral("http://nomis80.org"));
}

void TestVcardConversion::photos_data()
{
    MIG_REQUIRE_TESTDATA();
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("bytes"); // decoded independently of this project
    QTest::newRow("outlook 2.1") << QStringLiteral("ezvcard_John_Doe_MS_OUTLOOK.vcf") << 860;
    QTest::newRow("outlook 2007") << QStringLiteral("ezvcard_outlook-2007.vcf") << 2324;
    QTest::newRow("iphone ENCODING=b") << QStringLiteral("ezvcard_John_Doe_IPHONE.vcf") << 32531;
    QTest::newRow("mac BASE64 bare") << QStringLiteral("ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf") << 18242;
    QTest::newRow("sabre PHOTO;BASE64") << QStringLiteral("sabre_issue153.vcf") << 19685;
}

void TestVcardConversion::photos()
{
    QFETCH(QString, file);
    QFETCH(int, bytes);
    const FileResult r = convertSample(QStringLiteral("vcf/") + file);
    QCOMPARE(r.contacts.size(), 1);
    const Message &m = r.contacts[0].message;
    const QByteArray photo = photoOf(m);
    QCOMPARE(photo.size(), bytes);
    QVERIFY(photo.startsWith("\xFF\xD8"));    // JPEG start of image
    QVERIFY(photo.endsWith("\xFF\xD9"));      // ... and end of image: nothing lost or added
    const Attachment &a = m.attachments.first();
    QCOMPARE(a.properties.string(PR_ATTACH_LONG_FILENAME), QStringLiteral("ContactPhoto.jpg"));
    QCOMPARE(a.properties.string(PR_ATTACH_MIME_TAG), QStringLiteral("image/jpeg"));
    const PropValue *hasPicture = namedValue(m, addressLid(names::HasPicture), PT_BOOLEAN);
    QVERIFY(hasPicture && std::get<bool>(*hasPicture));
}

void TestVcardConversion::quotedPrintableUtf8SoftBreaks()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("vcf/kcontacts_vcard10.vcf"));
    QVERIFY(r.contacts.size() >= 4);
    QCOMPARE(namedString(r.contacts[0].message, names::WorkAddressStreet),
             QStringLiteral("DDDDDDDDDDDDDDD-Staße 2\n00000 DDDDDDDDDD"));
    QCOMPARE(str(r.contacts[0].message, names::PR_COMPANY_NAME), QStringLiteral("Bike Shop"));
    const Message &broken = r.contacts[1].message;
    QCOMPARE(str(broken, names::PR_HOME_ADDRESS_STREET), QStringLiteral("AAAAAAA-AäAAAAA 11"));
    QCOMPARE(str(broken, names::PR_HOME_ADDRESS_CITY), QStringLiteral("Urt"));
    QCOMPARE(str(broken, names::PR_PERSONAL_HOME_PAGE), QStringLiteral("http://some-webseite.com"));
    QCOMPARE(str(r.contacts[3].message, names::PR_TITLE), QStringLiteral("Facharzt für Allgemeinmedizin"));
}

void TestVcardConversion::foldInsideUtf8Sequence()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("vcf/kcontacts_vcard9.vcf"));
    QCOMPARE(r.contacts.size(), 1);
    const Message &m = r.contacts[0].message;
    QCOMPARE(str(m, PR_DISPLAY_NAME), QStringLiteral("βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1"
                                                     "βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1βγδεαβγδ1"));
    QCOMPARE(str(m, PR_BODY), QStringLiteral("Длинный комментарий на русском языке, чтобы в результате получилась строка "
                                             "более 70 символов."));
}

void TestVcardConversion::brokenSamples()
{
    MIG_REQUIRE_TESTDATA();
    const QStringList files = test::testDataFiles(QStringLiteral("broken"), {QStringLiteral("*.vcf")});
    QVERIFY(files.size() >= 2);
    for (const QString &path : files) {
        const QString name = QFileInfo(path).fileName();
        const FileResult r = convertSample(QStringLiteral("broken/") + name);
        QVERIFY2(r.parsed, qPrintable(name));
        QCOMPARE(r.contacts.size() + r.errors.size(), qsizetype(r.cards));
        for (const QString &w : r.warnings)
            QVERIFY2(w.startsWith(name + QLatin1String(": ")), qPrintable(w));
    }
    // "#" lines are not vCard; the quoted-printable value around them still continues.
    const FileResult comment = convertSample(QStringLiteral("broken/android_v21_invalid_comment_line.vcf"));
    QCOMPARE(comment.contacts.size(), 1);
    QCOMPARE(str(comment.contacts[0].message, PR_BODY),
             QStringLiteral("This is an (sharp ->#<- sharp) example. This message must NOT be ignored."));
    QCOMPARE(comment.warnings.filter(QLatin1String("not a vCard line")).size(), 2);
    const FileResult photo = convertSample(QStringLiteral("broken/android_v21_malformed_photo.vcf"));
    QCOMPARE(photo.contacts.size(), 1);
    QCOMPARE(str(photo.contacts[0].message, PR_DISPLAY_NAME), QStringLiteral("fullname"));
    QVERIFY(photo.contacts[0].message.attachments.isEmpty());
    QVERIFY(photo.warnings.join(QLatin1Char('\n')).contains(QLatin1String("photo's data is malformed")));
}

void TestVcardConversion::limitsAndBadInput()
{
    for (const QByteArray &junk : {QByteArray(), QByteArray("hello\n"), QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")}) {
        const FileResult r = convertData(junk, QStringLiteral("junk.vcf"));
        QVERIFY(!r.parsed);
        QVERIFY(r.errors.value(0).startsWith(QLatin1String("junk.vcf: ")));
    }
    const QByteArray bigPhoto = QByteArray("\xFF\xD8", 2) + QByteArray(20 * 1024 * 1024, 'x');
    const QByteArray data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Four Mails\r\nEMAIL:a@x.org\r\nEMAIL:b@x.org\r\n"
                            "EMAIL:c@x.org\r\nEMAIL:d@x.org\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + bigPhoto.toBase64() + "\r\n"
                            "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nothing else\r\nEND:VCARD\r\n"
                            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:No End\r\nTEL:+49 30 1234\r\n";
    const FileResult r = convertData(data, QStringLiteral("limits.vcf"));
    QCOMPARE(r.cards, 3);
    QCOMPARE(r.contacts.size(), 2);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors[0].startsWith(QLatin1String("limits.vcf: card 2")));
    const Message &four = r.contacts[0].message;
    QCOMPARE(namedString(four, names::Email1EmailAddress + 0x20), QStringLiteral("c@x.org"));
    QVERIFY(four.attachments.isEmpty());
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    QVERIFY(warnings.contains(QLatin1String("limits.vcf: card 1 (Four Mails): only three e-mail addresses")));
    QVERIFY(warnings.contains(QLatin1String("d@x.org")));
    QVERIFY(warnings.contains(QLatin1String("larger than")));
    QVERIFY(warnings.contains(QLatin1String("card 3 has no END:VCARD")));
    QCOMPARE(str(r.contacts[1].message, names::PR_OTHER_TELEPHONE_NUMBER), QStringLiteral("+49 30 1234"));
}

void TestVcardConversion::vcardDates()
{
    QCOMPARE(parseVcardDate(QStringLiteral("1985-04-12")), std::optional<QDate>(QDate(1985, 4, 12)));
    QCOMPARE(parseVcardDate(QStringLiteral("19850412")), std::optional<QDate>(QDate(1985, 4, 12)));
    QCOMPARE(parseVcardDate(QStringLiteral("--0412")), std::optional<QDate>(QDate(1604, 4, 12)));
    QCOMPARE(parseVcardDate(QStringLiteral("--04-12")), std::optional<QDate>(QDate(1604, 4, 12)));
    QCOMPARE(parseVcardDate(QStringLiteral("1996-04-15T23:00:00Z")), std::optional<QDate>(QDate(1996, 4, 15)));
    QVERIFY(!parseVcardDate(QStringLiteral("1985-13-45")));
    QVERIFY(!parseVcardDate(QStringLiteral("tomorrow")));
}

// Cheap in-process fuzzing with a fixed seed (reproducible): flipped, cut and duplicated bytes of
// every sample; each result must still be a file error or cards that convert or fail alone.
void TestVcardConversion::mutatedSamplesDoNotCrash()
{
    MIG_REQUIRE_TESTDATA();
    QRandomGenerator random(16);
    const QStringList files = test::testDataFiles(QStringLiteral("vcf"), {QStringLiteral("*.vcf")});
    for (const QString &path : files) {
        const QByteArray original = sampleBytes(QStringLiteral("vcf/") + QFileInfo(path).fileName());
        for (int round = 0; round < 40; ++round) {
            QByteArray data = original;
            for (int edit = 0; edit < 8 && !data.isEmpty(); ++edit) {
                const qsizetype at = random.bounded(int(data.size()));
                switch (random.bounded(3)) {
                case 0:
                    data[at] = char(random.bounded(256));
                    break;
                case 1:
                    data.truncate(at);
                    break;
                default:
                    data.insert(at, data.mid(at, random.bounded(64)));
                }
            }
            const FileResult r = convertData(data, QStringLiteral("mutated.vcf"));
            QVERIFY(r.parsed || r.errors.size() == 1);
            QCOMPARE(r.contacts.size() + r.errors.size(), qsizetype(r.parsed ? r.cards : 1));
        }
    }
}

// vCard 4 KIND:group with MEMBERs and Apple's X-ADDRESSBOOKSERVER-KIND group → IPM.DistList
// (MS-OXOCNTC 2.2.2): members of the same file resolved to name and e-mail, mailto: taken as it
// is, the others reported.
void TestVcardConversion::contactGroups()
{
    QCOMPARE(crc32("123456789"), 0xCBF43926u); // the CRC-32 check value (IEEE 802.3)
    auto file = parseVcards(groupsFile, QStringLiteral("groups.vcf"));
    QVERIFY(file);
    QCOMPARE(file->cards.size(), 4);
    QVERIFY(isContactGroup(file->cards[0]) && isContactGroup(file->cards[3]));
    QVERIFY(!isContactGroup(file->cards[1]) && !isContactGroup(file->cards[2]));

    auto team = convertContactGroup(file->cards[0], *file);
    QVERIFY(team);
    const Message &m = team->message;
    QCOMPARE(str(m, PR_MESSAGE_CLASS), QStringLiteral("IPM.DistList"));
    QCOMPARE(str(m, PR_DISPLAY_NAME), QStringLiteral("Team"));
    QCOMPARE(namedString(m, names::DistributionListName), QStringLiteral("Team"));
    QCOMPARE(namedString(m, names::FileAs), QStringLiteral("Team"));
    QCOMPARE(str(m, PR_BODY), QStringLiteral("The whole team"));
    const QList<QByteArray> members = namedBinaries(m, names::DistributionListMembers);
    QCOMPARE(members.size(), 2);
    QCOMPARE(readOneOff(members[0]),
             (QStringList{QStringLiteral("Alice Example"), QStringLiteral("SMTP"), QStringLiteral("alice@example.org")}));
    QCOMPARE(readOneOff(members[1]), (QStringList{QStringLiteral("carol@example.org"), QStringLiteral("SMTP"),
                                                  QStringLiteral("carol@example.org")}));
    QCOMPARE(namedBinaries(m, names::DistributionListOneOffMembers), members);
    const auto parsed = addressing::parseOneOffEntryId(members[0]); // the reader the preview uses
    QVERIFY(parsed);
    QCOMPARE(QStringList({parsed->displayName, parsed->addressType, parsed->address}), readOneOff(members[0]));
    QVERIFY(!addressing::parseOneOffEntryId(members[0].left(members[0].size() - 2))); // cut before its end
    QVERIFY(!addressing::parseOneOffEntryId(QByteArray(40, 'x')));
    const PropValue *checksum = namedValue(m, addressLid(names::DistributionListChecksum), PT_LONG);
    QVERIFY(checksum);
    QCOMPARE(quint32(std::get<qint32>(*checksum)), crc32(members[0] + members[1]));
    QCOMPARE(team->warnings.size(), 2);
    QVERIFY2(team->warnings[0].contains(QLatin1String("groups.vcf: card 1 (Team): the member \"Bob Nomail\" has no "
                                                      "e-mail address")),
             qPrintable(team->warnings[0]));
    QVERIFY2(team->warnings[1].contains(QLatin1String("urn:uuid:nobody is no card of this file")),
             qPrintable(team->warnings[1]));

    auto friends = convertContactGroup(file->cards[3], *file);
    QVERIFY(friends);
    QCOMPARE(str(friends->message, PR_DISPLAY_NAME), QStringLiteral("Friends"));
    const QList<QByteArray> apple = namedBinaries(friends->message, names::DistributionListMembers);
    QCOMPARE(apple.size(), 1);
    QCOMPARE(readOneOff(apple[0]).value(2), QStringLiteral("alice@example.org"));
    QVERIFY(friends->warnings.isEmpty());
}

// The "vcf" source makes the groups distribution lists, counts them apart from contacts, and
// writes a stream the validator accepts.
void TestVcardConversion::contactGroupsInTheSource()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("groups.vcf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(groupsFile) == groupsFile.size());
    f.close();
    auto source = sources::openSource(sources::SourceSpec::forPath(path));
    QVERIFY2(source, qPrintable(source.error().fullText()));
    auto folders = (*source)->folders();
    QVERIFY(folders && folders->size() == 2);
    auto refs = (*source)->items(folders->at(1).id, sources::ItemKind::Normal);
    QVERIFY(refs && refs->size() == 4);
    QStringList classes;
    for (const sources::ItemRef &ref : *refs) {
        auto message = (*source)->readMessage(ref);
        QVERIFY2(message, qPrintable(message.error().fullText()));
        classes.append(str(*message, PR_MESSAGE_CLASS));
    }
    QCOMPARE(classes, (QStringList{QStringLiteral("IPM.DistList"), QStringLiteral("IPM.Contact"),
                                   QStringLiteral("IPM.Contact"), QStringLiteral("IPM.DistList")}));
    QHash<QString, qint64> counts;
    for (const sources::ContentCount &c : (*source)->info().contents)
        counts.insert(c.key, c.count);
    QCOMPARE(counts.value(QStringLiteral("contacts")), 2);
    QCOMPARE(counts.value(QStringLiteral("contact_groups")), 2);

    // Into a GXMT stream the validator accepts.
    gxmt::MemorySink sink;
    auto report = sources::convert({ { source->get(), QStringLiteral("groups.vcf") } }, sink, gxmt::Revision::V5, {});
    QVERIFY2(report, qPrintable(report.error().fullText()));
    QCOMPARE(report->converted(), 4);
    QBuffer buffer;
    buffer.setData(sink.data());
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    gxmt::Validator validator;
    QVERIFY(validator.run(&buffer));
}

QTEST_GUILESS_MAIN(TestVcardConversion)
#include "TestVcardConversion.moc"
