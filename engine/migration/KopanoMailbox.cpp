// MailboxJob's run for a Kopano store (issue 18): gromox-kdb2mt runs on the grommunio server and
// its stream comes to this machine on one SSH channel, is read and checked frame by frame
// (kopano::relayStream) and goes on to the target (gromox-import on a channel of its own, or the
// local validator in a dry run), so the mailbox gets the same progress, counts, stop/resume and
// report as a converted one.

#include "kopano/ChannelDevice.h"
#include "migration/DirectOutcome.h"
#include "kopano/DirectPipe.h"
#include "kopano/KopanoSpec.h"
#include "kopano/RootPlacement.h"
#include "kopano/StreamRelay.h"
#include "migration/MailboxJob.h"
#include "migration/ServerSession.h"
#include "migration/SshStreamTarget.h"
#include "transport/ImportSink.h"
#include "transport/ImporterOutput.h"
#include "transport/RemoteCommand.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mig::migration {
namespace {

/// Mounts the Kopano attachment directory on the server for one job and unmounts it when it goes
/// out of scope (also after a failure or an abort: the session outlives the canceled channels).
class AttachmentMount {
public:
    AttachmentMount(transport::SshSession &session, bool useSudo, std::function<void(const QString &)> log)
        : m_session(session)
        , m_useSudo(useSudo)
        , m_log(std::move(log))
    {
    }
    ~AttachmentMount()
    {
        if (m_dir.isEmpty())
            return;
        Expected<transport::CommandResult> done =
            transport::runRemoteCommand(m_session, kopano::unmountCommand(m_dir, m_useSudo));
        if (!done || done->exitStatus != 0)
            m_log(QCoreApplication::translate("mig::migration", "Could not unmount %1 on the server: %2")
                      .arg(m_dir, done ? QString::fromUtf8(done->err).trimmed() : done.error().fullText()));
        else
            m_log(QCoreApplication::translate("mig::migration", "Unmounted %1.").arg(m_dir));
    }
    Expected<QString> mount(const QString &remote)
    {
        Expected<transport::CommandResult> done =
            transport::runRemoteCommand(m_session, kopano::mountCommand(remote, m_useSudo), {}, 120000);
        if (!done)
            return done.error();
        const QString dir = QString::fromUtf8(done->out).trimmed();
        if (done->exitStatus != 0 || dir.isEmpty())
            return Error { Error::Code::Remote,
                QCoreApplication::translate("mig::migration", "sshfs could not mount %1 on the server (exit status %2): %3")
                    .arg(remote)
                    .arg(done->exitStatus)
                    .arg(QString::fromUtf8(done->err).trimmed()),
                {} };
        m_dir = dir;
        m_log(QCoreApplication::translate("mig::migration", "Mounted %1 at %2 on the server.").arg(remote, dir));
        return dir;
    }

private:
    transport::SshSession &m_session;
    bool m_useSudo;
    std::function<void(const QString &)> m_log;
    QString m_dir;
};

/// The reason kdb2mt failed: its exit and its last words on standard error.
QString kdbFailure(const kopano::ChannelDevice &kdb, int status)
{
    const QString said = kdb.lastErrorLines().join(QLatin1String(" / "));
    return QCoreApplication::translate("mig::migration", "gromox-kdb2mt failed (exit status %1)%2")
        .arg(status)
        .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said);
}

/// What kdb2mt reads on standard input: the Kopano SQL password, if any. The copy made here is
/// wiped; the caller wipes the returned bytes once they are sent.
Expected<QByteArray> kdbPasswordInput(const RunOptions &options)
{
    const QByteArray password = options.kopanoSqlPassword
        ? QByteArray(options.kopanoSqlPassword->data(), options.kopanoSqlPassword->size())
        : QByteArray();
    Expected<QByteArray> input = kopano::kdbInput(password);
    QByteArray passwordCopy = password;
    transport::wipe(passwordCopy);
    return input;
}

} // namespace

/// How one store of a Kopano job runs: where the messages a stopped run sent end, where the
/// counts of the stores before it stand, and where an archive's top folder goes.
struct KopanoStoreRun {
    quint64 skipMessages = 0;  ///< messages of this store the stopped run sent (passed over)
    bool resuming = false;     ///< a resumed run: folders the stopped run created exist already
    quint64 itemsBefore = 0;   ///< messages of the stores before this one (skipped and sent)
    quint64 bytesBefore = 0;   ///< stream bytes of the stores before this one
    kopano::RootPlacement root; ///< an archive's top folder; empty name: kdb2mt's folder map as is
};

