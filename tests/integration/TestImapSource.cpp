// The IMAP account source (kind "imap") against a real Dovecot (tests/common/DovecotFixture) seeded
// with the shared EML and MBOX samples: the folder tree and counts are Dovecot's, every message is
// exactly convertMime() of the bytes Dovecot holds, flags and INTERNALDATE are carried over,
// \Deleted messages are skipped and counted, a message expunged after listing is a reported
// failure and not the end of the account, nor is a folder deleted after listing (its messages fail
// with a reason naming it), the server is never changed, a wrong password and an
// untrusted certificate give clear errors, special folders splice, and ids are unique nids.

#include "DovecotFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "gxmt/ByteSink.h"
#include "gxmt/Validator.h"
#include "mapi/NamedValues.h"
#include "mapi/Tags.h"
#include "sources/Converter.h"
#include "sources/SourceRegistry.h"
#include "sources/imap/ImapClient.h"
#include "sources/imap/ImapPrompts.h"
#include "sources/imap/ImapSource.h"
#include "sources/mime/MimeConverter.h"
#include "sources/mime/MimeTags.h"

#include <QBuffer>
#include <QSet>
#include <QThread>
#include <QtTest>

using namespace mig;

namespace {

/// The wire form of a stored message: Dovecot turns every bare LF into CRLF on the way out.
QByteArray wireForm(const QByteArray &stored)
{
    QByteArray out;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (stored.at(i) == '\n' && (i == 0 || stored.at(i - 1) != '\r'))
            out += '\r';
        out += stored.at(i);
    }
    return out;
}

constexpr char kExpungeFolder[] = "Verschwindet";

template<typename T> T orEmpty(const Expected<T> &value)
{
    return value ? *value : T();
}

} // namespace

class TestImapSource : public QObject {
    Q_OBJECT

private:
    mig::test::DovecotFixture m_dovecot;

    QString url(bool implicitTls = true) const
    {
        return QStringLiteral("%1://%2@%3:%4")
            .arg(implicitTls ? QStringLiteral("imaps") : QStringLiteral("imap"), m_dovecot.user(), m_dovecot.host())
            .arg(implicitTls ? m_dovecot.imapsPort() : m_dovecot.imapPort());
    }

    sources::SourceSpec spec(bool withCa = true, bool implicitTls = true) const
    {
        sources::SourceSpec s = sources::SourceSpec::forPath(url(implicitTls));
        if (withCa)
            s.options.insert(QStringLiteral("caFile"), m_dovecot.caCertFile());
        return s;
    }

    void answerPassword(const QString &password)
    {
        imap::setImapPasswordHook([password](const imap::ImapPasswordRequest &request) -> std::optional<transport::SecretBytes> {
            if (!request.previousError.isEmpty())
                return std::nullopt;
            return transport::SecretBytes(password.toUtf8());
        });
    }

    std::unique_ptr<sources::Source> openSource(const sources::SourceSpec &s)
    {
        auto opened = sources::openSource(s);
        if (!opened)
            qWarning() << opened.error().fullText();
        return opened ? std::move(*opened) : nullptr;
    }

    QList<QByteArray> seededIn(const QString &folder) const
    {
        QList<QByteArray> contents;
        for (const auto &s : m_dovecot.seeded())
            if (s.folder == folder)
                contents.append(s.content);
        return contents;
    }

    /// MESSAGES of every selectable folder as Dovecot answers STATUS, by path with "/".
    QHash<QString, int> dovecotCounts()
    {
        imap::ImapClient::Options o;
        o.account = *imap::parseImapUrl(url());
        o.trust.caFile = m_dovecot.caCertFile();
        imap::ImapClient client(o);
        QHash<QString, int> counts;
        if (!client.connectToServer() || !client.login(m_dovecot.password()))
            return counts;
        const QList<imap::ImapFolder> listed = orEmpty(client.listFolders());
        for (const imap::ImapFolder &f : listed)
            if (f.isSelectable())
                counts.insert(f.path().join(QLatin1Char('/')), int(client.status(f)->messages));
        client.logout();
        return counts;
    }

