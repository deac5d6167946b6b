// IMAP accounts as sources of the command line, against a real Dovecot (DovecotFixture) and the
// real sshd fixture: `convert imaps://...` writes a stream verify-mt accepts with every message,
// `inspect` lists the folders (imaps://, and imap:// with STARTTLS), an untrusted certificate is
// refused with its fingerprint and accepted with --tls-fingerprint, a wrong password names user and
// host, `plan` stores the account without a secret and `run --dry-run` reads it with
// --source-password-file, and `import` streams the account into the importer stand-in over SSH,
// where every message frame matches one message Dovecot holds (doveadm fetch: Message-ID, flags,
// INTERNALDATE, size). A 100 MB message arrives whole. The password never shows in any output,
// plan or run file.

#include "DovecotFixture.h"
#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "mapi/Tags.h"
#include "mapping/SourceScanner.h"
#include "sources/mime/MimeTags.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;

using mig::test::readAll;
using mig::test::writeFile;

namespace {

/// A message of at least bytes bytes: one base64 attachment (of zero bytes, as "A" decodes) that
/// makes up nearly all of it.
QByteArray largeMessage(qsizetype bytes)
{
    QByteArray message = "From: Bob <bob@example.org>\r\nTo: big@example.com\r\nSubject: 100 MB\r\n"
                         "Message-ID: <hundred-megabytes@example.org>\r\nDate: Tue, 5 Dec 2023 09:00:00 +0000\r\n"
                         "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                         "Content-Type: text/plain\r\n\r\nSee the attachment.\r\n--b\r\n"
                         "Content-Type: application/octet-stream; name=\"zeros.bin\"\r\n"
                         "Content-Disposition: attachment; filename=\"zeros.bin\"\r\n"
                         "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray line = QByteArray(76, 'A') + "\r\n";
    message.reserve(bytes + line.size() + 16);
    while (message.size() < bytes)
        message += line;
    return message + "--b--\r\n";
}

bool hasFlag(const QString &flags, const char *flag)
{
    return flags.split(QLatin1Char(' ')).contains(QLatin1String(flag), Qt::CaseInsensitive);
}

/// A message frame's differences from the message Dovecot holds; empty when they match. The
/// expectations are the issue's: \Seen is the read flag, \Flagged a follow-up flag, \Answered
/// (or $Forwarded) the last verb, INTERNALDATE the delivery time, and the frame carries the
/// message's text as IMAP delivers it (RFC822.SIZE bytes) less a leading mbox "From " line, which
/// is no header field (Dovecot keeps it when a sample file with one is saved). A message whose
/// header Gromox could not read back travels without its text (the conversion warns); then its
/// PR_MESSAGE_SIZE tells the size of the text it was converted from.
QStringList differences(const gxmt::Frame &frame, const test::DovecotFixture::Held &held)
{
    using namespace mig::mapi;
    const PropertyBag &p = frame.message.properties;
    QStringList wrong;
    if (p.string(PR_INTERNET_MESSAGE_ID).value_or(QString()) != held.messageId)
        wrong << QStringLiteral("Message-ID %1").arg(p.string(PR_INTERNET_MESSAGE_ID).value_or(QString()));
    const qint64 text = frame.message.rfc5322.isEmpty() ? p.int32(PR_MESSAGE_SIZE).value_or(-1)
                                                        : frame.message.rfc5322.size();
    if (text != held.size - held.envelope)
        wrong << QStringLiteral("text of %1 bytes, not %2").arg(text).arg(held.size - held.envelope);
    const bool read = (p.int32(PR_MESSAGE_FLAGS).value_or(0) & MSGFLAG_READ) != 0;
    if (read != hasFlag(held.flags, "\\Seen"))
        wrong << QStringLiteral("read %1").arg(read);
    const bool flagged = p.int32(mime::PR_FLAG_STATUS) == mime::FOLLOWUP_FLAGGED;
    if (flagged != hasFlag(held.flags, "\\Flagged"))
        wrong << QStringLiteral("flagged %1").arg(flagged);
    const std::optional<qint32> verb = p.int32(mime::PR_LAST_VERB_EXECUTED);
    const std::optional<qint32> expectedVerb = hasFlag(held.flags, "$Forwarded")
        ? std::optional<qint32>(mime::EXCHIVERB_FORWARD)
        : hasFlag(held.flags, "\\Answered") ? std::optional<qint32>(mime::EXCHIVERB_REPLYTOSENDER) : std::nullopt;
    if (verb != expectedVerb)
        wrong << QStringLiteral("last verb %1").arg(verb.value_or(-1));
    constexpr qint64 kFileTimeOf1970 = 11644473600LL;
    const qint64 delivered = p.int64(PR_MESSAGE_DELIVERY_TIME).value_or(0) / 10000000LL - kFileTimeOf1970;
    if (delivered != held.received)
        wrong << QStringLiteral("delivered at %1, not %2").arg(delivered).arg(held.received);
    return wrong;
}

} // namespace

