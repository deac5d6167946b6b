#include "cli/ConvertCommand.h"

#include "cli/AddressOptions.h"
#include "cli/ConversionSummary.h"
#include "cli/SourceOptions.h"
#include "sources/SourceRegistry.h"
#include "core/OutputFile.h"
#include "gxmt/ByteSink.h"
#include "sources/Converter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

namespace mig::cli {


int convertCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("mig::cli", "PST/OST files or IMAP accounts (imaps://LOGIN@HOST) to convert."),
        QStringLiteral("FILE..."));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate("mig::cli", "Write the stream to FILE, or to standard output for \"-\"."),
        QStringLiteral("FILE"));
    const QCommandLineOption revisionOption(QStringLiteral("revision"),
        QCoreApplication::translate(
            "mig::cli", "GXMT revision to write: 5 (Gromox 3.3+, default), 4 (3.0-3.2), 3 (2.10-2.48)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption spliceOption(QStringLiteral("splice"),
        QCoreApplication::translate(
            "mig::cli", "Merge the special folders (Inbox, Sent Items, Calendar, ...) into the mailbox's own."));
    const QCommandLineOption hiddenOption(
        QStringLiteral("with-hidden"), QCoreApplication::translate("mig::cli", "Also convert hidden folders."));
    const QCommandLineOption associatedOption(QStringLiteral("with-associated"),
        QCoreApplication::translate("mig::cli", "Also convert folder-associated items (views, rules, forms)."));
    const QCommandLineOption targetOption(QStringLiteral("target-folder"),
        QCoreApplication::translate("mig::cli", "Name of the new folder instead of \"Import of <file> @<time>\"."),
        QStringLiteral("NAME"));
    const QCommandLineOption rootParentOption(QStringLiteral("root-parent"),
        QCoreApplication::translate("mig::cli",
            "Where the new folder is created: \"unanchored\" (Gromox 3.10+: beneath gromox-import's -B folder; "
            "run it with -B IPM_SUBTREE; default for revision 5) or \"ipm-subtree\" (older servers)."),
        QStringLiteral("WHERE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QCoreApplication::translate("mig::cli",
            "Print the summary as one line of JSON (on standard error when the stream goes to standard output)."));
    const AddressOptions addressOptions(true);
    addressOptions.addTo(parser);
    const SourceOptions sourceOptions;
    sourceOptions.addTo(parser);
    parser.addOptions(
        { jsonOption, outputOption, revisionOption, spliceOption, hiddenOption, associatedOption, targetOption, rootParentOption });
    if (const int rc = parseCommandLine(parser, ctx,
            QCoreApplication::translate("mig::cli", "Converts PST/OST files into a GXMT stream for gromox-import."));
        rc >= 0)
        return rc;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(outputOption)) {
        ctx.err << QCoreApplication::translate(
            "mig::cli", "convert: at least one FILE and -o OUT (or -o -) are required.")
                << Qt::endl;
        return ExitUsage;
    }
    bool numeric = false;
    const int revisionNumber = parser.value(revisionOption).toInt(&numeric);
    if (!numeric || revisionNumber < 3 || revisionNumber > 5) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: --revision must be 3, 4 or 5.") << Qt::endl;
        return ExitUsage;
    }
    const auto revision = gxmt::Revision(revisionNumber);
    const QString rootParent = parser.value(rootParentOption);
    if (!rootParent.isEmpty() && rootParent != QLatin1String("unanchored")
        && rootParent != QLatin1String("ipm-subtree")) {
        ctx.err << QCoreApplication::translate(
            "mig::cli", "convert: --root-parent must be \"unanchored\" or \"ipm-subtree\".")
                << Qt::endl;
        return ExitUsage;
    }
    if (files.size() > 1 && revision != gxmt::Revision::V5) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: several files in one stream need --revision 5.")
                << Qt::endl;
        return ExitUsage;
    }
    const QString output = parser.value(outputOption);
    QTextStream &log = output == QLatin1String("-") ? ctx.err : ctx.out;

    sources::ConversionOptions options;
    options.placement.splice = parser.isSet(spliceOption);
    options.placement.withHidden = parser.isSet(hiddenOption);
    options.placement.withAssociated = parser.isSet(associatedOption);
    options.placement.targetFolderName = parser.value(targetOption);
    options.placement.unanchoredRoot
        = rootParent.isEmpty() ? revision == gxmt::Revision::V5 : rootParent == QLatin1String("unanchored");

    Expected<std::shared_ptr<const addressing::AddressRewriter>> addresses = addressOptions.rewriter(parser, ctx);
    if (!addresses) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(addresses.error().fullText()) << Qt::endl;
        return addresses.error().code == Error::Code::InvalidArgument ? ExitUsage : ExitFailure;
    }
    options.addresses = *addresses;

    // Open every input first: a bad file is reported before anything is written.
    std::vector<std::unique_ptr<sources::Source>> opened;
    QList<std::pair<sources::Source *, QString>> inputs;
    auto prompts = sourceOptions.installPrompts(parser, ctx);
    if (!prompts) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(prompts.error().fullText()) << Qt::endl;
        return ExitFailure;
    }
    for (const QString &file : files) {
        auto spec = sourceOptions.specFor(file, parser);
        auto source = spec ? sources::openSource(*spec) : Expected<std::unique_ptr<sources::Source>>(spec.error());
        if (!source) {
            ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(source.error().fullText())
                    << Qt::endl;
            return spec ? ExitFailure : ExitUsage;
        }
        inputs.append({ source->get(), spec->displayName() });
        opened.push_back(std::move(*source));
    }

    // Never a temporary file renamed over a device, FIFO or symlink: OutputFile writes those in place.
    OutputFile outputFile(output);
    Expected<QIODevice *> device = outputFile.open();
    if (!device) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(device.error().fullText()) << Qt::endl;
        return ExitFailure;
    }
    gxmt::DeviceSink sink(*device);
    auto report = sources::convert(inputs, sink, revision, options);
    Expected<void> written = report ? sink.flush() : Expected<void>(report.error());
    if (written)
        written = outputFile.commit();
    if (!written) {
        outputFile.discard();
        ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(written.error().fullText()) << Qt::endl;
        return ExitFailure;
    }
    const int exitCode = conversionExitCode(*report);
    if (parser.isSet(jsonOption)) {
        printJson(log, conversionReportJson(QStringLiteral("convert"), *report, exitCode));
        return exitCode;
    }
    printConversionReport(log, *report);
    if (!options.placement.splice && options.placement.unanchoredRoot)
        log << QCoreApplication::translate("mig::cli",
            "Note: import with `gromox-import -B IPM_SUBTREE` so the new folder is created at the top of the mailbox "
            "(without -B, Gromox 3.10 puts it into Drafts).")
            << Qt::endl;
    log.flush();
    return exitCode;
}

} // namespace mig::cli
