#pragma once

#include "migration/StreamTarget.h"
#include "transport/ImportSink.h"
#include "transport/SshSession.h"

#include <QMutex>

#include <functional>
#include <memory>

namespace mig::migration {

/// Who receives the stream on the server and how the importer runs.
struct ImporterSettings {
    QString targetUser;           ///< -u
    bool continueOnError = false; ///< -c
    bool useSudo = false;         ///< run the importer (and grommunio-admin) through sudo -n
    int forcedRevision = 0;       ///< 3/4/5 instead of the importer's own; 0 = the importer's
};

/// Streams into gromox-import on a server over one SSH session per mailbox job, which the job
/// also uses for its other remote commands (mailbox creation). The importer is found by the
/// remote command that runs it (issue 22); on Gromox 3.10+ it places an unanchored root, and
/// start() with anchorAtIpmSubtree runs it with -B IPM_SUBTREE.
class SshStreamTarget final : public StreamTarget {
public:
    using LogFunction = std::function<void(const QString &)>;
    using EventHandler = transport::ImportSink::EventHandler;

    SshStreamTarget(transport::SessionOptions session, ImporterSettings settings, EventHandler events,
                    LogFunction log);
    ~SshStreamTarget() override;

    /// Connects and authenticates (once; open() does it when not done yet).
    Expected<void> connect();
    /// The session, for other commands of the same job after connect().
    transport::SshSession &session() { return *m_session; }

    Expected<ReceiverInfo> open() override;
    /// The importer open() found (program, path, sudo), for a pipeline that runs it itself.
    const transport::ImporterInfo &importer() const { return m_importer; }
    Expected<void> start(const StartOptions &options) override;
    gxmt::ByteSink &sink() override;
    Expected<TargetResult> finish() override;
    void cancel() override;

private:
    std::unique_ptr<transport::ImportSink> makeSink(const transport::ImportOptions &options);
    Expected<void> installSink(std::unique_ptr<transport::ImportSink> sink);
    Expected<transport::ImporterInfo> discoverInLauncher(const transport::DiscoveryOptions &discovery);

    std::unique_ptr<transport::SshSession> m_session;
    std::unique_ptr<transport::ImportSink> m_sink;
    QMutex m_cancelMutex; ///< cancel() comes from another thread while open() creates m_sink
    bool m_canceled = false;
    bool m_connected = false;
    bool m_launcherAbandoned = false;
    ImporterSettings m_settings;
    transport::ImporterInfo m_importer;
    EventHandler m_events;
    LogFunction m_log;
};

} // namespace mig::migration
