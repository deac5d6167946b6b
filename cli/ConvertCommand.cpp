#include "cli/ConvertCommand.h"

#include "cli/AddressOptions.h"
#include "cli/ConversionSummary.h"
#include "cli/SourceOptions.h"
#include "sources/SourceRegistry.h"
#include "core/OutputFile.h"
#include "gxmt/ByteSink.h"
#include "sources/Converter.h"
#include "sources/pst/PstKind.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>
#include <optional>
#include <vector>

namespace mig::cli {

namespace {

/// The options of convert besides the source and address options.
struct ConvertFlags {
    QCommandLineOption output;
    QCommandLineOption revision;
    QCommandLineOption splice;
    QCommandLineOption hidden;
    QCommandLineOption associated;
    QCommandLineOption target;
    QCommandLineOption rootParent;
    QCommandLineOption json;
};

ConvertFlags declareConvertOptions(QCommandLineParser &parser)
{
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
    ConvertFlags flags { outputOption, revisionOption, spliceOption, hiddenOption, associatedOption, targetOption,
        rootParentOption, jsonOption };
    return flags;
}

/// What the command line asks convert to do, checked for usage errors.
struct ConvertSettings {
    QStringList files;
    QString output;
    gxmt::Revision revision = gxmt::Revision::V5;
    sources::ConversionOptions options;
    bool json = false;
};

/// Reports a usage error on ctx.err and returns nothing when the options do not fit together.
std::optional<ConvertSettings> parseConvertSettings(
    const QCommandLineParser &parser, const ConvertFlags &flags, CommandContext &ctx)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(flags.output)) {
        ctx.err << QCoreApplication::translate(
            "mig::cli", "convert: at least one FILE and -o OUT (or -o -) are required.")
                << Qt::endl;
        return std::nullopt;
    }
    bool numeric = false;
    const int revisionNumber = parser.value(flags.revision).toInt(&numeric);
    if (!numeric || revisionNumber < 3 || revisionNumber > 5) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: --revision must be 3, 4 or 5.") << Qt::endl;
        return std::nullopt;
    }
    const auto revision = gxmt::Revision(revisionNumber);
    const QString rootParent = parser.value(flags.rootParent);
    if (!rootParent.isEmpty() && rootParent != QLatin1String("unanchored")
        && rootParent != QLatin1String("ipm-subtree")) {
        ctx.err << QCoreApplication::translate(
            "mig::cli", "convert: --root-parent must be \"unanchored\" or \"ipm-subtree\".")
                << Qt::endl;
        return std::nullopt;
    }
    if (files.size() > 1 && revision != gxmt::Revision::V5) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: several files in one stream need --revision 5.")
                << Qt::endl;
        return std::nullopt;
    }
    ConvertSettings settings { files, parser.value(flags.output), revision, {}, parser.isSet(flags.json) };
    sources::PlacementOptions &placement = settings.options.placement;
    placement.splice = parser.isSet(flags.splice);
    placement.withHidden = parser.isSet(flags.hidden);
    placement.withAssociated = parser.isSet(flags.associated);
    placement.targetFolderName = parser.value(flags.target);
    placement.unanchoredRoot
        = rootParent.isEmpty() ? revision == gxmt::Revision::V5 : rootParent == QLatin1String("unanchored");
    return settings;
}

/// The opened inputs and the (source, display name) pairs the converter takes.
struct OpenedInputs {
    std::vector<std::unique_ptr<sources::Source>> owned;
    QList<std::pair<sources::Source *, QString>> inputs;
};

/// Opens every input first, so a bad file is reported before anything is written. Returns ExitOk
/// or the exit code of the failure it reported.
int openInputs(const QStringList &files, const SourceOptions &sourceOptions, const QCommandLineParser &parser,
    OpenedInputs &opened, CommandContext &ctx)
{
    for (const QString &file : files) {
        auto spec = sourceOptions.specFor(file, parser);
        auto source = spec ? sources::openSource(*spec) : Expected<std::unique_ptr<sources::Source>>(spec.error());
        if (!source) {
            ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(source.error().fullText())
                    << Qt::endl;
            return spec ? ExitFailure : ExitUsage;
        }
        opened.inputs.append({ source->get(), spec->displayName() });
        opened.owned.push_back(std::move(*source));
    }
    return ExitOk;
}