    static sources::ConversionReport convertAll(sources::Source &source, bool splice, QByteArray *stream = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        gxmt::DeviceSink sink(&buffer);
        sources::ConversionOptions options;
        options.placement.splice = splice;
        auto report = sources::convert({ { &source, QStringLiteral("imap") } }, sink, gxmt::Revision::V5, options);
        (void)sink.flush();
        if (stream)
            *stream = buffer.data();
        return report ? *report : sources::ConversionReport {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        if (!QFileInfo::exists(QStringLiteral("/usr/sbin/dovecot")))
            QSKIP("dovecot-imapd is not installed");
        QString error;
        QVERIFY2(m_dovecot.start(&error), qPrintable(error));
        QVERIFY2(m_dovecot.seedSamples(&error), qPrintable(error));
        // INBOX 1:3 are \Seen (seedSamples); more flags to map, and one \Deleted message.
        QVERIFY2(m_dovecot.addFlags(QStringLiteral("INBOX"), QStringLiteral("4"), QStringLiteral("\\Flagged \\Answered"), &error),
                 qPrintable(error));
        QVERIFY2(m_dovecot.addFlags(QStringLiteral("INBOX"), QStringLiteral("5"), QStringLiteral("\\Draft $Forwarded"), &error),
                 qPrintable(error));
        QVERIFY2(m_dovecot.addFlags(QStringLiteral("Archiv/2023"), QStringLiteral("2"), QStringLiteral("\\Deleted"), &error),
                 qPrintable(error));
        const QList<QByteArray> inbox = seededIn(QStringLiteral("INBOX"));
        QVERIFY(m_dovecot.createFolder(QLatin1String(kExpungeFolder), &error));
        for (int i = 0; i < 3; ++i)
            QVERIFY2(m_dovecot.addMessage(QLatin1String(kExpungeFolder), inbox.at(i), QStringLiteral("copy"), &error),
                     qPrintable(error));
        answerPassword(m_dovecot.password());
    }

    void cleanupTestCase()
    {
        imap::setImapPasswordHook(nullptr);
        imap::setImapCertificateHook(nullptr);
    }

    void locationIsProbedAsImapWithoutTouchingTheFileSystem()
    {
        auto kind = sources::probeSource(url());
        QVERIFY2(kind, kind ? "" : qPrintable(kind.error().fullText()));
        QCOMPARE(kind->id, QStringLiteral("imap"));
        QCOMPARE(sources::SourceSpec::forPath(url()).displayName(),
                 QStringLiteral("%1@%2:%3").arg(m_dovecot.user(), m_dovecot.host()).arg(m_dovecot.imapsPort()));
        auto bad = sources::openSource(sources::SourceSpec::forPath(QStringLiteral("imaps://host.example")));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, Error::Code::InvalidArgument);
    }

    void folderTreeAndCountsAreDovecots()
    {
        auto source = openSource(spec());
        QVERIFY(source);
        QCOMPARE(source->info().format, QStringLiteral("imap"));
        auto folders = source->folders();
        QVERIFY(folders);
        const QHash<QString, int> expected = dovecotCounts();
        QVERIFY(!expected.isEmpty());
        QHash<QString, int> counts;
        QHash<quint64, sources::SourceFolder> byId;
        for (const sources::SourceFolder &f : *folders)
            byId.insert(f.id, f);
        QVERIFY(folders->first().isRoot);
        for (const sources::SourceFolder &f : *folders) {
            if (f.isRoot)
                continue;
            QVERIFY2(byId.contains(f.parentId), qPrintable(f.path)); // a parent comes first
            const sources::SourceFolder &parent = byId.value(f.parentId);
            QCOMPARE(f.path, parent.path.isEmpty() ? f.name : parent.path + QLatin1Char('/') + f.name);
            QCOMPARE(f.depth, parent.depth + 1);
            if (expected.contains(f.path))
                counts.insert(f.path, f.itemCount);
            else
                QCOMPARE(f.itemCount, 0); // a level the server has no mailbox for
        }
        QCOMPARE(counts, expected);
        // And the seeded samples are where they were put.
        QCOMPARE(counts.value(QStringLiteral("INBOX")), int(seededIn(QStringLiteral("INBOX")).size()));
        QCOMPARE(counts.value(QStringLiteral("Archiv/2023")), int(seededIn(QStringLiteral("Archiv/2023")).size()));
        QCOMPARE(counts.value(QStringLiteral("Archiv/Größe & Co")), 1);
        QVERIFY(byId.value(1).subfolderCount >= 5);
    }

