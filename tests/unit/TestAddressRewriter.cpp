// addressing::AddressRewriter and AddressBook: EX (Exchange DN) addresses become SMTP from the
// item's own SMTP property or the book; unknown ones stay and are counted; nothing else changes.

#include "addressing/AddressRewriter.h"
#include "addressing/OneOffEntryId.h"
#include "mapi/Tags.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;
using namespace mig::addressing;

namespace {

const QString kAliceDn = QStringLiteral("/O=Example/OU=Exchange Administrative Group (FYDIBOHF23SPDLT)/CN=Recipients/CN=alice");
const QString kBobDn = QStringLiteral("/o=Example/ou=First Administrative Group/cn=Recipients/cn=bob");
const QString kNobodyDn = QStringLiteral("/O=Example/OU=Exchange Administrative Group (FYDIBOHF23SPDLT)/CN=Recipients/CN=nobody");

constexpr mapi::PropTag tag(quint16 id, quint16 type) { return mapi::makeTag(id, type); }

mapi::PropertyBag exRecipient(const QString &name, const QString &dn)
{
    return mapi::PropertyBag { { mapi::PR_RECIPIENT_TYPE, qint32(1) }, { mapi::PR_DISPLAY_NAME, name },
        { mapi::PR_ADDRTYPE, QStringLiteral("EX") }, { mapi::PR_EMAIL_ADDRESS, dn },
        { mapi::PR_ENTRYID, QByteArray("exchange address book entry id") } };
}

mapi::Message exchangeMessage()
{
    mapi::Message m;
    m.properties.set(mapi::PR_SUBJECT, QStringLiteral("Quarterly figures"));
    m.properties.set(mapi::PR_SENDER_NAME, QStringLiteral("Alice"));
    m.properties.set(tag(0x0C1E, mapi::PT_UNICODE), QStringLiteral("EX"));
    m.properties.set(mapi::PR_SENDER_EMAIL_ADDRESS, kAliceDn);
    m.properties.set(tag(0x5D01, mapi::PT_UNICODE), QStringLiteral("alice@example.com")); // the item knows it
    m.properties.set(mapi::PR_SENT_REPRESENTING_NAME, QStringLiteral("Bob"));
    m.properties.set(tag(0x0064, mapi::PT_UNICODE), QStringLiteral("EX"));
    m.properties.set(mapi::PR_SENT_REPRESENTING_EMAIL_ADDRESS, kBobDn);
    m.recipients = { exRecipient(QStringLiteral("Bob"), kBobDn.toLower()), exRecipient(QStringLiteral("Nobody"), kNobodyDn),
        mapi::PropertyBag { { mapi::PR_DISPLAY_NAME, QStringLiteral("Carol") }, { mapi::PR_ADDRTYPE, QStringLiteral("SMTP") },
            { mapi::PR_EMAIL_ADDRESS, QStringLiteral("carol@example.net") } } };
    mapi::Attachment forwarded(mapi::PropertyBag { { mapi::PR_ATTACH_METHOD, mapi::ATTACH_EMBEDDED_MSG } });
    forwarded.embedded = std::make_unique<mapi::Message>();
    forwarded.embedded->recipients = { exRecipient(QStringLiteral("Bob"), kBobDn) };
    m.attachments.append(std::move(forwarded));
    return m;
}

QString utf16At(const QByteArray &bytes, int *offset)
{
    QString text;
    while (*offset + 1 < bytes.size()) {
        const char16_t unit = char16_t(uchar(bytes[*offset]) | (uchar(bytes[*offset + 1]) << 8));
        *offset += 2;
        if (unit == 0)
            break;
        text.append(QChar(unit));
    }
    return text;
}

} // namespace