/// The summary after a written stream, as text or one line of JSON.
int reportConversion(const ConvertSettings &settings, const sources::ConversionReport &report, QTextStream &log)
{
    const int exitCode = conversionExitCode(report);
    if (settings.json) {
        printJson(log, conversionReportJson(QStringLiteral("convert"), report, exitCode));
        return exitCode;
    }
    printConversionReport(log, report);
    if (!settings.options.placement.splice && settings.options.placement.unanchoredRoot)
        log << QCoreApplication::translate("mig::cli",
            "Note: import with `gromox-import -B IPM_SUBTREE` so the new folder is created at the top of the mailbox "
            "(without -B, Gromox 3.10 puts it into Drafts).")
            << Qt::endl;
    log.flush();
    return exitCode;
}

/// Converts the inputs into the output and reports what was converted.
int writeStream(const ConvertSettings &settings, const OpenedInputs &opened, CommandContext &ctx)
{
    QTextStream &log = settings.output == QLatin1String("-") ? ctx.err : ctx.out;
    // Never a temporary file renamed over a device, FIFO or symlink: OutputFile writes those in place.
    OutputFile outputFile(settings.output);
    Expected<QIODevice *> device = outputFile.open();
    if (!device) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(device.error().fullText()) << Qt::endl;
        return ExitFailure;
    }
    gxmt::DeviceSink sink(*device);
    auto report = sources::convert(opened.inputs, sink, settings.revision, settings.options);
    Expected<void> written = report ? sink.flush() : Expected<void>(report.error());
    if (written)
        written = outputFile.commit();
    if (!written) {
        outputFile.discard();
        ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(written.error().fullText()) << Qt::endl;
        return ExitFailure;
    }
    return reportConversion(settings, *report, log);
}

/// The command line of convert, declared once for the command and for convertReadsPstOnly().
struct ConvertCommandLine {
    QCommandLineParser parser;
    const ConvertFlags flags;
    const AddressOptions addressOptions { true };
    const SourceOptions sourceOptions;

    ConvertCommandLine()
        : flags(declareConvertOptions(parser))
    {
        addressOptions.addTo(parser);
        sourceOptions.addTo(parser);
        parser.addOptions({ flags.json, flags.output, flags.revision, flags.splice, flags.hidden,
            flags.associated, flags.target, flags.rootParent });
    }
};

} // namespace

bool convertReadsPstOnly(const QStringList &arguments)
{
    ConvertCommandLine line;
    // Usage errors and --help (not declared here) need no source at all.
    if (!line.parser.parse(arguments))
        return true;
    if (line.parser.isSet(QStringLiteral("ldap")))
        return false;
    const sources::SourceKind pst = pst::pstSourceKind();
    for (const QString &file : line.parser.positionalArguments()) {
        const Expected<sources::SourceSpec> spec = line.sourceOptions.specFor(file, line.parser);
        // 100: the signature matched, so the registry opens it as a PST whatever else it knows.
        if (!spec || !spec->isAuto() || pst.probe(spec->location) < 100)
            return false;
    }
    return true;
}

int convertCommand(CommandContext &ctx)
{
    ConvertCommandLine line;
    QCommandLineParser &parser = line.parser;
    const ConvertFlags &flags = line.flags;
    const AddressOptions &addressOptions = line.addressOptions;
    const SourceOptions &sourceOptions = line.sourceOptions;
    if (const int rc = parseCommandLine(parser, ctx,
            QCoreApplication::translate("mig::cli", "Converts PST/OST files into a GXMT stream for gromox-import."));
        rc >= 0)
        return rc;
    std::optional<ConvertSettings> settings = parseConvertSettings(parser, flags, ctx);
    if (!settings)
        return ExitUsage;

    Expected<std::shared_ptr<const addressing::AddressRewriter>> addresses = addressOptions.rewriter(parser, ctx);
    if (!addresses) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(addresses.error().fullText()) << Qt::endl;
        return addresses.error().code == Error::Code::InvalidArgument ? ExitUsage : ExitFailure;
    }
    settings->options.addresses = *addresses;

    auto prompts = sourceOptions.installPrompts(parser, ctx);
    if (!prompts) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(prompts.error().fullText()) << Qt::endl;
        return ExitFailure;
    }
    OpenedInputs opened;
    if (const int rc = openInputs(settings->files, sourceOptions, parser, opened, ctx); rc != ExitOk)
        return rc;
    return writeStream(*settings, opened, ctx);
}

} // namespace mig::cli