    void specialFoldersForSplice()
    {
        auto source = openSource(spec());
        QVERIFY(source);
        QHash<QString, sources::SpecialFolder> byPath;
        const auto special = source->specialFolders();
        const QList<sources::SourceFolder> all = orEmpty(source->folders());
        for (const sources::SourceFolder &f : all)
            if (special.contains(f.id))
                byPath.insert(f.path, special.value(f.id));
        QCOMPARE(byPath.value(QString()), sources::SpecialFolder::IpmSubtree);
        QCOMPARE(byPath.value(QStringLiteral("INBOX")), sources::SpecialFolder::Inbox);
        QCOMPARE(byPath.value(QStringLiteral("Sent")), sources::SpecialFolder::SentItems);
        QCOMPARE(byPath.value(QStringLiteral("Drafts")), sources::SpecialFolder::Drafts);
        QCOMPARE(byPath.value(QStringLiteral("Trash")), sources::SpecialFolder::DeletedItems);
        QVERIFY(!byPath.contains(QStringLiteral("Entwürfe"))); // Drafts is taken by the special-use folder
        QVERIFY(!byPath.contains(QStringLiteral("Archiv/2023")));
    }

    void everyMessageIsConvertMimeOfDovecotsBytes()
    {
        const QMap<quint32, QString> flagsBefore = [&] {
            QString error;
            return m_dovecot.flagsByUid(QStringLiteral("INBOX"), &error);
        }();
        auto source = openSource(spec());
        QVERIFY(source);
        QSet<quint64> ids;
        int compared = 0;
        const QList<sources::SourceFolder> all = orEmpty(source->folders());
        for (const sources::SourceFolder &f : all) {
            QVERIFY(f.id > 0 && f.id < (quint64(1) << 32));
            QVERIFY(!ids.contains(f.id));
            ids.insert(f.id);
            auto refs = source->items(f.id, sources::ItemKind::Normal);
            QVERIFY2(refs, refs ? "" : qPrintable(refs.error().fullText()));
            QCOMPARE(refs->size(), qsizetype(f.itemCount));
            const QList<QByteArray> seeded = f.path == QLatin1String(kExpungeFolder)
                ? QList<QByteArray>(seededIn(QStringLiteral("INBOX")).mid(0, 3))
                : seededIn(f.path);
            if (f.path != QLatin1String(kExpungeFolder))
                QCOMPARE(refs->size(), seeded.size());
            for (const sources::ItemRef &ref : *refs) {
                QVERIFY(ref.id > 0 && ref.id < (quint64(1) << 32));
                QVERIFY2(!ids.contains(ref.id), qPrintable(QString::number(ref.id)));
                ids.insert(ref.id);
                QVERIFY(ref.readable);
                if (!ref.skipReason.isEmpty())
                    continue;
                auto message = source->readMessage(ref);
                QVERIFY2(message, message ? "" : qPrintable(message.error().fullText()));
                // The same bytes through the converter, with the flags the server has.
                const quint32 uid = quint32(ref.index + 1); // seeded in order, nothing expunged yet
                quint8 flags = 0;
                if (f.path == QLatin1String("INBOX")) {
                    flags = uid <= 3 ? mime::Read : 0;
                    if (uid == 4)
                        flags |= mime::Flagged | mime::Answered;
                    if (uid == 5)
                        flags |= mime::Draft | mime::Forwarded;
                }
                mime::MimeOptions options;
                options.flags = flags;
                auto expected = mime::convertMime(wireForm(seeded.at(ref.index)), options);
                QVERIFY(expected);
                QVERIFY(message->properties.contains(mapi::PR_MESSAGE_DELIVERY_TIME));
                mapi::Message actual = *message;
                actual.properties.remove(mapi::PR_MESSAGE_DELIVERY_TIME);
                expected->properties.remove(mapi::PR_MESSAGE_DELIVERY_TIME);
                QVERIFY2(actual.properties == expected->properties,
                         qPrintable(QStringLiteral("%1 UID %2").arg(f.path).arg(uid)));
                QVERIFY(actual.attachments == expected->attachments);
                QVERIFY(actual.recipients == expected->recipients);
                // A header Gromox could not read back is not kept as the RFC 5322 text.
                if (!gxmt::rfc5322Problem(expected->rfc5322).isEmpty())
                    expected->rfc5322.clear();
                QCOMPARE(actual.rfc5322, expected->rfc5322);
                ++compared;
            }
        }
        QVERIFY(compared >= m_dovecot.seeded().size() - 1);
        QString error;
        QCOMPARE(m_dovecot.flagsByUid(QStringLiteral("INBOX"), &error), flagsBefore); // read-only: \Seen untouched
    }

