#pragma once

#include "migration/JobSources.h"
#include "migration/MarkTracker.h"
#include "migration/Plan.h"
#include "migration/Progress.h"
#include "migration/Report.h"
#include "migration/RunOptions.h"
#include "migration/StreamTarget.h"
#include "sources/Converter.h"
#include "transport/ImporterOutput.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace mig::kopano {
class ChannelDevice;
struct RelayOptions;
struct RelayResult;
struct StoreJob;
struct KdbSettings;
} // namespace mig::kopano

namespace mig::transport {
class SshSession;
} // namespace mig::transport

namespace mig::migration {

class SshStreamTarget;
struct KopanoStoreRun;

/// What a running job may ask of the run it belongs to. Implemented by the Runner (and by the
/// `import` command, a run of one job); called from the job's worker thread, reportProgress(),
/// stopRequested() and cancelRequested() also from its conversion thread: all must be thread-safe.
class JobEnvironment {
public:
    virtual ~JobEnvironment() = default;
    /// Stop after the current message (user's Stop, or the STOP marker file).
    virtual bool stopRequested() const = 0;
    /// Abort now.
    virtual bool cancelRequested() const = 0;
    virtual void reportProgress(const MailboxProgress &progress) = 0;
    /// One line for the mailbox's log file and the live log.
    virtual void log(int job, const QString &line) = 0;
    /// Registers what cancel must interrupt (a blocking network write); nullptr to clear.
    virtual void setCancelHook(int job, std::function<void()> hook) = 0;
    /// A line of the importer's output as it arrives. By default every line but the per-message
    /// confirmations (they would flood the log) goes to log().
    virtual void importerEvent(int job, const transport::ImportEvent &event);
};

/// Migrates one mailbox: opens its sources, counts, converts them into one GXMT stream and sends
/// it to a StreamTarget (the server's importer, or the local validator in a dry run), then judges
/// the importer's verdict. `run` runs one per plan job; `import` runs exactly one, so both place
/// folders alike (an unanchored root with -B IPM_SUBTREE on Gromox 3.10+, IPM_SUBTREE's id before).
/// Never throws; every failure ends up in the returned report.
/// Runs synchronously on the calling (worker) thread; the conversion runs on a thread of its own
/// while this one sends (transport::produceConcurrently()).
class MailboxJob final {
public:
    MailboxJob(const Plan &plan, int jobIndex, const RunOptions &options, JobEnvironment &environment);
    ~MailboxJob();

    /// Creates the target mailbox when it is missing (grommunio-admin), over the SSH session the
    /// job then streams on, and checks that it exists afterwards. Returns the failure reason,
    /// empty on success.
    QString ensureMailbox();

    /// What the ledger says of this mailbox before this run: its last state and, after a clean
    /// stop, where it may continue. With RunOptions::resume and a point that still fits the plan
    /// and its source files, run() passes over the items before the point and continues in the
    /// recorded root folders; otherwise it starts over (and says what that means in the log).
    void setEarlierRun(MailboxState state, std::optional<ResumePoint> point);
    /// How far earlier runs got with the sources that number their messages (IMAP), by source
    /// location (Ledger::marks()). Such sources then list only what is not on the server yet, in
    /// any run, and the report's marks say how far this run got.
    void setEarlierMarks(QHash<QString, sources::SourceMarks> marks);

    MailboxReport run();

