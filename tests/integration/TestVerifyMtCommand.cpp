// `grommunio-migrate verify-mt`, run as the built executable: file and standard input,
// summary on stdout, --dump, exit codes 0 / 1 (with the offset) / 2.
#include "TestEnvironment.h"

#include "gxmt/Writer.h"
#include "mapi/Tags.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace mig;
using namespace mig::gxmt;
using namespace mig::mapi;

namespace {

/// A small mailbox: one folder under a created root, two messages, a named property, an
/// embedded message. messagesWithPayload adds that many extra messages with 64 KiB each.
QByteArray mailbox(int messagesWithPayload = 0)
{
    MemorySink sink;
    StreamHeader header;
    header.folderMap = {{0x100, true, FidIpmSubtree, QStringLiteral("Import of test.pst")}};
    Writer writer(sink, header);
    Folder root;
    root.properties.set(PR_DISPLAY_NAME, QStringLiteral("Root"));
    Folder inbox;
    inbox.properties.set(PR_DISPLAY_NAME, QStringLiteral("Posteingang"));
    inbox.properties.set(PR_CONTAINER_CLASS, QStringLiteral("IPF.Note"));
    if (!writer.writeFolder(0x100, kObjectStore, 0, root) || !writer.writeFolder(0x101, kObjectFolder, 0x100, inbox))
        return {};
    auto names = std::make_shared<NamedPropertyMap>();
    names->insert(0x8005, PropertyName::byId(PropertySet::appointment(), 0x8208));
    Message m;
    m.namedProperties = names;
    m.properties.set(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    m.properties.set(PR_SUBJECT, QString::fromUtf8("Grüße"));
    m.properties.set(makeTag(0x8005, PT_UNICODE), QStringLiteral("Room 1"));
    m.recipients.append(PropertyBag{{PR_RECIPIENT_TYPE, qint32(1)}, {PR_SMTP_ADDRESS, QStringLiteral("alice@example.com")}});
    Attachment a(PropertyBag{{PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG}});
    a.embedded = std::make_unique<Message>();
    a.embedded->properties.set(PR_SUBJECT, QStringLiteral("inner"));
    m.attachments.append(a);
    if (!writer.writeMessage(0x200, 0x101, m))
        return {};
    Message plain;
    plain.properties.set(PR_SUBJECT, QStringLiteral("second"));
    if (!writer.writeMessage(0x201, kUnanchored, plain))
        return {};
    for (int i = 0; i < messagesWithPayload; ++i) {
        Message big;
        big.properties.set(PR_SUBJECT, QStringLiteral("payload %1").arg(i));
        big.attachments.append(Attachment(PropertyBag{{PR_ATTACH_DATA_BIN, QByteArray(64 * 1024, char('a' + i % 26))}}));
        if (!writer.writeMessage(0x1000 + quint64(i), 0x101, big))
            return {};
    }
    return sink.data();
}

} // namespace

class TestVerifyMtCommand final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_valid = m_dir.filePath(QStringLiteral("valid.mt"));
        QFile f(m_valid);
        QVERIFY(f.open(QIODevice::WriteOnly));
        m_bytes = mailbox();
        QVERIFY(!m_bytes.isEmpty());
        QCOMPARE(f.write(m_bytes), m_bytes.size());
    }

    void validFile()
    {
        const auto r = test::runApp({QStringLiteral("verify-mt"), m_valid});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QByteArray expectedHead = "Valid GXMT0005 stream: " + QByteArray::number(m_bytes.size()) + " bytes, 5 frames";
        QVERIFY2(r.out.startsWith(expectedHead), r.out.constData());
        QVERIFY(r.out.contains("folders: 2\n"));
        QVERIFY(r.out.contains("messages: 2\n"));
        QVERIFY(r.out.contains("recipients: 1\n"));
        QVERIFY(r.out.contains("attachments: 1\n"));
        QVERIFY(r.out.contains("embedded messages: 1\n"));
        QVERIFY(r.out.contains("named properties: 1\n"));
    }

    void standardInput()
    {
        const auto r = test::runApp({QStringLiteral("verify-mt"), QStringLiteral("-")}, m_bytes);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("messages: 2\n"));
        const auto implicit = test::runApp({QStringLiteral("verify-mt")}, m_bytes);
        QCOMPARE(implicit.exitCode, 0);
        QCOMPARE(implicit.out, r.out);
    }

    void largeStreamOnStandardInput()
    {
        const QByteArray big = mailbox(300); // about 19 MiB through the pipe
        QVERIFY(big.size() > 18 * 1024 * 1024);
        const auto r = test::runApp({QStringLiteral("verify-mt"), QStringLiteral("-")}, big);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("messages: 302\n"), r.out.constData());
        QVERIFY(r.out.contains(QByteArray(QByteArray::number(big.size()) + " bytes")));
    }

    void dump()
    {
        const auto r = test::runApp({QStringLiteral("verify-mt"), QStringLiteral("--dump"), m_valid});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("GXMT0005  splice 0  public 0\n")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("  nid 0x100  create 1  target 0x9  \"Import of test.pst\"\n")));
        QVERIFY(out.contains(QStringLiteral("folder nid 0x101  parent 0x100 (type 3)\n")));
        QVERIFY(out.contains(QStringLiteral("  0x3001001F PT_UNICODE = \"Posteingang\"\n")));
        QVERIFY(out.contains(QStringLiteral("namedprop 0x80000000 = {00062002-0000-0000-C000-000000000046}:0x8208\n")));
        QVERIFY(out.contains(QStringLiteral("message nid 0x200  parent 0x101 (type 3)\n")));
        QVERIFY(out.contains(QString::fromUtf8("  0x0037001F PT_UNICODE = \"Grüße\"\n")));
        QVERIFY(out.contains(QStringLiteral("  0x8000001F PT_UNICODE {00062002-0000-0000-C000-000000000046}:0x8208 = \"Room 1\"\n")));
        QVERIFY(out.contains(QStringLiteral("  recipient 1\n    0x0C150003 PT_LONG = 1 (0x1)\n")));
        QVERIFY(out.contains(QStringLiteral("  attachment 1\n    0x37050003 PT_LONG = 5 (0x5)\n    embedded message\n      0x0037001F PT_UNICODE = \"inner\"\n")));
        QVERIFY(out.contains(QStringLiteral("message nid 0x201  parent 0xFFFFFFFFFFFFFFFF (type 0)\n")));
        QVERIFY(out.contains(QStringLiteral("Valid GXMT0005 stream")));
    }

    void invalidInput()
    {
        QByteArray bad = m_bytes;
        // The first folder frame starts right after the header: make its nid 0 (reserved).
        const qsizetype frameBody = bad.indexOf(QByteArray::fromHex("03000000000100000000000001000000"));
        QVERIFY(frameBody > 0);
        bad[frameBody + 5] = 0;
        const auto r = test::runApp({QStringLiteral("verify-mt"), QStringLiteral("-")}, bad);
        QCOMPARE(r.exitCode, 1);
        const QByteArray expected = "standard input: offset 0x" + QByteArray::number(frameBody, 16).toUpper()
                                    + ", frame 1: folder nid 0x0 is reserved (§6.7)";
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QVERIFY(r.out.isEmpty());

        const auto truncated = test::runApp({QStringLiteral("verify-mt")}, m_bytes.left(m_bytes.size() - 1));
        QCOMPARE(truncated.exitCode, 1);
        QVERIFY2(truncated.err.contains("frame 5: the frame body is truncated"), truncated.err.constData());

        const auto missing = test::runApp({QStringLiteral("verify-mt"), m_dir.filePath(QStringLiteral("missing.mt"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("Cannot open"));

        const auto wrongRevision = test::runApp({QStringLiteral("verify-mt"), QStringLiteral("--revision"), QStringLiteral("4"), m_valid});
        QCOMPARE(wrongRevision.exitCode, 1);
        QVERIFY(wrongRevision.err.contains("only \"GXMT0004\" is expected"));
    }

    void usage()
    {
        QCOMPARE(test::runApp({QStringLiteral("verify-mt"), QStringLiteral("--revision"), QStringLiteral("7"), m_valid}).exitCode, 2);
        QCOMPARE(test::runApp({QStringLiteral("verify-mt"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(test::runApp({QStringLiteral("verify-mt"), m_valid, m_valid}).exitCode, 2);
        const auto help = test::runApp({QStringLiteral("verify-mt"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--dump"));
        QVERIFY(help.out.contains("--revision"));
    }

private:
    QTemporaryDir m_dir;
    QString m_valid;
    QByteArray m_bytes;
};

QTEST_GUILESS_MAIN(TestVerifyMtCommand)
#include "TestVerifyMtCommand.moc"
