// Writer → reader must be lossless for everything the MAPI model can hold that GXMT carries, in
// all three revisions; the writer must refuse what the stream cannot carry without touching the
// stream; and the validator must accept everything the writer produces.
#include "gxmt/Encoder.h"
#include "gxmt/Reader.h"
#include "gxmt/Validator.h"
#include "gxmt/Writer.h"
#include "mapi/Tags.h"

#include <QBuffer>
#include <QTemporaryFile>
#include <QtTest>

#include <limits>

using namespace mig;
using namespace mig::gxmt;
using namespace mig::mapi;

namespace {

/// Collects the stream and can fail from a given size on, like a connection that breaks.
class FlakySink final : public ByteSink {
public:
    Expected<void> write(const QByteArray &bytes) override
    {
        if (failAfter >= 0 && data.size() + bytes.size() > failAfter)
            return Error{Error::Code::Network, QStringLiteral("connection lost"), {}};
        data.append(bytes);
        writes.append(bytes.constData());
        return {};
    }
    QByteArray data;
    QList<const char *> writes; ///< where each write's bytes were (to see what was not copied)
    qsizetype failAfter = -1;
};

const Guid kSomeGuid{0x12345678, 0x9ABC, 0xDEF0, {1, 2, 3, 4, 5, 6, 7, 8}};

/// One property of every type GXMT carries, single and multi-valued, with edge values.
PropertyBag everyType()
{
    const QString nonBmp = QString::fromUtf8("Grüße 😀 𝄞 \xE2\x80\x8F end");
    QByteArray actions;
    actions.append("\x01\x00\x03\x00\xAA\xBB\xCC", 7); // one action block of 3 bytes
    PropertyBag b;
    b.set(makeTag(0x6600, PT_SHORT), qint16(-32768));
    b.set(makeTag(0x6601, PT_LONG), qint32(std::numeric_limits<qint32>::min()));
    b.set(makeTag(0x6602, PT_FLOAT), -1.25e-30f);
    b.set(makeTag(0x6603, PT_DOUBLE), std::numeric_limits<double>::infinity());
    b.set(makeTag(0x6604, PT_CURRENCY), qint64(-123456789012345));
    b.set(makeTag(0x6605, PT_APPTIME), 45000.25);
    b.set(makeTag(0x6606, PT_BOOLEAN), false);
    b.set(makeTag(0x6607, PT_BOOLEAN), true);
    b.set(makeTag(0x6608, PT_OBJECT), QByteArray("object"));
    b.set(makeTag(0x6609, PT_I8), std::numeric_limits<qint64>::max());
    b.set(makeTag(0x660A, PT_STRING8), QStringLiteral("plain"));
    b.set(makeTag(0x660B, PT_UNICODE), nonBmp);
    b.set(makeTag(0x660C, PT_UNICODE), QString());
    b.set(makeTag(0x660D, PT_UNICODE), QString(QChar(0xFEFF)) + QStringLiteral("starts with U+FEFF"));
    b.set(makeTag(0x660E, PT_SYSTIME), qint64(0x01D9000000000000));
    b.set(makeTag(0x660F, PT_CLSID), kSomeGuid);
    b.set(makeTag(0x6610, PT_SVREID), SvrEid{true, {}, 0x1122334455667788, 0x99, 7});
    b.set(makeTag(0x6611, PT_SVREID), SvrEid{false, QByteArray("opaque"), 0, 0, 0});
    b.set(makeTag(0x6612, PT_SVREID), SvrEid{false, {}, 0, 0, 0});
    b.set(makeTag(0x6613, PT_ACTIONS), actions);
    b.set(makeTag(0x6614, PT_BINARY), QByteArray());
    b.set(makeTag(0x6615, PT_BINARY), QByteArray("\x00\x01\x02\xff", 4));
    b.set(makeTag(0x6620, PT_MV_SHORT), QList<qint16>{1, -1, 32767});
    b.set(makeTag(0x6621, PT_MV_LONG), QList<qint32>{});
    b.set(makeTag(0x6622, PT_MV_FLOAT), QList<float>{0.5f, -2.0f});
    b.set(makeTag(0x6623, PT_MV_DOUBLE), QList<double>{1e300, -1e-300});
    b.set(makeTag(0x6624, PT_MV_CURRENCY), QList<qint64>{10000, -10000});
    b.set(makeTag(0x6625, PT_MV_APPTIME), QList<double>{1.5});
    b.set(makeTag(0x6626, PT_MV_I8), QList<qint64>{std::numeric_limits<qint64>::min(), 0});
    b.set(makeTag(0x6627, PT_MV_STRING8), QList<QString>{QStringLiteral("a"), QString()});
    b.set(makeTag(0x6628, PT_MV_UNICODE), QList<QString>{nonBmp, QStringLiteral("Blue"), QString()});
    b.set(makeTag(0x6629, PT_MV_SYSTIME), QList<qint64>{0, 0x01D9000000000000});
    b.set(makeTag(0x662A, PT_MV_CLSID), QList<Guid>{kSomeGuid, PropertySet::gromox()});
    b.set(makeTag(0x662B, PT_MV_BINARY), QList<QByteArray>{QByteArray(), QByteArray("x"), QByteArray(300, 'y')});
    return b;
}

PropertyBag recipient(int i)
{
    return PropertyBag{{PR_RECIPIENT_TYPE, qint32(1 + i % 3)},
                       {PR_DISPLAY_NAME, QStringLiteral("Recipient %1 ✓").arg(i)},
                       {PR_SMTP_ADDRESS, QStringLiteral("r%1@example.com").arg(i)}};
}

Message simpleMessage(const QString &subject)
{
    Message m;
    m.properties.set(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    m.properties.set(PR_SUBJECT, subject);
    return m;
}

/// A message embedding a message embedding a message (3 levels below the top).
Message nested(int levels)
{
    Message m = simpleMessage(QStringLiteral("level %1").arg(levels));
    m.recipients.append(recipient(levels));
    if (levels > 0) {
        Attachment a(PropertyBag{{PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG}, {PR_DISPLAY_NAME, QStringLiteral("inner")}});
        a.embedded = std::make_unique<Message>(nested(levels - 1));
        m.attachments.append(a);
        m.attachments.append(Attachment(PropertyBag{{PR_ATTACH_METHOD, ATTACH_BY_VALUE},
                                                    {PR_ATTACH_DATA_BIN, QByteArray("file at level ") + QByteArray::number(levels)}}));
    }
    return m;
}

Folder folderNamed(const QString &name)
{
    Folder f;
    f.properties.set(PR_DISPLAY_NAME, name);
    f.properties.set(PR_CONTAINER_CLASS, QStringLiteral("IPF.Note"));
    return f;
}

StreamHeader headerFor(Revision rev)
{
    StreamHeader h;
    h.revision = rev;
    h.folderMap = {FolderMapEntry{0x100, true, FidIpmSubtree, QStringLiteral("Import of test")}};
    return h;
}

struct ReadBack {
    StreamHeader header;
    QList<Frame> frames;
    QString error;
};

ReadBack readAll(QByteArray bytes)
{
    ReadBack r;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer);
    auto h = reader.readHeader();
    if (!h) {
        r.error = h.error().message;
        return r;
    }
    r.header = *h;
    for (;;) {
        auto f = reader.next();
        if (!f) {
            r.error = f.error().message;
            return r;
        }
        if (!*f)
            return r;
        r.frames.append(std::move(**f));
    }
}

QStringList validate(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Validator v;
    v.run(&buffer);
    QStringList out;
    for (const auto &i : v.issues())
        out.append(i.text);
    return out;
}

} // namespace