    void flagsAndInternalDateAreCarriedOver()
    {
        auto source = openSource(spec());
        QVERIFY(source);
        quint64 inbox = 0;
        const QList<sources::SourceFolder> all = orEmpty(source->folders());
        for (const sources::SourceFolder &f : all)
            if (f.path == QLatin1String("INBOX"))
                inbox = f.id;
        auto refs = source->items(inbox, sources::ItemKind::Normal);
        QVERIFY(refs && refs->size() >= 6);
        const auto read = [&](int i) { return *source->readMessage(refs->at(i)); };
        QVERIFY(read(0).properties.int32(mapi::PR_MESSAGE_FLAGS).value_or(0) & 0x1); // MSGFLAG_READ
        QVERIFY(!(read(5).properties.int32(mapi::PR_MESSAGE_FLAGS).value_or(0) & 0x1));
        QVERIFY(read(3).properties.contains(mime::PR_FLAG_STATUS));
        QVERIFY(read(3).properties.contains(mime::PR_LAST_VERB_EXECUTED));
        QVERIFY(read(4).properties.int32(mapi::PR_MESSAGE_FLAGS).value_or(0) & 0x8); // MSGFLAG_UNSENT
        // Delivery time = INTERNALDATE: doveadm save stamps the time of saving (today), which no
        // sample's Received or Date header says.
        const qint64 delivered = *read(0).properties.int64(mapi::PR_MESSAGE_DELIVERY_TIME);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch((delivered - 116444736000000000LL) / 10000, Qt::UTC);
        QVERIFY2(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 24 * 3600, qPrintable(when.toString(Qt::ISODate)));
    }

    void deletedMessageIsSkippedAndCounted()
    {
        auto source = openSource(spec());
        QVERIFY(source);
        const sources::ConversionReport report = convertAll(*source, false);
        QCOMPARE(report.sources.size(), 1);
        bool found = false;
        for (const sources::FolderReport &f : report.sources.first().folders) {
            if (f.path != QLatin1String("Archiv/2023"))
                continue;
            found = true;
            QCOMPARE(f.skipped, 1);
            QCOMPARE(f.converted, int(seededIn(f.path).size()) - 1);
            QCOMPARE(f.skipReasons.size(), 1);
            QVERIFY2(f.skipReasons.first().contains(QStringLiteral("\\Deleted")), qPrintable(f.skipReasons.first()));
        }
        QVERIFY(found);
        QCOMPARE(report.failed(), 0);
        QCOMPARE(report.skipped(), 1);
        QCOMPARE(static_cast<imap::ImapSource *>(source.get())->deletedSkipped(), 1);
    }

