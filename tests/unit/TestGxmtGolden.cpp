// The worked examples of gxmt-format.md §12 must come out of the writer byte for byte, and the
// reader must turn them back into the same objects. The expected bytes are typed from the spec.
#include "gxmt/Encoder.h"
#include "gxmt/Reader.h"
#include "gxmt/Writer.h"
#include "mapi/Tags.h"

#include <QBuffer>
#include <QtTest>

using namespace mig;
using namespace mig::gxmt;
using namespace mig::mapi;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text)); // spaces are skipped
}

// §12.1, the complete 205-byte stream.
const char *kMinimalStream =
    "47 58 4d 54 30 30 30 35 00 00 1e 00 00 00 00 00"
    "00 00 01 00 00 00 00 00 00 00 00 01 00 00 00 00"
    "00 00 01 09 00 00 00 00 00 00 00 44 65 6d 6f 00"
    "08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
    "38 00 00 00 00 00 00 00 03 00 00 00 00 01 00 00"
    "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
    "02 00 1f 00 01 30 44 65 6d 6f 00 1f 00 13 36 49"
    "50 46 2e 4e 6f 74 65 00 00 00 00 00 00 00 00 00"
    "45 00 00 00 00 00 00 00 05 00 00 00 00 02 00 00"
    "00 00 00 00 03 00 00 00 00 01 00 00 00 00 00 00"
    "04 00 1f 00 1a 00 49 50 4d 2e 4e 6f 74 65 00 1f"
    "00 37 00 48 65 6c 6c 6f 00 1f 00 00 10 48 69 21"
    "00 03 00 07 0e 01 00 00 00 00 00 00 00";

// §12.2, the two NAMEDPROP frames.
const char *kNamedPropFrames =
    "2d 00 00 00 00 00 00 00 fa 00 00 00 00 00 00 80"
    "00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
    "00 02 20 06 00 00 00 00 00 c0 00 00 00 00 00 00"
    "46 08 82 00 00 33 00 00 00 00 00 00 00 fa 00 00"
    "00 00 00 01 80 00 00 00 00 00 00 00 00 00 00 00"
    "00 00 00 00 00 01 29 03 02 00 00 00 00 00 c0 00"
    "00 00 00 00 00 46 09 4b 65 79 77 6f 72 64 73 00";

StreamHeader minimalHeader()
{
    StreamHeader header;
    header.revision = Revision::V5;
    header.folderMap = {FolderMapEntry{0x100, true, FidIpmSubtree, QStringLiteral("Demo")}};
    return header;
}

Folder demoFolder()
{
    Folder folder;
    folder.properties.set(PR_DISPLAY_NAME, QStringLiteral("Demo"));
    folder.properties.set(PR_CONTAINER_CLASS, QStringLiteral("IPF.Note"));
    return folder;
}

