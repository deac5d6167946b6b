#pragma once

#include "migration/RunOptions.h"
#include "migration/StreamTarget.h"
#include "transport/ImportSink.h"

#include <QMutex>

#include <functional>
#include <memory>

namespace mig::migration {

struct ServerConnection;

/// Streams into gromox-import on the plan's server: one SSH session per mailbox job.
class SshStreamTarget final : public StreamTarget {
public:
    using LogFunction = std::function<void(const QString &)>;

    SshStreamTarget(const ServerConnection &server, const RunOptions &options, QString targetUser,
                    bool continueOnError, int forcedRevision, LogFunction log);
    ~SshStreamTarget() override;

    /// Run the importer with -x (call before open()): a resumed mailbox continues in the root
    /// folder its first run created, which an exclusive create would refuse.
    void setReuseExistingFolders(bool on) { m_reuseExistingFolders = on; }

    Expected<gxmt::Revision> open() override;
    bool supportsUnanchoredRoot() const override { return false; }
    gxmt::ByteSink &sink() override;
    Expected<TargetResult> finish() override;
    void cancel() override;

    /// The connected session, for other commands of the same job (mailbox creation).
    transport::SshSession *session() { return m_session.get(); }

private:
    std::unique_ptr<transport::ImportSink> makeSink(const transport::ImportOptions &options);
    Expected<void> installSink(std::unique_ptr<transport::ImportSink> sink);
    Expected<transport::ImporterInfo> discoverInLauncher(const transport::DiscoveryOptions &discovery);

    std::unique_ptr<transport::SshSession> m_session;
    std::unique_ptr<transport::ImportSink> m_sink;
    QMutex m_cancelMutex; ///< cancel() comes from another thread while open() creates m_sink
    bool m_canceled = false;
    bool m_launcherAbandoned = false;
    QString m_targetUser;
    bool m_continueOnError;
    bool m_reuseExistingFolders = false;
    bool m_useSudo;
    int m_forcedRevision;
    LogFunction m_log;
};

} // namespace mig::migration
