// MailboxJob's run for a Kopano store (issue 18): gromox-kdb2mt runs on the grommunio server and
// its stream comes to this machine on one SSH channel, is read and checked frame by frame
// (kopano::relayStream) and goes on to the target (gromox-import on a channel of its own, or the
// local validator in a dry run), so the mailbox gets the same progress, counts, stop/resume and
// report as a converted one.

#include "kopano/ChannelDevice.h"
#include "kopano/KopanoSpec.h"
#include "kopano/StreamRelay.h"
#include "migration/MailboxJob.h"
#include "migration/ServerSession.h"
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

MailboxReport MailboxJob::runKopano()
{
    const Job &job = m_plan.jobs.at(m_index);
    if (job.sources.size() != 1)
        return failWith(Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::migration", "A Kopano store must be the only source of its mailbox."), {} });
    Expected<kopano::StoreJob> store = kopano::storeJobFrom(job.sources.first());
    if (!store)
        return failWith(store.error());
    if (store->sizeMiB > 0)
        m_progress.bytesTotal = quint64(store->sizeMiB * 1024 * 1024);

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
    kopano::KdbSettings kdb = store->server.kdb;
    kdb.useSudo = m_plan.server.useSudo;
    AttachmentMount mount(kdbSession, kdb.useSudo, [this](const QString &line) { log(line); });
    if (store->server.mountAttachments) {
        Expected<QString> dir = mount.mount(store->server.host + QLatin1Char(':') + kdb.attachDir);
        if (!dir)
            return failWith(dir.error());
        kdb.attachDir = *dir;
    }
    return relayKopano(kdbSession, kopano::kdbCommand(kdb, store->store), resumeFrom);
}

MailboxReport MailboxJob::relayKopano(
    transport::SshSession &kdbSession, const QString &command, const std::optional<ResumePoint> &resumeFrom)
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
    start.reuseExistingFolders = resumeFrom.has_value();
    if (Expected<void> importing = m_target->start(start); !importing)
        return failWith(importing.error());
    m_report.resumePoint.reset(); // from here on, only a clean stop tells where this run ended

    const Expected<kopano::RelayResult> relayed
        = kopano::relayStream(kdbOut, m_target->sink(), relayOptions(resumeFrom ? resumeFrom->items : 0));
    return endRelay(kdbOut, relayed, ioTimeoutMs);
}

kopano::RelayOptions MailboxJob::relayOptions(quint64 skipMessages)
{
    kopano::RelayOptions relay;
    relay.skipMessages = skipMessages;
    relay.stopRequested = [this] { return m_env.stopRequested() || m_env.cancelRequested(); };
    relay.progress = [this](const kopano::RelayProgress &p) {
        m_progress.itemsDone = std::max(m_progress.itemsDone, p.messagesSkipped + p.messagesSent);
        m_progress.itemsSent = p.messagesSent;
        // itemsTotal stays 0 until the end: the fraction done then follows the bytes against the
        // store size from the discovery instead of claiming 100 %.
        m_progress.bytesDone = p.bytesIn;
        m_progress.folder = p.folder;
        publish();
    };
    return relay;
}

MailboxReport MailboxJob::endRelay(
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
    m_report.bytes = relayed->counts.bytesOut;
    return judgeRelayed(relayed->counts.messagesSkipped, relayed->counts.messagesSent, relayed->stopped);
}

MailboxReport MailboxJob::judgeRelayed(quint64 skipped, quint64 sent, bool stopped)
{
    m_report.itemsSent = sent;
    m_report.itemsResumed = skipped;
    m_report.itemsTotal = skipped + sent;
    m_progress.itemsSent = sent;
    m_progress.bytesDone = std::max(m_progress.bytesDone, m_report.bytes);
    if (std::optional<MailboxReport> failed = takeVerdict())
        return *failed;
    if (stopped) {
        m_failureCode = Error::Code::Canceled;
        if (!m_env.cancelRequested())
            m_report.resumePoint =
                ResumePoint::forJob(m_plan.jobs.at(m_index), m_plan.options, m_options.dryRun, skipped + sent, {});
        return finishWith(MailboxState::Stopped, QCoreApplication::translate("mig::migration", "stopped after %1 messages").arg(skipped + sent));
    }
    m_progress.itemsTotal = m_progress.itemsDone = skipped + sent;
    log(QCoreApplication::translate("mig::migration", "%1 messages relayed from gromox-kdb2mt (%2 passed over for the resumed run).").arg(sent).arg(skipped));
    return finishWith(MailboxState::Done, {});
}

} // namespace mig::migration
