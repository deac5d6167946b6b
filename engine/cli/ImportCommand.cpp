#include "cli/ImportCommand.h"

#include "cli/AddressOptions.h"
#include "cli/ConversionSummary.h"
#include "cli/ImportSshOptions.h"
#include "cli/ImportStreaming.h"
#include "cli/InterruptWatch.h"
#include "cli/SourceOptions.h"
#include "sources/SourceRegistry.h"
#include "sources/Converter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>
#include <vector>

namespace mig::cli {

namespace {

void printConversion(const sources::ConversionReport &report, CommandContext &ctx)
{
    for (const sources::SourceReport &source : report.sources) {
        for (const sources::ItemProblem &problem : source.failures) {
            ctx.err << QCoreApplication::translate("mig::cli", "%1: not converted: folder \"%2\", node 0x%3: %4")
                           .arg(source.name, problem.folderPath)
                           .arg(problem.itemId, 0, 16)
                           .arg(problem.reason)
                    << Qt::endl;
        }
    }
    for (const sources::SourceReport &source : report.sources)
        printAddressSummary(ctx.out, source.addresses);
    ctx.out << QCoreApplication::translate("mig::cli", "Converted %1 items, skipped %2, failed %3.")
                   .arg(report.converted())
                   .arg(report.skipped())
                   .arg(report.failed())
            << Qt::endl;
}

} // namespace

int importCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
        QCoreApplication::translate("mig::cli", "Target mailbox: user@domain."),
        QCoreApplication::translate("mig::cli", "mailbox"));
    const QCommandLineOption splice(QStringLiteral("splice"),
        QCoreApplication::translate(
            "mig::cli", "Merge the special folders (Inbox, Sent Items, ...) into the mailbox's own."));
    const QCommandLineOption targetFolder(QStringLiteral("target-folder"),
        QCoreApplication::translate("mig::cli", "Name of the new folder instead of \"Import of <file> @<time>\"."),
        QCoreApplication::translate("mig::cli", "name"));
    const QCommandLineOption revision(QStringLiteral("revision"),
        QCoreApplication::translate("mig::cli", "GXMT revision: auto (ask the server, default), 3, 4 or 5."),
        QCoreApplication::translate("mig::cli", "auto|N"), QStringLiteral("auto"));
    const QCommandLineOption continueOnError(QStringLiteral("continue-on-error"),
        QCoreApplication::translate("mig::cli", "Skip messages the server cannot store (gromox-import -c)."));
    const QCommandLineOption hidden(
        QStringLiteral("with-hidden"), QCoreApplication::translate("mig::cli", "Also convert hidden folders."));
    const QCommandLineOption associated(QStringLiteral("with-associated"),
        QCoreApplication::translate("mig::cli", "Also convert folder-associated items (views, rules, forms)."));
    const QCommandLineOption json(QStringLiteral("json"),
        QCoreApplication::translate("mig::cli", "Print the summary as one line of JSON on standard output."));
    parser.addOptions({ to, splice, targetFolder, revision, continueOnError, hidden, associated, json });
    const AddressOptions addressOptions(false);
    addressOptions.addTo(parser);
    ImportSshOptions ssh;
    ssh.addTo(parser);
    const SourceOptions sourceOptions;
    sourceOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("sources"),
        QCoreApplication::translate("mig::cli", "PST/OST files or IMAP accounts (imaps://LOGIN@HOST) to import."),
        QStringLiteral("SOURCE..."));
    if (const int rc = parseCommandLine(parser, ctx,
            QCoreApplication::translate(
                "mig::cli", "Converts sources and streams them into a grommunio mailbox over SSH."));
        rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(to)) {
        ctx.err << QCoreApplication::translate(
            "mig::cli", "Usage: import SOURCE... --to user@domain --ssh [user@]host[:port]")
                << Qt::endl;
        return ExitUsage;
    }
    std::optional<gxmt::Revision> forcedRevision;
    if (parser.value(revision) != QLatin1String("auto")) {
        bool numeric = false;
        const int number = parser.value(revision).toInt(&numeric);
        if (!numeric || number < 3 || number > 5) {
            ctx.err << QCoreApplication::translate("mig::cli", "--revision must be auto, 3, 4 or 5.") << Qt::endl;
            return ExitUsage;
        }
        forcedRevision = gxmt::Revision(number);
    }

    Expected<std::shared_ptr<const addressing::AddressRewriter>> addresses = addressOptions.rewriter(parser, ctx);
    if (!addresses) {
        ctx.err << addresses.error().fullText() << Qt::endl;
        return ExitFailure;
    }

    // Open every source before connecting: a bad file is reported before anything is sent.
    std::vector<std::unique_ptr<sources::Source>> opened;
    QList<std::pair<sources::Source *, QString>> inputs;
    auto prompts = sourceOptions.installPrompts(parser, ctx);
    if (!prompts) {
        ctx.err << prompts.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    for (const QString &file : files) {
        Expected<sources::SourceSpec> spec = sourceOptions.specFor(file, parser);
        Expected<std::unique_ptr<sources::Source>> source
            = spec ? sources::openSource(*spec) : Expected<std::unique_ptr<sources::Source>>(spec.error());
        if (!source) {
            ctx.err << source.error().fullText() << Qt::endl;
            return spec ? ExitFailure : ExitUsage;
        }
        inputs.append({ source->get(), spec->displayName() });
        opened.push_back(std::move(*source));
    }

    int exitCode = ExitFailure;
    std::optional<ImportTarget> server = connectToImporter(ssh, parser, parser.value(to), ctx, &exitCode);
    if (!server)
        return exitCode;
    const transport::ImporterInfo *importer = &server->importer;
    const gxmt::Revision streamRevision = forcedRevision.value_or(importer->revision);
    if (streamRevision != importer->revision) {
        ctx.err << QCoreApplication::translate(
            "mig::cli", "Warning: writing GXMT%1 as requested, but the server's importer appears to read GXMT%2.")
                       .arg(int(streamRevision), 4, 10, QLatin1Char('0'))
                       .arg(int(importer->revision), 4, 10, QLatin1Char('0'))
                << Qt::endl;
    }
    if (inputs.size() > 1 && streamRevision != gxmt::Revision::V5) {
        ctx.err << QCoreApplication::translate(
            "mig::cli", "Several sources in one stream need GXMT0005 (Gromox 3.3 or later); import them one at a time.")
                << Qt::endl;
        return ExitUsage;
    }

    sources::ConversionOptions conversion;
    conversion.placement.splice = parser.isSet(splice);
    conversion.placement.targetFolderName = parser.value(targetFolder);
    conversion.placement.withHidden = parser.isSet(hidden);
    conversion.placement.withAssociated = parser.isSet(associated);
    conversion.addresses = *addresses;
    // Only Gromox 3.10+ places an unanchored root (gxmt-format.md §1.1); otherwise the new folder
    // is put below IPM_SUBTREE by the folder map itself.
    conversion.placement.unanchoredRoot = importer->readsUnanchoredFolders();

    transport::ImportOptions options;
    options.importer = *importer;
    options.targetUser = parser.value(to);
    options.continueOnError = parser.isSet(continueOnError);
    if (!conversion.placement.splice && conversion.placement.unanchoredRoot)
        options.anchorFolder = QStringLiteral("IPM_SUBTREE");

    // Ctrl+C: end the stream cleanly after the current message, so the importer keeps what it got;
    // a second Ctrl+C ends the program at once.
    InterruptWatch interrupts;
    conversion.isCanceled = [&interrupts, &ctx, noticed = false]() mutable {
        if (interrupts.count() == 0)
            return false;
        if (!noticed) {
            noticed = true;
            interrupts.letNextInterruptKill();
            ctx.err << '\n'
                    << QCoreApplication::translate(
                           "mig::cli", "Stopping after the current message (Ctrl+C again to quit at once) ...")
                    << Qt::endl;
        }
        return true;
    };

    std::optional<sources::ConversionReport> conversionReport;
    const int rc = streamIntoImporter(
        *server, options,
        [&](gxmt::ByteSink &sink) -> Expected<void> {
            Expected<sources::ConversionReport> report = sources::convert(inputs, sink, streamRevision, conversion);
            if (!report)
                return report.error();
            conversionReport = *report;
            return {};
        },
        ctx);
    if (!conversionReport)
        return rc;
    if (conversionReport->canceled)
        ctx.err << QCoreApplication::translate("mig::cli",
            "Stopped by Ctrl+C after %1 items: the stream ended cleanly, and what was sent is in the mailbox.")
                       .arg(conversionReport->itemSlots)
                << Qt::endl;
    // The importer's verdict comes first: a stream it refused is a failure whatever was converted.
    exitCode = rc != ExitOk ? rc : conversionExitCode(*conversionReport);
    if (parser.isSet(json))
        printJson(ctx.out, conversionReportJson(QStringLiteral("import"), *conversionReport, exitCode));
    else
        printConversion(*conversionReport, ctx);
    return exitCode;
}

} // namespace mig::cli