    void spliceMapsTheAccountOntoTheMailbox()
    {
        auto source = openSource(spec());
        QVERIFY(source);
        const sources::ConversionReport report = convertAll(*source, true);
        QHash<QString, QString> placement;
        for (const sources::FolderReport &f : report.sources.first().folders)
            placement.insert(f.path, f.placement);
        QVERIFY2(placement.value(QString()).contains(QStringLiteral("Top of Information Store")),
                 qPrintable(placement.value(QString())));
        QVERIFY2(placement.value(QStringLiteral("INBOX")).contains(QStringLiteral("Inbox")), qPrintable(placement.value(QStringLiteral("INBOX"))));
        QVERIFY(placement.value(QStringLiteral("Sent")).contains(QStringLiteral("Sent Items")));
        QCOMPARE(report.failed(), 0);
    }

    void messageExpungedAfterListingIsReportedNotFatal()
    {
        auto source = openSource(spec());
        QVERIFY(source);
        QVERIFY(source->folders());
        QString error;
        QVERIFY2(m_dovecot.expunge(QLatin1String(kExpungeFolder), QStringLiteral("2"), &error), qPrintable(error));
        const sources::ConversionReport report = convertAll(*source, false);
        bool found = false;
        for (const sources::FolderReport &f : report.sources.first().folders) {
            if (f.path != QLatin1String(kExpungeFolder))
                continue;
            found = true;
            QCOMPARE(f.failed, 1);
            QCOMPARE(f.converted, 2);
        }
        QVERIFY(found);
        QCOMPARE(report.failed(), 1);
        QVERIFY2(report.sources.first().failures.first().reason.contains(QStringLiteral("expunged")),
                 qPrintable(report.sources.first().failures.first().reason));
        QVERIFY(report.converted() > 10); // the rest of the account went on
    }

    void folderDeletedAfterListingIsNamedAndTheAccountGoesOn()
    {
        // Another client deletes a folder between the listing and its turn: its messages fail,
        // each with a reason that names the folder, and every other folder is converted whole.
        const QString doomed = QStringLiteral("Bald weg");
        QString error;
        QVERIFY2(m_dovecot.createFolder(doomed, &error), qPrintable(error));
        const QList<QByteArray> inbox = seededIn(QStringLiteral("INBOX"));
        for (int i = 0; i < 2; ++i)
            QVERIFY2(m_dovecot.addMessage(doomed, inbox.at(i), QStringLiteral("copy"), &error), qPrintable(error));
        auto source = openSource(spec());
        QVERIFY(source);
        QVERIFY(source->folders());
        QVERIFY2(m_dovecot.deleteFolder(doomed, &error), qPrintable(error));
        QByteArray stream;
        const sources::ConversionReport report = convertAll(*source, false, &stream);
        QVERIFY(!report.sources.isEmpty());
        const sources::SourceReport &account = report.sources.first();
        const QHash<QString, int> held = dovecotCounts(); // without the deleted folder
        QVERIFY(!held.contains(doomed));
        bool found = false;
        for (const sources::FolderReport &f : account.folders) {
            if (f.path == doomed) {
                found = true;
                QCOMPARE(f.converted, 0);
                QCOMPARE(f.failed, 2);
            } else {
                QCOMPARE(f.failed, 0);
                QVERIFY2(f.converted + f.skipped == held.value(f.path), qPrintable(f.path));
            }
        }
        QVERIFY(found);
        QCOMPARE(report.failed(), 2);
        QVERIFY(!account.failures.isEmpty());
        for (const sources::ItemProblem &p : account.failures) {
            QCOMPARE(p.folderPath, doomed);
            QVERIFY2(p.reason.contains(QStringLiteral("EXAMINE")) && p.reason.contains(doomed), qPrintable(p.reason));
        }
        const test::ReadStream frames = test::readStream(stream);
        QVERIFY2(frames.ok, qPrintable(frames.error));
        QCOMPARE(qsizetype(frames.messages.size()), qsizetype(report.converted()));
    }

