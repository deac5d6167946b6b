// mig::mime::MboxReader over every mbox of the shared test data (message counts as SOURCES.md
// states them, each message converted) and over mboxes the test builds from real .eml samples for
// the variants the samples lack: mboxrd quoting, CRLF, no final newline, no leading "From " line,
// status headers, Alpine's pseudo message, a lying and a truthful Content-Length.
#include "TestEnvironment.h"

#include "mapi/Tags.h"
#include "sources/mime/MboxReader.h"
#include "sources/mime/MimeConverter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace mig;
using mig::mime::MboxMessage;
using mig::mime::MboxReader;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The message count SOURCES.md gives for an mbox sample ("29 messages", "One message").
int documentedCount(const QString &fileName)
{
    const QString sources = QString::fromUtf8(readFile(test::testDataPath(QStringLiteral("SOURCES.md"))));
    for (const QString &line : sources.split(u'\n')) {
        if (!line.startsWith(QLatin1String("| `") + fileName + QLatin1Char('`')))
            continue;
        const QString description = line.section(u'|', -2, -2);
        static const QRegularExpression count(QStringLiteral("\\b(\\d+|One|one)(?: \\w+)? messages?\\b"));
        const QRegularExpressionMatch match = count.match(description);
        if (!match.hasMatch())
            return -1;
        return match.captured(1).compare(QLatin1String("one"), Qt::CaseInsensitive) == 0 ? 1
                                                                                         : match.captured(1).toInt();
    }
    return -1;
}

QList<MboxMessage> scan(const QString &path, QStringList *warnings = nullptr)
{
    MboxReader reader(path);
    if (!reader.open())
        return {};
    QList<MboxMessage> messages;
    while (auto message = reader.next())
        messages.append(*message);
    if (warnings != nullptr)
        *warnings = reader.takeWarnings();
    return messages;
}

QByteArray messageText(const QString &path, const MboxMessage &message)
{
    MboxReader reader(path);
    auto bytes = reader.read(message);
    return bytes ? *bytes : QByteArray("<read failed>");
}

QString subjectOf(const QByteArray &bytes)
{
    auto converted = mime::convertMime(bytes);
    return converted ? converted->properties.string(mapi::PR_SUBJECT).value_or(QString()) : QStringLiteral("<error>");
}

QByteArray sample(const char *eml)
{
    return readFile(test::testDataPath(QStringLiteral("eml/") + QLatin1String(eml)));
}

/// A message from a sample .eml with extra header lines put first.
QByteArray withHeaders(const QByteArray &message, const QByteArray &headers)
{
    return headers + message;
}

} // namespace

class TestMboxReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MIG_REQUIRE_TESTDATA(); }

    void everySample_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = test::testDataFiles(QStringLiteral("mbox"));
        QVERIFY(files.size() >= 5);
        for (const QString &path : files)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void everySample()
    {
        QFETCH(QString, path);
        const int expected = documentedCount(QFileInfo(path).fileName());
        QVERIFY2(expected > 0, "SOURCES.md states no message count for this file");
        const QList<MboxMessage> messages = scan(path);
        QCOMPARE(messages.size(), expected);
        QCOMPARE(MboxReader::countMessages(path).value(), expected);

        const QByteArray file = readFile(path);
        qint64 previousEnd = 0;
        for (const MboxMessage &message : messages) {
            // Each message starts at a "From " line (after a BOM at most) and ends before the next.
            QVERIFY(file.mid(message.offset, 5) == "From ");
            QVERIFY(message.offset >= previousEnd);
            QVERIFY(message.messageOffset > message.offset);
            previousEnd = message.messageOffset + message.length;
            QVERIFY(previousEnd <= file.size());
            const QByteArray text = messageText(path, message);
            QVERIFY(!text.startsWith("From "));
            auto converted = mime::convertMime(text);
            QVERIFY2(converted.has_value(), qPrintable(converted.error().message));
            QVERIFY(converted->properties.contains(mapi::PR_SUBJECT) || converted->properties.contains(mapi::PR_BODY));
        }
    }

    /// "From " lines in bodies that carry no date are text, not separators (and no quoting is undone).
    void unmungedFromLines()
    {
        const QString path = test::testDataPath(QStringLiteral("mbox/mimekit_unmunged.mbox"));
        const QList<MboxMessage> messages = scan(path);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].offset, 3); // after the byte order mark
        QCOMPARE(messages[0].envelopeSender, QByteArray("-"));
        QCOMPARE(subjectOf(messageText(path, messages[0])),
            QStringLiteral("This is a test message with an unmunged From line"));
        QCOMPARE(subjectOf(messageText(path, messages[1])),
            QStringLiteral("Another test message with an unmunged From line"));
        for (const MboxMessage &message : messages)
            QVERIFY(messageText(path, message).contains("\nFrom Russia with love\n"));
        QVERIFY(messageText(path, messages[1]).endsWith("What did Thunderbird do this time?\n"));
    }

    void envelope()
    {
        const QString path = test::testDataPath(QStringLiteral("mbox/tika_single_mail.mbox"));
        const QList<MboxMessage> messages = scan(path);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0].envelopeSender,
            QByteArray("core-user-return-14700-apmail-hadoop-core-user-archive=hadoop.apache.org@hadoop.apache.org"));
        QCOMPARE(messages[0].envelopeDate, QDateTime(QDate(2009, 6, 1), QTime(4, 28, 28), QTimeZone::utc()));
        // The whole rest of the file is the message.
        QCOMPARE(messages[0].messageOffset + messages[0].length, QFileInfo(path).size());
    }

    /// mboxrd quoting, status headers, a pseudo message, CRLF and a last message without newline.
    void builtVariants()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray thunderbird = sample("tika_testThunderbirdEml.eml");
        const QByteArray utf8 = sample("mail_utf8_headers.eml");
        QVERIFY(!thunderbird.isEmpty() && !utf8.isEmpty());
        const QByteArray quotedBody = "Subject: quoted\n\nLine one\n>From the start\n>>From twice\n";
        QByteArray mbox;
        mbox += "From MAILER-DAEMON Fri Jul  8 12:08:34 2011\nX-IMAP: 1234 56\nSubject: DON'T DELETE THIS MESSAGE -- "
                "FOLDER INTERNAL DATA\n\npseudo\n\n";
        mbox += "From a@example.com Mon Jan  2 03:04:05 2023\n" + withHeaders(thunderbird, "Status: RO\nX-Status: AF\n")
            + "\n";
        mbox += "From b@example.com Mon Jan  2 03:04:06 2023\n" + withHeaders(utf8, "X-Mozilla-Status: 0009\n") + "\n";
        mbox += "From c@example.com Mon Jan  2 03:04:07 2023\n" + quotedBody + "\n";
        mbox += "From d@example.com Mon Jan  2 03:04:08 2023\n" + utf8.trimmed(); // no final newline
        const QString path = dir.filePath(QStringLiteral("variants.mbox"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(mbox);
        out.close();

        const QList<MboxMessage> messages = scan(path);
        QCOMPARE(messages.size(), 5);
        QVERIFY(messages[0].pseudo);
        QCOMPARE(messages[1].flags, quint8(mime::Read | mime::Answered | mime::Flagged));
        QVERIFY(!messages[1].deleted);
        QCOMPARE(messages[2].flags, quint8(mime::Read));
        QVERIFY(messages[2].deleted);
        QCOMPARE(messageText(path, messages[1]), "Status: RO\nX-Status: AF\n" + thunderbird);
        QCOMPARE(
            messageText(path, messages[3]), QByteArray("Subject: quoted\n\nLine one\nFrom the start\n>From twice\n"));
        QCOMPARE(messageText(path, messages[4]), utf8.trimmed());
        QCOMPARE(messages[4].envelopeSender, QByteArray("d@example.com"));

        // The same as CRLF: the same messages, the line endings kept.
        QByteArray crlf = mbox;
        crlf.replace("\r\n", "\n").replace("\n", "\r\n");
        const QString crlfPath = dir.filePath(QStringLiteral("crlf.mbox"));
        QFile crlfOut(crlfPath);
        QVERIFY(crlfOut.open(QIODevice::WriteOnly));
        crlfOut.write(crlf);
        crlfOut.close();
        const QList<MboxMessage> crlfMessages = scan(crlfPath);
        QCOMPARE(crlfMessages.size(), 5);
        QCOMPARE(subjectOf(messageText(crlfPath, crlfMessages[1])), QStringLiteral("JUnit test message"));
        QCOMPARE(messageText(crlfPath, crlfMessages[1]),
            QByteArray("Status: RO\nX-Status: AF\n" + thunderbird).replace("\r\n", "\n").replace("\n", "\r\n"));
    }

    /// Content-Length is used only when it lands on the next separator; a wrong one is ignored.
    void contentLength()
    {
        QTemporaryDir dir;
        const QByteArray body = "first line\nFrom the desk of nobody at 10:30 today\nlast line\n";
        QByteArray mbox;
        mbox += "From a@example.com Mon Jan  2 03:04:05 2023\nSubject: truthful\nContent-Length: "
            + QByteArray::number(body.size()) + "\n\n" + body + "\n";
        mbox += "From b@example.com Mon Jan  2 03:04:06 2023\nSubject: lying\nContent-Length: 99999\n\nshort\n\n";
        mbox += "From c@example.com Mon Jan  2 03:04:07 2023\nSubject: last\n\nbye\n";
        const QString path = dir.filePath(QStringLiteral("cl.mbox"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(mbox);
        out.close();
        const QList<MboxMessage> messages = scan(path);
        QCOMPARE(messages.size(), 3);
        QVERIFY(messages[0].byContentLength);
        QVERIFY(messageText(path, messages[0]).endsWith(body));
        QVERIFY(!messages[1].byContentLength);
        QCOMPARE(subjectOf(messageText(path, messages[1])), QStringLiteral("lying"));
        QCOMPARE(subjectOf(messageText(path, messages[2])), QStringLiteral("last"));
    }

    /// A file that starts with a message instead of a "From " line; a large message read whole.
    void noLeadingFromLine()
    {
        QTemporaryDir dir;
        const QByteArray large = sample("mailparser_large_text.eml"); // starts with its own "From " line
        const QByteArray plain = sample("tika_testThunderbirdEml.eml");
        const QString path = dir.filePath(QStringLiteral("headless.mbox"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(plain + "\n" + large + "\n" + large);
        out.close();
        QStringList warnings;
        const QList<MboxMessage> messages = scan(path, &warnings);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(path));
        QCOMPARE(messages[0].offset, 0);
        QCOMPARE(messageText(path, messages[0]), plain);
        const QByteArray largeMessage = large.mid(large.indexOf('\n') + 1);
        QCOMPARE(messageText(path, messages[1]), largeMessage);
        QCOMPARE(messageText(path, messages[2]), largeMessage);
    }

    /// The reader cuts lines from a 1 MiB window of the file, at most 64 KiB at a time: lines
    /// around and beyond both sizes, a separator-like text right after a 64 KiB piece of a longer
    /// line (not a line start, so text), and a Content-Length body larger than the window whose
    /// check has to look beyond it.
    void linesAcrossTheReadWindow()
    {
        QTemporaryDir dir;
        constexpr qsizetype kPiece = 64 * 1024;
        constexpr qsizetype kWindow = 1024 * 1024;
        const QByteArray first = "Subject: long lines\n\n" + QByteArray(kPiece - 1, 'a') + '\n' + QByteArray(kPiece, 'b')
            + '\n' + QByteArray(kPiece, 'c') + "From x@example.com Mon Jan  2 03:04:05 2023\n"
            + QByteArray(kWindow + 3, 'd') + "\n>From quoted\nend\n";
        QByteArray body;
        while (body.size() < kWindow + kWindow / 2)
            body += "text line\nFrom a@example.com Mon Jan  2 03:04:05 2023\n" + QByteArray(1000, 'e') + '\n';
        const QByteArray second = "Subject: counted\nContent-Length: " + QByteArray::number(body.size()) + "\n\n" + body;
        const QByteArray third = "Subject: last\n\nno final newline";
        const QByteArray mbox = "From a@example.com Mon Jan  2 03:04:05 2023\n" + first + '\n'
            + "From b@example.com Mon Jan  2 03:04:06 2023\n" + second + '\n'
            + "From c@example.com Mon Jan  2 03:04:07 2023\n" + third;
        const QString path = dir.filePath(QStringLiteral("window.mbox"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(mbox), mbox.size());
        out.close();

        const QList<MboxMessage> messages = scan(path);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messageText(path, messages[0]), QByteArray(first).replace("\n>From quoted", "\nFrom quoted"));
        QVERIFY(!messages[0].byContentLength);
        QVERIFY(messages[1].byContentLength);
        QCOMPARE(messageText(path, messages[1]), second);
        QCOMPARE(messages[2].offset, mbox.lastIndexOf("From c@example.com"));
        QCOMPARE(messageText(path, messages[2]), third);
        QCOMPARE(MboxReader::countMessages(path).value(), 3);
    }

    void separatorRule()
    {
        QVERIFY(MboxReader::isSeparator("From -\n"));
        QVERIFY(MboxReader::isSeparator("From - \r\n"));
        QVERIFY(MboxReader::isSeparator("From - Mon Jun  3 12:50:27 1996\n"));
        QVERIFY(MboxReader::isSeparator("From user@example.com\n"));
        QVERIFY(!MboxReader::isSeparator("From Russia with love\n"));
        QVERIFY(!MboxReader::isSeparator(">From a@b Mon Jan  2 03:04:05 2023\n"));
        QVERIFY(!MboxReader::isSeparator("From: a@b\n"));
    }

    void missingFile()
    {
        MboxReader reader(QStringLiteral("/nonexistent/dir/none.mbox"));
        auto opened = reader.open();
        QVERIFY(!opened.has_value());
        QVERIFY(opened.error().message.contains(QLatin1String("none.mbox")));
        QVERIFY(!MboxReader::countMessages(QStringLiteral("/nonexistent/dir/none.mbox")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMboxReader)
#include "TestMboxReader.moc"