MailboxReport MailboxJob::runKopano()
{
    const Job &job = m_plan.jobs.at(m_index);
    QList<kopano::StoreJob> stores;
    double totalMiB = 0;
    for (const sources::SourceSpec &spec : job.sources) {
        if (!kopano::isKopanoSpec(spec))
            return failWith(Error { Error::Code::InvalidArgument,
                QCoreApplication::translate("mig::migration", "A Kopano store can share its mailbox only with other Kopano stores."), {} });
        Expected<kopano::StoreJob> store = kopano::storeJobFrom(spec);
        if (!store)
            return failWith(store.error());
        totalMiB += std::max(0.0, store->sizeMiB);
        stores.append(*store);
    }
    if (totalMiB > 0)
        m_progress.bytesTotal = quint64(totalMiB * 1024 * 1024);

    const std::optional<ResumePoint> resumeFrom = usableResumePoint();
    if (resumeFrom) {
        m_progress.itemsDone = resumeFrom->items;
        m_itemsResumed = resumeFrom->items;
    }
    m_report.resumePoint = pointWhenNothingSent();
    if (m_env.stopRequested() || m_env.cancelRequested()) {
        m_failureCode = Error::Code::Canceled;
        return finishWith(MailboxState::Stopped, QCoreApplication::translate("mig::migration", "stopped before the mailbox started"));
    }

    KopanoStoreRun run;
    run.skipMessages = resumeFrom ? resumeFrom->items : 0;
    run.resuming = resumeFrom.has_value();
    quint64 skipped = 0, sent = 0;
    bool lastDirect = false, anyDirect = false, uncounted = false;
    for (qsizetype i = 0; i < stores.size(); ++i) {
        if (i > 0) {
            // Each store is a stream of its own, so each gets a gromox-import of its own.
            if (!lastDirect) {
                if (std::optional<MailboxReport> failed = takeVerdict())
                    return *failed;
            }
            m_target.reset();
            m_ssh = nullptr;
        }
        kopano::RelayResult relayed;
        if (std::optional<MailboxReport> ended = runKopanoStore(stores.at(i), run, &relayed))
            return *ended;
        lastDirect = relayed.direct;
        anyDirect = anyDirect || relayed.direct;
        uncounted = uncounted || !relayed.counted;
        skipped += relayed.counts.messagesSkipped;
        sent += relayed.counts.messagesSent;
        m_report.bytes += relayed.counts.bytesOut;
        run.skipMessages -= std::min(run.skipMessages, relayed.counts.messagesSkipped);
        run.itemsBefore = skipped + sent;
        run.bytesBefore += relayed.counts.bytesIn;
        if (relayed.stopped)
            return judgeRelayed(skipped, sent, true);
    }
    QString note;
    if (uncounted)
        note = QCoreApplication::translate("mig::migration", "ran directly on the server; message count unknown");
    else if (anyDirect)
        note = QCoreApplication::translate("mig::migration", "ran directly on the server");
    return judgeRelayed(skipped, sent, false, lastDirect, note);
}

std::optional<MailboxReport> MailboxJob::runKopanoStore(
    const kopano::StoreJob &store, const KopanoStoreRun &run, kopano::RelayResult *relayed)
{
    setState(MailboxState::Streaming);
    Expected<ReceiverInfo> receiver = openTarget();
    if (!receiver)
        return failWith(receiver.error());

    // kdb2mt gets a session of its own: each session is only read while its own channel is
    // handled, so a slow importer holds kdb2mt back through SSH flow control instead of piling
    // its stream up in memory here.
    transport::SshSession kdbSession(sessionOptions(m_plan.server, m_options));
    if (Expected<void> connected = kdbSession.connect(); !connected)
        return failWith(connected.error());
    kopano::KdbSettings kdb = store.server.kdb;
    kdb.useSudo = m_plan.server.useSudo;
    AttachmentMount mount(kdbSession, kdb.useSudo, [this](const QString &line) { log(line); });
    if (store.server.mountAttachments) {
        Expected<QString> dir = mount.mount(store.server.host + QLatin1Char(':') + kdb.attachDir);
        if (!dir)
            return failWith(dir.error());
        kdb.attachDir = *dir;
    }
    if (store.server.direct && m_ssh)
        return directKopano(kdbSession, kdb, store, run, relayed);
    if (store.server.direct)
        log(QCoreApplication::translate("mig::migration",
            "A dry run relays the store through this machine's validator even with --direct."));
    KopanoStoreRun storeRun = run;
    if (!store.targetFolder.isEmpty()) {
        // As a PST with --target-folder: a new top folder of that name, unanchored below
        // IPM_SUBTREE where Gromox 3.10+ reads that, else put there by the folder map itself.
        storeRun.root.name = store.targetFolder;
        storeRun.root.targetFid = receiver->readsUnanchoredRoot ? gxmt::kUnanchored : quint64(gxmt::FidIpmSubtree);
        log(QCoreApplication::translate("mig::migration", "The store's top folder goes into the folder \"%1\".")
                .arg(store.targetFolder));
    }
    return relayKopano(kdbSession, kopano::kdbCommand(kdb, store.store), storeRun, relayed);
}