Message helloMessage()
{
    Message message;
    message.properties.set(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    message.properties.set(PR_SUBJECT, QStringLiteral("Hello"));
    message.properties.set(PR_BODY, QStringLiteral("Hi!"));
    message.properties.set(PR_MESSAGE_FLAGS, qint32(MSGFLAG_READ));
    message.hasRecipientTable = false;
    message.hasAttachmentTable = false;
    return message;
}

struct EncodingRow {
    const char *name;
    PropTag tag;
    PropValue value;
    const char *bytes;
};

QList<EncodingRow> encodingRows()
{
    // §12.3, one row per line of the table.
    return {
        {"PT_SHORT", 0x66000002, qint16(0x1234), "02 00 00 66 34 12"},
        {"PT_LONG", 0x66010003, qint32(0xDEADBEEF), "03 00 01 66 ef be ad de"},
        {"PT_I8", 0x66020014, qint64(0x0102030405060708), "14 00 02 66 08 07 06 05 04 03 02 01"},
        {"PT_SYSTIME", 0x66030040, qint64(0x01D9000000000000), "40 00 03 66 00 00 00 00 00 00 d9 01"},
        {"PT_BOOLEAN", 0x6604000B, true, "0b 00 04 66 01"},
        {"PT_DOUBLE", 0x66050005, 1.5, "05 00 05 66 00 00 00 00 00 00 f8 3f"},
        {"PT_FLOAT", 0x66060004, 2.5f, "04 00 06 66 00 00 20 40"},
        {"PT_CLSID", 0x66070048, PropertySet::publicStrings(), "48 00 07 66 29 03 02 00 00 00 00 00 c0 00 00 00 00 00 00 46"},
        {"PT_BINARY", 0x66080102, QByteArray("\xaa\xbb\xcc"), "02 01 08 66 03 00 00 00 aa bb cc"},
        {"PT_UNICODE", 0x6609001F, QString::fromUtf8("ä"), "1f 00 09 66 c3 a4 00"},
        {"PT_STRING8", 0x660A001E, QStringLiteral("ab"), "1e 00 0a 66 61 62 00"},
        {"PT_MV_UNICODE", 0x660B101F, QList<QString>{QStringLiteral("ab"), QStringLiteral("c")}, "1f 10 0b 66 02 00 00 00 61 62 00 63 00"},
        {"PT_MV_LONG", 0x660C1003, QList<qint32>{1, 2}, "03 10 0c 66 02 00 00 00 01 00 00 00 02 00 00 00"},
        {"PT_MV_BINARY", 0x660D1102, QList<QByteArray>{QByteArray("\xaa"), QByteArray()}, "02 11 0d 66 02 00 00 00 01 00 00 00 aa 00 00 00 00"},
        {"PT_MV_SHORT", 0x660E1002, QList<qint16>{7}, "02 10 0e 66 01 00 00 00 07 00"},
        {"PT_MV_I8", 0x660F1014, QList<qint64>{9}, "14 10 0f 66 01 00 00 00 09 00 00 00 00 00 00 00"},
        {"PT_MV_CLSID", 0x66101048, QList<Guid>{PropertySet::publicStrings()},
         "48 10 10 66 01 00 00 00 29 03 02 00 00 00 00 00 c0 00 00 00 00 00 00 46"},
        {"PT_SVREID", 0x661100FB, SvrEid{true, {}, 0x11, 0x22, 3},
         "fb 00 11 66 15 00 01 11 00 00 00 00 00 00 00 22 00 00 00 00 00 00 00 03 00 00 00"},
        {"PT_OBJECT", 0x6612000D, QByteArray("\xaa\xbb\xcc"), "0d 00 12 66 03 00 00 00 aa bb cc"},
        {"PT_CURRENCY", 0x66140006, qint64(0x0102030405060708), "06 00 14 66 08 07 06 05 04 03 02 01"},
        {"PT_APPTIME", 0x66150007, 1.5, "07 00 15 66 00 00 00 00 00 00 f8 3f"},
    };
}

// §12.3, MESSAGE_CONTENT tail (after an empty property list): one recipient, two attachments.
const char *kMessageTail =
    "01 01 00 00 00 01 00 03 00 15 0c ef be ad de"
    "01 02 00 01 00 02 01 01 37 03 00 00 00 aa bb cc 00"
    "00 00 01 01 00 1f 00 37 00 63 00 00 00";

Message tailMessage()
{
    Message message;
    message.recipients.append(PropertyBag{{PR_RECIPIENT_TYPE, qint32(0xDEADBEEF)}});
    message.attachments.append(Attachment(PropertyBag{{PR_ATTACH_DATA_BIN, QByteArray("\xaa\xbb\xcc")}}));
    Attachment embedded;
    embedded.embedded = std::make_unique<Message>();
    embedded.embedded->properties.set(PR_SUBJECT, QStringLiteral("c"));
    embedded.embedded->hasRecipientTable = false;
    embedded.embedded->hasAttachmentTable = false;
    message.attachments.append(embedded);
    return message;
}

const char *kPermission = "01 02 00 1f 00 fe 39 75 40 78 2e 65 78 61 6d 70 6c 65 00 03 00 73 66 fb 07 00 00";

Permission grant()
{
    Permission p;
    p.properties.set(PR_SMTP_ADDRESS, QStringLiteral("u@x.example"));
    p.properties.set(PR_MEMBER_RIGHTS, qint32(0x7FB));
    return p;
}

/// Wraps bytes of one frame body so the reader can decode them: a V5 stream with an empty
/// folder map and one message frame whose MESSAGE_CONTENT is content.
QByteArray streamWithMessageContent(const QByteArray &content)
{
    QByteArray s = hex("47 58 4d 54 30 30 30 35 00 00 08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"
                       "08 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00");
    QByteArray frame = hex("05 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00 ff ff ff ff ff ff ff ff");
    frame += content + hex("00 00");
    QByteArray size(8, 0);
    qToLittleEndian(quint64(frame.size()), size.data());
    return s + size + frame;
}

} // namespace

