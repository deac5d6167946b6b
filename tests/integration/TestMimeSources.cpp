// The Internet mail sources (issue 15): EML files and trees, MBOX files, Maildir trees and mail
// client folder trees, opened through the source registry like a PST and converted into streams
// the project's validator accepts. Every EML and MBOX sample of the shared test data (eml/, mbox/,
// broken/) goes through; the trees are built in temporary folders from those same files.

#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "gxmt/ByteSink.h"
#include "gxmt/Validator.h"
#include "mapi/Tags.h"
#include "sources/Converter.h"
#include "sources/SourceRegistry.h"
#include "sources/mime/MboxReader.h"
#include "sources/mime/MimeConverter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mig;
using namespace mig::sources;

namespace {

constexpr quint32 kFlagStatusFlagged = 2;
constexpr int kLastVerbReplyToSender = 102;
constexpr mapi::PropTag kLastVerbExecuted = 0x10810003;
constexpr mapi::PropTag kFlagStatus = 0x10900003;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// The message bytes of a saved .eml (a leading mbox "From " line is no part of the message).
QByteArray withoutEnvelope(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf('\n');
    return end > 0 && mime::MboxReader::isSeparator(bytes.left(end)) ? bytes.mid(end + 1) : bytes;
}

struct Converted {
    ConversionReport report;
    test::ReadStream stream;
    QStringList problems; ///< from the validator
};

/// Converts source into a stream, validates it and reads it back.
Converted convertAndRead(Source &source, bool splice = false)
{
    Converted result;
    gxmt::MemorySink sink;
    ConversionOptions options;
    options.placement.splice = splice;
    options.placement.now = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    auto report = convert({ { &source, QStringLiteral("source") } }, sink, gxmt::Revision::V5, options);
    if (!report) {
        result.problems.append(report.error().fullText());
        return result;
    }
    result.report = *report;
    QBuffer buffer(&sink.data());
    buffer.open(QIODevice::ReadOnly);
    gxmt::Validator validator;
    validator.run(&buffer);
    for (const gxmt::ValidationIssue &issue : validator.issues())
        result.problems.append(issue.text);
    result.stream = test::readStream(sink.data());
    if (!result.stream.ok)
        result.problems.append(result.stream.error);
    return result;
}

std::unique_ptr<Source> openOrFail(const QString &location, QString &error)
{
    auto opened = openSourceFile(location);
    if (!opened) {
        error = opened.error().fullText();
        return nullptr;
    }
    return std::move(*opened);
}

/// Folder path → item count, of every folder that is not the root.
QMap<QString, int> counts(Source &source)
{
    QMap<QString, int> map;
    const QList<SourceFolder> folders = source.folders().value();
    for (const SourceFolder &f : folders) {
        if (!f.isRoot)
            map.insert(f.path, f.itemCount);
    }
    return map;
}

/// Folder path → special role.
QMap<QString, SpecialFolder> roles(Source &source)
{
    QHash<quint64, QString> paths;
    const QList<SourceFolder> folders = source.folders().value();
    for (const SourceFolder &f : folders)
        paths.insert(f.id, f.path);
    QMap<QString, SpecialFolder> map;
    const auto special = source.specialFolders();
    for (auto it = special.cbegin(); it != special.cend(); ++it)
        map.insert(paths.value(it.key()), it.value());
    return map;
}

QStringList emlSamples()
{
    QStringList files = test::testDataFiles(QStringLiteral("eml"), { QStringLiteral("*.eml") });
    files += test::testDataFiles(QStringLiteral("broken"), { QStringLiteral("*.eml") });
    return files;
}

/// A real sample message with extra header lines put in front (mbox status headers ...).
QByteArray sampleWithHeaders(const QString &relative, const QByteArray &headers)
{
    return headers + withoutEnvelope(fileBytes(test::testDataPath(relative)));
}

int messageFlags(const mapi::Message &message)
{
    return message.properties.int32(mapi::PR_MESSAGE_FLAGS).value_or(0);
}

} // namespace

