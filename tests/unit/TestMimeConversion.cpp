// mig::mime::convertMime over every sample message of the shared test data (eml/ and the mail
// files of broken/): what each message says in its own header and MIME structure comes out as the
// MAPI properties Gromox's converter would set (gxmt-format.md §11.2). Dates are checked against
// Qt's own RFC 2822 parser and the header block against the raw file, independently of GMime.
#include "TestEnvironment.h"

#include "mapi/PropertyBag.h"
#include "mapi/Tags.h"
#include "sources/mime/MimeConverter.h"
#include "sources/mime/MimeTags.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace mig;
using namespace mig::mapi;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The file without an mbox "From " envelope line (not part of the message).
QByteArray messageBytes(const QByteArray &file)
{
    if (!file.startsWith("From "))
        return file;
    return file.mid(file.indexOf('\n') + 1);
}

/// The raw header block (up to and including the line break before the empty line).
QByteArray headerBlock(const QByteArray &message)
{
    const qsizetype lf = message.indexOf("\n\n");
    const qsizetype crlf = message.indexOf("\r\n\r\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return message.left(crlf + 2);
    return lf < 0 ? message : message.left(lf + 1);
}

/// One unfolded top-level header field of the raw message, empty when absent.
QByteArray rawHeader(const QByteArray &message, const QByteArray &name)
{
    const QList<QByteArray> lines = headerBlock(message).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].toLower().startsWith(QByteArray(name.toLower() + ':')))
            continue;
        QByteArray value = lines[i].mid(name.size() + 1);
        while (i + 1 < lines.size() && (lines[i + 1].startsWith(' ') || lines[i + 1].startsWith('\t')))
            value += ' ' + lines[++i].trimmed();
        return value.trimmed();
    }
    return {};
}

QDateTime fromFileTime(qint64 fileTime)
{
    return QDateTime::fromMSecsSinceEpoch((fileTime - 116444736000000000LL) / 10000, QTimeZone::utc());
}

QStringList attachmentNames(const Message &message)
{
    QStringList names;
    for (const Attachment &attachment : message.attachments)
        names.append(attachment.properties.string(PR_DISPLAY_NAME).value_or(QStringLiteral("<none>")));
    return names;
}

int recipientsOfType(const Message &message, qint32 type)
{
    int count = 0;
    for (const PropertyBag &row : message.recipients)
        count += row.int32(PR_RECIPIENT_TYPE) == type ? 1 : 0;
    return count;
}

Message convertFile(const QString &relative, QStringList *warnings = nullptr)
{
    mime::MimeOptions options;
    options.where = relative;
    options.warnings = warnings;
    auto converted = mime::convertMime(readFile(test::testDataPath(relative)), options);
    if (!converted)
        qWarning("%s", qPrintable(converted.error().message));
    return converted ? *converted : Message{};
}

/// What one sample message says in its header and MIME structure, read from the file by hand.
struct Known {
    QString file, subject, fromAddress, fromName;
    int to = 0, cc = 0;
    QStringList attachments;
    bool plain = false, html = false;
    QString messageClass = QStringLiteral("IPM.Note");
};

QList<Known> knownMessages()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    return {
        {s("mail_attachment_message_rfc822.eml"), s("testing"), s("foo@example.com"), s("foo@example.com"), 1, 0,
         {s("Another PDF")}, true, false},
        {s("mail_attachment_nonascii_filename.eml"), s("testing"), s("foo@example.com"), s("foo@example.com"), 1, 0,
         {s("ciële.txt")}, true, false},
        {s("mail_attachment_pdf.eml"), s("Another PDF with 🎉 Unicode chars in it 🍿"), s("xxxx@xxxx.com"),
         s("Test Tester"), 2, 0, {s("broken.pdf")}, true, false},
        {s("mail_japanese_iso_2022.eml"), s("まみむめも"), s("raasdnil@gmail.com"), s("Mikel Lindsaar"), 1, 0, {}, true,
         false},
        {s("mail_ks_c_5601-1987.eml"), s("test"), s("from@example.com"), s("from@example.com"), 1, 0, {}, true, false},
        {s("mail_raw_email_with_nested_attachment.eml"), s("Testing attachments"), s("jamis@37signals.com"),
         s("Jamis Buck"), 1, 0, {s("smime.p7m")}, true, false, s("IPM.Note.SMIME.MultipartSigned")},
        {s("mail_utf8_headers.eml"), s("Säying Hello"), s("jdöe@mächine.example"), s("Jöhn Doe"), 1, 0, {}, false,
         false},
        {s("mailparser_nodemailer.eml"), s("Nodemailer is unicode friendly ✔ (1476358788189)"), s("andris@kreata.ee"),
         s("Andris Kreata"), 2, 0, {s("image.png"), s("nyan cat ✔.gif"), s("notes.txt")}, true,
         true},
        {s("tika_testEmailWithPNGAtt.eml"), s("Test Attachment Email"), s("XXXX@apache.org"), s("Tika Test"), 1, 0,
         {s("testPNG.png")}, true, false},
        {s("tika_testRFC822_i18nheaders.eml"), s("If you can read this you understand the example."), s("keld@dkuug.dk"),
         s("Keld Jørn Simonsen"), 1, 0, {}, true, false},
        {s("tika_testThunderbirdEml.eml"), s("JUnit test message"), s("vladimir_l@example.com"), s("Vladimir L."), 1, 0,
         {}, true, false},
        {s("mimekit_issue358.eml"), s("R: R: R: I: FR-selca LA selcaE"), s("jang.abcdef@xyzlinux12345678.it"),
         s("jang.abcdef@xyzlinu"), 1, 0, {}, true, true},
    };
}

} // namespace

