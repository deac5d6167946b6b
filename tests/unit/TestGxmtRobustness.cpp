// Garbage in, clean error out: every truncation of a valid stream and thousands of random byte
// flips must give a precise validator error (never a crash, a hang or a huge allocation).
// Built with AddressSanitizer and UndefinedBehaviorSanitizer (see TestGxmtSanitized.cmake).
#include "TestEnvironment.h"

#include "gxmt/Reader.h"
#include "gxmt/Validator.h"
#include "gxmt/Writer.h"
#include "mapi/Tags.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;
using namespace mig::gxmt;
using namespace mig::mapi;

namespace {

/// Where a cut leaves a complete, shorter stream: after the header and after every frame.
QSet<qsizetype> frameBoundaries(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer);
    QSet<qsizetype> out;
    if (!reader.readHeader())
        return out;
    out.insert(qsizetype(reader.position()));
    for (auto f = reader.next(); f && *f; f = reader.next())
        out.insert(qsizetype((*f)->offset + 8 + (*f)->size));
    return out;
}

/// A read-only sequential device that hands out at most a few bytes per read, like a pipe.
class TricklingDevice final : public QIODevice {
public:
    explicit TricklingDevice(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, 7, m_bytes.size() - m_pos});
        memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

/// A stream with every kind of content: map entries, ACLs, named properties, recipients,
/// attachments, nested embedded messages, RFC 5322 text.
MemorySink sampleStream()
{
    MemorySink sink;
    StreamHeader header;
    header.folderMap = {{0x100, true, FidIpmSubtree, QStringLiteral("Import of sample")}, {0x10, false, FidContacts, {}}};
    Writer writer(sink, header);
    auto names = std::make_shared<NamedPropertyMap>();
    names->insert(0x8100, PropertyName::byId(PropertySet::appointment(), 0x8208));
    names->insert(0x8101, PropertyName::byString(PropertySet::publicStrings(), QStringLiteral("Keywords")));

    Folder root;
    root.properties.set(PR_DISPLAY_NAME, QStringLiteral("Root"));
    Permission p;
    p.properties.set(PR_SMTP_ADDRESS, QStringLiteral("u@x.example"));
    p.properties.set(PR_MEMBER_RIGHTS, qint32(0x7FB));
    root.permissions.append(p);
    (void)writer.writeFolder(0x100, kObjectStore, 0, root);
    Folder sub;
    sub.properties.set(PR_DISPLAY_NAME, QString::fromUtf8("Ünterordner"));
    sub.properties.set(PR_ATTR_HIDDEN, false);
    (void)writer.writeFolder(0x101, kObjectFolder, 0x100, sub);

    for (int i = 0; i < 3; ++i) {
        Message m;
        m.namedProperties = names;
        m.properties.set(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
        m.properties.set(PR_SUBJECT, QStringLiteral("Message %1 😀").arg(i));
        m.properties.set(PR_MESSAGE_FLAGS, qint32(MSGFLAG_READ));
        m.properties.set(PR_CLIENT_SUBMIT_TIME, qint64(0x01D9000000000000));
        m.properties.set(makeTag(0x8100, PT_UNICODE), QStringLiteral("Room"));
        m.properties.set(makeTag(0x8101, PT_MV_UNICODE), QList<QString>{QStringLiteral("Red"), QStringLiteral("Blue")});
        m.properties.set(makeTag(0x6600, PT_MV_LONG), QList<qint32>{1, 2, 3});
        m.properties.set(makeTag(0x6601, PT_SVREID), SvrEid{true, {}, 1, 2, 3});
        m.properties.set(makeTag(0x6602, PT_CLSID), PropertySet::common());
        m.recipients.append(PropertyBag{{PR_RECIPIENT_TYPE, qint32(1)}, {PR_DISPLAY_NAME, QStringLiteral("To")}});
        m.recipients.append(PropertyBag{{PR_RECIPIENT_TYPE, qint32(2)}, {PR_SMTP_ADDRESS, QStringLiteral("cc@x.example")}});
        m.attachments.append(Attachment(PropertyBag{{PR_ATTACH_METHOD, ATTACH_BY_VALUE}, {PR_ATTACH_DATA_BIN, QByteArray(40, 'a')}}));
        Attachment e(PropertyBag{{PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG}});
        e.embedded = std::make_unique<Message>();
        e.embedded->properties.set(PR_SUBJECT, QStringLiteral("inner"));
        e.embedded->properties.set(PR_RTF_IN_SYNC, true);
        Attachment e2(PropertyBag{{PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG}});
        e2.embedded = std::make_unique<Message>();
        e2.embedded->properties.set(PR_BODY, QStringLiteral("innermost"));
        e.embedded->attachments.append(e2);
        m.attachments.append(e);
        if (i == 1)
            m.rfc5322 = "Subject: Message 1\r\nFrom: a@x.example\r\n\r\nbody\r\n";
        (void)writer.writeMessage(0x200 + quint64(i), i == 2 ? 0x10 : 0x101, m);
    }
    return sink;
}

struct Outcome {
    bool valid = false;
    QString firstIssue;
};

Outcome validate(QIODevice *device)
{
    Validator v;
    Outcome o;
    o.valid = v.run(device);
    if (!v.issues().isEmpty())
        o.firstIssue = v.issues().first().text;
    return o;
}

Outcome validateBytes(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return validate(&buffer);
}

bool isPreciseError(const QString &text)
{
    return text.startsWith(QLatin1String("offset 0x")) || text.contains(QLatin1String("The input is empty"));
}

} // namespace