class TestImapCommands final : public QObject {
    Q_OBJECT

private:
    test::DovecotFixture m_dovecot;
    QTemporaryDir m_dir;
    QString m_passwordFile;

    QString url() const
    {
        return QStringLiteral("imaps://%1@%2:%3").arg(m_dovecot.user(), m_dovecot.host()).arg(m_dovecot.imapsPort());
    }

    QStringList trusted() const
    {
        return { QStringLiteral("--source-ca-file"), m_dovecot.caCertFile(), QStringLiteral("--source-password-file"),
            m_passwordFile };
    }

    /// Messages Dovecot holds that a conversion sends: every seeded one.
    int seededCount() const { return int(m_dovecot.seeded().size()); }

    void verifyNoPassword(const test::ProcessResult &r)
    {
        const QByteArray password = m_dovecot.password().toUtf8();
        QVERIFY(!r.out.contains(password));
        QVERIFY(!r.err.contains(password));
    }

    /// `import` of the account into the importer stand-in of a real sshd (spliced); *stream is
    /// what the importer received. False (with *error) when the sshd does not start.
    bool importOverSsh(test::ProcessResult *imported, QByteArray *stream, QString *error)
    {
        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        test::SshdFixture sshd(options);
        if (!sshd.start(error))
            return false;
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        if (!writeFile(knownHosts, sshd.knownHostsLine())) {
            *error = QStringLiteral("cannot write ") + knownHosts;
            return false;
        }
        *imported = test::runApp(QStringList { QStringLiteral("import"), url(), QStringLiteral("--to"),
            QStringLiteral("alice@example.com"), QStringLiteral("--splice"), QStringLiteral("--ssh"), sshd.destination(),
            QStringLiteral("--identity"), sshd.clientKeyFile(), QStringLiteral("--known-hosts"), knownHosts }
            + trusted());
        *stream = sshd.recordedStream();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        if (!QFileInfo::exists(QStringLiteral("/usr/sbin/dovecot")))
            QSKIP("dovecot-imapd is not installed");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_dovecot.start(&error), qPrintable(error));
        QVERIFY2(m_dovecot.seedSamples(&error), qPrintable(error));
        m_passwordFile = m_dir.filePath(QStringLiteral("imap-password"));
        QVERIFY(writeFile(m_passwordFile, m_dovecot.password().toUtf8() + '\n'));
    }

    void convertWritesAStreamVerifyMtAccepts()
    {
        const QString out = m_dir.filePath(QStringLiteral("account.mt"));
        const test::ProcessResult converted
            = test::runApp(QStringList { QStringLiteral("convert"), url(), QStringLiteral("-o"), out } + trusted());
        QVERIFY2(converted.exitCode == 0, converted.err.constData());
        verifyNoPassword(converted);
        const test::ReadStream stream = test::readStream(readAll(out));
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QCOMPARE(int(stream.messages.size()), seededCount());
        QVERIFY(stream.folders.size() >= 7); // root, INBOX, Archiv, Archiv/2023, Archiv/Größe & Co, Entwürfe, Sent ...
        const test::ProcessResult verified = test::runApp({ QStringLiteral("verify-mt"), out });
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
    }

    void inspectTakesThePasswordFromTheEnvironment()
    {
        qputenv("MIG_IMAP_PASSWORD", m_dovecot.password().toUtf8());
        const test::ProcessResult inspected = test::runApp({ QStringLiteral("inspect"), url(),
            QStringLiteral("--source-ca-file"), m_dovecot.caCertFile(), QStringLiteral("--json") });
        qunsetenv("MIG_IMAP_PASSWORD");
        QVERIFY2(inspected.exitCode == 0, inspected.err.constData());
        verifyNoPassword(inspected);
        QVERIFY2(inspected.out.contains("\"INBOX\""), inspected.out.constData());
        QVERIFY(inspected.out.contains("Archiv/2023"));
        // Without any password (no file, no variable, no terminal) the error says whose is missing.
        const test::ProcessResult none = test::runApp(
            { QStringLiteral("inspect"), url(), QStringLiteral("--source-ca-file"), m_dovecot.caCertFile() });
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(url().toUtf8()), none.err.constData());
    }

    void inspectOverStartTlsWithTheCaFile()
    {
        // imap:// is STARTTLS on the plain port: the listing comes over TLS, verified against the
        // throw-away CA; without that CA the upgraded connection is refused with the fingerprint.
        const QString starttls
            = QStringLiteral("imap://%1@%2:%3").arg(m_dovecot.user(), m_dovecot.host()).arg(m_dovecot.imapPort());
        const test::ProcessResult inspected
            = test::runApp(QStringList { QStringLiteral("inspect"), starttls, QStringLiteral("--json") } + trusted());
        QVERIFY2(inspected.exitCode == 0, inspected.err.constData());
        verifyNoPassword(inspected);
        const QJsonObject info = QJsonDocument::fromJson(inspected.out).object();
        QCOMPARE(info.value(QStringLiteral("encryption")).toString(), QStringLiteral("tls"));
        QVERIFY2(inspected.out.contains("\"INBOX\"") && inspected.out.contains("Archiv/2023"), inspected.out.constData());
        const test::ProcessResult untrusted = test::runApp({ QStringLiteral("inspect"), starttls,
            QStringLiteral("--source-password-file"), m_passwordFile });
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.err.contains(m_dovecot.serverFingerprint().toUtf8()), untrusted.err.constData());
    }

    void untrustedCertificateIsRefusedThenAcceptedByFingerprint()
    {
        const QString out = m_dir.filePath(QStringLiteral("untrusted.mt"));
        const QStringList base { QStringLiteral("convert"), url(), QStringLiteral("-o"), out,
            QStringLiteral("--source-password-file"), m_passwordFile };
        const test::ProcessResult refused = test::runApp(base);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(m_dovecot.serverFingerprint().toUtf8()), refused.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        const test::ProcessResult accepted
            = test::runApp(base + QStringList { QStringLiteral("--tls-fingerprint"), m_dovecot.serverFingerprint() });
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QCOMPARE(int(test::readStream(readAll(out)).messages.size()), seededCount());
    }

    void wrongPasswordNamesUserAndHost()
    {
        const QString wrong = m_dir.filePath(QStringLiteral("wrong-password"));
        QVERIFY(writeFile(wrong, "Wr0ng-Secret\n"));
        const test::ProcessResult r = test::runApp({ QStringLiteral("inspect"), url(), QStringLiteral("--source-ca-file"),
            m_dovecot.caCertFile(), QStringLiteral("--source-password-file"), wrong });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_dovecot.user().toUtf8()) && r.err.contains(m_dovecot.host().toUtf8()), r.err.constData());
        QVERIFY(!r.err.contains("Wr0ng-Secret"));
    }

    void planStoresNoSecretAndRunReadsTheAccount()
    {
        const QString plan = m_dir.filePath(QStringLiteral("plan.json"));
        const test::ProcessResult planned = test::runApp({ QStringLiteral("plan"), QStringLiteral("--ssh"),
            QStringLiteral("root@grommunio.invalid"), QStringLiteral("--job"), url() + QStringLiteral("=alice@example.com"),
            QStringLiteral("--source-ca-file"), m_dovecot.caCertFile(), QStringLiteral("-o"), plan });
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const QByteArray json = readAll(plan);
        QVERIFY2(json.contains("\"imap\""), json.constData());
        QVERIFY(json.contains(url().toUtf8()));
        QVERIFY(json.contains("caFile"));
        QVERIFY(!json.contains(m_dovecot.password().toUtf8()));

        const QString runDir = m_dir.filePath(QStringLiteral("plan.run"));
        const test::ProcessResult ran = test::runApp({ QStringLiteral("run"), plan, QStringLiteral("--dry-run"),
            QStringLiteral("--run-dir"), runDir, QStringLiteral("--source-password-file"), m_passwordFile });
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        verifyNoPassword(ran);
        QDirIterator files(runDir, QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(!readAll(file).contains(m_dovecot.password().toUtf8()), qPrintable(file));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void folderOptionsGoIntoThePlanAndTheConversion()
    {
        const QString plan = m_dir.filePath(QStringLiteral("folders-plan.json"));
        const test::ProcessResult planned = test::runApp({ QStringLiteral("plan"), QStringLiteral("--ssh"),
            QStringLiteral("root@grommunio.invalid"), QStringLiteral("--job"), url() + QStringLiteral("=alice@example.com"),
            QStringLiteral("--source-ca-file"), m_dovecot.caCertFile(), QStringLiteral("--folder"), QStringLiteral("INBOX"),
            QStringLiteral("--folder"), QStringLiteral("Archiv"), QStringLiteral("--exclude-folder"),
            QStringLiteral("Archiv/2023"), QStringLiteral("-o"), plan });
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const QByteArray json = readAll(plan);
        QVERIFY2(json.contains("\"folders\"") && json.contains("\"excludeFolders\"") && json.contains("Archiv/2023"),
            json.constData());

        const QString out = m_dir.filePath(QStringLiteral("inbox-only.mt"));
        const test::ProcessResult converted = test::runApp(
            QStringList { QStringLiteral("convert"), url(), QStringLiteral("--folder"), QStringLiteral("INBOX"),
                QStringLiteral("-o"), out } + trusted());
        QVERIFY2(converted.exitCode == 0, converted.err.constData());
        int inbox = 0;
        for (const test::DovecotFixture::Seeded &seeded : m_dovecot.seeded())
            inbox += seeded.folder == QLatin1String("INBOX") ? 1 : 0;
        QCOMPARE(int(test::readStream(readAll(out)).messages.size()), inbox);

        const test::ProcessResult typo = test::runApp(QStringList { QStringLiteral("convert"), url(),
            QStringLiteral("--folder"), QStringLiteral("Archiv/2032"), QStringLiteral("-o"),
            m_dir.filePath(QStringLiteral("typo.mt")) } + trusted());
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains("Archiv/2032"), typo.err.constData());
    }

    void mapNamesAnAccountByItsLogin()
    {
        auto collected = mapping::collectSources({ url() });
        QVERIFY(collected);
        QCOMPARE(collected->size(), size_t(1));
        QCOMPARE(collected->front().kind, mapping::SourceDescriptor::Kind::ImapAccount);
        QCOMPARE(collected->front().name, m_dovecot.user());
        QCOMPARE(collected->front().path, url());
        QVERIFY(!mapping::collectSources({ QStringLiteral("imaps://imap.example.org") })); // no login
    }

    void everyImportedMessageIsAsDovecotHoldsIt()
    {
        // Flags of every kind the conversion maps, on messages of two folders.
        QString error;
        QVERIFY2(m_dovecot.addFlags(QStringLiteral("INBOX"), QStringLiteral("2"), QStringLiteral("\\Flagged"), &error),
            qPrintable(error));
        QVERIFY2(m_dovecot.addFlags(QStringLiteral("INBOX"), QStringLiteral("4"), QStringLiteral("\\Answered \\Flagged"),
                     &error),
            qPrintable(error));
        QVERIFY2(m_dovecot.addFlags(QStringLiteral("Entwürfe"), QStringLiteral("1"), QStringLiteral("$Forwarded \\Seen"),
                     &error),
            qPrintable(error));
        QList<test::DovecotFixture::Held> held = m_dovecot.heldMessages(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(held.size()), seededCount());
        QVERIFY(std::any_of(held.begin(), held.end(), [](const auto &h) { return hasFlag(h.flags, "\\Answered"); }));

        test::ProcessResult imported;
        QByteArray recorded;
        QVERIFY2(importOverSsh(&imported, &recorded, &error), qPrintable(error));
        QVERIFY2(imported.exitCode == 0, QByteArray(imported.err + imported.out).constData());
        const test::ReadStream stream = test::readStream(recorded);
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QCOMPARE(int(stream.messages.size()), int(held.size()));
        const qsizetype textless = std::count_if(stream.messages.begin(), stream.messages.end(),
            [](const gxmt::Frame &f) { return f.message.rfc5322.isEmpty(); });
        QCOMPARE(qsizetype(imported.err.count("the original text is not kept")), textless);
        QVERIFY(textless < stream.messages.size() / 4); // the exception, one broken sample
        // Each frame takes the one message Dovecot holds that it matches in every respect; the same
        // sample in two folders is two messages, so they are matched as a multiset.
        for (const gxmt::Frame &frame : stream.messages) {
            QStringList closest;
            qsizetype match = -1;
            for (qsizetype i = 0; i < held.size() && match < 0; ++i) {
                const QStringList wrong = differences(frame, held.at(i));
                if (wrong.isEmpty())
                    match = i;
                else if (held.at(i).messageId == frame.message.properties.string(mapi::PR_INTERNET_MESSAGE_ID))
                    closest << held.at(i).folder + QStringLiteral(" UID ") + QString::number(held.at(i).uid)
                            + QStringLiteral(": ") + wrong.join(QStringLiteral(", "));
            }
            QVERIFY2(match >= 0,
                qPrintable(QStringLiteral("frame %1 matches no message of Dovecot; same Message-ID: %2")
                               .arg(frame.number)
                               .arg(closest.join(QStringLiteral("; ")))));
            held.removeAt(match);
        }
        QVERIFY(held.isEmpty());
    }

    void aHundredMegabyteMessageArrivesWhole()
    {
        // An account of its own, so that the other tests' counts stay as they are.
        QString error;
        QVERIFY2(m_dovecot.addAccount(QStringLiteral("big"), &error), qPrintable(error));
        m_dovecot.useAccount(QStringLiteral("big"));
        const bool written = m_dovecot.writeMaildirMessages(QStringLiteral("Gross"), 1,
            [](int) { return largeMessage(100 * 1024 * 1024); }, &error);
        const QList<test::DovecotFixture::Held> held = m_dovecot.heldMessages(&error);
        m_dovecot.useAccount(QStringLiteral("alice"));
        QVERIFY2(written && error.isEmpty(), qPrintable(error));
        QCOMPARE(held.size(), 1);
        QVERIFY(held.first().size > 100 * 1024 * 1024);

        const QString out = m_dir.filePath(QStringLiteral("big.mt"));
        const QString account
            = QStringLiteral("imaps://big@%1:%2").arg(m_dovecot.host()).arg(m_dovecot.imapsPort());
        const test::ProcessResult converted = test::runApp(
            QStringList { QStringLiteral("convert"), account, QStringLiteral("-o"), out } + trusted(), {}, 600000);
        QVERIFY2(converted.exitCode == 0, QByteArray(converted.err + converted.out).constData());
        test::ReadStream stream = test::readStream(readAll(out));
        QFile::remove(out);
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QCOMPARE(stream.messages.size(), 1);
        const mapi::Message &message = stream.messages.first().message;
        QCOMPARE(qint64(message.rfc5322.size()), held.first().size);
        QCOMPARE(message.properties.string(mapi::PR_INTERNET_MESSAGE_ID), held.first().messageId);
        QCOMPARE(message.attachments.size(), 1);
    }

    void importStreamsTheAccountOverSsh()
    {
        test::ProcessResult imported;
        QByteArray recorded;
        QString error;
        QVERIFY2(importOverSsh(&imported, &recorded, &error), qPrintable(error));
        QVERIFY2(imported.exitCode == 0, QByteArray(imported.err + imported.out).constData());
        verifyNoPassword(imported);
        QVERIFY2(imported.err.contains("verify-mt exit status 0"), imported.err.constData());
        const test::ReadStream stream = test::readStream(recorded);
        QVERIFY2(stream.ok, qPrintable(stream.error));
        QVERIFY(stream.header.splice);
        QCOMPARE(int(stream.messages.size()), seededCount());
    }
};

QTEST_GUILESS_MAIN(TestImapCommands)
#include "TestImapCommands.moc"