Q_DECLARE_METATYPE(Known)

class TestMimeConversion final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MIG_REQUIRE_TESTDATA(); }

    /// Properties every message of eml/ must show, compared with the raw file.
    void everyEmlFile_data()
    {
        QTest::addColumn<QString>("relative");
        const QStringList files = test::testDataFiles(QStringLiteral("eml"), {QStringLiteral("*.eml")});
        QVERIFY(files.size() >= 16);
        for (const QString &path : files)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << QStringLiteral("eml/") + QFileInfo(path).fileName();
    }

    void everyEmlFile()
    {
        QFETCH(QString, relative);
        const QByteArray file = readFile(test::testDataPath(relative));
        const QByteArray message = messageBytes(file);
        QStringList warnings;
        mime::MimeOptions options;
        options.where = relative;
        options.warnings = &warnings;
        auto converted = mime::convertMime(file, options);
        QVERIFY2(converted.has_value(), qPrintable(converted.error().message));
        const PropertyBag &p = converted->properties;

        // The original bytes travel unchanged (minus the mbox envelope line).
        QCOMPARE(converted->rfc5322, message);
        QCOMPARE(p.int32(PR_MESSAGE_SIZE), qint32(message.size()));
        // The transport headers are the raw header block, verbatim (all these headers are ASCII or UTF-8).
        QCOMPARE(p.string(PR_TRANSPORT_MESSAGE_HEADERS)->toUtf8(), headerBlock(message));
        QVERIFY(p.string(PR_MESSAGE_CLASS)->startsWith(QLatin1String("IPM.Note"))
                || p.string(PR_MESSAGE_CLASS)->startsWith(QLatin1String("REPORT.IPM.Note")));

        // Date: → PR_CLIENT_SUBMIT_TIME, as Qt's RFC 2822 parser reads the same header.
        const QByteArray date = rawHeader(message, "Date");
        const QDateTime expected = QDateTime::fromString(QString::fromLatin1(date).remove(QRegularExpression(QStringLiteral("\\s*\\(.*\\)$"))),
                                                         Qt::RFC2822Date);
        if (expected.isValid()) {
            QVERIFY(p.int64(PR_CLIENT_SUBMIT_TIME).has_value());
            QCOMPARE(fromFileTime(*p.int64(PR_CLIENT_SUBMIT_TIME)), expected.toUTC());
            QVERIFY(p.int64(PR_MESSAGE_DELIVERY_TIME).has_value());
        }
        // Message-ID: verbatim.
        const QByteArray messageId = rawHeader(message, "Message-ID");
        if (!messageId.isEmpty())
            QCOMPARE(p.string(PR_INTERNET_MESSAGE_ID), QString::fromLatin1(messageId));
        // Subject, prefix and normalized subject fit together.
        if (const auto subject = p.string(PR_SUBJECT))
            QCOMPARE(*p.string(PR_SUBJECT_PREFIX) + *p.string(PR_NORMALIZED_SUBJECT), *subject);
        // Every recipient row has a one-off entry id naming its SMTP address.
        for (const PropertyBag &row : converted->recipients) {
            const QString smtp = *row.string(PR_SMTP_ADDRESS);
            QVERIFY(!smtp.isEmpty());
            QVERIFY(row.binary(PR_ENTRYID)->contains(QByteArray(reinterpret_cast<const char *>(smtp.utf16()), smtp.size() * 2)));
            QCOMPARE(row.string(PR_ADDRTYPE), QStringLiteral("SMTP"));
        }
        // Every attachment has a name, a MIME type, and its data or an embedded message.
        for (const Attachment &attachment : converted->attachments) {
            QVERIFY(!attachment.properties.string(PR_ATTACH_MIME_TAG).value_or(QString()).isEmpty());
            QVERIFY(attachment.embedded || attachment.properties.contains(PR_ATTACH_DATA_BIN));
        }
    }

    /// What each sample message says, read from the file by hand.
    void knownContent_data()
    {
        QTest::addColumn<Known>("known");
        for (const Known &known : knownMessages())
            QTest::newRow(qPrintable(known.file)) << known;
    }

    void knownContent()
    {
        QFETCH(Known, known);
        const Message message = convertFile(QStringLiteral("eml/") + known.file);
        const PropertyBag &p = message.properties;
        QCOMPARE(p.string(PR_SUBJECT).value_or(QString()), known.subject);
        QCOMPARE(p.string(mime::PR_SENT_REPRESENTING_SMTP_ADDRESS).value_or(QString()), known.fromAddress);
        QCOMPARE(p.string(PR_SENT_REPRESENTING_NAME).value_or(QString()), known.fromName);
        QVERIFY(p.string(PR_SENDER_EMAIL_ADDRESS).has_value());
        QCOMPARE(recipientsOfType(message, mime::MAPI_TO), known.to);
        QCOMPARE(recipientsOfType(message, mime::MAPI_CC), known.cc);
        QCOMPARE(attachmentNames(message), known.attachments);
        QCOMPARE(p.contains(PR_HTML), known.html);
        if (known.plain)
            QVERIFY(!p.string(PR_BODY).value_or(QString()).trimmed().isEmpty());
        if (known.html)
            QCOMPARE(p.int32(PR_INTERNET_CPID), mime::CPID_UTF8);
        QCOMPARE(p.string(PR_MESSAGE_CLASS), known.messageClass);
    }
};

QTEST_GUILESS_MAIN(TestMimeConversion)
#include "TestMimeConversion.moc"