    void windowsFetchedAheadOnOneConnectionWhateverThreadReads()
    {
        // More messages than fit one fetch window, opened on one thread and read on another (as a
        // run job opens a source and its producer thread reads it): one login, no second
        // connection, every message once and in UID order across the windows fetched ahead, and a
        // LOGOUT when the source goes away, on yet another thread.
        constexpr int kCount = 2 * imap::ImapSource::kWindowMessages + 37;
        const QString account = QStringLiteral("windows");
        QString error;
        QVERIFY2(m_dovecot.addAccount(account, &error), qPrintable(error));
        m_dovecot.useAccount(account);
        const bool written = m_dovecot.writeMaildirMessages(QStringLiteral("Viele"), kCount,
            [](int i) {
                // Sizes vary so that windows end at different messages.
                return QStringLiteral("From: a@example.com\nTo: b@example.com\nSubject: Window %1\n"
                                      "Message-ID: <window-%1@example.com>\n\n%2\n")
                    .arg(i)
                    .arg(QString(QLatin1Char('x')).repeated(200 + (i * 7919) % 5000))
                    .toUtf8();
            },
            &error);
        QList<test::DovecotFixture::Held> held = m_dovecot.heldMessages(&error);
        m_dovecot.useAccount(QStringLiteral("alice"));
        QVERIFY2(written && error.isEmpty(), qPrintable(error));
        QCOMPARE(int(held.size()), kCount);
        std::sort(held.begin(), held.end(), [](const auto &a, const auto &b) { return a.uid < b.uid; });

        const QByteArray login = "Login: user=<" + account.toUtf8() + ">";
        const QByteArray logout = "imap(" + account.toUtf8() + ")";
        const auto count = [this](const QByteArray &needle, const QByteArray &also = {}) {
            int n = 0;
            for (const QByteArray &line : m_dovecot.log().split('\n'))
                n += line.contains(needle) && line.contains(also) ? 1 : 0;
            return n;
        };
        const int loginsBefore = count(login);

        sources::SourceSpec s = sources::SourceSpec::forPath(
            QStringLiteral("imaps://%1@%2:%3").arg(account, m_dovecot.host()).arg(m_dovecot.imapsPort()));
        s.options.insert(QStringLiteral("caFile"), m_dovecot.caCertFile());
        std::unique_ptr<sources::Source> source;
        std::unique_ptr<QThread> opener(QThread::create([&] { source = openSource(s); }));
        opener->start();
        QVERIFY(opener->wait(60000));
        QVERIFY(source);
        QByteArray stream;
        sources::ConversionReport report;
        std::unique_ptr<QThread> reader(QThread::create([&] { report = convertAll(*source, false, &stream); }));
        reader->start();
        QVERIFY(reader->wait(120000));
        source.reset();

        QCOMPARE(report.converted(), kCount);
        QCOMPARE(report.failed(), 0);
        const test::ReadStream frames = test::readStream(stream);
        QVERIFY2(frames.ok, qPrintable(frames.error));
        QCOMPARE(int(frames.messages.size()), kCount);
        for (int i = 0; i < kCount; ++i)
            QCOMPARE(frames.messages.at(i).message.properties.string(mapi::PR_INTERNET_MESSAGE_ID),
                     held.at(i).messageId);
        // Dovecot writes its log from a process of its own: give it a moment.
        QTRY_COMPARE_WITH_TIMEOUT(count(logout, "Logged out"), 1, 10000);
        QByteArray lines;
        for (const QByteArray &line : m_dovecot.log().split('\n'))
            if (line.contains(account.toUtf8()))
                lines += line + '\n';
        QVERIFY2(count(login) - loginsBefore == 1, lines.constData());
        // One session, ended by our LOGOUT (Dovecot: "Disconnected: Logged out"), none dropped.
        QVERIFY2(count(logout, "Disconnected") == 1, lines.constData());

        // A preview reads one message and is closed while the next window is still being fetched
        // ahead: the source goes away at once, cleanly, with its LOGOUT.
        auto preview = openSource(s);
        QVERIFY(preview);
        const QList<sources::SourceFolder> folders = orEmpty(preview->folders());
        const auto many = std::find_if(folders.cbegin(), folders.cend(),
            [](const sources::SourceFolder &f) { return f.name == QLatin1String("Viele"); });
        QVERIFY(many != folders.cend());
        const QList<sources::ItemRef> refs = orEmpty(preview->items(many->id, sources::ItemKind::Normal));
        QCOMPARE(int(refs.size()), kCount);
        const Expected<mapi::Message> first = preview->readMessage(refs.first());
        QVERIFY2(first, qPrintable(first ? QString() : first.error().fullText()));
        QCOMPARE(first->properties.string(mapi::PR_INTERNET_MESSAGE_ID), held.first().messageId);
        preview.reset();
        QTRY_COMPARE_WITH_TIMEOUT(count(logout, "Logged out"), 2, 10000);
        QCOMPARE(count(logout, "Disconnected"), 2);
    }

