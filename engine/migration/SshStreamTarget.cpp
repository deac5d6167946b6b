#include "migration/SshStreamTarget.h"

#include "migration/Plan.h"
#include "migration/ServerSession.h"
#include "transport/ImporterDiscovery.h"
#include "transport/ServerFacts.h"

#include <QCoreApplication>

namespace mig::migration {

SshStreamTarget::SshStreamTarget(const ServerConnection &server, const RunOptions &options, QString targetUser,
                                 bool continueOnError, int forcedRevision, LogFunction log)
    : m_targetUser(std::move(targetUser))
    , m_continueOnError(continueOnError)
    , m_useSudo(server.useSudo)
    , m_forcedRevision(forcedRevision)
    , m_log(std::move(log))
{
    transport::SessionOptions session = sessionOptions(server);
    session.acceptedFingerprint = options.acceptedFingerprint;
    session.confirmHostKey = options.confirmHostKey;
    session.askSecret = options.askSecret;
    m_session = std::make_unique<transport::SshSession>(std::move(session));
}

SshStreamTarget::~SshStreamTarget() = default;

std::unique_ptr<transport::ImportSink> SshStreamTarget::makeSink(const transport::ImportOptions &options)
{
    return std::make_unique<transport::ImportSink>(*m_session, options, [this](const transport::ImportEvent &event) {
        // Per-message confirmations would flood the log; everything else is worth keeping.
        if (event.kind != transport::ImportEvent::Kind::MessageCreated)
            m_log(QStringLiteral("importer: ") + event.line);
    });
}

Expected<void> SshStreamTarget::installSink(std::unique_ptr<transport::ImportSink> sink)
{
    QMutexLocker lock(&m_cancelMutex);
    if (m_canceled)
        return Error { Error::Code::Canceled, QCoreApplication::translate("mig::migration", "Canceled."), {} };
    m_sink = std::move(sink);
    return {};
}

Expected<transport::ImporterInfo> SshStreamTarget::discoverInLauncher(const transport::DiscoveryOptions &discovery)
{
    // The importer is found by the remote command that will run it (issue 22: no second command
    // before the first byte); a server asked before in this run is not asked again.
    if (Expected<void> installed = installSink(makeSink({})); !installed)
        return installed.error();
    const std::optional<transport::ImporterInfo> known = transport::knownImporter(*m_session, discovery);
    Expected<transport::ServerFacts> facts = m_sink->startLauncher(m_useSudo, !known);
    if (!facts)
        return facts.error();
    if (known)
        return *known;
    if (facts->importPath.isEmpty()) {
        // An old gromox-mt2exm may need a probe stream: the separate commands of discoverImporter().
        m_sink->abandonLauncher();
        m_launcherAbandoned = true;
        return transport::discoverImporter(*m_session, discovery);
    }
    Expected<transport::ImporterInfo> importer = transport::importerFromFacts(*m_session, *facts, discovery);
    if (importer)
        transport::rememberImporter(*m_session, discovery, *importer);
    return importer;
}

Expected<gxmt::Revision> SshStreamTarget::open()
{
    if (auto connected = m_session->connect(); !connected)
        return connected.error();
    m_log(QCoreApplication::translate("mig::migration", "Connected to %1 (host key %2, %3)")
              .arg(m_session->hostKey().host, m_session->hostKey().fingerprint, m_session->authMethod()));
    transport::DiscoveryOptions discovery;
    discovery.sudo = m_useSudo;
    discovery.probeUser = m_targetUser;
    Expected<transport::ImporterInfo> importer = discoverInLauncher(discovery);
    if (!importer)
        return importer.error();
    if (m_forcedRevision != 0)
        importer->revision = gxmt::Revision(m_forcedRevision);
    m_log(QCoreApplication::translate("mig::migration", "Importer %1 reads GXMT000%2 (%3)")
              .arg(importer->program)
              .arg(int(importer->revision))
              .arg(importer->basis));

    transport::ImportOptions import;
    import.importer = *importer;
    import.targetUser = m_targetUser;
    import.continueOnError = m_continueOnError;
    import.reuseExistingFolders = m_reuseExistingFolders;
    Expected<void> started = [&]() -> Expected<void> {
        if (m_sink->isLauncher() && !m_launcherAbandoned)
            return m_sink->launch(import);
        if (Expected<void> installed = installSink(makeSink(import)); !installed)
            return installed;
        return m_sink->start();
    }();
    if (!started)
        return started.error();
    return importer->revision;
}

gxmt::ByteSink &SshStreamTarget::sink()
{
    return *m_sink;
}

Expected<TargetResult> SshStreamTarget::finish()
{
    Expected<transport::ImportResult> result = m_sink->finish();
    if (!result)
        return result.error();
    TargetResult target;
    target.succeeded = result->succeeded();
    target.explanation = result->explanation;
    target.messagesConfirmed = result->messagesCreated;
    target.messageFailures = result->messageFailures;
    target.errorLines = result->errorLines;
    return target;
}

void SshStreamTarget::cancel()
{
    QMutexLocker lock(&m_cancelMutex);
    m_canceled = true;
    if (m_sink)
        m_sink->cancel();
}

} // namespace mig::migration
