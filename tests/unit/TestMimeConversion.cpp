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
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

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

QByteArray sample(const QString &relative)
{
    return readFile(test::testDataPath(relative));
}

Message convertFile(const QString &relative, QStringList *warnings = nullptr)
{
    mime::MimeOptions options;
    options.where = relative;
    options.warnings = warnings;
    auto converted = mime::convertMime(readFile(test::testDataPath(relative)), options);
    if (!converted)
        qWarning("%s", qPrintable(converted.error().message));
    return converted ? *converted : Message {};
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
        { s("mail_attachment_message_rfc822.eml"), s("testing"), s("foo@example.com"), s("foo@example.com"), 1, 0,
            { s("Another PDF") }, true, false },
        { s("mail_attachment_nonascii_filename.eml"), s("testing"), s("foo@example.com"), s("foo@example.com"), 1, 0,
            { s("ciële.txt") }, true, false },
        { s("mail_attachment_pdf.eml"), s("Another PDF with 🎉 Unicode chars in it 🍿"), s("xxxx@xxxx.com"),
            s("Test Tester"), 2, 0, { s("broken.pdf") }, true, false },
        { s("mail_japanese_iso_2022.eml"), s("まみむめも"), s("raasdnil@gmail.com"), s("Mikel Lindsaar"), 1, 0, {},
            true, false },
        { s("mail_ks_c_5601-1987.eml"), s("test"), s("from@example.com"), s("from@example.com"), 1, 0, {}, true,
            false },
        { s("mail_raw_email_with_nested_attachment.eml"), s("Testing attachments"), s("jamis@37signals.com"),
            s("Jamis Buck"), 1, 0, { s("smime.p7m") }, true, false, s("IPM.Note.SMIME.MultipartSigned") },
        { s("mail_utf8_headers.eml"), s("Säying Hello"), s("jdöe@mächine.example"), s("Jöhn Doe"), 1, 0, {}, false,
            false },
        { s("mailparser_nodemailer.eml"), s("Nodemailer is unicode friendly ✔ (1476358788189)"), s("andris@kreata.ee"),
            s("Andris Kreata"), 2, 0, { s("image.png"), s("nyan cat ✔.gif"), s("notes.txt") }, true, true },
        { s("tika_testEmailWithPNGAtt.eml"), s("Test Attachment Email"), s("XXXX@apache.org"), s("Tika Test"), 1, 0,
            { s("testPNG.png") }, true, false },
        { s("tika_testRFC822_i18nheaders.eml"), s("If you can read this you understand the example."),
            s("keld@dkuug.dk"), s("Keld Jørn Simonsen"), 1, 0, {}, true, false },
        { s("tika_testThunderbirdEml.eml"), s("JUnit test message"), s("vladimir_l@example.com"), s("Vladimir L."), 1,
            0, {}, true, false },
        { s("mimekit_issue358.eml"), s("R: R: R: I: FR-selca LA selcaE"), s("jang.abcdef@xyzlinux12345678.it"),
            s("jang.abcdef@xyzlinu"), 1, 0, {}, true, true },
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
        const QStringList files = test::testDataFiles(QStringLiteral("eml"), { QStringLiteral("*.eml") });
        QVERIFY(files.size() >= 16);
        for (const QString &path : files)
            QTest::newRow(qPrintable(QFileInfo(path).fileName()))
                << QStringLiteral("eml/") + QFileInfo(path).fileName();
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
        const QDateTime expected = QDateTime::fromString(
            QString::fromLatin1(date).remove(QRegularExpression(QStringLiteral("\\s*\\(.*\\)$"))), Qt::RFC2822Date);
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
            QVERIFY(row.binary(PR_ENTRYID)
                        ->contains(QByteArray(reinterpret_cast<const char *>(smtp.utf16()), smtp.size() * 2)));
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

    /// Bodies in declared charsets come out as Unicode (expected text: iconv over the same bytes).
    void bodiesInDeclaredCharsets()
    {
        QStringList warnings;
        QCOMPARE(convertFile(QStringLiteral("eml/mail_japanese_iso_2022.eml"), &warnings)
                     .properties.string(PR_BODY)
                     ->trimmed(),
            QStringLiteral("すみません。"));
        QCOMPARE(
            convertFile(QStringLiteral("eml/mail_ks_c_5601-1987.eml"), &warnings).properties.string(PR_BODY)->trimmed(),
            QStringLiteral("스티해"));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        // HTML: UTF-8 bytes with their code page; a plain body is derived only when there is none.
        const Message lotus = convertFile(QStringLiteral("eml/tika_testLotusEml.eml"));
        QVERIFY(QString::fromUtf8(*lotus.properties.binary(PR_HTML)).contains(QLatin1String("Message body")));
        QCOMPARE(lotus.properties.int32(PR_INTERNET_CPID), mime::CPID_UTF8);
        QCOMPARE(lotus.properties.string(PR_BODY), QStringLiteral("Message body"));
    }

    /// message/rfc822 parts become embedded messages, converted like top-level ones.
    void embeddedMessages()
    {
        const Message outer = convertFile(QStringLiteral("eml/mail_attachment_message_rfc822.eml"));
        QCOMPARE(outer.attachments.size(), 1);
        const Attachment &attachment = outer.attachments.first();
        QCOMPARE(attachment.properties.int32(PR_ATTACH_METHOD), ATTACH_EMBEDDED_MSG);
        QCOMPARE(attachment.properties.string(PR_ATTACH_MIME_TAG), QStringLiteral("message/rfc822"));
        QVERIFY(attachment.embedded);
        const Message &inner = *attachment.embedded;
        QCOMPARE(inner.properties.string(PR_SUBJECT), QStringLiteral("Another PDF"));
        QCOMPARE(inner.properties.string(mime::PR_SENT_REPRESENTING_SMTP_ADDRESS), QStringLiteral("xxxx@xxxx.com"));
        QCOMPARE(inner.properties.string(PR_INTERNET_MESSAGE_ID), QStringLiteral("<xxxx@xxxx.com>"));
        QCOMPARE(inner.recipients.size(), 2);
        QCOMPARE(attachmentNames(inner), QStringList { QStringLiteral("broken.pdf") });
        QCOMPARE(fromFileTime(*inner.properties.int64(PR_CLIENT_SUBMIT_TIME)),
            QDateTime(QDate(2005, 5, 10), QTime(17, 26, 39), QTimeZone::utc()));
        QVERIFY(inner.properties.string(PR_TRANSPORT_MESSAGE_HEADERS)->contains(QLatin1String("Subject: Another PDF")));

        // GroupWise sends the attached message base64-encoded.
        const Message groupWise = convertFile(QStringLiteral("eml/tika_testGroupWiseEml.eml"));
        QCOMPARE(groupWise.attachments.size(), 2);
        QVERIFY(groupWise.attachments[0].embedded);
        QCOMPARE(groupWise.attachments[1].properties.string(PR_ATTACH_LONG_FILENAME),
            QStringLiteral("Neues Textdokument.txt"));

        // Beyond the depth limit the message is kept as an .eml attachment, with a warning.
        QStringList warnings;
        mime::MimeOptions options;
        options.maxEmbeddingDepth = 0;
        options.warnings = &warnings;
        options.where = QStringLiteral("rfc822");
        auto shallow = mime::convertMime(
            readFile(test::testDataPath(QStringLiteral("eml/mail_attachment_message_rfc822.eml"))), options);
        QVERIFY(shallow.has_value());
        QCOMPARE(shallow->attachments.first().properties.int32(PR_ATTACH_METHOD), ATTACH_BY_VALUE);
        QVERIFY(shallow->attachments.first().properties.binary(PR_ATTACH_DATA_BIN)->contains("Subject: Another PDF"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().startsWith(QLatin1String("rfc822: ")));
    }

    /// Attachment data is the decoded content, byte for byte.
    void attachmentBytes()
    {
        const QByteArray file = readFile(test::testDataPath(QStringLiteral("eml/mail_attachment_pdf.eml")));
        // The base64 block after the PDF part's header, decoded independently of GMime.
        const qsizetype partHeader = file.indexOf("name=\"broken.pdf\"");
        const qsizetype blockStart = file.indexOf("\r\n\r\n", partHeader) + 4;
        const QByteArray block = file.mid(blockStart, file.indexOf("\r\n--", blockStart) - blockStart);
        const QByteArray expected = QByteArray::fromBase64(block);
        QVERIFY(expected.startsWith("%PDF"));
        const Message message = convertFile(QStringLiteral("eml/mail_attachment_pdf.eml"));
        const PropertyBag &pdf = message.attachments.first().properties;
        QCOMPARE(*pdf.binary(PR_ATTACH_DATA_BIN), expected);
        QCOMPARE(pdf.int32(PR_ATTACH_SIZE), qint32(expected.size()));
        QCOMPARE(pdf.string(PR_ATTACH_MIME_TAG), QStringLiteral("application/pdf"));
        QCOMPARE(pdf.string(PR_ATTACH_EXTENSION), QStringLiteral(".pdf"));
        QVERIFY(message.properties.int32(PR_MESSAGE_FLAGS).value() & mime::MSGFLAG_HASATTACH);
        // Reply-To: one one-off entry in the flat entry list, the name in PR_REPLY_RECIPIENT_NAMES.
        QCOMPARE(message.properties.string(mime::PR_REPLY_RECIPIENT_NAMES), QStringLiteral("Test Tester"));
        QCOMPARE(message.properties.binary(mime::PR_REPLY_RECIPIENT_ENTRIES)->left(4), QByteArray("\x01\0\0\0", 4));

        // Inline images of multipart/related carry their content id and the MHTML flag.
        const Message nodemailer = convertFile(QStringLiteral("eml/mailparser_nodemailer.eml"));
        const PropertyBag &png = nodemailer.attachments.first().properties;
        QCOMPARE(png.int32(mime::PR_ATTACH_FLAGS), mime::ATT_MHTML_REF);
        QVERIFY(!png.string(PR_ATTACH_CONTENT_ID).value_or(QString()).isEmpty());
        QVERIFY(png.binary(PR_ATTACH_DATA_BIN)->startsWith("\x89PNG"));
    }

    /// S/MIME: Outlook's layout, the whole signed entity as the one attachment, the body readable.
    void smimeSigned()
    {
        const Message message = convertFile(QStringLiteral("eml/mail_raw_email_with_nested_attachment.eml"));
        QCOMPARE(message.attachments.size(), 1);
        const PropertyBag &entity = message.attachments.first().properties;
        QCOMPARE(entity.string(PR_ATTACH_MIME_TAG), QStringLiteral("multipart/signed"));
        const QByteArray data = *entity.binary(PR_ATTACH_DATA_BIN);
        QVERIFY(data.contains("application/pkcs7-signature"));
        QVERIFY(data.contains("image/png"));
        QVERIFY(
            message.properties.string(PR_BODY)->contains(QLatin1String("Here is a test of an attachment via email.")));
    }

    /// Mailbox flags and the delivery time fallback given by the container.
    void flagsAndDeliveryFallback()
    {
        mime::MimeOptions options;
        options.flags = mime::Read | mime::Answered | mime::Flagged;
        const QDateTime envelope(QDate(2020, 2, 3), QTime(4, 5, 6), QTimeZone::utc());
        options.deliveryTimeFallback = envelope;
        auto message
            = mime::convertMime(readFile(test::testDataPath(QStringLiteral("eml/mail_utf8_headers.eml"))), options);
        QVERIFY(message.has_value());
        const PropertyBag &p = message->properties;
        QCOMPARE(p.int32(PR_MESSAGE_FLAGS).value() & MSGFLAG_READ, qint32(MSGFLAG_READ));
        QCOMPARE(p.int32(PR_MESSAGE_FLAGS).value() & MSGFLAG_UNSENT, 0);
        QCOMPARE(p.int32(mime::PR_LAST_VERB_EXECUTED), mime::EXCHIVERB_REPLYTOSENDER);
        QCOMPARE(p.int32(mime::PR_FLAG_STATUS), mime::FOLLOWUP_FLAGGED);
        QCOMPARE(fromFileTime(*p.int64(PR_MESSAGE_DELIVERY_TIME)), envelope); // no Received, no Date

        // Unread draft; delivery time from the topmost Received header, not the fallback.
        options.flags = mime::Draft;
        message = mime::convertMime(
            readFile(test::testDataPath(QStringLiteral("eml/tika_testThunderbirdEml.eml"))), options);
        QCOMPARE(message->properties.int32(PR_MESSAGE_FLAGS).value() & (MSGFLAG_READ | MSGFLAG_UNSENT),
            qint32(MSGFLAG_UNSENT));
        QCOMPARE(fromFileTime(*message->properties.int64(PR_MESSAGE_DELIVERY_TIME)),
            QDateTime(QDate(2012, 11, 21), QTime(20, 11, 35), QTimeZone::utc()));
        QCOMPARE(message->properties.int32(PR_IMPORTANCE), mime::IMPORTANCE_NORMAL); // X-Priority: 3
    }

    /// A NUL byte: the message converts, but its text cannot travel in a GXMT frame.
    void nulByte()
    {
        QByteArray bytes = readFile(test::testDataPath(QStringLiteral("eml/tika_testThunderbirdEml.eml")));
        bytes.insert(bytes.size() - 3, '\0');
        QStringList warnings;
        mime::MimeOptions options;
        options.warnings = &warnings;
        options.where = QStringLiteral("nul.eml");
        auto message = mime::convertMime(bytes, options);
        QVERIFY(message.has_value());
        QVERIFY(message->rfc5322.isEmpty());
        QCOMPARE(message->properties.string(PR_SUBJECT), QStringLiteral("JUnit test message"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QLatin1String("NUL")));
    }

    /// Every file of broken/: mail converts as far as it parses; anything else is refused by name.
    void brokenInputs_data()
    {
        QTest::addColumn<QString>("relative");
        for (const QString &path : test::testDataFiles(QStringLiteral("broken")))
            QTest::newRow(qPrintable(QFileInfo(path).fileName()))
                << QStringLiteral("broken/") + QFileInfo(path).fileName();
    }

    void brokenInputs()
    {
        QFETCH(QString, relative);
        const QByteArray file = readFile(test::testDataPath(relative));
        QStringList warnings;
        mime::MimeOptions options;
        options.where = relative;
        options.warnings = &warnings;
        auto message = mime::convertMime(file, options);
        if (!relative.endsWith(QLatin1String(".eml"))) {
            QVERIFY(!message.has_value());
            QVERIFY(message.error().message.startsWith(relative + QLatin1String(": ")));
            return;
        }
        QVERIFY2(message.has_value(), qPrintable(message.error().message));
        const QByteArray subject = rawHeader(messageBytes(file), "Subject");
        QCOMPARE(message->properties.string(PR_SUBJECT).value_or(QString()), QString::fromLatin1(subject));
        for (const QString &warning : warnings)
            QVERIFY(warning.startsWith(relative + QLatin1String(": ")));
    }

    /// Headers with a MAPI meaning, added in front of a real sample message.
    void headerProperties()
    {
        const QByteArray headers = "Keywords: Project X, Urgent\r\nImportance: high\r\nSensitivity: Private\r\n"
                                   "Disposition-Notification-To: <a@example.com>\r\nUser-Agent: TestAgent 1.0\r\n";
        auto message = mime::convertMime(headers + sample(QStringLiteral("eml/tika_testThunderbirdEml.eml")));
        QVERIFY(message.has_value());
        const PropertyBag &p = message->properties;
        QCOMPARE(p.int32(PR_IMPORTANCE), mime::IMPORTANCE_HIGH);
        QCOMPARE(p.int32(PR_SENSITIVITY), mime::SENSITIVITY_PRIVATE);
        QCOMPARE(p.boolean(mime::PR_READ_RECEIPT_REQUESTED), true);
        QVERIFY(message->namedProperties);
        const auto keywords = message->namedProperties->find(
            PropertyName::byString(PropertySet::publicStrings(), QStringLiteral("Keywords")));
        QVERIFY(keywords.has_value());
        const Property *categories = p.find(makeTag(*keywords, PT_MV_UNICODE));
        QVERIFY(categories != nullptr);
        QCOMPARE(*categories->get<QList<QString>>(),
            (QList<QString> { QStringLiteral("Project X"), QStringLiteral("Urgent") }));
        const auto mailer = message->namedProperties->find(
            PropertyName::byString(PropertySet::internetHeaders(), QStringLiteral("User-Agent")));
        QVERIFY(mailer.has_value());
        QCOMPARE(p.string(makeTag(*mailer, PT_UNICODE)), QStringLiteral("TestAgent 1.0"));
    }

    /// An unknown charset over 8-bit text: read as windows-1252, with a warning naming the message.
    void unknownCharset()
    {
        QByteArray bytes = sample(QStringLiteral("eml/tika_testThunderbirdEml.eml"));
        bytes.replace("charset=\"utf-8\"", "charset=\"x-no-such-charset\"");
        bytes.replace("Dear Vladimir", "Caf\xE9 Vladimir");
        QStringList warnings;
        mime::MimeOptions options;
        options.where = QStringLiteral("cafe.eml");
        options.warnings = &warnings;
        auto message = mime::convertMime(bytes, options);
        QVERIFY(message.has_value());
        QVERIFY(message->properties.string(PR_BODY)->contains(QStringLiteral("Café Vladimir")));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().startsWith(QLatin1String("cafe.eml: ")));
        QVERIFY(warnings.first().contains(QLatin1String("x-no-such-charset")));
    }

    /// 7-bit text with '+' and "~{" is kept as it is where ASCII means ASCII (us-ascii, ISO-8859-x,
    /// windows-125x), and still converted where those bytes are shifts (UTF-7); an unknown charset
    /// is still reported although the text is 7-bit.
    void sevenBitTextInDeclaredCharsets_data()
    {
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("warned");
        const QByteArray line = "1+1=2 ~{not HZ~} Dear Vladimir";
        const QString same = QString::fromLatin1(line);
        QTest::newRow("us-ascii") << QByteArray("us-ascii") << line << same << false;
        QTest::newRow("iso-8859-1") << QByteArray("iso-8859-1") << line << same << false;
        QTest::newRow("iso-8859-15") << QByteArray("ISO-8859-15") << line << same << false;
        QTest::newRow("windows-1252") << QByteArray("windows-1252") << line << same << false;
        QTest::newRow("utf-7") << QByteArray("utf-7") << QByteArray("Price +AKM-5 Dear Vladimir")
                               << QStringLiteral("Price £5 Dear Vladimir") << false;
        QTest::newRow("unknown") << QByteArray("x-no-such-charset") << line << same << true;
    }

    void sevenBitTextInDeclaredCharsets()
    {
        QFETCH(QByteArray, charset);
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        QFETCH(bool, warned);
        QByteArray bytes = sample(QStringLiteral("eml/tika_testThunderbirdEml.eml"));
        QVERIFY(bytes.contains("charset=\"utf-8\"") && bytes.contains("Dear Vladimir"));
        bytes.replace("charset=\"utf-8\"", QByteArray("charset=\"" + charset + '"'));
        bytes.replace("Dear Vladimir", line);
        QStringList warnings;
        mime::MimeOptions options;
        options.warnings = &warnings;
        auto message = mime::convertMime(bytes, options);
        QVERIFY(message.has_value());
        QVERIFY2(message->properties.string(PR_BODY)->contains(expected), qPrintable(*message->properties.string(PR_BODY)));
        QCOMPARE(!warnings.isEmpty(), warned);
    }

    /// multipart/report: a failed delivery is a non-delivery report; a delay stays a note.
    void reportClasses()
    {
        QByteArray bytes = sample(QStringLiteral("eml/mail_report_422.eml"));
        QCOMPARE(mime::convertMime(bytes)->properties.string(PR_MESSAGE_CLASS), QStringLiteral("IPM.Note"));
        bytes.replace("Action: delayed", "Action: failed");
        QCOMPARE(mime::convertMime(bytes)->properties.string(PR_MESSAGE_CLASS), QStringLiteral("REPORT.IPM.Note.NDR"));
    }

    void brokenSpecifics()
    {
        QStringList warnings;
        const Message badDate = convertFile(QStringLiteral("broken/mail_bad_date_header.eml"), &warnings);
        QVERIFY(!badDate.properties.contains(PR_CLIENT_SUBMIT_TIME));
        QVERIFY(badDate.properties.contains(PR_MESSAGE_DELIVERY_TIME)); // from Received
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QLatin1String("Date")));

        // Content-Transfer-Encoding: x-uuencode over an empty part (the file holds no data for it):
        // the attachment is still listed, empty.
        const Message uuencoded = convertFile(QStringLiteral("broken/mail_content_transfer_encoding_x_uuencode.eml"));
        QCOMPARE(attachmentNames(uuencoded), QStringList { QStringLiteral("PGP_Cmts_on_12-14-01_Pkg.doc") });
        QCOMPARE(uuencoded.attachments.first().properties.int32(PR_ATTACH_SIZE), 0);
        QCOMPARE(
            uuencoded.attachments.first().properties.string(PR_ATTACH_MIME_TAG), QStringLiteral("application/msword"));

        const Message deep = convertFile(QStringLiteral("broken/mimekit_stack-overflow.eml"));
        QCOMPARE(deep.properties.string(PR_SUBJECT), QStringLiteral("Message Subject"));
    }
};

QTEST_GUILESS_MAIN(TestMimeConversion)
#include "TestMimeConversion.moc"