class TestGxmtRoundTrip final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lossless_data()
    {
        QTest::addColumn<int>("revision");
        QTest::newRow("GXMT0003") << 3;
        QTest::newRow("GXMT0004") << 4;
        QTest::newRow("GXMT0005") << 5;
    }

    void lossless()
    {
        QFETCH(int, revision);
        const Revision rev = Revision(revision);
        FlakySink sink;
        Writer writer(sink, headerFor(rev));

        Folder root = folderNamed(QStringLiteral("Root"));
        Permission acl;
        acl.properties.set(PR_SMTP_ADDRESS, QStringLiteral("default"));
        acl.properties.set(PR_MEMBER_RIGHTS, qint32(0x400));
        root.permissions.append(acl);
        Permission acl2;
        acl2.properties.set(PR_ENTRYID, QByteArray(24, '\x11'));
        acl2.properties.set(PR_MEMBER_RIGHTS, qint32(0x7FB));
        root.permissions.append(acl2);
        Folder sub = folderNamed(QString::fromUtf8("Unterordner 😀"));
        sub.properties.set(PR_COMMENT, QStringLiteral("comment"));

        Message allTypes = simpleMessage(QStringLiteral("all types"));
        for (const Property &p : everyType())
            allTypes.properties.set(p.tag, p.value);
        allTypes.hasRecipientTable = false;
        allTypes.hasAttachmentTable = false;

        Message noRecipients = simpleMessage(QStringLiteral("empty tables"));
        Message oneRecipient = simpleMessage(QStringLiteral("one"));
        oneRecipient.recipients.append(recipient(0));
        Message manyRecipients = simpleMessage(QStringLiteral("many"));
        for (int i = 0; i < 500; ++i)
            manyRecipients.recipients.append(recipient(i));

        Message big = simpleMessage(QStringLiteral("5 MB attachment"));
        QByteArray payload(5 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char((i * 131) >> 3);
        big.attachments.append(Attachment(PropertyBag{{PR_ATTACH_METHOD, ATTACH_BY_VALUE},
                                                      {PR_ATTACH_LONG_FILENAME, QStringLiteral("big.bin")},
                                                      {PR_ATTACH_DATA_BIN, payload}}));
        big.attachments.append(Attachment(PropertyBag{{PR_ATTACH_DATA_BIN, QByteArray()}}));

        Message deep = nested(3);
        Message withText = simpleMessage(QStringLiteral("mime"));
        withText.rfc5322 = "Subject: mime\r\nFrom: a@example.com\r\n\r\nbody\r\n";
        // Values large enough to travel beside the frame's other bytes (Encoder::kBulkBytes).
        Message largeText = simpleMessage(QStringLiteral("large text"));
        largeText.rfc5322 = "Subject: large\r\n\r\n" + QByteArray(3 * Encoder::kBulkBytes, 'x') + "\r\n";
        largeText.properties.set(PR_BODY, QString(2 * Encoder::kBulkBytes, QChar(0x00FC)));
        largeText.attachments.append(Attachment(PropertyBag{{PR_ATTACH_METHOD, ATTACH_BY_VALUE},
                                                            {PR_ATTACH_DATA_BIN, QByteArray(Encoder::kBulkBytes, '\x01')}}));
        largeText.attachments.append(Attachment(PropertyBag{{PR_ATTACH_DATA_BIN, QByteArray(Encoder::kBulkBytes - 1, '\x02')}}));

        QVERIFY(writer.writeFolder(0x100, kObjectStore, 0, root));
        QVERIFY(writer.writeFolder(0x101, kObjectFolder, 0x100, sub));
        const QList<Message> messages{allTypes, noRecipients, oneRecipient, manyRecipients, big, deep, withText, largeText};
        for (qsizetype i = 0; i < messages.size(); ++i)
            QVERIFY(writer.writeMessage(0x1000 + quint64(i), i % 2 ? 0x101 : 0x100, messages[i]));
        QVERIFY(writer.writeMessage(0x2000, kUnanchored, simpleMessage(QStringLiteral("unanchored"))));

        const ReadBack r = readAll(sink.data);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.header.revision, rev);
        QCOMPARE(r.header.folderMap, headerFor(rev).folderMap);
        QCOMPARE(r.frames.size(), 2 + messages.size() + 1);
        QVERIFY(r.frames[0].folder == root);
        QCOMPARE(r.frames[0].parentType, kObjectStore);
        QVERIFY(r.frames[1].folder == sub);
        QCOMPARE(r.frames[1].parentFid, quint64(0x100));
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const Frame &f = r.frames[2 + i];
            QCOMPARE(f.type, kObjectMessage);
            QCOMPARE(f.nid, quint64(0x1000 + i));
            Message expected = messages[i];
            if (rev == Revision::V3)
                expected.rfc5322.clear(); // GXMT0003 has no place for the text
            QVERIFY2(f.message == expected, qPrintable(QStringLiteral("message %1 differs").arg(i)));
        }
        QCOMPARE(r.frames.last().parentFid, kUnanchored);
        QCOMPARE(r.frames.last().parentType, quint32(0));
        QVERIFY2(validate(sink.data).isEmpty(), qPrintable(validate(sink.data).join(u'\n')));
        QCOMPARE(writer.stats().bytes, quint64(sink.data.size()));
        QCOMPARE(writer.stats().messages, quint64(messages.size() + 1));
    }

    void largeValuesTravelWithoutACopy()
    {
        // A large attachment and RFC 5322 text reach the sink from where the message holds them:
        // the frame around them is not a second copy of a 100 MB message.
        FlakySink sink;
        Writer writer(sink, headerFor(Revision::V5));
        Message message = simpleMessage(QStringLiteral("large"));
        const QByteArray payload(4 * Encoder::kBulkBytes, '\x7f');
        message.attachments.append(Attachment(PropertyBag{{PR_ATTACH_METHOD, ATTACH_BY_VALUE}, {PR_ATTACH_DATA_BIN, payload}}));
        message.rfc5322 = "Subject: large\r\n\r\n" + QByteArray(2 * Encoder::kBulkBytes, 'y') + "\r\n";
        QVERIFY(writer.writeMessage(0x300, kUnanchored, message));
        QVERIFY(sink.writes.contains(payload.constData()));
        QVERIFY(sink.writes.contains(message.rfc5322.constData()));
        const ReadBack r = readAll(sink.data);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.frames.size(), 1);
        QVERIFY(r.frames.first().message == message);
        QCOMPARE(writer.stats().bytes, quint64(sink.data.size()));

        // A sink failing inside such a frame stops the writer like any other failure.
        FlakySink failing;
        Writer broken(failing, headerFor(Revision::V5));
        QVERIFY(broken.writeHeader());
        failing.failAfter = failing.data.size() + payload.size();
        QVERIFY(!broken.writeMessage(0x300, kUnanchored, message));
        failing.failAfter = -1;
        QVERIFY(!broken.writeMessage(0x301, kUnanchored, simpleMessage(QStringLiteral("after"))));
    }

    void namedPropertiesByIdAndByName()
    {
        // Source ids deliberately differ from the stream ids the writer allocates.
        auto names = std::make_shared<NamedPropertyMap>();
        const PropertyName location = PropertyName::byId(PropertySet::appointment(), 0x8208);
        const PropertyName keywords = PropertyName::byString(PropertySet::publicStrings(), QStringLiteral("Keywords"));
        const PropertyName header = PropertyName::byString(PropertySet::internetHeaders(), QString::fromUtf8("X-Ünïcode-😀"));
        names->insert(0x9001, location);
        names->insert(0x9002, keywords);
        names->insert(0x9003, header);
        Message outer = simpleMessage(QStringLiteral("named"));
        outer.namedProperties = names;
        outer.properties.set(makeTag(0x9002, PT_MV_UNICODE), QList<QString>{QStringLiteral("Red")});
        outer.properties.set(makeTag(0x9001, PT_UNICODE), QStringLiteral("Room 1"));
        outer.properties.set(makeTag(0x9999, PT_LONG), qint32(5)); // unknown name: dropped
        outer.recipients.append(PropertyBag{{makeTag(0x9003, PT_UNICODE), QStringLiteral("in a recipient")}});
        // The embedded message has no map of its own and inherits the parent's.
        Attachment a(PropertyBag{{PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG}});
        a.embedded = std::make_unique<Message>(simpleMessage(QStringLiteral("inner")));
        a.embedded->properties.set(makeTag(0x9003, PT_UNICODE), QStringLiteral("in the embedded message"));
        outer.attachments.append(a);

        Folder folder = folderNamed(QStringLiteral("F"));
        auto folderNames = std::make_shared<NamedPropertyMap>();
        folderNames->insert(0xA000, keywords); // same name, other source id: same stream id
        folder.namedProperties = folderNames;
        folder.properties.set(makeTag(0xA000, PT_MV_UNICODE), QList<QString>{QStringLiteral("folder keyword")});

        FlakySink sink;
        Writer writer(sink, headerFor(Revision::V5));
        QVERIFY(writer.writeFolder(0x100, 0, 0, folderNamed(QStringLiteral("Root"))));
        QVERIFY(writer.writeMessage(0x200, 0x100, outer));
        QVERIFY(writer.writeFolder(0x101, kObjectFolder, 0x100, folder));
        QCOMPARE(writer.stats().namedPropertyDeclarations, quint64(3));
        QCOMPARE(writer.stats().droppedNamedProperties, quint64(1));

        const ReadBack r = readAll(sink.data);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        // Root folder, three declarations (order of first use: Keywords, Location, header), message, folder.
        QCOMPARE(r.frames.size(), 6);
        QCOMPARE(r.frames[1].type, kFrameNamedProp);
        QVERIFY(r.frames[1].name == keywords);
        QCOMPARE(r.frames[1].declaredTag, PropTag(0x80000000));
        QVERIFY(r.frames[2].name == location);
        QCOMPARE(r.frames[2].declaredTag, PropTag(0x80010000));
        QVERIFY(r.frames[3].name == header);
        QCOMPARE(r.frames[3].declaredTag, PropTag(0x80020000));
        const Message &m = r.frames[4].message;
        QCOMPARE(m.properties.string(makeTag(0x8001, PT_UNICODE)), QStringLiteral("Room 1"));
        QVERIFY(!m.properties.findId(0x9999));
        QCOMPARE(m.recipients[0].string(makeTag(0x8002, PT_UNICODE)), QStringLiteral("in a recipient"));
        QCOMPARE(m.attachments[0].embedded->properties.string(makeTag(0x8002, PT_UNICODE)),
                 QStringLiteral("in the embedded message"));
        QVERIFY(m.namedProperties->nameOf(0x8002) == header);
        const Folder &f = r.frames[5].folder;
        QVERIFY(f.properties.contains(makeTag(0x8000, PT_MV_UNICODE)));
        QVERIFY(validate(sink.data).isEmpty());
    }

    void rejectedObjectsLeaveTheStreamUntouched_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("NUL in string") << 0;
        QTest::newRow("NUL in multi-value string") << 1;
        QTest::newRow("PT_NULL") << 2;
        QTest::newRow("PT_UNSPECIFIED") << 3;
        QTest::newRow("PT_ERROR") << 4;
        QTest::newRow("MVI type") << 5;
        QTest::newRow("value does not match type") << 6;
        QTest::newRow("65536 properties") << 7;
        QTest::newRow("65536 attachments") << 8;
        QTest::newRow("name of 255 bytes") << 9;
        QTest::newRow("NUL in RFC 5322 text") << 10;
        QTest::newRow("property id 0xFFFF") << 11;
        QTest::newRow("NUL in recipient of embedded message") << 12;
    }

    void rejectedObjectsLeaveTheStreamUntouched()
    {
        QFETCH(int, kind);
        Message m = simpleMessage(QStringLiteral("bad"));
        auto names = std::make_shared<NamedPropertyMap>();
        switch (kind) {
        case 0: m.properties.set(PR_BODY, QStringLiteral("a") + QChar(0) + QStringLiteral("b")); break;
        case 1: m.properties.set(makeTag(0x6600, PT_MV_UNICODE), QList<QString>{QStringLiteral("x"), QString(QChar(0))}); break;
        case 2: m.properties.set(makeTag(0x6600, PT_NULL), std::monostate{}); break;
        case 3: m.properties.set(makeTag(0x6600, PT_UNSPECIFIED), qint32(1)); break;
        case 4: m.properties.set(makeTag(0x6600, PT_ERROR), qint32(0x80004005)); break;
        case 5: m.properties.set(makeTag(0x6600, PT_MV_LONG | MVI_FLAG), qint32(1)); break;
        case 6: m.properties.set(PR_SUBJECT, qint32(1)); break;
        case 7:
            for (int i = 0; i < 65536; ++i)
                m.properties.set(makeTag(quint16(0x0001 + i % 0x7FFE), i < 0x7FFE ? PT_LONG : PT_I8),
                                 i < 0x7FFE ? PropValue(qint32(i)) : PropValue(qint64(i)));
            m.properties.set(makeTag(0x0001, PT_SHORT), qint16(1));
            m.properties.set(makeTag(0x0002, PT_SHORT), qint16(1));
            m.properties.set(makeTag(0x0003, PT_SHORT), qint16(1));
            m.properties.set(makeTag(0x0004, PT_SHORT), qint16(1));
            m.properties.set(makeTag(0x0005, PT_SHORT), qint16(1));
            QVERIFY(m.properties.size() > 65535);
            break;
        case 8:
            for (int i = 0; i < 65536; ++i)
                m.attachments.append(Attachment());
            break;
        case 9:
            names->insert(0x8000, PropertyName::byString(PropertySet::publicStrings(), QString(255, QLatin1Char('n'))));
            m.namedProperties = names;
            m.properties.set(makeTag(0x8000, PT_LONG), qint32(1));
            break;
        case 10: m.rfc5322 = QByteArray("Subject: x\r\n\r\n\0", 15); break;
        case 11: m.properties.set(makeTag(0xFFFF, PT_LONG), qint32(1)); break;
        case 12: {
            Attachment a;
            a.embedded = std::make_unique<Message>();
            a.embedded->recipients.append(PropertyBag{{PR_DISPLAY_NAME, QString(QChar(0))}});
            m.attachments.append(a);
            break;
        }
        }
        FlakySink sink;
        Writer writer(sink, headerFor(Revision::V5));
        QVERIFY(writer.writeFolder(0x100, 0, 0, folderNamed(QStringLiteral("Root"))));
        const QByteArray before = sink.data;
        const WriterStats statsBefore = writer.stats();
        auto result = writer.writeMessage(0x200, 0x100, m);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::InvalidArgument);
        QVERIFY(result.error().message.contains(QStringLiteral("0x200")));
        QCOMPARE(sink.data, before);
        QCOMPARE(writer.stats().bytes, statsBefore.bytes);
        QCOMPARE(writer.stats().namedPropertyDeclarations, quint64(0));
        // The stream goes on and stays valid.
        QVERIFY(writer.writeMessage(0x201, 0x100, simpleMessage(QStringLiteral("good"))));
        QVERIFY2(validate(sink.data).isEmpty(), qPrintable(validate(sink.data).join(u'\n')));
    }

    void folderNidsAreChecked()
    {
        FlakySink sink;
        Writer writer(sink, headerFor(Revision::V5));
        for (quint64 nid : {quint64(0), kUnanchored}) {
            auto r = writer.writeFolder(nid, 0, 0, folderNamed(QStringLiteral("x")));
            QVERIFY(!r);
            QCOMPARE(r.error().code, Error::Code::InvalidArgument);
        }
        QVERIFY(writer.writeFolder(0x100, 0, 0, folderNamed(QStringLiteral("Root"))));
        const qsizetype size = sink.data.size();
        auto dup = writer.writeFolder(0x100, kObjectFolder, 0x100, folderNamed(QStringLiteral("again")));
        QVERIFY(!dup);
        QCOMPARE(sink.data.size(), size);

        FlakySink narrowSink;
        Writer narrow(narrowSink, headerFor(Revision::V4));
        QVERIFY(!narrow.writeFolder(0xFFFFFFFF, 0, 0, folderNamed(QStringLiteral("x"))));
        QVERIFY(!narrow.writeFolder(0x100000000ULL, 0, 0, folderNamed(QStringLiteral("x"))));
        QVERIFY(!narrow.writeMessage(0x100000000ULL, kUnanchored, simpleMessage(QStringLiteral("x"))));
        QVERIFY(narrow.writeMessage(0xFFFFFFF0ULL, kUnanchored, simpleMessage(QStringLiteral("x"))));
    }

    void sinkFailureIsNotAnArgumentError()
    {
        FlakySink sink;
        Writer writer(sink, headerFor(Revision::V5));
        QVERIFY(writer.writeHeader());
        sink.failAfter = sink.data.size() + 10;
        auto r = writer.writeMessage(0x200, kUnanchored, simpleMessage(QStringLiteral("lost")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Network);
        // Once the sink failed, the writer refuses to continue.
        sink.failAfter = -1;
        auto again = writer.writeMessage(0x201, kUnanchored, simpleMessage(QStringLiteral("x")));
        QVERIFY(!again);
        QVERIFY(again.error().code != Error::Code::InvalidArgument);
    }

    void deviceSinkWritesFilesAndBuffers()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        DeviceSink fileSink(&file);
        Writer writer(fileSink, headerFor(Revision::V5));
        QVERIFY(writer.writeFolder(0x100, 0, 0, folderNamed(QStringLiteral("Root"))));
        QVERIFY(writer.writeMessage(0x200, 0x100, nested(2)));
        QVERIFY(fileSink.flush());
        QCOMPARE(quint64(file.size()), writer.stats().bytes);

        file.seek(0);
        Validator v;
        QVERIFY(v.run(&file));
        QCOMPARE(v.summary().messages, quint64(1));
        QCOMPARE(v.summary().embeddedMessages, quint64(2));
        QCOMPARE(v.summary().attachments, quint64(4));
        QCOMPARE(v.summary().recipients, quint64(3));
        QCOMPARE(v.summary().bytes, writer.stats().bytes);

        QBuffer closed;
        DeviceSink closedSink(&closed);
        QVERIFY(!closedSink.write(QByteArray("x")));
    }
};

QTEST_GUILESS_MAIN(TestGxmtRoundTrip)
#include "TestGxmtRoundTrip.moc"
