#include "cli/ConvertCommand.h"

#include "gxmt/ByteSink.h"
#include "sources/Converter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace mig::cli {

namespace {

void printReport(QTextStream &out, const sources::ConversionReport &report)
{
    for (const sources::SourceReport &source : report.sources) {
        out << QCoreApplication::translate("mig::cli", "%1:").arg(source.name) << Qt::endl;
        for (const sources::FolderReport &folder : source.folders) {
            const QString path
                = folder.path.isEmpty() ? QCoreApplication::translate("mig::cli", "(root)") : folder.path;
            out << QStringLiteral("  ") << path << QStringLiteral(": ") << folder.placement;
            out << QCoreApplication::translate("mig::cli", "; %1 converted, %2 skipped, %3 failed")
                       .arg(folder.converted)
                       .arg(folder.skipped)
                       .arg(folder.failed)
                << Qt::endl;
            for (const QString &reason : folder.skipReasons)
                out << QStringLiteral("      ") << QCoreApplication::translate("mig::cli", "skipped %1").arg(reason)
                    << Qt::endl;
        }
        for (const QString &renamed : source.renamed)
            out << QStringLiteral("  ")
                << QCoreApplication::translate("mig::cli", "renamed (same-named sibling): %1").arg(renamed) << Qt::endl;
        for (const sources::ItemProblem &problem : source.failures) {
            out << QStringLiteral("  ")
                << QCoreApplication::translate("mig::cli", "failed: folder \"%1\", node 0x%2: %3")
                       .arg(problem.folderPath)
                       .arg(problem.itemId, 0, 16)
                       .arg(problem.reason)
                << Qt::endl;
        }
        for (const QString &warning : source.warnings)
            out << QStringLiteral("  ") << QCoreApplication::translate("mig::cli", "warning: %1").arg(warning)
                << Qt::endl;
    }
    out << QCoreApplication::translate("mig::cli", "Total: %1 converted, %2 skipped, %3 failed; %4 bytes, %5 frames")
               .arg(report.converted())
               .arg(report.skipped())
               .arg(report.failed())
               .arg(report.stream.bytes)
               .arg(report.stream.frames)
        << Qt::endl;
    if (report.canceled)
        out << QCoreApplication::translate("mig::cli", "The conversion was canceled.") << Qt::endl;
}

} // namespace

int convertCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"),
        QCoreApplication::translate("mig::cli", "PST/OST files to convert."), QStringLiteral("FILE..."));
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
    parser.addOptions(
        { outputOption, revisionOption, spliceOption, hiddenOption, associatedOption, targetOption, rootParentOption });
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

    // Open every input first: a bad file is reported before anything is written.
    std::vector<std::unique_ptr<sources::Source>> opened;
    QList<std::pair<sources::Source *, QString>> inputs;
    for (const QString &file : files) {
        auto source = sources::openSourceFile(file);
        if (!source) {
            ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(source.error().fullText())
                    << Qt::endl;
            return ExitFailure;
        }
        inputs.append({ source->get(), QFileInfo(file).fileName() });
        opened.push_back(std::move(*source));
    }

    std::unique_ptr<QIODevice> device;
    QSaveFile *saveFile = nullptr;
    if (output == QLatin1String("-")) {
        auto out = std::make_unique<QFile>();
        if (!out->open(1, QIODevice::WriteOnly)) {
            ctx.err << QCoreApplication::translate("mig::cli", "convert: cannot write to standard output: %1")
                           .arg(out->errorString())
                    << Qt::endl;
            return ExitFailure;
        }
        device = std::move(out);
    } else {
        auto out = std::make_unique<QSaveFile>(output);
        if (!out->open(QIODevice::WriteOnly)) {
            ctx.err << QCoreApplication::translate("mig::cli", "convert: cannot create %1: %2")
                           .arg(output, out->errorString())
                    << Qt::endl;
            return ExitFailure;
        }
        saveFile = out.get();
        device = std::move(out);
    }
    gxmt::DeviceSink sink(device.get());
    auto report = sources::convert(inputs, sink, revision, options);
    if (!report) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(report.error().fullText()) << Qt::endl;
        if (saveFile)
            saveFile->cancelWriting();
        return ExitFailure;
    }
    if (auto flushed = sink.flush(); !flushed) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: %1").arg(flushed.error().fullText()) << Qt::endl;
        return ExitFailure;
    }
    if (saveFile && !saveFile->commit()) {
        ctx.err << QCoreApplication::translate("mig::cli", "convert: cannot write %1: %2")
                       .arg(output, saveFile->errorString())
                << Qt::endl;
        return ExitFailure;
    }
    printReport(log, *report);
    if (!options.placement.splice && options.placement.unanchoredRoot)
        log << QCoreApplication::translate("mig::cli",
            "Note: import with `gromox-import -B IPM_SUBTREE` so the new folder is created at the top of the mailbox "
            "(without -B, Gromox 3.10 puts it into Drafts).")
            << Qt::endl;
    log.flush();
    return report->failed() > 0 ? ExitFailure : ExitOk;
}

} // namespace mig::cli