std::optional<MailboxReport> MailboxJob::relayKopano(transport::SshSession &kdbSession, const QString &command,
                                                     const KopanoStoreRun &run, kopano::RelayResult *relayed)
{
    Expected<QByteArray> input = kdbPasswordInput(m_options);
    if (!input)
        return failWith(input.error());

    const int ioTimeoutMs = std::max(1, m_options.ioTimeoutSeconds) * 1000;
    kopano::ChannelDevice kdbOut(kdbSession, [this](const QString &line) { log(QStringLiteral("kdb2mt: ") + line); },
                                 ioTimeoutMs);
    m_env.setCancelHook(m_index, [t = m_target.get(), c = &kdbOut.channel()] {
        c->cancel();
        t->cancel();
    });
    log(QCoreApplication::translate("mig::migration", "Running on the server: %1").arg(command));
    Expected<void> started = kdbOut.channel().start(command);
    if (started)
        started = kdbOut.channel().write(*input);
    transport::wipe(*input);
    if (!started)
        return failWith(started.error());

    StartOptions start;
    // kdb2mt's folder map places everything itself; a resumed unspliced store continues in folders
    // that exist already.
    start.reuseExistingFolders = run.resuming;
    start.anchorAtIpmSubtree = !run.root.name.isEmpty() && run.root.targetFid == gxmt::kUnanchored;
    if (Expected<void> importing = m_target->start(start); !importing)
        return failWith(importing.error());
    m_report.resumePoint.reset(); // from here on, only a clean stop tells where this run ended

    const Expected<kopano::RelayResult> result = kopano::relayStream(kdbOut, m_target->sink(), relayOptions(run));
    if (std::optional<MailboxReport> ended = endRelay(kdbOut, result, ioTimeoutMs))
        return ended;
    *relayed = *result;
    return std::nullopt;
}

std::optional<MailboxReport> MailboxJob::directKopano(transport::SshSession &session, const kopano::KdbSettings &kdb,
    const kopano::StoreJob &store, const KopanoStoreRun &run, kopano::RelayResult *relayed)
{
    // The pipeline runs gromox-import itself: the launcher open() left waiting is not needed.
    const transport::ImporterInfo importer = m_ssh->importer();
    m_target->cancel();
    transport::ImportOptions import;
    import.importer = importer;
    import.targetUser = m_progress.target;
    import.continueOnError = m_plan.options.continueOnError;
    import.reuseExistingFolders = run.resuming;
    if (!store.targetFolder.isEmpty())
        log(QCoreApplication::translate("mig::migration",
            "--direct passes kdb2mt's folder map on unchanged: the store lands in its own top folder, not in \"%1\".")
                .arg(store.targetFolder));
    const QString command = kopano::directCommand(kdb, store.store, transport::ImportSink::commandWords(import));
    Expected<QByteArray> input = kdbPasswordInput(m_options);
    if (!input)
        return failWith(input.error());

    DirectOutcome outcome(m_index, m_env);
    const int ioTimeoutMs = std::max(1, m_options.ioTimeoutSeconds) * 1000;
    kopano::ChannelDevice out(session, [this, &outcome](const QString &line) {
        if (!outcome.takeLine(line))
            log(line.startsWith(QLatin1String("kdb2mt: ")) ? line : QStringLiteral("importer: ") + line);
    }, ioTimeoutMs);
    m_env.setCancelHook(m_index, [c = &out.channel()] { c->cancel(); });
    log(QCoreApplication::translate("mig::migration", "Running kdb2mt and gromox-import directly on the server: %1").arg(command));
    Expected<void> started = out.channel().start(command);
    if (started)
        started = out.channel().write(*input);
    transport::wipe(*input);
    if (!started)
        return failWith(started.error());
    m_report.resumePoint.reset(); // a direct pipeline cannot stop cleanly between two messages
    char buffer[16384];
    for (qint64 n; (n = out.read(buffer, sizeof buffer)) > 0;)
        outcome.feedStdout(QByteArray(buffer, n));
    Expected<int> exit = out.failure() ? Expected<int>(*out.failure()) : out.channel().finish(ioTimeoutMs);
    if (m_env.cancelRequested()) {
        m_failureCode = Error::Code::Canceled;
        return finishWith(MailboxState::Stopped, QCoreApplication::translate("mig::migration", "canceled"));
    }
    if (!exit)
        return failWith(exit.error());
    if (std::optional<Error> failed = outcome.failure(*exit, m_plan.options.continueOnError))
        return failWith(*failed);
    relayed->direct = true;
    relayed->counted = outcome.counted();
    relayed->counts.messagesSent = outcome.messages();
    m_report.itemsFailed += outcome.messageFailures();
    log(QCoreApplication::translate("mig::migration", "The store ran directly on the server (kdb2mt piped into gromox-import)."));
    return std::nullopt;
}