    /// After run(): the converter's report when the conversion ran to its end (or to a stop).
    const std::optional<sources::ConversionReport> &conversion() const { return m_conversion; }
    /// After run(): the receiver's verdict when the stream was finished.
    const std::optional<TargetResult> &verdict() const { return m_verdict; }
    /// After a failed or stopped run(): the kind of error that ended it (InvalidArgument when the
    /// sources cannot share a stream of the receiver's revision, Canceled, ...).
    std::optional<Error::Code> failureCode() const { return m_failureCode; }

private:
    MailboxReport runSteps();
    // The steps of run(), in order.
    void beginReport();
    Expected<void> countSources();
    std::optional<ResumePoint> usableResumePoint();
    void logResume(const ResumePoint &point);
    Expected<ReceiverInfo> openTarget();
    Expected<sources::ConversionReport> streamSources(const ReceiverInfo &receiver,
                                                      const std::optional<ResumePoint> &resumeFrom);
    void recordConversion(const sources::ConversionReport &converted);
    QHash<QString, sources::SourceMarks> marksAfterRun() const;
    QStringList markedRootFolders() const;
    MailboxReport judge(const sources::ConversionReport &converted, const QStringList &rootFolders);
    /// Finishes the stream target and keeps its verdict (both judges start here): the failed
    /// mailbox's report when the target or the importer failed, else std::nullopt.
    std::optional<MailboxReport> takeVerdict();
    /// run() for a job of Kopano stores (KopanoMailbox.cpp): per store, in order, gromox-kdb2mt
    /// on the server, its stream relayed through the local reader into a target of its own.
    MailboxReport runKopano();
    /// One store: the failed/stopped mailbox's report, or std::nullopt with *relayed filled.
    std::optional<MailboxReport> runKopanoStore(const kopano::StoreJob &store, const KopanoStoreRun &run,
                                                kopano::RelayResult *relayed);
    std::optional<MailboxReport> relayKopano(transport::SshSession &kdbSession, const QString &command,
                                             const KopanoStoreRun &run, kopano::RelayResult *relayed);
    /// --direct: kdb2mt piped into gromox-import on the server (kopano/DirectPipe.h); *relayed
    /// counts what the importer reported (counted false when it reported nothing to count).
    std::optional<MailboxReport> directKopano(transport::SshSession &session, const kopano::KdbSettings &kdb,
                                              const kopano::StoreJob &store, const KopanoStoreRun &run,
                                              kopano::RelayResult *relayed);
    kopano::RelayOptions relayOptions(const KopanoStoreRun &run);
    /// After the relay: kdb2mt's exit status first; std::nullopt when both ended well.
    std::optional<MailboxReport> endRelay(
        kopano::ChannelDevice &kdbOut, const Expected<kopano::RelayResult> &relayed, int ioTimeoutMs);
    /// verdictTaken: the last store ran --direct, its importer's verdict is in already; note goes
    /// into a done mailbox's reason.
    MailboxReport judgeRelayed(quint64 skipped, quint64 sent, bool stopped, bool verdictTaken = false,
                               const QString &note = {});

    sources::ConversionOptions conversionOptions(const ReceiverInfo &receiver,
                                                 const std::optional<ResumePoint> &resumeFrom);
    void onConversionProgress(const sources::ConversionProgress &p);
    MailboxReport finishWith(MailboxState state, const QString &reason);
    MailboxReport failWith(const Error &error);
    std::unique_ptr<StreamTarget> makeTarget();
    std::optional<ResumePoint> pointWhenNothingSent() const;
    void setState(MailboxState state, const QString &message = {});
    void log(const QString &line);
    void publish(bool force = false);

    const Plan &m_plan;
    int m_index;
    const RunOptions &m_options;
    JobEnvironment &m_env;
    MailboxProgress m_progress;
    MailboxReport m_report;
    qint64 m_startedMs = 0;
    qint64 m_lastPublishMs = 0;
    quint64 m_itemsResumed = 0; ///< items a resumed run starts with (done by the stopped run)
    MailboxState m_earlierState = MailboxState::Queued;
    std::optional<ResumePoint> m_earlierPoint;
    QHash<QString, sources::SourceMarks> m_earlierMarks;
    bool m_usesMarks = false;              ///< some source continues after earlier marks
    std::unique_ptr<MarkTracker> m_tracker; ///< set once the sources are open
    bool m_streamStarted = false;
    std::atomic<quint64> m_importerTook { 0 }; ///< messages the importer confirmed (gromox-import -v)

    std::optional<JobSources> m_sources;
    std::unique_ptr<StreamTarget> m_target;
    SshStreamTarget *m_ssh = nullptr; ///< m_target when it streams to the server
    /// Stream bytes per folder, keyed by (source index, folder path): two sources' same-named
    /// folders are counted apart.
    QHash<std::pair<int, QString>, quint64> m_folderBytes;
    quint64 m_lastBytes = 0;
    QStringList m_rootFolders; ///< the new root folders of this run's stream (new-root placement)
    std::optional<sources::ConversionReport> m_conversion;
    std::optional<TargetResult> m_verdict;
    std::optional<Error::Code> m_failureCode;
};

} // namespace mig::migration
