// EX (Exchange DN) addresses of real Exchange exports rewritten to SMTP while converting, from an
// address map and from a real slapd whose entries carry legacyExchangeDN; unknown DNs unchanged and
// listed; nothing else altered; `inspect --addresses` lists the DNs with counts.

#include "SlapdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "mapi/Tags.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;
using namespace mig::test;

using mig::test::readAll;

namespace {

const QString kHongThaiDn = QStringLiteral(
    "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=POLYSPOT1.ONMICROSOFT.COM-50609-HONG-THAI.NG");

/// Every property id that belongs to an address (names excluded: they never change).
const QSet<quint16> kAddressIds {
    0x0C1E, 0x0C1F, 0x0C19, 0x0C1D, 0x5D01, // sender
    0x0064, 0x0065, 0x0041, 0x003B, 0x5D02, // sent representing
    0x0075, 0x0076, 0x003F, 0x0051, 0x5D07, // received by
    0x0077, 0x0078, 0x0043, 0x0052, 0x5D08, // received representing
    0x0066, 0x0067, 0x005B, 0x005C, 0x0068, 0x0069, 0x005E, 0x005F, // original sender / sent representing
    0x3002, 0x3003, 0x0FFF, 0x300B, 0x39FE, 0x5FF7, // recipient
};
const QList<std::pair<quint16, quint16>> kAddressTypeAndEmail {
    { 0x0C1E, 0x0C1F }, { 0x0064, 0x0065 }, { 0x0075, 0x0076 }, { 0x0077, 0x0078 }, { 0x0066, 0x0067 }, { 0x0068, 0x0069 } };

QString write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? path : QString();
}

QString stringOf(const mapi::PropertyBag &bag, quint16 id)
{
    const mapi::Property *p = bag.findId(id);
    const QString *s = p ? std::get_if<QString>(&p->value) : nullptr;
    return s ? *s : QString();
}

/// The ids whose values differ between two bags (missing on one side counts).
QSet<quint16> changedIds(const mapi::PropertyBag &a, const mapi::PropertyBag &b)
{
    QSet<quint16> changed;
    for (const mapi::Property &p : a) {
        const mapi::Property *q = b.find(p.tag);
        if (q == nullptr || q->value != p.value)
            changed.insert(p.id());
    }
    for (const mapi::Property &q : b)
        if (a.find(q.tag) == nullptr)
            changed.insert(q.id());
    return changed;
}

/// Walks a message and its embedded messages: every bag that is an address, with the EX DN it holds.
void exAddresses(const mapi::Message &m, QStringList &dns)
{
    for (const auto &[type, email] : kAddressTypeAndEmail)
        if (stringOf(m.properties, type) == QLatin1String("EX") && !stringOf(m.properties, email).isEmpty())
            dns.append(stringOf(m.properties, email).toUpper());
    for (const mapi::PropertyBag &r : m.recipients)
        if (stringOf(r, 0x3002) == QLatin1String("EX") && !stringOf(r, 0x3003).isEmpty())
            dns.append(stringOf(r, 0x3003).toUpper());
    for (const mapi::Attachment &a : m.attachments)
        if (a.embedded)
            exAddresses(*a.embedded, dns);
}

QStringList exAddresses(const ReadStream &stream)
{
    QStringList dns;
    for (const gxmt::Frame &f : stream.messages)
        exAddresses(f.message, dns);
    return dns;
}