    void wrongPasswordNamesUserAndHost()
    {
        answerPassword(QStringLiteral("not-the-Pa55word"));
        auto opened = sources::openSource(spec());
        answerPassword(m_dovecot.password());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Auth);
        QVERIFY2(opened.error().fullText().contains(m_dovecot.user()), qPrintable(opened.error().fullText()));
        QVERIFY(opened.error().fullText().contains(m_dovecot.host()));
        QVERIFY(!opened.error().fullText().contains(QStringLiteral("not-the-Pa55word")));
    }

    void noPasswordIsAClearError()
    {
        imap::setImapPasswordHook([](const imap::ImapPasswordRequest &) { return std::optional<transport::SecretBytes>(); });
        auto opened = sources::openSource(spec());
        answerPassword(m_dovecot.password());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Auth);
        QVERIFY2(opened.error().message.contains(url()), qPrintable(opened.error().message));
    }

    void masterUserLogsInForTheAccount()
    {
        answerPassword(m_dovecot.masterPassword());
        sources::SourceSpec s = spec();
        s.options.insert(QStringLiteral("masterUser"), m_dovecot.masterUser());
        auto source = openSource(s);
        answerPassword(m_dovecot.password());
        QVERIFY(source);
        QCOMPARE(orEmpty(source->folders()).size(), orEmpty(openSource(spec())->folders()).size());
    }

    void untrustedCertificateIsRefusedWithItsFingerprint_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::newRow("imaps") << true;
        QTest::newRow("imap+starttls") << false;
    }

    void untrustedCertificateIsRefusedWithItsFingerprint()
    {
        QFETCH(bool, implicitTls);
        auto refused = sources::openSource(spec(false, implicitTls));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::HostKey);
        QVERIFY2(refused.error().message.contains(m_dovecot.serverFingerprint()), qPrintable(refused.error().message));

        sources::SourceSpec accepted = spec(false, implicitTls);
        accepted.options.insert(QStringLiteral("acceptCert"), m_dovecot.serverFingerprint());
        auto source = openSource(accepted);
        QVERIFY(source);
        QVERIFY(source->folders());

        sources::SourceSpec other = spec(false, implicitTls);
        other.options.insert(QStringLiteral("acceptCert"), QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        QVERIFY(!sources::openSource(other));

        // Confirmed interactively (the CLI's terminal question, the wizard's dialog).
        QString asked;
        imap::setImapCertificateHook([&asked](const imap::ImapCertificateRequest &r) {
            asked = r.fingerprint;
            return true;
        });
        auto confirmed = openSource(spec(false, implicitTls));
        imap::setImapCertificateHook(nullptr);
        QVERIFY(confirmed);
        QCOMPARE(asked, m_dovecot.serverFingerprint());
    }

    void keywordsBecomeCategories()
    {
        // A folder of its own, so the byte-for-byte comparison above is not disturbed.
        const QString folder = QStringLiteral("Etiketten");
        QString error;
        QVERIFY2(m_dovecot.createFolder(folder, &error), qPrintable(error));
        QVERIFY2(m_dovecot.addMessage(folder,
                     "From: a@example.org\r\nTo: b@example.org\r\nSubject: labelled\r\nKeywords: Work, Urgent\r\n"
                     "Date: Mon, 4 Dec 2023 10:00:00 +0000\r\n\r\nbody\r\n",
                     QStringLiteral("generated"), &error),
            qPrintable(error));
        QVERIFY2(m_dovecot.addFlags(folder, QStringLiteral("1"),
                     QStringLiteral("\\Seen $Label1 work Projekt-X $MDNSent $Forwarded"), &error),
            qPrintable(error));
        auto source = openSource(spec());
        QVERIFY(source);
        quint64 id = 0;
        for (const sources::SourceFolder &f : orEmpty(source->folders()))
            if (f.path == folder)
                id = f.id;
        QVERIFY(id != 0);
        const auto refs = source->items(id, sources::ItemKind::Normal);
        QVERIFY(refs && refs->size() == 1);
        const auto message = source->readMessage(refs->first());
        QVERIFY2(message, qPrintable(message ? QString() : message.error().fullText()));
        const mapi::PropValue *keywords = mapi::namedValue(*message, mapi::keywordsName(), mapi::PT_MV_UNICODE);
        QVERIFY(keywords);
        QStringList categories = std::get<QList<QString>>(*keywords);
        // The header's first, then the IMAP keywords: $Label1 under Thunderbird's name, "work" not
        // twice, state keywords ($MDNSent, $Forwarded) and system flags not at all.
        QCOMPARE(categories.mid(0, 2), (QStringList { QStringLiteral("Work"), QStringLiteral("Urgent") }));
        categories.sort();
        QCOMPARE(categories, (QStringList { QStringLiteral("Important"), QStringLiteral("Projekt-X"),
                                 QStringLiteral("Urgent"), QStringLiteral("Work") }));
        QVERIFY(message->properties.int32(mapi::PR_MESSAGE_FLAGS).value_or(0) & 0x1); // \Seen still read
    }

    void folderOptionsChooseTheFolders()
    {
        const auto paths = [this](const QVariantMap &options) -> Expected<QStringList> {
            sources::SourceSpec s = spec();
            for (auto it = options.cbegin(); it != options.cend(); ++it)
                s.options.insert(it.key(), it.value());
            auto source = sources::openSource(s);
            if (!source)
                return source.error();
            auto folders = (*source)->folders();
            if (!folders)
                return folders.error();
            QStringList result;
            for (const sources::SourceFolder &f : *folders)
                if (!f.isRoot)
                    result.append(f.path);
            return result;
        };
        // Only Archiv/2023: its parent stays as an empty level, nothing else comes.
        const auto only = paths({ { QStringLiteral("folders"), QStringList { QStringLiteral("Archiv/2023") } } });
        QVERIFY2(only, qPrintable(only ? QString() : only.error().fullText()));
        QCOMPARE(*only, (QStringList { QStringLiteral("Archiv"), QStringLiteral("Archiv/2023") }));
        // INBOX in any case, plus a folder with everything below it, minus one subfolder.
        const auto some = paths({ { QStringLiteral("folders"), QStringList { QStringLiteral("inbox"), QStringLiteral("Archiv") } },
            { QStringLiteral("excludeFolders"), QStringList { QStringLiteral("Archiv/Größe & Co") } } });
        QVERIFY2(some, qPrintable(some ? QString() : some.error().fullText()));
        QCOMPARE(*some, (QStringList { QStringLiteral("INBOX"), QStringLiteral("Archiv"), QStringLiteral("Archiv/2023") }));
        // Everything but Archiv and what is below it.
        const auto all = paths({});
        const auto most = paths({ { QStringLiteral("excludeFolders"), QStringList { QStringLiteral("Archiv") } } });
        QVERIFY(all && most);
        QStringList expected = *all;
        expected.removeIf([](const QString &p) { return p == QLatin1String("Archiv") || p.startsWith(QLatin1String("Archiv/")); });
        QCOMPARE(*most, expected);
        QVERIFY(most->size() >= 4);
        // A folder that does not exist is an error naming it, not an empty migration.
        const auto typo = paths({ { QStringLiteral("folders"), QStringList { QStringLiteral("Archiv/2032") } } });
        QVERIFY(!typo);
        QCOMPARE(typo.error().code, Error::Code::NotFound);
        QVERIFY2(typo.error().message.contains(QStringLiteral("\"Archiv/2032\"")), qPrintable(typo.error().message));
        // An empty name is refused when the spec is read.
        const auto empty = paths({ { QStringLiteral("folders"), QStringList { QStringLiteral("/") } } });
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestImapSource)
#include "TestImapSource.moc"