class TestAddressRewriter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rewritesWhatItCanResolve()
    {
        AddressBook book;
        book.add(QStringLiteral("X500:") + kBobDn, QStringLiteral("bob@example.com"));
        const AddressRewriter rewriter(book);
        const mapi::Message before = exchangeMessage();
        mapi::Message m = exchangeMessage();
        AddressStats stats;
        rewriter.rewrite(m, stats);

        // Sender: from the item's own PR_SENDER_SMTP_ADDRESS, no book needed.
        QCOMPARE(m.properties.string(tag(0x0C1E, mapi::PT_UNICODE)), QStringLiteral("SMTP"));
        QCOMPARE(m.properties.string(mapi::PR_SENDER_EMAIL_ADDRESS), QStringLiteral("alice@example.com"));
        QCOMPARE(m.properties.string(mapi::PR_SENDER_NAME), QStringLiteral("Alice"));
        QCOMPARE(m.properties.binary(tag(0x0C1D, mapi::PT_BINARY)), QByteArray("SMTP:ALICE@EXAMPLE.COM", 23));
        // Sent representing: from the book.
        QCOMPARE(m.properties.string(mapi::PR_SENT_REPRESENTING_EMAIL_ADDRESS), QStringLiteral("bob@example.com"));
        QCOMPARE(m.properties.string(tag(0x5D02, mapi::PT_UNICODE)), QStringLiteral("bob@example.com"));
        // Recipients: the lower-case DN matches, the unknown one stays as it was, SMTP is untouched.
        QCOMPARE(m.recipients[0].string(mapi::PR_ADDRTYPE), QStringLiteral("SMTP"));
        QCOMPARE(m.recipients[0].string(mapi::PR_SMTP_ADDRESS), QStringLiteral("bob@example.com"));
        QCOMPARE(m.recipients[0].binary(mapi::PR_ENTRYID), oneOffEntryId(QStringLiteral("Bob"), QStringLiteral("SMTP"), QStringLiteral("bob@example.com")));
        QCOMPARE(m.recipients[1], before.recipients[1]);
        QCOMPARE(m.recipients[2], before.recipients[2]);
        // Embedded messages too.
        QCOMPARE(m.attachments[0].embedded->recipients[0].string(mapi::PR_EMAIL_ADDRESS), QStringLiteral("bob@example.com"));
        // Nothing else.
        QCOMPARE(m.properties.string(mapi::PR_SUBJECT), QStringLiteral("Quarterly figures"));
        QCOMPARE(m.attachments[0].properties, before.attachments[0].properties);

        QCOMPARE(stats.rewrittenCount(), 4);
        QCOMPARE(stats.resolved.value(AddressBook::keyOf(kBobDn)).count, 3);
        QVERIFY(stats.resolved.value(AddressBook::keyOf(kAliceDn)).fromItem);
        QCOMPARE(stats.unresolved, (QMap<QString, int> { { kNobodyDn.toUpper(), 1 } }));
    }

    /// An SMTP address one item carries for a DN serves the source's later items that carry only the DN.
    void learnsFromEarlierItems()
    {
        const AddressRewriter rewriter { AddressBook() };
        AddressStats stats;
        mapi::Message first = exchangeMessage(); // its sender has alice's SMTP address
        rewriter.rewrite(first, stats);
        mapi::Message later;
        later.recipients = { exRecipient(QStringLiteral("Alice"), kAliceDn), exRecipient(QStringLiteral("Nobody"), kNobodyDn) };
        rewriter.rewrite(later, stats);
        QCOMPARE(later.recipients[0].string(mapi::PR_EMAIL_ADDRESS), QStringLiteral("alice@example.com"));
        QCOMPARE(later.recipients[1].string(mapi::PR_ADDRTYPE), QStringLiteral("EX"));
        QCOMPARE(stats.resolved.value(AddressBook::keyOf(kAliceDn)).count, 2);
        QCOMPARE(stats.unresolved.value(kNobodyDn.toUpper()), 2);
    }

    void oneOffEntryIdLayout()
    {
        const QByteArray id = oneOffEntryId(QStringLiteral("Bö"), QStringLiteral("SMTP"), QStringLiteral("b@x.org"));
        QCOMPARE(id.left(4), QByteArray(4, '\0'));
        QCOMPARE(id.mid(4, 16).toHex(), QByteArray("812b1fa4bea310199d6e00dd010f5402"));
        QCOMPARE(id.mid(20, 4).toHex(), QByteArray("00000190")); // version 0; unicode, don't look up, no rich info
        int offset = 24;
        QCOMPARE(utf16At(id, &offset), QStringLiteral("Bö"));
        QCOMPARE(utf16At(id, &offset), QStringLiteral("SMTP"));
        QCOMPARE(utf16At(id, &offset), QStringLiteral("b@x.org"));
        QCOMPARE(offset, id.size());
    }

    void addressMapCsv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Exchange DN;E-Mail\r\nX500:" + kAliceDn.toUtf8() + ";alice@example.com\r\n" + kBobDn.toUtf8()
            + ";bob@example.com\r\n");
        file.close();
        auto book = AddressBook::fromCsvFile(path);
        QVERIFY2(book, qPrintable(book.error().fullText()));
        QCOMPARE(book->size(), 2);
        QCOMPARE(book->smtpFor(kAliceDn.toLower()), QStringLiteral("alice@example.com"));
        QCOMPARE(book->smtpFor(QStringLiteral("EX:") + kBobDn), QStringLiteral("bob@example.com"));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("dn,smtp\n/o=x/cn=a,a@x.org\n/o=x/cn=b,not an address\n");
        file.close();
        auto bad = AddressBook::fromCsvFile(path);
        QVERIFY(!bad);
        QVERIFY2(bad.error().fullText().contains(path) && bad.error().fullText().contains(QStringLiteral("row 3")),
            qPrintable(bad.error().fullText()));
        QVERIFY(!AddressBook::fromCsvFile(dir.filePath(QStringLiteral("missing.csv"))));
    }

    void directoryUsers()
    {
        directory::UserRecord greta;
        greta.mail = QStringLiteral("greta@example.org");
        greta.exchangeDns = { kAliceDn, QStringLiteral("/o=Legacy/cn=gs") };
        directory::UserRecord noMail;
        noMail.exchangeDns = { kBobDn };
        AddressBook book;
        book.addDirectory({ greta, noMail });
        QCOMPARE(book.size(), 2);
        QCOMPARE(book.smtpFor(QStringLiteral("/O=LEGACY/CN=GS")), QStringLiteral("greta@example.org"));
        QVERIFY(book.smtpFor(kBobDn).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAddressRewriter)
#include "TestAddressRewriter.moc"