/// Only address properties may differ between the plain and the rewritten conversion.
bool onlyAddressesChanged(const mapi::Message &a, const mapi::Message &b, QString &why)
{
    QSet<quint16> changed = changedIds(a.properties, b.properties);
    if (a.recipients.size() != b.recipients.size() || a.attachments.size() != b.attachments.size()) {
        why = QStringLiteral("recipient or attachment count differs");
        return false;
    }
    for (qsizetype i = 0; i < a.recipients.size(); ++i)
        changed += changedIds(a.recipients[i], b.recipients[i]);
    for (const quint16 id : std::as_const(changed)) {
        if (!kAddressIds.contains(id)) {
            why = QStringLiteral("property 0x%1 changed").arg(id, 4, 16, QLatin1Char('0'));
            return false;
        }
    }
    for (qsizetype i = 0; i < a.attachments.size(); ++i) {
        if (changedIds(a.attachments[i].properties, b.attachments[i].properties).size() > 0) {
            why = QStringLiteral("attachment %1 changed").arg(i);
            return false;
        }
        if (a.attachments[i].embedded && b.attachments[i].embedded
            && !onlyAddressesChanged(*a.attachments[i].embedded, *b.attachments[i].embedded, why))
            return false;
    }
    return true;
}

} // namespace

class TestExchangeAddresses final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SlapdFixture m_slapd;
    QString m_pst;
    ReadStream m_plain;

    ReadStream convert(const QString &name, const QStringList &extra, QJsonObject *summary = nullptr)
    {
        const QString out = m_dir.filePath(name);
        const ProcessResult r = runApp(
            QStringList { QStringLiteral("convert"), m_pst, QStringLiteral("-o"), out, QStringLiteral("--json") } + extra);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        if (summary)
            *summary = QJsonDocument::fromJson(r.out).object();
        return readStream(readAll(out));
    }

    void checkRewritten(const ReadStream &rewritten, const QString &smtp)
    {
        QVERIFY(rewritten.ok);
        QCOMPARE(rewritten.messages.size(), m_plain.messages.size());
        QVERIFY(exAddresses(m_plain).contains(kHongThaiDn));
        QVERIFY(!exAddresses(rewritten).contains(kHongThaiDn));
        int found = 0;
        for (qsizetype i = 0; i < m_plain.messages.size(); ++i) {
            QString why;
            QVERIFY2(onlyAddressesChanged(m_plain.messages[i].message, rewritten.messages[i].message, why), qPrintable(why));
            const mapi::PropertyBag &props = rewritten.messages[i].message.properties;
            if (stringOf(m_plain.messages[i].message.properties, 0x0076).toUpper() == kHongThaiDn) {
                QCOMPARE(stringOf(props, 0x0075), QStringLiteral("SMTP"));
                QCOMPARE(stringOf(props, 0x0076), smtp);
                ++found;
            }
        }
        QVERIFY(found > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        m_pst = testDataPath(QStringLiteral("pst/tika_testPST.pst"));
        m_plain = convert(QStringLiteral("plain.mt"), {});
        QVERIFY(m_plain.ok);
        QString error;
        QVERIFY2(m_slapd.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_slapd.stop(); }

    void addressMap()
    {
        const QString map = write(m_dir.filePath(QStringLiteral("map.csv")),
            "legacyExchangeDN,smtp\n" + kHongThaiDn.toLower().toUtf8() + ",hong-thai.ng@example.org\n");
        QJsonObject summary;
        const ReadStream rewritten
            = convert(QStringLiteral("mapped.mt"), { QStringLiteral("--address-map"), map }, &summary);
        checkRewritten(rewritten, QStringLiteral("hong-thai.ng@example.org"));
        const QJsonObject addresses
            = summary.value(QStringLiteral("sources")).toArray().first().toObject().value(QStringLiteral("addresses")).toObject();
        QCOMPARE(addresses.value(QStringLiteral("rewritten")).toInt(),
            int(exAddresses(m_plain).size() - exAddresses(rewritten).size()));
        // What the map does not know stays EX and is listed with its count.
        const QStringList left = exAddresses(rewritten);
        int listed = 0;
        for (const QJsonValue &u : addresses.value(QStringLiteral("unresolved")).toArray()) {
            const QJsonObject entry = u.toObject();
            QCOMPARE(int(left.count(entry.value(QStringLiteral("dn")).toString())), entry.value(QStringLiteral("count")).toInt());
            listed += entry.value(QStringLiteral("count")).toInt();
        }
        QCOMPARE(listed, int(left.size()));
    }

    /// A plan's address map serves `run`: the dry run converts every mailbox with it and
    /// report.json counts the same rewrites as `convert --address-map`.
    void runUsesThePlansAddressMap()
    {
        const QString map = write(m_dir.filePath(QStringLiteral("run-map.csv")),
            kHongThaiDn.toUtf8() + ",hong-thai.ng@example.org\n");
        QJsonObject summary;
        convert(QStringLiteral("run-reference.mt"), { QStringLiteral("--address-map"), map }, &summary);
        const int expected = summary.value(QStringLiteral("sources")).toArray().first().toObject()
                                 .value(QStringLiteral("addresses")).toObject().value(QStringLiteral("rewritten")).toInt();
        QVERIFY(expected > 0);
        const QString plan = m_dir.filePath(QStringLiteral("plan.json"));
        const ProcessResult planned = runApp({ QStringLiteral("plan"), QStringLiteral("--ssh"), QStringLiteral("nobody@127.0.0.1"),
            QStringLiteral("--job"), m_pst + QStringLiteral("=hong@example.org"), QStringLiteral("--address-map"), map,
            QStringLiteral("-o"), plan });
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const ProcessResult run = runApp({ QStringLiteral("run"), plan, QStringLiteral("--dry-run"), QStringLiteral("--json"),
            QStringLiteral("--run-dir"), m_dir.filePath(QStringLiteral("run")) });
        QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
        const QJsonObject mailbox = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("mailboxes")).toArray()
                                        .first().toObject();
        QCOMPARE(mailbox.value(QStringLiteral("addresses")).toObject().value(QStringLiteral("rewritten")).toInt(), expected);
    }

    void directory()
    {
        const QString password = write(m_dir.filePath(QStringLiteral("pw")), SlapdFixture::readerPassword().toUtf8());
        const ReadStream rewritten = convert(QStringLiteral("directory.mt"),
            { QStringLiteral("--ldap"), m_slapd.uri(), QStringLiteral("--base"), QStringLiteral("ou=ad,dc=example,dc=org"),
                QStringLiteral("--preset"), QStringLiteral("ad"), QStringLiteral("--bind-dn"), SlapdFixture::readerDn(),
                QStringLiteral("--password-file"), password });
        checkRewritten(rewritten, QStringLiteral("greta.svensson@example.org"));
    }

    /// Before any run: the distinct DNs of an OST with hundreds of them, counted as often as the
    /// converted stream (every folder, hidden and associated items included) carries them.
    void inspectListsTheDns()
    {
        const QString ost = testDataPath(QStringLiteral("pst/aspose_SampleOstFile.ost"));
        const ProcessResult r = runApp({ QStringLiteral("inspect"), ost, QStringLiteral("--addresses"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        const QJsonArray list = json.value(QStringLiteral("addresses")).toArray();
        QVERIFY(list.size() > 1);
        QMap<QString, int> listed;
        for (const QJsonValue &v : list)
            listed.insert(v.toObject().value(QStringLiteral("dn")).toString(), v.toObject().value(QStringLiteral("count")).toInt());

        const QString out = m_dir.filePath(QStringLiteral("ost.mt"));
        QVERIFY(runApp({ QStringLiteral("convert"), ost, QStringLiteral("-o"), out, QStringLiteral("--with-hidden"),
                            QStringLiteral("--with-associated") })
                    .exitCode
            != 1);
        QMap<QString, int> inStream;
        for (const QString &dn : exAddresses(readStream(readAll(out))))
            ++inStream[dn];
        // DNs the item itself resolves (it carries the SMTP address) are listed as resolved; the
        // stream still has them as EX because convert ran without rewriting.
        QCOMPARE(listed, inStream);

        const ProcessResult text = runApp({ QStringLiteral("inspect"), ost, QStringLiteral("--addresses") });
        const QByteArray expected = "Exchange (EX) addresses: " + QByteArray::number(listed.size()) + " distinct";
        QVERIFY2(text.out.contains(expected), text.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestExchangeAddresses)
#include "TestExchangeAddresses.moc"
