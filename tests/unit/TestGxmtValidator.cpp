// Every rule of the validator (gxmt-format.md §9.2 and the §15 checklist) on a stream that
// breaks exactly that rule; the error must name the byte offset, the frame and the rule.
#include "gxmt/Encoder.h"
#include "gxmt/Validator.h"
#include "gxmt/Writer.h"
#include "mapi/Tags.h"

#include <QBuffer>
#include <QtTest>

using namespace mig;
using namespace mig::gxmt;
using namespace mig::mapi;

namespace {

/// Builds GXMT0005 streams frame by frame, including frames the writer would refuse.
class StreamBuilder {
public:
    explicit StreamBuilder(const QList<FolderMapEntry> &map = {{0x100, true, FidIpmSubtree, QStringLiteral("Demo")}},
                           bool splice = false)
    {
        data = "GXMT0005";
        data.append(char(splice ? 1 : 0));
        data.append('\0');
        QByteArray body;
        Encoder e(body);
        e.u64(quint64(map.size()));
        for (const FolderMapEntry &m : map) {
            e.u64(m.nid);
            e.u8(m.create ? 1 : 0);
            e.u64(m.targetFid);
            e.cstr(m.name, "name");
        }
        Encoder h(data);
        h.u64(quint64(body.size()));
        data.append(body);
        h.u64(8);
        h.u64(0);
    }

    /// Appends a frame; returns the offset of its body (the type field).
    quint64 frame(quint32 type, quint64 nid, quint32 parentType, quint64 parentFid, const QByteArray &payload)
    {
        QByteArray body;
        Encoder e(body);
        e.u32(type);
        e.u64(nid);
        e.u32(parentType);
        e.u64(parentFid);
        body.append(payload);
        Encoder(data).u64(quint64(body.size()));
        const quint64 at = quint64(data.size());
        data.append(body);
        return at;
    }

    quint64 folder(quint64 nid, quint32 parentType, quint64 parentFid, const Folder &f)
    {
        QByteArray p;
        Encoder e(p);
        e.propertyList(f.properties);
        e.u64(quint64(f.permissions.size()));
        for (const Permission &perm : f.permissions)
            e.permission(perm);
        return frame(kObjectFolder, nid, parentType, parentFid, p);
    }

    quint64 message(quint64 nid, quint64 parentFid, const Message &m, const QByteArray &reserved = {})
    {
        QByteArray p;
        Encoder e(p);
        e.messageContent(m);
        e.cstr(m.rfc5322, "text");
        e.cstr(reserved, "reserved");
        return frame(kObjectMessage, nid, parentFid == kUnanchored ? 0 : kObjectFolder, parentFid, p);
    }

    quint64 namedProp(PropTag tag, const PropertyName &name, quint32 parentType = 0, quint64 parentFid = 0)
    {
        QByteArray p;
        Encoder(p).propertyName(name);
        return frame(kFrameNamedProp, tag, parentType, parentFid, p);
    }

    QByteArray data;
};

Folder named(const QString &name)
{
    Folder f;
    f.properties.set(PR_DISPLAY_NAME, name);
    return f;
}

Message mail(const QString &subject = QStringLiteral("s"))
{
    Message m;
    m.properties.set(PR_SUBJECT, subject);
    return m;
}

struct Result {
    bool valid = false;
    QStringList issues;
    ValidationSummary summary;
    bool contains(const QString &needle) const
    {
        for (const QString &i : issues) {
            if (i.contains(needle))
                return true;
        }
        return false;
    }
};

Result validate(QByteArray bytes, ValidatorOptions options = {})
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Validator v(options);
    Result r;
    r.valid = v.run(&buffer);
    for (const auto &i : v.issues())
        r.issues.append(i.text);
    r.summary = v.summary();
    return r;
}

#define EXPECT_ISSUE(result, needle)                                                                              \
    do {                                                                                                          \
        QVERIFY(!(result).valid);                                                                                 \
        QVERIFY2((result).contains(needle), qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(needle, (result).issues.join(u'\n')))); \
    } while (false)

} // namespace

