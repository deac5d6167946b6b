#include "cli/ImportStreaming.h"

#include "cli/ImportSshOptions.h"
#include "transport/ImporterDiscovery.h"
#include "transport/PhaseLog.h"
#include "transport/ProducerPipeline.h"
#include "transport/ShellQuote.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace mig::cli {

namespace {

/// Finds the importer through a launcher (ImportSink::startLauncher): the facts come from the same
/// remote command that will run the importer. An old gromox-mt2exm that needs a probe stream makes
/// it fall back to discoverImporter() and a channel of its own.
Expected<transport::ImporterInfo> discoverThroughLauncher(ImportTarget &target,
    const transport::DiscoveryOptions &discovery, CommandContext &ctx)
{
    target.launcher = std::make_unique<transport::ImportSink>(*target.session, transport::ImportOptions {},
        [&ctx](const transport::ImportEvent &event) { printImportEvent(event, ctx); });
    const std::optional<transport::ImporterInfo> known = transport::knownImporter(*target.session, discovery);
    Expected<transport::ServerFacts> facts = target.launcher->startLauncher(discovery.sudo, !known);
    if (!facts) {
        target.launcher.reset();
        return facts.error();
    }
    if (known)
        return *known;
    if (facts->importPath.isEmpty()) {
        target.launcher->abandonLauncher();
        target.launcher.reset();
        return transport::discoverImporter(*target.session, discovery);
    }
    Expected<transport::ImporterInfo> importer = transport::importerFromFacts(*target.session, *facts, discovery);
    if (importer)
        transport::rememberImporter(*target.session, discovery, *importer);
    return importer;
}

} // namespace

std::optional<ImportTarget> connectToImporter(const ImportSshOptions &ssh, const QCommandLineParser &parser,
    const QString &targetUser, CommandContext &ctx, int *exitCode)
{
    ImportTarget target;
    target.session = ssh.connect(parser, ctx, exitCode);
    if (!target.session)
        return std::nullopt;
    *exitCode = ExitFailure;
    Expected<transport::ImporterInfo> importer
        = discoverThroughLauncher(target, ssh.discoveryOptions(parser, targetUser), ctx);
    if (!importer) {
        ctx.err << importer.error().fullText() << Qt::endl;
        return std::nullopt;
    }
    ctx.err << QCoreApplication::translate("mig::cli", "Importer: %1, stream revision GXMT%2 (%3).")
                   .arg(importer->path)
                   .arg(int(importer->revision), 4, 10, QLatin1Char('0'))
                   .arg(importer->basis)
            << Qt::endl;
    target.importer = *importer;
    return target;
}

int streamIntoImporter(ImportTarget &target, const transport::ImportOptions &options,
    const std::function<Expected<void>(gxmt::ByteSink &)> &produce, CommandContext &ctx)
{
    std::unique_ptr<transport::ImportSink> own = std::move(target.launcher);
    if (!own)
        own = std::make_unique<transport::ImportSink>(*target.session, options,
            [&ctx](const transport::ImportEvent &event) { printImportEvent(event, ctx); });
    transport::ImportSink &sink = *own;
    ctx.err << QCoreApplication::translate("mig::cli", "Running: %1")
                   .arg(transport::shellCommand(transport::ImportSink::commandWords(options)))
            << Qt::endl;
    if (Expected<void> started = sink.isLauncher() ? sink.launch(options) : sink.start(); !started) {
        ctx.err << started.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    // The producer (reading a file, converting a PST) runs on its own thread; this thread owns the
    // SSH session and only sends (issue 22: reading, encoding and sending overlap).
    Expected<void> produced = transport::produceConcurrently(produce, sink);
    if (!produced) {
        ctx.err << produced.error().fullText() << Qt::endl;
        // The importer has seen a truncated stream at most; let it end so its own words are shown.
        if (produced.error().code != Error::Code::Remote && produced.error().code != Error::Code::Network)
            (void)sink.finish();
        return produced.error().code == Error::Code::Canceled ? ExitCanceled : ExitFailure;
    }
    Expected<transport::ImportResult> finished = sink.finish();
    if (!finished) {
        ctx.err << finished.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    const transport::ImportResult &result = *finished;
    const double seconds = std::max<qint64>(timer.elapsed(), 1) / 1000.0;
    ctx.out << QCoreApplication::translate("mig::cli",
        "Sent %1 bytes in %2 s (%3 MiB/s). The importer created %4 folders and %5 messages; %6 warnings, %7 failed "
        "messages.")
                   .arg(result.bytesSent)
                   .arg(seconds, 0, 'f', 1)
                   .arg(double(result.bytesSent) / (1024.0 * 1024.0) / seconds, 0, 'f', 1)
                   .arg(result.foldersCreated)
                   .arg(result.messagesCreated)
                   .arg(result.warnings)
                   .arg(result.messageFailures)
            << Qt::endl;
    ctx.out << result.explanation << Qt::endl;
    if (result.exitStatus != 0 && !result.errorLines.isEmpty())
        ctx.err << QCoreApplication::translate("mig::cli", "The importer said: %1")
                       .arg(result.errorLines.join(QLatin1String("\n  ")))
                << Qt::endl;
    if (result.exitStatus != 0)
        return ExitFailure;
    // With --continue-on-error the importer stores what it can and exits 0: refused messages make
    // the import partial, not failed.
    return result.messageFailures == 0 ? ExitOk : ExitPartial;
}

} // namespace mig::cli
