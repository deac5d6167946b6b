#include "cli/ImportStreaming.h"

#include "cli/ImportSshOptions.h"
#include "transport/ImporterDiscovery.h"
#include "transport/ShellQuote.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace mig::cli {

std::optional<ImportTarget> connectToImporter(const ImportSshOptions &ssh, const QCommandLineParser &parser,
    const QString &targetUser, CommandContext &ctx, int *exitCode)
{
    ImportTarget target;
    target.session = ssh.connect(parser, ctx, exitCode);
    if (!target.session)
        return std::nullopt;
    *exitCode = ExitFailure;
    Expected<transport::ImporterInfo> importer
        = transport::discoverImporter(*target.session, ssh.discoveryOptions(parser, targetUser));
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

int streamIntoImporter(transport::SshSession &session, const transport::ImportOptions &options,
    const std::function<Expected<void>(gxmt::ByteSink &)> &produce, CommandContext &ctx)
{
    transport::ImportSink sink(
        session, options, [&ctx](const transport::ImportEvent &event) { printImportEvent(event, ctx); });
    ctx.err << QCoreApplication::translate("mig::cli", "Running: %1")
                   .arg(transport::shellCommand(transport::ImportSink::commandWords(options)))
            << Qt::endl;
    if (Expected<void> started = sink.start(); !started) {
        ctx.err << started.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    Expected<void> produced = produce(sink);
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