class TestGxmtRobustness final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sampleIsValid()
    {
        const MemorySink s = sampleStream();
        const Outcome o = validateBytes(s.data());
        QVERIFY2(o.valid, qPrintable(o.firstIssue));
        QVERIFY(s.data().size() > 1000);
        QCOMPARE(frameBoundaries(s.data()).size(), 1 + 2 + 2 + 3); // header, folders, declarations, messages
    }

    void everyTruncation()
    {
        const MemorySink s = sampleStream();
        // A stream cut exactly after the header or after a complete frame is a shorter valid stream.
        const QSet<qsizetype> boundaries = frameBoundaries(s.data());
        for (qsizetype len = 0; len < s.data().size(); ++len) {
            const Outcome o = validateBytes(s.data().left(len));
            if (boundaries.contains(len)) {
                QVERIFY2(o.valid, qPrintable(QStringLiteral("cut at %1: %2").arg(len).arg(o.firstIssue)));
            } else {
                QVERIFY2(!o.valid, qPrintable(QStringLiteral("cut at %1 accepted").arg(len)));
                QVERIFY2(isPreciseError(o.firstIssue), qPrintable(o.firstIssue));
            }
        }
    }

    void everyTruncationThroughAPipe()
    {
        // The same through a sequential device that delivers a few bytes at a time.
        const MemorySink s = sampleStream();
        const QSet<qsizetype> boundaries = frameBoundaries(s.data());
        for (qsizetype len = 0; len < s.data().size(); len += 3) {
            TricklingDevice device(s.data().left(len));
            const Outcome o = validate(&device);
            QCOMPARE(o.valid, boundaries.contains(len));
            if (!o.valid)
                QVERIFY2(isPreciseError(o.firstIssue), qPrintable(o.firstIssue));
        }
    }

    void randomByteFlips()
    {
        const MemorySink s = sampleStream();
        QRandomGenerator random(20261128); // fixed seed: reproducible
        int rejected = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray bytes = s.data();
            const int flips = 1 + int(random.bounded(4));
            for (int i = 0; i < flips; ++i) {
                const qsizetype at = random.bounded(bytes.size());
                // Half the time one bit, half the time a whole random byte (sizes, counts, tags).
                if (random.bounded(2))
                    bytes[at] = char(bytes[at] ^ (1 << random.bounded(8)));
                else
                    bytes[at] = char(random.bounded(256));
            }
            const Outcome o = round % 4 == 0 ? [&] {
                TricklingDevice device(bytes);
                return validate(&device);
            }()
                                             : validateBytes(bytes);
            if (!o.valid) {
                ++rejected;
                QVERIFY2(isPreciseError(o.firstIssue), qPrintable(o.firstIssue));
            }
        }
        // Most flips hit sizes, counts, tags, UTF-8 or flags; some only change a value.
        QVERIFY2(rejected > 1000, qPrintable(QString::number(rejected)));
    }

    void absurdSizesDoNotAllocate()
    {
        // A frame announcing almost 2 GiB on a pipe that then ends: read in slices, fail fast.
        const MemorySink s = sampleStream();
        const QSet<qsizetype> boundaries = frameBoundaries(s.data());
        QByteArray bytes = s.data().left(*std::min_element(boundaries.cbegin(), boundaries.cend())); // header only
        bytes += QByteArray::fromHex("00000070000000000000") + QByteArray(64, 'x');
        TricklingDevice device(bytes);
        const Outcome o = validate(&device);
        QVERIFY(!o.valid);
        QVERIFY2(o.firstIssue.contains(QLatin1String("PG-1006")), qPrintable(o.firstIssue));
    }

    void verifyMtRejectsCorruptFiles()
    {
        const MemorySink s = sampleStream();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString good = dir.filePath(QStringLiteral("good.mt"));
        const QString cut = dir.filePath(QStringLiteral("cut.mt"));
        const QString flipped = dir.filePath(QStringLiteral("flipped.mt"));
        auto save = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QByteArray bad = s.data();
        // The splice flag of the header becomes 7.
        bad[8] = 7;
        QVERIFY(save(good, s.data()));
        QVERIFY(save(cut, s.data().left(s.data().size() - 5)));
        QVERIFY(save(flipped, bad));

        const auto ok = mig::test::runApp({QStringLiteral("verify-mt"), good});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("messages: 3"));

        const auto truncated = mig::test::runApp({QStringLiteral("verify-mt"), cut});
        QVERIFY(!truncated.crashed);
        QCOMPARE(truncated.exitCode, 1);
        QVERIFY2(truncated.err.contains("frame 7: the frame body is truncated"), truncated.err.constData());
        QVERIFY(truncated.err.contains("PG-1006"));

        const auto flag = mig::test::runApp({QStringLiteral("verify-mt"), flipped});
        QCOMPARE(flag.exitCode, 1);
        QVERIFY2(flag.err.contains("offset 0x08, header: the splice flag is 0x07"), flag.err.constData());

        const auto garbage = mig::test::runApp({QStringLiteral("verify-mt"), QStringLiteral("-")}, QByteArray(5000, '\xff'));
        QCOMPARE(garbage.exitCode, 1);
        QVERIFY(garbage.err.contains("PG-1127"));
    }
};

QTEST_GUILESS_MAIN(TestGxmtRobustness)
#include "TestGxmtRobustness.moc"