kopano::RelayOptions MailboxJob::relayOptions(const KopanoStoreRun &run)
{
    kopano::RelayOptions relay;
    relay.skipMessages = run.skipMessages;
    relay.root = run.root;
    relay.stopRequested = [this] { return m_env.stopRequested() || m_env.cancelRequested(); };
    relay.progress = [this, run](const kopano::RelayProgress &p) {
        const quint64 items = run.itemsBefore + p.messagesSkipped + p.messagesSent;
        m_progress.itemsDone = std::max(m_progress.itemsDone, items);
        m_progress.itemsSent = items - std::min(items, m_itemsResumed);
        // itemsTotal stays 0 until the end: the fraction done then follows the bytes against the
        // store size from the discovery instead of claiming 100 %.
        m_progress.bytesDone = run.bytesBefore + p.bytesIn;
        m_progress.folder = p.folder;
        publish();
    };
    return relay;
}

std::optional<MailboxReport> MailboxJob::endRelay(
    kopano::ChannelDevice &kdbOut, const Expected<kopano::RelayResult> &relayed, int ioTimeoutMs)
{
    if (!relayed && !kdbOut.failure() && !kdbOut.channel().outputEnded()) {
        // The receiver stopped reading, or kdb2mt's stream broke while it still writes: waiting for
        // its end would only pile the rest of the stream up here.
        kdbOut.channel().close();
        m_target->cancel();
        if (m_env.cancelRequested()) {
            m_failureCode = Error::Code::Canceled;
            return finishWith(MailboxState::Stopped, QCoreApplication::translate("mig::migration", "canceled"));
        }
        return failWith(relayed.error());
    }
    if (!relayed || !relayed->stopped) {
        // The producer's own verdict first: a wrong password or an unknown store ends kdb2mt with
        // a message and (mostly) an empty stream, which the reader alone would call "no input".
        Expected<int> status = kdbOut.failure() ? Expected<int>(*kdbOut.failure()) : kdbOut.channel().finish(ioTimeoutMs);
        if (m_env.cancelRequested()) {
            m_target->cancel();
            m_failureCode = Error::Code::Canceled;
            return finishWith(MailboxState::Stopped, QCoreApplication::translate("mig::migration", "canceled"));
        }
        if (!status || *status != 0) {
            m_target->cancel();
            return failWith(Error { Error::Code::Remote,
                status ? kdbFailure(kdbOut, *status) : status.error().fullText(), {} });
        }
        if (!relayed) {
            m_target->cancel();
            return failWith(relayed.error());
        }
    } else {
        // A clean stop between two messages: kdb2mt is not needed any more.
        kdbOut.channel().close();
    }
    return std::nullopt;
}

MailboxReport MailboxJob::judgeRelayed(quint64 skipped, quint64 sent, bool stopped, bool verdictTaken, const QString &note)
{
    m_report.itemsSent = sent;
    m_report.itemsResumed = skipped;
    m_report.itemsTotal = skipped + sent;
    m_progress.itemsSent = sent;
    m_progress.bytesDone = std::max(m_progress.bytesDone, m_report.bytes);
    if (!verdictTaken) {
        if (std::optional<MailboxReport> failed = takeVerdict())
            return *failed;
    }
    if (stopped) {
        m_failureCode = Error::Code::Canceled;
        if (!m_env.cancelRequested())
            m_report.resumePoint =
                ResumePoint::forJob(m_plan.jobs.at(m_index), m_plan.options, m_options.dryRun, skipped + sent, {});
        return finishWith(MailboxState::Stopped, QCoreApplication::translate("mig::migration", "stopped after %1 messages").arg(skipped + sent));
    }
    m_progress.itemsTotal = m_progress.itemsDone = skipped + sent;
    if (note.isEmpty()) // a note says the stores ran directly: nothing went through the relay
        log(QCoreApplication::translate("mig::migration", "%1 messages relayed from gromox-kdb2mt (%2 passed over for the resumed run).").arg(sent).arg(skipped));
    return finishWith(MailboxState::Done, note);
}

} // namespace mig::migration