class TestGxmtValidator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validStreamAndSummary()
    {
        StreamBuilder s;
        s.folder(0x100, 0, 0, named(QStringLiteral("Demo")));
        s.folder(0x101, kObjectFolder, 0x100, named(QStringLiteral("Sub")));
        s.namedProp(0x80000000, PropertyName::byId(PropertySet::appointment(), 0x8208));
        Message m = mail();
        m.properties.set(0x8000001F, QStringLiteral("Room 1"));
        m.recipients.append(PropertyBag{{PR_RECIPIENT_TYPE, qint32(1)}});
        Attachment a(PropertyBag{{PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG}});
        a.embedded = std::make_unique<Message>(mail());
        a.embedded->recipients.append(PropertyBag{{PR_RECIPIENT_TYPE, qint32(2)}});
        m.attachments.append(a);
        m.rfc5322 = "From: a@b\r\nSubject: x\r\n  folded\r\n\r\nbody";
        s.message(0x200, 0x101, m);
        s.message(0x201, kUnanchored, mail());
        const Result r = validate(s.data);
        QVERIFY2(r.valid, qPrintable(r.issues.join(u'\n')));
        QCOMPARE(r.summary.revision, Revision::V5);
        QCOMPARE(r.summary.folderMapEntries, quint64(1));
        QCOMPARE(r.summary.frames, quint64(5));
        QCOMPARE(r.summary.folders, quint64(2));
        QCOMPARE(r.summary.messages, quint64(2));
        QCOMPARE(r.summary.recipients, quint64(2));
        QCOMPARE(r.summary.attachments, quint64(1));
        QCOMPARE(r.summary.embeddedMessages, quint64(1));
        QCOMPARE(r.summary.namedProperties, quint64(1));
        QCOMPARE(r.summary.bytes, quint64(s.data.size()));
    }

    void reservedFolderNid()
    {
        StreamBuilder s;
        s.folder(0, 0, 0, named(QStringLiteral("x")));
        const Result r = validate(s.data);
        EXPECT_ISSUE(r, QStringLiteral("offset 0x48, frame 1: folder nid 0x0 is reserved (§6.7)"));
        StreamBuilder t;
        t.folder(kUnanchored, kObjectFolder, 0x100, named(QStringLiteral("x")));
        EXPECT_ISSUE(validate(t.data), QStringLiteral("is reserved (§6.7)"));
    }

    void duplicateFolderNid()
    {
        StreamBuilder s;
        s.folder(0x100, 0, 0, named(QStringLiteral("Demo")));
        s.folder(0x101, kObjectFolder, 0x100, named(QStringLiteral("a")));
        s.folder(0x101, kObjectFolder, 0x100, named(QStringLiteral("b")));
        EXPECT_ISSUE(validate(s.data), QStringLiteral("frame 3: folder nid 0x101 appears in a second folder frame"));
    }

    void placementCaseD()
    {
        StreamBuilder s;
        const quint64 at = s.folder(0x300, kObjectFolder, 0x999, named(QStringLiteral("lost")));
        EXPECT_ISSUE(validate(s.data), QStringLiteral("offset 0x%1, frame 1: folder 0x300 cannot be placed").arg(QString::number(at, 16).toUpper()));
        EXPECT_ISSUE(validate(s.data), QStringLiteral("case D"));
    }

    void messageWithUnknownParent()
    {
        StreamBuilder s;
        s.folder(0x100, 0, 0, named(QStringLiteral("Demo")));
        s.message(0x200, 0x555, mail());
        EXPECT_ISSUE(validate(s.data), QStringLiteral("frame 2: message 0x200 has the unknown parent folder 0x555"));
        EXPECT_ISSUE(validate(s.data), QStringLiteral("PF-1123"));
    }

    void messageBeforeItsCreateEntryFolder()
    {
        StreamBuilder s;
        s.message(0x200, 0x100, mail());
        EXPECT_ISSUE(validate(s.data), QStringLiteral("before its folder frame created the folder (§4.2)"));
    }

    void parentTypeConsistency()
    {
        StreamBuilder s;
        s.folder(0x100, 0, 0, named(QStringLiteral("Demo")));
        s.folder(0x101, 0, 0x100, named(QStringLiteral("Sub")));
        EXPECT_ISSUE(validate(s.data), QStringLiteral("frame 2: parent_type 0 does not fit parent_fid 0x100"));
    }

    void siblingNamesMustDifferWithoutSplice()
    {
        StreamBuilder s;
        s.folder(0x100, 0, 0, named(QStringLiteral("Demo")));
        s.folder(0x101, kObjectFolder, 0x100, named(QStringLiteral("Same")));
        s.folder(0x102, kObjectFolder, 0x100, named(QStringLiteral("Same")));
        EXPECT_ISSUE(validate(s.data), QStringLiteral("PG-1122"));
        StreamBuilder spliced({{0x100, false, FidIpmSubtree, {}}}, true);
        spliced.folder(0x101, kObjectFolder, 0x100, named(QStringLiteral("Same")));
        spliced.folder(0x102, kObjectFolder, 0x100, named(QStringLiteral("Same")));
        QVERIFY(validate(spliced.data).valid);
    }

    void namedPropertyUsedBeforeDeclaration()
    {
        StreamBuilder s;
        Message m = mail();
        m.properties.set(0x8000001F, QStringLiteral("Room 1"));
        s.message(0x200, kUnanchored, m);
        s.namedProp(0x80000000, PropertyName::byId(PropertySet::appointment(), 0x8208));
        EXPECT_ISSUE(validate(s.data), QStringLiteral("frame 1: message: named property 0x8000001f is used without a prior declaration"));
    }

    void namedPropertyDeclaredInconsistently()
    {
        StreamBuilder s;
        s.namedProp(0x80000000, PropertyName::byId(PropertySet::appointment(), 0x8208));
        s.namedProp(0x80000000, PropertyName::byId(PropertySet::appointment(), 0x8208)); // repeat: fine
        s.namedProp(0x80000000, PropertyName::byString(PropertySet::publicStrings(), QStringLiteral("Keywords")));
        const Result r = validate(s.data);
        EXPECT_ISSUE(r, QStringLiteral("frame 3: propid 0x8000 is declared as"));
        QCOMPARE(r.issues.size(), 1);
    }

    void namedPropFrameHeader()
    {
        StreamBuilder s;
        s.namedProp(0x80000000, PropertyName::byId(PropertySet::appointment(), 0x8208), kObjectFolder, 0x100);
        EXPECT_ISSUE(validate(s.data), QStringLiteral("NAMEDPROP frame must have parent_type 0 and parent_fid 0 (§6.5)"));
        StreamBuilder t;
        t.namedProp(0x66000000, PropertyName::byId(PropertySet::appointment(), 0x8208));
        EXPECT_ISSUE(validate(t.data), QStringLiteral("outside 0x8000-0xFFFE"));
    }

    void booleanBytes()
    {
        StreamBuilder s;
        Message m = mail();
        m.properties.set(PR_RTF_IN_SYNC, true);
        s.message(0x200, kUnanchored, m);
        const qsizetype at = s.data.indexOf(QByteArray::fromHex("0b001f0e01"));
        QVERIFY(at > 0);
        s.data[at + 4] = 2;
        EXPECT_ISSUE(validate(s.data), QStringLiteral("offset 0x%1, frame 1: boolean property 0x0e1f000b has the byte 0x02").arg(QString::number(at + 4, 16).toUpper()));
    }

    void invalidUtf8()
    {
        StreamBuilder s;
        Message m = mail(QStringLiteral("abc"));
        s.message(0x200, kUnanchored, m);
        const qsizetype at = s.data.indexOf("abc");
        s.data[at + 1] = char(0xC3); // a lead byte followed by 'c': invalid
        EXPECT_ISSUE(validate(s.data), QStringLiteral("is not valid UTF-8 (§7.2)"));
    }

    void aclFlagsMustBeRowAdd()
    {
        StreamBuilder s;
        Folder f = named(QStringLiteral("Demo"));
        Permission p;
        p.flags = 0;
        p.properties.set(PR_SMTP_ADDRESS, QStringLiteral("u@x.example"));
        p.properties.set(PR_MEMBER_RIGHTS, qint32(0x7FB));
        f.permissions.append(p);
        Permission incomplete;
        incomplete.properties.set(PR_MEMBER_RIGHTS, qint32(1));
        f.permissions.append(incomplete);
        s.folder(0x100, 0, 0, f);
        const Result r = validate(s.data);
        EXPECT_ISSUE(r, QStringLiteral("ACL entry 1 has flags 0x00 instead of ROW_ADD"));
        EXPECT_ISSUE(r, QStringLiteral("ACL entry 2 lacks the grantee"));
    }

    void rfc5322TextMustParse()
    {
        StreamBuilder s;
        Message m = mail();
        m.rfc5322 = "this is not a mail\r\n\r\nbody";
        s.message(0x200, kUnanchored, m);
        EXPECT_ISSUE(validate(s.data), QStringLiteral("the RFC 5322 text is not an Internet message"));

        QVERIFY(rfc5322Problem("Subject: x\n\nbody").isEmpty());
        QVERIFY(rfc5322Problem("Subject: x\r\nX-Folded: a\r\n\tb\r\n").isEmpty());
        QVERIFY(!rfc5322Problem("\r\nbody").isEmpty());
        QVERIFY(!rfc5322Problem(" folded first\r\n\r\n").isEmpty());
        QVERIFY(!rfc5322Problem("From sender@example.com Mon Jan 1\r\nSubject: x\r\n\r\n").isEmpty());
        QVERIFY(!rfc5322Problem("Bad Name: x\r\n\r\n").isEmpty());
    }

    void reservedStringMustBeEmpty()
    {
        StreamBuilder s;
        s.message(0x200, kUnanchored, mail(), "junk");
        EXPECT_ISSUE(validate(s.data), QStringLiteral("reserved string"));
    }

    void attachDataObjBesideEmbeddedMessage()
    {
        // The encoder drops PR_ATTACH_DATA_OBJ for embedded attachments, so splice it in by hand.
        StreamBuilder s;
        Message m = mail();
        Attachment a(PropertyBag{{PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG}});
        a.embedded = std::make_unique<Message>(mail(QStringLiteral("inner")));
        m.attachments.append(a);
        QByteArray p;
        Encoder e(p);
        e.propertyList(m.properties);
        e.u8(1);
        e.u32(0);
        e.u8(1);
        e.u16(1);
        e.u16(2);
        e.u32(PR_ATTACH_METHOD);
        e.u32(ATTACH_EMBEDDED_MSG);
        e.u32(PR_ATTACH_DATA_OBJ);
        e.value(PR_ATTACH_DATA_OBJ, QByteArray("obj"));
        e.u8(1);
        e.messageContent(*a.embedded);
        e.u8(0);
        e.u8(0);
        s.frame(kObjectMessage, 0x200, 0, kUnanchored, p);
        EXPECT_ISSUE(validate(s.data), QStringLiteral("carries PR_ATTACH_DATA_OBJ next to its embedded message (§7.5)"));
    }

    void structuralErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        StreamBuilder base;
        const QByteArray header = base.data;
        auto withFrame = [&](quint32 type, const QByteArray &payload) {
            StreamBuilder s;
            s.frame(type, 0x100, 0, 0, payload);
            return s.data;
        };
        QTest::newRow("unknown frame type") << withFrame(7, QByteArray(4, 0)) << QStringLiteral("frame 1: unknown frame type 7 (PG-1117");
        QTest::newRow("PT_NULL") << withFrame(kObjectMessage, QByteArray::fromHex("01000100006600000000")) << QStringLiteral("PT_NULL");
        QTest::newRow("MVI type") << withFrame(kObjectMessage, QByteArray::fromHex("01000330006601000000")) << QStringLiteral("multi-value instance");
        QTest::newRow("unknown type") << withFrame(kObjectMessage, QByteArray::fromHex("01000301006601000000")) << QStringLiteral("unknown type 0x0103");
        QTest::newRow("leftover bytes") << withFrame(kObjectFolder, QByteArray::fromHex("0000 0000000000000000 ff")) << QStringLiteral("1 bytes are left over");
        QTest::newRow("missing trailer") << withFrame(kObjectMessage, QByteArray::fromHex("0000 00 00")) << QStringLiteral("PG-1113");
        QTest::newRow("absurd MV count") << withFrame(kObjectMessage, QByteArray::fromHex("01000310 0066 ffffffff")) << QStringLiteral("cannot fit");
        QTest::newRow("absurd ACL count") << withFrame(kObjectFolder, QByteArray::fromHex("0000 ffffffffffffffff")) << QStringLiteral("PG-1132");
        QTest::newRow("bad name kind") << withFrame(kFrameNamedProp, QByteArray::fromHex("02") + QByteArray(20, 0)) << QStringLiteral("neither MNID_ID");
        QTest::newRow("name size 0") << withFrame(kFrameNamedProp, QByteArray::fromHex("01") + QByteArray(16, 0) + QByteArray(1, 0)) << QStringLiteral("size 0");
        QTest::newRow("padded name") << withFrame(kFrameNamedProp, QByteArray::fromHex("01") + QByteArray(16, 0) + QByteArray::fromHex("04 61 00 00 00")) << QStringLiteral("does not match");
        QTest::newRow("short header") << withFrame(kObjectFolder, {}).left(header.size() + 8 + 10) << QStringLiteral("truncated");

        QByteArray zeroFrame = header + QByteArray(8, 0);
        QTest::newRow("frame size 0") << zeroFrame << QStringLiteral("frame 1: the frame size is 0 (PG-1121");
        QByteArray partialSize = header + QByteArray(5, 1);
        QTest::newRow("partial frame size") << partialSize << QStringLiteral("PG-1005");
        QByteArray huge = header + QByteArray::fromHex("ffffffffffffff7f") + QByteArray(100, 0);
        QTest::newRow("absurd frame size") << huge << QStringLiteral("exceeds the limit of 2 GiB");
        QByteArray truncated = header + QByteArray::fromHex("0000010000000000") + QByteArray(100, 0);
        QTest::newRow("truncated body") << truncated << QStringLiteral("PG-1006");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The input is empty");
        QTest::newRow("short magic") << QByteArray("GXM") << QStringLiteral("PG-1126");
        QTest::newRow("bad magic") << QByteArray("HELLO WORLD") << QStringLiteral("PG-1127");
        QTest::newRow("unsupported revision") << QByteArray("GXMT0002\0\0", 10) << QStringLiteral("GXMT0002");
        QTest::newRow("missing public flag") << QByteArray("GXMT0005\0", 9) << QStringLiteral("public-store flag byte is missing");
        QTest::newRow("bad splice flag") << QByteArray("GXMT0005\x02\0", 10) + QByteArray(16, 0) << QStringLiteral("splice flag is 0x02");
        QTest::newRow("fm_size 0") << QByteArray("GXMT0005\0\0", 10) + QByteArray(8, 0) << QStringLiteral("PG-1100");
        QByteArray leftoverMap = QByteArray("GXMT0005\0\0", 10) + QByteArray::fromHex("0900000000000000 0000000000000000 ff");
        QTest::newRow("folder map leftover") << leftoverMap << QStringLiteral("folder map: 1 bytes are left over");
        QByteArray mapTruncated = QByteArray("GXMT0005\0\0", 10) + QByteArray::fromHex("2000000000000000 0000000000000000");
        QTest::newRow("folder map truncated") << mapTruncated << QStringLiteral("PG-1002");
        QByteArray mapCount = QByteArray("GXMT0005\0\0", 10) + QByteArray::fromHex("0800000000000000 ffffffffffffffff");
        QTest::newRow("folder map absurd count") << mapCount << QStringLiteral("entries cannot fit");
        QByteArray noNameMap = QByteArray("GXMT0005\0\0", 10) + QByteArray::fromHex("0800000000000000 0000000000000000");
        QTest::newRow("name map missing") << noNameMap << QStringLiteral("PG-1003");
    }

    void structuralErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        EXPECT_ISSUE(validate(bytes), expected);
    }

    void folderMapRules()
    {
        StreamBuilder s({{0x100, true, FidIpmSubtree, QStringLiteral("A")},
                         {0x100, false, FidInbox, {}},
                         {0, false, FidInbox, {}},
                         {0x200, false, kUnanchored, {}},
                         {0x300, true, 0, QString()}});
        const Result r = validate(s.data);
        EXPECT_ISSUE(r, QStringLiteral("offset 0x2D: folder map: nid 0x100 appears twice"));
        EXPECT_ISSUE(r, QStringLiteral("folder map: nid 0 is reserved"));
        EXPECT_ISSUE(r, QStringLiteral("create = 0, which the importer mishandles (§4.4)"));
        EXPECT_ISSUE(r, QStringLiteral("target folder 0"));
        EXPECT_ISSUE(r, QStringLiteral("creates a folder without a name"));
    }

    void revisionIsEnforced()
    {
        StreamBuilder s;
        ValidatorOptions o;
        o.revision = Revision::V4;
        EXPECT_ISSUE(validate(s.data, o), QStringLiteral("but only \"GXMT0004\" is expected"));
        o.revision = Revision::V5;
        QVERIFY(validate(s.data, o).valid);
    }

    void olderRevisionsValidate()
    {
        for (Revision rev : {Revision::V3, Revision::V4}) {
            QByteArray out;
            QBuffer buffer(&out);
            buffer.open(QIODevice::WriteOnly);
            DeviceSink sink(&buffer);
            StreamHeader h;
            h.revision = rev;
            h.folderMap = {{0x100, true, FidIpmSubtree, QStringLiteral("Demo")}};
            Writer w(sink, h);
            QVERIFY(w.writeFolder(0x100, 0, 0, named(QStringLiteral("Demo"))));
            QVERIFY(w.writeMessage(0x200, 0x100, mail()));
            QVERIFY(w.writeMessage(0x201, kUnanchored, mail()));
            const Result r = validate(out);
            QVERIFY2(r.valid, qPrintable(r.issues.join(u'\n')));
            QCOMPARE(r.summary.revision, rev);
            QCOMPARE(r.summary.messages, quint64(2));
        }
    }
};

QTEST_GUILESS_MAIN(TestGxmtValidator)
#include "TestGxmtValidator.moc"