class TestMimeSources : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindsAreRegistered()
    {
        QStringList ids;
        for (const SourceKind &kind : sourceKinds())
            ids.append(kind.id);
        QVERIFY(ids.contains(QStringLiteral("eml")));
        QVERIFY(ids.contains(QStringLiteral("mbox")));
        QVERIFY(ids.contains(QStringLiteral("maildir")));
        QCOMPARE(findSourceKind(QStringLiteral("eml"))->filePatterns, QStringList { QStringLiteral("*.eml") });
        QVERIFY(findSourceKind(QStringLiteral("mbox"))->filePatterns.contains(QStringLiteral("*.mbox")));
    }

    void probeByContentNotName()
    {
        MIG_REQUIRE_TESTDATA();
        QTemporaryDir dir;
        // An mbox named .txt is an mbox; a message named .dat is a message; a vCard named .eml is a
        // vCard; plain text named .eml is refused by the eml kind with its own reason.
        const QString mbox = dir.filePath(QStringLiteral("archive.txt"));
        QVERIFY(writeFile(mbox, fileBytes(test::testDataPath(QStringLiteral("mbox/mimekit_simple.mbox")))));
        QCOMPARE(probeSource(mbox)->id, QStringLiteral("mbox"));
        const QString eml = dir.filePath(QStringLiteral("saved.dat"));
        QVERIFY(writeFile(eml, fileBytes(test::testDataPath(QStringLiteral("eml/mail_utf8_headers.eml")))));
        QCOMPARE(probeSource(eml)->id, QStringLiteral("eml"));
        const QString vcard = dir.filePath(QStringLiteral("contact.eml"));
        const QStringList vcards = test::testDataFiles(QStringLiteral("vcf"), { QStringLiteral("*.vcf") });
        QVERIFY(!vcards.isEmpty());
        QVERIFY(writeFile(vcard, fileBytes(vcards.first())));
        QCOMPARE(probeSource(vcard)->id, QStringLiteral("vcf"));
        const QString text = dir.filePath(QStringLiteral("note.eml"));
        QVERIFY(writeFile(text, "Remember to water the plants.\nAnd the cat.\n"));
        auto opened = openSourceFile(text);
        QVERIFY(!opened.has_value());
        QCOMPARE(opened.error().code, Error::Code::Corrupt);
        QVERIFY2(opened.error().message.contains(QStringLiteral("note.eml")), qPrintable(opened.error().message));
        // A saved message that kept its "From " line stays an EML because of its name.
        QCOMPARE(probeSource(test::testDataPath(QStringLiteral("eml/mail_attachment_pdf.eml")))->id, QStringLiteral("eml"));
    }

    void everyEmlSampleConverts_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : emlSamples())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void everyEmlSampleConverts()
    {
        MIG_REQUIRE_TESTDATA();
        QFETCH(QString, path);
        QString error;
        auto source = openOrFail(path, error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->info().format, QStringLiteral("eml"));
        QCOMPARE(source->folders()->size(), 3); // root, subtree named after the file, the message's folder
        const QByteArray bytes = withoutEnvelope(fileBytes(path));
        // The source converts what convertMime converts from the same bytes.
        auto direct = mime::convertMime(bytes);
        QVERIFY2(direct.has_value(), qPrintable(direct.error().fullText()));
        const Converted c = convertAndRead(*source);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.report.converted(), 1);
        QCOMPARE(c.report.failed(), 0);
        QCOMPARE(c.stream.messages.size(), 1);
        const mapi::Message &m = c.stream.messages.first().message;
        QCOMPARE(m.properties.string(mapi::PR_SUBJECT), direct->properties.string(mapi::PR_SUBJECT));
        QCOMPARE(m.recipients.size(), direct->recipients.size());
        QCOMPARE(m.attachments.size(), direct->attachments.size());
        // The original bytes travel, unless the validator's header check refuses them (then a
        // warning says so and the message still imports).
        if (gxmt::rfc5322Problem(bytes).isEmpty() && !bytes.contains('\0')) {
            QCOMPARE(m.rfc5322, bytes);
        } else {
            QVERIFY(m.rfc5322.isEmpty());
            QVERIFY(!c.report.sources.first().warnings.isEmpty());
        }
    }

    void emlFolderTree()
    {
        MIG_REQUIRE_TESTDATA();
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("Saved mail"));
        const QString a = test::testDataPath(QStringLiteral("eml/tika_testThunderbirdEml.eml"));
        const QString b = test::testDataPath(QStringLiteral("eml/mail_attachment_pdf.eml"));
        QVERIFY(writeFile(root + QStringLiteral("/loose.eml"), fileBytes(a)));
        QVERIFY(writeFile(root + QStringLiteral("/Inbox/1.eml"), fileBytes(a)));
        QVERIFY(writeFile(root + QStringLiteral("/Inbox/2.EML"), fileBytes(b)));
        QVERIFY(writeFile(root + QStringLiteral("/Gesendet/1.eml"), fileBytes(b)));
        QVERIFY(writeFile(root + QStringLiteral("/Projekte/2024/1.eml"), fileBytes(a)));
        QVERIFY(writeFile(root + QStringLiteral("/Projekte/notes.txt"), "not mail"));
        QVERIFY(writeFile(root + QStringLiteral("/empty/notes.txt"), "not mail"));
        QString error;
        auto source = openOrFail(root, error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->info().format, QStringLiteral("eml"));
        const QMap<QString, int> expected { { QStringLiteral("Saved mail"), 0 },
            { QStringLiteral("Saved mail/Saved mail"), 1 }, { QStringLiteral("Saved mail/Gesendet"), 1 },
            { QStringLiteral("Saved mail/Inbox"), 2 }, { QStringLiteral("Saved mail/Projekte"), 0 },
            { QStringLiteral("Saved mail/Projekte/2024"), 1 } };
        QCOMPARE(counts(*source), expected);
        const QMap<QString, SpecialFolder> expectedRoles { { QString(), SpecialFolder::Root },
            { QStringLiteral("Saved mail"), SpecialFolder::IpmSubtree },
            { QStringLiteral("Saved mail/Inbox"), SpecialFolder::Inbox },
            { QStringLiteral("Saved mail/Gesendet"), SpecialFolder::SentItems } };
        QCOMPARE(roles(*source), expectedRoles);
        const Converted c = convertAndRead(*source, true);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.report.converted(), 5);
        QCOMPARE(c.stream.messages.size(), 5);
    }

    void everyMboxSampleConverts_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : test::testDataFiles(QStringLiteral("mbox")))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void everyMboxSampleConverts()
    {
        MIG_REQUIRE_TESTDATA();
        QFETCH(QString, path);
        // What the reader finds: messages that are neither deleted nor Alpine's pseudo message.
        mime::MboxReader reader(path);
        QVERIFY(reader.open().has_value());
        QList<QByteArray> expected;
        int deleted = 0;
        while (const auto message = reader.next()) {
            if (message->deleted)
                ++deleted;
            else if (!message->pseudo)
                expected.append(*reader.read(*message));
        }
        QString error;
        auto source = openOrFail(path, error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->info().format, QStringLiteral("mbox"));
        const SourceFolder folder = source->folders()->last();
        QCOMPARE(folder.itemCount, int(expected.size()));
        QCOMPARE(folder.skippedCount, deleted);
        const Converted c = convertAndRead(*source);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.report.converted(), int(expected.size()));
        QCOMPARE(c.stream.messages.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QByteArray &bytes = expected.at(i);
            if (gxmt::rfc5322Problem(bytes).isEmpty() && !bytes.contains('\0'))
                QCOMPARE(c.stream.messages.at(i).message.rfc5322, bytes);
            auto direct = mime::convertMime(bytes);
            QVERIFY(direct.has_value());
            QCOMPARE(c.stream.messages.at(i).message.properties.string(mapi::PR_SUBJECT),
                direct->properties.string(mapi::PR_SUBJECT));
        }
    }

    void mboxStatusDeletedAndPseudoMessage()
    {
        MIG_REQUIRE_TESTDATA();
        QTemporaryDir dir;
        const QString sample = QStringLiteral("eml/tika_testThunderbirdEml.eml");
        QByteArray mbox;
        // Alpine's folder-internal message, then read+answered, flagged, deleted (Thunderbird), unread.
        mbox += "From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nDate: Mon, 1 Jan 2024 00:00:00 +0000\n"
                "From: Mail System Internal Data <MAILER-DAEMON@example.org>\nSubject: DON'T DELETE THIS MESSAGE -- "
                "FOLDER INTERNAL DATA\nX-IMAP: 1704067200 0000000003\nStatus: RO\n\nThis text is part of the "
                "internal format of your mail folder.\n\n";
        mbox += "From alice@example.org Mon Jan  1 10:00:00 2024\n"
            + sampleWithHeaders(sample, "Status: RO\nX-Status: A\n") + "\n";
        mbox += "From - Mon Jan  1 11:00:00 2024\n" + sampleWithHeaders(sample, "X-Status: F\n") + "\n";
        mbox += "From - Mon Jan  1 12:00:00 2024\n" + sampleWithHeaders(sample, "X-Mozilla-Status: 0009\n") + "\n";
        mbox += "From bob@example.org Mon Jan  1 13:00:00 2024\n" + sampleWithHeaders(sample, QByteArray());
        const QString path = dir.filePath(QStringLiteral("Inbox"));
        QVERIFY(writeFile(path, mbox));
        QString error;
        auto source = openOrFail(path, error);
        QVERIFY2(source, qPrintable(error));
        const SourceFolder inbox = source->folders()->last();
        QCOMPARE(inbox.name, QStringLiteral("Inbox"));
        QCOMPARE(inbox.itemCount, 3);
        QCOMPARE(inbox.skippedCount, 1);
        QCOMPARE(roles(*source).value(inbox.path), SpecialFolder::Inbox);
        const Converted c = convertAndRead(*source, true);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.report.converted(), 3);
        QCOMPARE(c.report.skipped(), 1);
        QCOMPARE(c.stream.messages.size(), 3);
        const mapi::Message &answered = c.stream.messages.at(0).message;
        QVERIFY(messageFlags(answered) & mapi::MSGFLAG_READ);
        QCOMPARE(answered.properties.int32(kLastVerbExecuted), kLastVerbReplyToSender);
        const mapi::Message &flagged = c.stream.messages.at(1).message;
        QVERIFY(!(messageFlags(flagged) & mapi::MSGFLAG_READ));
        QCOMPARE(flagged.properties.int32(kFlagStatus), qint32(kFlagStatusFlagged));
        QVERIFY(!(messageFlags(c.stream.messages.at(2).message) & mapi::MSGFLAG_READ));
    }

    void brokenMboxMessageIsReportedByOffset()
    {
        MIG_REQUIRE_TESTDATA();
        QTemporaryDir dir;
        QByteArray mbox = "From alice@example.org Mon Jan  1 10:00:00 2024\n"
            + sampleWithHeaders(QStringLiteral("eml/mail_utf8_headers.eml"), QByteArray()) + "\n";
        const qint64 brokenAt = mbox.size();
        // Not a message: a binary blob (the start of a real PST) where a message should be.
        const QByteArray pst = fileBytes(test::testDataPath(QStringLiteral("pst/libyal_outlook.pst"))).left(512);
        QVERIFY(!pst.isEmpty());
        mbox += "From bob@example.org Mon Jan  1 11:00:00 2024\n" + pst + "\n\n";
        mbox += "From carol@example.org Mon Jan  1 12:00:00 2024\n"
            + sampleWithHeaders(QStringLiteral("eml/mail_utf8_headers.eml"), QByteArray());
        const QString path = dir.filePath(QStringLiteral("broken.mbox"));
        QVERIFY(writeFile(path, mbox));
        QString error;
        auto source = openOrFail(path, error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->folders()->last().itemCount, 3);
        const Converted c = convertAndRead(*source);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.report.converted(), 2);
        QCOMPARE(c.report.failed(), 1);
        const QString reason = c.report.sources.first().failures.first().reason;
        QVERIFY2(reason.contains(QStringLiteral("broken.mbox")) && reason.contains(QString::number(brokenAt)),
            qPrintable(reason));
    }

    void maildirTree()
    {
        MIG_REQUIRE_TESTDATA();
        QTemporaryDir dir;
        const QString md = dir.filePath(QStringLiteral("Maildir"));
        const QByteArray a = fileBytes(test::testDataPath(QStringLiteral("eml/tika_testThunderbirdEml.eml")));
        const QByteArray b = fileBytes(test::testDataPath(QStringLiteral("eml/mail_attachment_pdf.eml")));
        QVERIFY(QDir().mkpath(md + QStringLiteral("/tmp")));
        QVERIFY(writeFile(md + QStringLiteral("/new/1700000003.M1P1.host"), a));              // unread
        QVERIFY(writeFile(md + QStringLiteral("/cur/1700000001.M1P1.host:2,RS"), a));         // answered, read
        QVERIFY(writeFile(md + QStringLiteral("/cur/1700000002.M1P1.host:2,F"), b));          // flagged
        QVERIFY(writeFile(md + QStringLiteral("/cur/1700000000.M1P1.host:2,ST"), b));         // trashed
        QVERIFY(writeFile(md + QStringLiteral("/tmp/1700000009.M1P1.host"), b));              // being delivered
        QVERIFY(writeFile(md + QStringLiteral("/.Sent/cur/1700000004.M1P1.host:2,S"), b));
        QVERIFY(QDir().mkpath(md + QStringLiteral("/.Sent/new")));
        QVERIFY(writeFile(md + QStringLiteral("/.Sent.2024/cur/1700000005.M1P1.host:2,S"), a));
        QVERIFY(QDir().mkpath(md + QStringLiteral("/.Sent.2024/new")));
        QVERIFY(writeFile(md + QStringLiteral("/.Entw&APw-rfe/new/1700000006.M1P1.host"), a)); // "Entwürfe"
        QVERIFY(QDir().mkpath(md + QStringLiteral("/.Entw&APw-rfe/cur")));
        QVERIFY(writeFile(md + QStringLiteral("/.Projects.Alpha/new/1700000007.M1P1.host:2,D"), b));
        QVERIFY(QDir().mkpath(md + QStringLiteral("/.Projects.Alpha/cur")));
        QVERIFY(writeFile(md + QStringLiteral("/dovecot-uidlist"), "3 V1 N1\n"));
        // An unreadable message file: listed, reported by name when read, the rest goes on.
        const QString locked = md + QStringLiteral("/cur/1700000008.M1P1.host:2,S");
        QVERIFY(writeFile(locked, a));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        const bool canLock = !QFile(locked).open(QIODevice::ReadOnly); // root reads anything

        QCOMPARE(probeSource(md)->id, QStringLiteral("maildir"));
        QString error;
        auto source = openOrFail(md, error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->info().format, QStringLiteral("maildir"));
        const QMap<QString, int> expected { { QStringLiteral("Maildir"), 0 }, { QStringLiteral("Maildir/INBOX"), 4 },
            { QStringLiteral("Maildir/Sent"), 1 }, { QStringLiteral("Maildir/Sent/2024"), 1 },
            { QStringLiteral("Maildir/Entwürfe"), 1 }, { QStringLiteral("Maildir/Projects"), 0 },
            { QStringLiteral("Maildir/Projects/Alpha"), 1 } };
        QCOMPARE(counts(*source), expected);
        const QMap<QString, SpecialFolder> r = roles(*source);
        QCOMPARE(r.value(QStringLiteral("Maildir/INBOX")), SpecialFolder::Inbox);
        QCOMPARE(r.value(QStringLiteral("Maildir/Sent")), SpecialFolder::SentItems);
        QCOMPARE(r.value(QStringLiteral("Maildir/Entwürfe")), SpecialFolder::Drafts);
        QVERIFY(!r.contains(QStringLiteral("Maildir/Sent/2024")));
        const QList<SourceFolder> folders = source->folders().value();
        QCOMPARE(folders.at(2).path, QStringLiteral("Maildir/INBOX"));
        QCOMPARE(folders.at(2).skippedCount, 1);

        const Converted c = convertAndRead(*source, true);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.report.skipped(), 1);
        QCOMPARE(c.report.failed(), canLock ? 1 : 0);
        QCOMPARE(c.report.converted(), canLock ? 7 : 8);
        if (canLock)
            QVERIFY(c.report.sources.first().failures.first().reason.contains(QStringLiteral("1700000008")));
        // INBOX in file name order: cur/...01 (RS), cur/...02 (F), [cur/...08 locked], new/...03.
        const mapi::Message &answered = c.stream.messages.at(0).message;
        QVERIFY(messageFlags(answered) & mapi::MSGFLAG_READ);
        QCOMPARE(answered.properties.int32(kLastVerbExecuted), kLastVerbReplyToSender);
        QCOMPARE(c.stream.messages.at(1).message.properties.int32(kFlagStatus), qint32(kFlagStatusFlagged));
        QVERIFY(!(messageFlags(c.stream.messages.at(canLock ? 2 : 3).message) & mapi::MSGFLAG_READ));
        // The one D-flagged message (.Projects.Alpha) is a draft.
        const qsizetype drafts = std::count_if(c.stream.messages.cbegin(), c.stream.messages.cend(),
            [](const gxmt::Frame &f) { return messageFlags(f.message) & mapi::MSGFLAG_UNSENT; });
        QCOMPARE(drafts, qsizetype(1));
    }

    void thunderbirdTree()
    {
        MIG_REQUIRE_TESTDATA();
        QTemporaryDir dir;
        const QString local = dir.filePath(QStringLiteral("Local Folders"));
        const auto mboxBytes = [](const char *name) { return fileBytes(test::testDataPath(QLatin1String(name))); };
        QVERIFY(writeFile(local + QStringLiteral("/Inbox"), mboxBytes("mbox/mimekit_simple.mbox")));
        QVERIFY(writeFile(local + QStringLiteral("/Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n"));
        QVERIFY(writeFile(local + QStringLiteral("/Inbox.sbd/Lists"), mboxBytes("mbox/tika_complex.mbox")));
        QVERIFY(writeFile(local + QStringLiteral("/Inbox.sbd/Lists.msf"), "x"));
        QVERIFY(writeFile(local + QStringLiteral("/Sent"), mboxBytes("mbox/tika_single_mail.mbox")));
        QVERIFY(writeFile(local + QStringLiteral("/Trash"), QByteArray()));
        QVERIFY(writeFile(local + QStringLiteral("/Trash.msf"), "x"));
        QVERIFY(writeFile(local + QStringLiteral("/Archives.sbd/2023"), mboxBytes("mbox/mimekit_unmunged.mbox")));
        QVERIFY(writeFile(local + QStringLiteral("/msgFilterRules.dat"), "version=\"9\"\n"));
        // An Apple Mail export bundle inside the tree, with a nested bundle.
        QVERIFY(writeFile(local + QStringLiteral("/Apple.mbox/mbox"), mboxBytes("mbox/tika_single_mail.mbox")));
        QVERIFY(writeFile(local + QStringLiteral("/Apple.mbox/Info.plist"), "<plist/>"));
        QVERIFY(writeFile(local + QStringLiteral("/Apple.mbox/Child.mbox/mbox"), mboxBytes("mbox/mimekit_simple.mbox")));

        QCOMPARE(probeSource(local)->id, QStringLiteral("mbox"));
        // The profile's "Mail" folder, holding "Local Folders" (and one folder per account).
        QCOMPARE(probeSource(dir.path())->id, QStringLiteral("mbox"));
        QString error;
        auto source = openOrFail(local, error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->info().format, QStringLiteral("mbox"));
        const int simple = *mime::MboxReader::countMessages(test::testDataPath(QStringLiteral("mbox/mimekit_simple.mbox")));
        const int complex = *mime::MboxReader::countMessages(test::testDataPath(QStringLiteral("mbox/tika_complex.mbox")));
        const int unmunged = *mime::MboxReader::countMessages(test::testDataPath(QStringLiteral("mbox/mimekit_unmunged.mbox")));
        const QMap<QString, int> expected { { QStringLiteral("Local Folders"), 0 },
            { QStringLiteral("Local Folders/Inbox"), simple }, { QStringLiteral("Local Folders/Inbox/Lists"), complex },
            { QStringLiteral("Local Folders/Sent"), 1 }, { QStringLiteral("Local Folders/Trash"), 0 },
            { QStringLiteral("Local Folders/Archives"), 0 }, { QStringLiteral("Local Folders/Archives/2023"), unmunged },
            { QStringLiteral("Local Folders/Apple"), 1 }, { QStringLiteral("Local Folders/Apple/Child"), simple } };
        QCOMPARE(counts(*source), expected);
        const QMap<QString, SpecialFolder> r = roles(*source);
        QCOMPARE(r.value(QStringLiteral("Local Folders/Inbox")), SpecialFolder::Inbox);
        QCOMPARE(r.value(QStringLiteral("Local Folders/Sent")), SpecialFolder::SentItems);
        QCOMPARE(r.value(QStringLiteral("Local Folders/Trash")), SpecialFolder::DeletedItems);
        // Depth-first: every folder's parent comes before it, children right after their parent.
        const QList<SourceFolder> folders = source->folders().value();
        for (qsizetype i = 1; i < folders.size(); ++i)
            QVERIFY(folders.at(i).path.startsWith(folders.at(i - 1).path) || folders.at(i).depth <= folders.at(i - 1).depth);
        const Converted c = convertAndRead(*source, true);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.report.converted(), 2 * simple + complex + 2 + unmunged);
        QCOMPARE(c.report.failed(), 0);

        // The bundle alone is a source too.
        auto bundle = openOrFail(local + QStringLiteral("/Apple.mbox"), error);
        QVERIFY2(bundle, qPrintable(error));
        const QMap<QString, int> bundleCounts { { QStringLiteral("Apple.mbox"), 0 }, { QStringLiteral("Apple.mbox/Apple"), 1 },
            { QStringLiteral("Apple.mbox/Apple/Child"), simple } };
        QCOMPARE(counts(*bundle), bundleCounts);
    }

    void mixedMboxAndEmlFolder()
    {
        // A folder mixing mbox files and saved messages: each mbox file is a folder as in a
        // client's tree, and the .eml files are messages of the folder their directory stands for.
        MIG_REQUIRE_TESTDATA();
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("Mixed"));
        const auto sample = [](const char *name) { return fileBytes(test::testDataPath(QLatin1String(name))); };
        const QByteArray thunderbird = sample("eml/tika_testThunderbirdEml.eml");
        const QByteArray pdf = sample("eml/mail_attachment_pdf.eml");
        const QByteArray nodemailer = sample("eml/mailparser_nodemailer.eml");
        QVERIFY(writeFile(root + QStringLiteral("/Inbox"), sample("mbox/mimekit_simple.mbox")));
        QVERIFY(writeFile(root + QStringLiteral("/loose.eml"), thunderbird));
        QVERIFY(writeFile(root + QStringLiteral("/second.EML"), pdf));
        QVERIFY(writeFile(root + QStringLiteral("/notes.txt"), "not mail"));
        QVERIFY(writeFile(root + QStringLiteral("/Inbox.sbd/Lists"), sample("mbox/tika_complex.mbox")));
        QVERIFY(writeFile(root + QStringLiteral("/Inbox.sbd/kept.eml"), nodemailer));
        QVERIFY(writeFile(root + QStringLiteral("/Projects/2023.mbox"), sample("mbox/tika_single_mail.mbox")));
        QVERIFY(writeFile(root + QStringLiteral("/Projects/plan.eml"), pdf));
        QVERIFY(writeFile(root + QStringLiteral("/Saved/a.eml"), thunderbird));
        QVERIFY(writeFile(root + QStringLiteral("/Saved/b.eml"), nodemailer));
        QVERIFY(writeFile(root + QStringLiteral("/Empty/readme.txt"), "not mail"));

        QCOMPARE(probeSource(root)->id, QStringLiteral("mbox"));
        QString error;
        auto source = openOrFail(root, error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->info().format, QStringLiteral("mbox"));
        const int simple = *mime::MboxReader::countMessages(test::testDataPath(QStringLiteral("mbox/mimekit_simple.mbox")));
        const int complex = *mime::MboxReader::countMessages(test::testDataPath(QStringLiteral("mbox/tika_complex.mbox")));
        const QMap<QString, int> expected { { QStringLiteral("Mixed"), 0 }, { QStringLiteral("Mixed/Mixed"), 2 },
            { QStringLiteral("Mixed/Inbox"), simple + 1 }, { QStringLiteral("Mixed/Inbox/Lists"), complex },
            { QStringLiteral("Mixed/Projects"), 1 }, { QStringLiteral("Mixed/Projects/2023"), 1 },
            { QStringLiteral("Mixed/Saved"), 2 } };
        QCOMPARE(counts(*source), expected);
        QCOMPARE(roles(*source).value(QStringLiteral("Mixed/Inbox")), SpecialFolder::Inbox);

        const Converted c = convertAndRead(*source, true);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(c.report.converted(), simple + 1 + complex + 1 + 1 + 2 + 2);
        QCOMPARE(c.report.failed(), 0);
        // Each saved message travels with its own text (so it was read, not just counted).
        QList<QByteArray> texts;
        for (const gxmt::Frame &frame : c.stream.messages)
            texts.append(frame.message.rfc5322);
        QCOMPARE(texts.count(withoutEnvelope(thunderbird)), 2);
        QCOMPARE(texts.count(withoutEnvelope(pdf)), 2);
        QCOMPARE(texts.count(withoutEnvelope(nodemailer)), 2);
    }

    void cliInspectAndConvert_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("format");
        QTest::newRow("eml file") << QStringLiteral("eml/mail_attachment_pdf.eml") << QStringLiteral("eml");
        QTest::newRow("eml folder") << QStringLiteral("eml") << QStringLiteral("eml");
        QTest::newRow("mbox file") << QStringLiteral("mbox/mimekit_content-length.mbox") << QStringLiteral("mbox");
        QTest::newRow("mbox folder") << QStringLiteral("mbox") << QStringLiteral("mbox");
    }

    void cliInspectAndConvert()
    {
        MIG_REQUIRE_TESTDATA();
        QFETCH(QString, relative);
        QFETCH(QString, format);
        const QString path = test::testDataPath(relative);
        QString error;
        auto source = openOrFail(path, error);
        QVERIFY2(source, qPrintable(error));
        int total = 0;
        const QList<SourceFolder> folders = source->folders().value();
        for (const SourceFolder &f : folders)
            total += f.itemCount;
        const test::ProcessResult inspect = test::runApp({ QStringLiteral("inspect"), QStringLiteral("--json"), path });
        QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(inspect.out).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("items")).toInt(), total);
        const test::ProcessResult text = test::runApp({ QStringLiteral("inspect"), path });
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains(QByteArray("Format: " + format.toUpper().toUtf8() + '\n')));

        QTemporaryDir dir;
        const QString stream = dir.filePath(QStringLiteral("out.gxmt"));
        const test::ProcessResult convert
            = test::runApp({ QStringLiteral("convert"), QStringLiteral("-o"), stream, path });
        QVERIFY2(convert.exitCode == 0, convert.err.constData());
        const test::ProcessResult verify = test::runApp({ QStringLiteral("verify-mt"), stream });
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        QCOMPARE(test::readStream(fileBytes(stream)).messages.size(), total);
    }
};

QTEST_GUILESS_MAIN(TestMimeSources)
#include "TestMimeSources.moc"