class TestGxmtGolden final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void minimalStreamIsWrittenByteForByte()
    {
        MemorySink sink;
        Writer writer(sink, minimalHeader());
        QVERIFY(writer.writeFolder(0x100, 0, 0, demoFolder()));
        QVERIFY(writer.writeMessage(0x200, 0x100, helloMessage()));
        QCOMPARE(sink.data().size(), 205);
        QCOMPARE(sink.data().toHex(' '), hex(kMinimalStream).toHex(' '));
        QCOMPARE(writer.stats().bytes, quint64(205));
        QCOMPARE(writer.stats().frames, quint64(2));
        QCOMPARE(writer.stats().folders, quint64(1));
        QCOMPARE(writer.stats().messages, quint64(1));
    }

    void minimalStreamReadsBack()
    {
        QByteArray bytes = hex(kMinimalStream);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Reader reader(&buffer);
        auto header = reader.readHeader();
        QVERIFY2(header, qPrintable(header ? QString() : header.error().message));
        QCOMPARE(header->revision, Revision::V5);
        QCOMPARE(header->splice, false);
        QCOMPARE(header->publicStore, false);
        QCOMPARE(header->folderMap, minimalHeader().folderMap);

        auto first = reader.next();
        QVERIFY2(first && *first, qPrintable(first ? QString() : first.error().message));
        const Frame &folder = **first;
        QCOMPARE(folder.type, kObjectFolder);
        QCOMPARE(folder.number, quint64(1));
        QCOMPARE(folder.offset, quint64(0x40));
        QCOMPARE(folder.nid, quint64(0x100));
        QCOMPARE(folder.parentType, quint32(0));
        QCOMPARE(folder.parentFid, quint64(0));
        QVERIFY(folder.folder == demoFolder());

        auto second = reader.next();
        QVERIFY(second && *second);
        const Frame &message = **second;
        QCOMPARE(message.type, kObjectMessage);
        QCOMPARE(message.number, quint64(2));
        QCOMPARE(message.offset, quint64(0x80));
        QCOMPARE(message.nid, quint64(0x200));
        QCOMPARE(message.parentType, kObjectFolder);
        QCOMPARE(message.parentFid, quint64(0x100));
        QVERIFY(message.message == helloMessage());

        auto end = reader.next();
        QVERIFY(end);
        QVERIFY(!*end);
        QCOMPARE(reader.position(), quint64(205));
    }

    void namedPropFramesAreDeclaredBeforeFirstUse()
    {
        auto names = std::make_shared<NamedPropertyMap>();
        // Source ids chosen unlike the stream ids, to see the renumbering.
        names->insert(0x8123, PropertyName::byId(PropertySet::appointment(), 0x8208));
        names->insert(0x8456, PropertyName::byString(PropertySet::publicStrings(), QStringLiteral("Keywords")));
        Message message;
        message.namedProperties = names;
        message.properties.set(makeTag(0x8123, PT_UNICODE), QStringLiteral("Room 1"));
        message.properties.set(makeTag(0x8456, PT_MV_UNICODE), QList<QString>{QStringLiteral("Red"), QStringLiteral("Blue")});

        MemorySink sink;
        StreamHeader header;
        Writer writer(sink, header);
        QVERIFY(writer.writeHeader());
        const qsizetype headerSize = sink.data().size();
        QCOMPARE(headerSize, 10 + 16 + 16);
        QVERIFY(writer.writeMessage(0x200, kUnanchored, message));
        const QByteArray expected = hex(kNamedPropFrames);
        QCOMPARE(sink.data().mid(headerSize, expected.size()).toHex(' '), expected.toHex(' '));
        // The message itself then carries the values under 0x8000 / 0x8001 (§12.2).
        const QByteArray rest = sink.data().mid(headerSize + expected.size());
        QVERIFY(rest.contains(QByteArray(hex("1f 00 00 80") + QByteArray("Room 1") + '\0')));
        QVERIFY(rest.contains(QByteArray(hex("1f 10 01 80 02 00 00 00") + QByteArray("Red") + '\0' + QByteArray("Blue") + '\0')));
        QCOMPARE(writer.stats().namedPropertyDeclarations, quint64(2));

        // A second message using the same names declares nothing new.
        const qsizetype before = sink.data().size();
        QVERIFY(writer.writeMessage(0x201, kUnanchored, message));
        QVERIFY(!sink.data().mid(before).contains(hex("fa 00 00 00")));
        QCOMPARE(writer.stats().namedPropertyDeclarations, quint64(2));

        // Read back: two declaration frames, then the message with the stream ids.
        QBuffer buffer(&sink.data());
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Reader reader(&buffer);
        QVERIFY(reader.readHeader());
        auto d1 = reader.next();
        QVERIFY(d1 && *d1);
        QCOMPARE((*d1)->type, kFrameNamedProp);
        QCOMPARE((*d1)->declaredTag, PropTag(0x80000000));
        QVERIFY((*d1)->name == PropertyName::byId(PropertySet::appointment(), 0x8208));
        auto d2 = reader.next();
        QVERIFY(d2 && *d2);
        QCOMPARE((*d2)->declaredTag, PropTag(0x80010000));
        QVERIFY((*d2)->name == PropertyName::byString(PropertySet::publicStrings(), QStringLiteral("Keywords")));
        auto m = reader.next();
        QVERIFY(m && *m);
        QCOMPARE((*m)->message.properties.string(makeTag(0x8000, PT_UNICODE)), QStringLiteral("Room 1"));
        QVERIFY((*m)->message.properties.contains(makeTag(0x8001, PT_MV_UNICODE)));
        QVERIFY((*m)->message.namedProperties);
        QVERIFY((*m)->message.namedProperties->nameOf(0x8001)
                == PropertyName::byString(PropertySet::publicStrings(), QStringLiteral("Keywords")));
    }

    void propertyEncodings_data()
    {
        QTest::addColumn<int>("row");
        const auto rows = encodingRows();
        for (int i = 0; i < rows.size(); ++i)
            QTest::newRow(rows[i].name) << i;
    }

    void propertyEncodings()
    {
        QFETCH(int, row);
        const EncodingRow r = encodingRows().at(row);
        QByteArray out;
        Encoder e(out);
        e.u32(r.tag);
        e.value(r.tag, r.value);
        QCOMPARE(out.toHex(' '), hex(r.bytes).toHex(' '));

        // Read back inside a message: count 1 + the row.
        Message expected;
        expected.properties.set(r.tag, r.value);
        expected.hasRecipientTable = false;
        expected.hasAttachmentTable = false;
        QByteArray bytes = streamWithMessageContent(hex("01 00") + hex(r.bytes) + hex("00 00"));
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Reader reader(&buffer);
        QVERIFY(reader.readHeader());
        auto frame = reader.next();
        QVERIFY2(frame && *frame, qPrintable(frame ? QString() : frame.error().message));
        QVERIFY((*frame)->message == expected);
    }

    void messageContentTail()
    {
        QByteArray out;
        Encoder e(out);
        e.messageContent(tailMessage());
        QCOMPARE(out.toHex(' '), QByteArray(hex("00 00") + hex(kMessageTail)).toHex(' '));

        QByteArray bytes = streamWithMessageContent(out);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Reader reader(&buffer);
        QVERIFY(reader.readHeader());
        auto frame = reader.next();
        QVERIFY2(frame && *frame, qPrintable(frame ? QString() : frame.error().message));
        QVERIFY((*frame)->message == tailMessage());
    }

    void embeddedAttachmentDropsAttachDataObj()
    {
        Message message = tailMessage();
        message.attachments[1].properties.set(PR_ATTACH_DATA_OBJ, QByteArray("x"));
        QByteArray out;
        Encoder e(out);
        e.messageContent(message);
        QCOMPARE(out.toHex(' '), QByteArray(hex("00 00") + hex(kMessageTail)).toHex(' '));
    }

    void permissionData()
    {
        QByteArray out;
        Encoder e(out);
        e.permission(grant());
        QCOMPARE(out.toHex(' '), hex(kPermission).toHex(' '));

        // And inside a folder frame, read back.
        MemorySink sink;
        Writer writer(sink, minimalHeader());
        Folder folder = demoFolder();
        folder.permissions.append(grant());
        QVERIFY(writer.writeFolder(0x100, 0, 0, folder));
        QVERIFY(sink.data().contains(QByteArray(hex("01 00 00 00 00 00 00 00") + hex(kPermission))));
        QBuffer buffer(&sink.data());
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Reader reader(&buffer);
        QVERIFY(reader.readHeader());
        auto frame = reader.next();
        QVERIFY(frame && *frame);
        QVERIFY((*frame)->folder == folder);
    }

    void olderRevisionsUseNarrowNids()
    {
        // Same content as §12.1 in GXMT0004 and GXMT0003: 4-byte nids in the map and the header.
        for (Revision rev : {Revision::V3, Revision::V4}) {
            MemorySink sink;
            StreamHeader header = minimalHeader();
            header.revision = rev;
            Writer writer(sink, header);
            QVERIFY(writer.writeFolder(0x100, 0, 0, demoFolder()));
            QVERIFY(writer.writeMessage(0x200, 0x100, helloMessage()));
            const QByteArray &s = sink.data();
            QCOMPARE(s.left(8), QByteArray("GXMT000") + QByteArray::number(int(rev)));
            QCOMPARE(s.mid(10, 8).toHex(' '), hex("1a 00 00 00 00 00 00 00").toHex(' ')); // fm_size 26
            QCOMPARE(s.mid(26, 4).toHex(' '), hex("00 01 00 00").toHex(' '));            // nid u32
            // Folder frame: 20-byte header + 24 bytes of properties + 8 bytes acl_count.
            QCOMPARE(s.mid(60, 8).toHex(' '), hex("34 00 00 00 00 00 00 00").toHex(' '));
            const quint64 messageFrame = rev == Revision::V4 ? 65 : 63; // V3: no trailing cstr
            QCOMPARE(qFromLittleEndian<quint64>(s.constData() + 60 + 8 + 52), messageFrame);
            QCOMPARE(quint64(s.size()), 60 + 8 + 52 + 8 + messageFrame);
        }
    }
};

QTEST_GUILESS_MAIN(TestGxmtGolden)
#include "TestGxmtGolden.moc"
