#include "migration/SshStreamTarget.h"

#include "transport/ImporterDiscovery.h"
#include "transport/ServerFacts.h"
#include "transport/ShellQuote.h"

#include <QCoreApplication>

namespace mig::migration {

SshStreamTarget::SshStreamTarget(transport::SessionOptions session, ImporterSettings settings, EventHandler events,
                                 LogFunction log)
    : m_session(std::make_unique<transport::SshSession>(std::move(session)))
    , m_settings(std::move(settings))
    , m_events(std::move(events))
    , m_log(std::move(log))
{
}

SshStreamTarget::~SshStreamTarget() = default;

std::unique_ptr<transport::ImportSink> SshStreamTarget::makeSink(const transport::ImportOptions &options)
{
    return std::make_unique<transport::ImportSink>(*m_session, options, m_events);
}

Expected<void> SshStreamTarget::installSink(std::unique_ptr<transport::ImportSink> sink)
{
    QMutexLocker lock(&m_cancelMutex);
    if (m_canceled)
        return Error { Error::Code::Canceled, QCoreApplication::translate("mig::migration", "Canceled."), {} };
    m_sink = std::move(sink);
    return {};
}

Expected<void> SshStreamTarget::connect()
{
    if (m_connected)
        return {};
    if (auto connected = m_session->connect(); !connected)
        return connected.error();
    m_connected = true;
    m_log(QCoreApplication::translate("mig::migration", "Connected to %1 (host key %2, %3)")
              .arg(m_session->hostKey().host, m_session->hostKey().fingerprint, m_session->authMethod()));
    return {};
}

Expected<transport::ImporterInfo> SshStreamTarget::discoverInLauncher(const transport::DiscoveryOptions &discovery)
{
    // The importer is found by the remote command that will run it (issue 22: no second command
    // before the first byte); a server asked before in this run is not asked again.
    if (Expected<void> installed = installSink(makeSink({})); !installed)
        return installed.error();
    const std::optional<transport::ImporterInfo> known = transport::knownImporter(*m_session, discovery);
    Expected<transport::ServerFacts> facts = m_sink->startLauncher(m_settings.useSudo, !known);
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

Expected<ReceiverInfo> SshStreamTarget::open()
{
    if (Expected<void> connected = connect(); !connected)
        return connected.error();
    transport::DiscoveryOptions discovery;
    discovery.sudo = m_settings.useSudo;
    discovery.probeUser = m_settings.targetUser;
    Expected<transport::ImporterInfo> importer = discoverInLauncher(discovery);
    if (!importer)
        return importer.error();
    m_log(QCoreApplication::translate("mig::migration", "Importer %1 reads GXMT000%2 (%3)")
              .arg(importer->path)
              .arg(int(importer->revision))
              .arg(importer->basis));
    if (m_settings.forcedRevision != 0 && m_settings.forcedRevision != int(importer->revision)) {
        m_log(QCoreApplication::translate(
            "mig::migration", "Warning: writing GXMT000%1 as requested, but the importer appears to read GXMT000%2.")
                  .arg(m_settings.forcedRevision)
                  .arg(int(importer->revision)));
        importer->revision = gxmt::Revision(m_settings.forcedRevision);
    }
    m_importer = *importer;
    ReceiverInfo info;
    info.revision = m_importer.revision;
    info.readsUnanchoredRoot = m_importer.readsUnanchoredFolders();
    return info;
}

Expected<void> SshStreamTarget::start(const StartOptions &options)
{
    transport::ImportOptions import;
    import.importer = m_importer;
    import.targetUser = m_settings.targetUser;
    import.continueOnError = m_settings.continueOnError;
    import.reuseExistingFolders = options.reuseExistingFolders;
    if (options.anchorAtIpmSubtree)
        import.anchorFolder = QStringLiteral("IPM_SUBTREE");
    m_log(QCoreApplication::translate("mig::migration", "Running: %1")
              .arg(transport::shellCommand(transport::ImportSink::commandWords(import))));
    if (m_sink && m_sink->isLauncher() && !m_launcherAbandoned)
        return m_sink->launch(import);
    if (Expected<void> installed = installSink(makeSink(import)); !installed)
        return installed;
    return m_sink->start();
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
    target.exitStatus = result->exitStatus;
    target.bytesSent = result->bytesSent;
    target.foldersCreated = result->foldersCreated;
    target.warnings = result->warnings;
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
