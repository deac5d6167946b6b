#include "cli/ExchangeExportCommand.h"

#include "core/OutputFile.h"
#include "core/Version.h"
#include "exchange/ExportList.h"
#include "exchange/ExportScript.h"
#include "mapping/Csv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace mig::cli {
namespace {

/// "export.ps1" → "export-status.ps1", beside it.
QString defaultStatusScriptPath(const QString &exportScriptPath)
{
    const QFileInfo info(exportScriptPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-status.") + info.suffix());
}

/// SOURCE,TARGET rows for `plan --jobs-from`: where the grommunio side sees each exported PST.
QByteArray jobsCsv(const QList<exchange::ExportEntry> &entries, const QString &localDir)
{
    QList<QStringList> rows { { QStringLiteral("source"), QStringLiteral("target") } };
    for (const exchange::ExportEntry &e : entries)
        rows.append({ QDir(localDir).absoluteFilePath(e.pstFileName()), e.target });
    return mapping::writeCsv(rows);
}

/// The options of exchange-export, declared once and read after parsing.
struct ExportFlags {
    QCommandLineOption share;
    QCommandLineOption batch;
    QCommandLineOption badItem;
    QCommandLineOption priority;
    QCommandLineOption include;
    QCommandLineOption exclude;
    QCommandLineOption dumpster;
    QCommandLineOption output;
    QCommandLineOption status;
    QCommandLineOption localDir;
    QCommandLineOption jobs;
};

ExportFlags declareExportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("list"),
        QCoreApplication::translate("mig::cli", "CSV of the mailboxes to export: exchange mailbox[,grommunio mailbox] per row."));
    const QCommandLineOption shareOption(QStringLiteral("share"),
        QCoreApplication::translate("mig::cli", "UNC path the Exchange server writes the PST files to."), QStringLiteral("\\\\server\\share"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
        QCoreApplication::translate("mig::cli", "Batch name of the export requests (default: grommunio-DATE-TIME)."), QCoreApplication::translate("mig::cli", "name"));
    const QCommandLineOption badItemOption(QStringLiteral("bad-item-limit"),
        QCoreApplication::translate("mig::cli", "Corrupt items an export may skip (default 10; above 50 adds -AcceptLargeDataLoss)."), QCoreApplication::translate("mig::cli", "n"),
        QStringLiteral("10"));
    const QCommandLineOption priorityOption(QStringLiteral("priority"),
        QCoreApplication::translate("mig::cli", "Export priority: Lowest, Lower, Low, Normal, High, Higher, Highest, Emergency."), QCoreApplication::translate("mig::cli", "priority"),
        QStringLiteral("Normal"));
    const QCommandLineOption includeOption(QStringLiteral("include-folder"),
        QCoreApplication::translate("mig::cli", "Export only these folders, e.g. \"#Inbox#/*\" (repeatable)."), QCoreApplication::translate("mig::cli", "folder"));
    const QCommandLineOption excludeOption(QStringLiteral("exclude-folder"),
        QCoreApplication::translate("mig::cli", "Leave these folders out (repeatable)."), QCoreApplication::translate("mig::cli", "folder"));
    const QCommandLineOption dumpsterOption(QStringLiteral("with-dumpster"),
        QCoreApplication::translate("mig::cli", "Also export Recoverable Items (left out by default)."));
    const QCommandLineOption outputOption(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate("mig::cli", "Where to write the export script."), QStringLiteral("export.ps1"));
    const QCommandLineOption statusOption(QStringLiteral("status-script"),
        QCoreApplication::translate("mig::cli", "Where to write the status script (default: beside the export script, NAME-status.ps1)."),
        QStringLiteral("status.ps1"));
    const QCommandLineOption localDirOption(QStringLiteral("local-dir"),
        QCoreApplication::translate("mig::cli", "Where this computer sees the share (a mount point), for --jobs."), QCoreApplication::translate("mig::cli", "dir"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
        QCoreApplication::translate("mig::cli", "Also write SOURCE,TARGET rows for 'plan --jobs-from FILE --pending-sources'."), QCoreApplication::translate("mig::cli", "file"));
    parser.addOptions({ shareOption, batchOption, badItemOption, priorityOption, includeOption, excludeOption,
        dumpsterOption, outputOption, statusOption, localDirOption, jobsOption });
    return { shareOption, batchOption, badItemOption, priorityOption, includeOption, excludeOption, dumpsterOption,
        outputOption, statusOption, localDirOption, jobsOption };
}

/// Reports a usage error; always returns nothing so callers can `return usage(...)`.
std::nullopt_t usage(CommandContext &ctx, const QString &message)
{
    ctx.err << message << Qt::endl;
    return std::nullopt;
}

/// The script options from the command line, or nothing after reporting a usage error.
std::optional<exchange::ExportScriptOptions> parseScriptOptions(
    const QCommandLineParser &parser, const ExportFlags &flags, CommandContext &ctx)
{
    exchange::ExportScriptOptions options;
    options.share = parser.value(flags.share);
    options.batchName = parser.isSet(flags.batch)
        ? parser.value(flags.batch)
        : QStringLiteral("grommunio-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    bool ok = false;
    options.badItemLimit = parser.value(flags.badItem).toInt(&ok);
    if (!ok)
        return usage(ctx, QCoreApplication::translate("mig::cli", "--bad-item-limit must be a number."));
    options.priority = parser.value(flags.priority);
    options.includeFolders = parser.values(flags.include);
    options.excludeFolders = parser.values(flags.exclude);
    options.excludeDumpster = !parser.isSet(flags.dumpster);
    options.generatedBy = QStringLiteral("grommunio-migrate %1").arg(QString::fromLatin1(kVersion));
    if (auto checked = exchange::checkExportOptions(options); !checked)
        return usage(ctx, checked.error().fullText());
    return options;
}

/// The mailboxes listed in the CSV file, or nothing after reporting why they cannot be read.
std::optional<QList<exchange::ExportEntry>> readEntries(const QString &listPath, CommandContext &ctx)
{
    QFile listFile(listPath);
    if (!listFile.open(QIODevice::ReadOnly)) {
        ctx.err << QCoreApplication::translate("mig::cli", "Cannot read %1: %2").arg(listPath, listFile.errorString()) << Qt::endl;
        return std::nullopt;
    }
    auto entries = exchange::readExportList(listFile.readAll(), listPath);
    if (!entries) {
        ctx.err << entries.error().fullText() << Qt::endl;
        return std::nullopt;
    }
    return *entries;
}

/// Writes each (path, bytes); false after reporting the first that fails.
bool writeOutputs(const QList<std::pair<QString, QByteArray>> &outputs, CommandContext &ctx)
{
    for (const auto &[path, bytes] : outputs) {
        // A byte order mark: Windows PowerShell 5 reads a BOM-less script as the ANSI code page.
        const QByteArray content = path.endsWith(QLatin1String(".ps1"), Qt::CaseInsensitive) ? "\xEF\xBB\xBF" + bytes : bytes;
        if (auto written = OutputFile::write(path, content); !written) {
            ctx.err << written.error().fullText() << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace

int exchangeExportCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    const ExportFlags flags = declareExportOptions(parser);
    if (const int status = parseCommandLine(parser, ctx,
            QCoreApplication::translate("mig::cli", "Write the Exchange Management Shell scripts that export mailboxes to PST files for grommunio."));
        status >= 0)
        return status;

    const auto usageError = [&ctx](const QString &message) {
        usage(ctx, message);
        return int(ExitUsage);
    };
    if (parser.positionalArguments().size() != 1)
        return usageError(QCoreApplication::translate("mig::cli", "Give one CSV file with the mailboxes to export."));
    if (!parser.isSet(flags.output))
        return usageError(QCoreApplication::translate("mig::cli", "Say where to write the export script with -o FILE.ps1."));
    if (parser.isSet(flags.jobs) != parser.isSet(flags.localDir))
        return usageError(QCoreApplication::translate("mig::cli", "--jobs and --local-dir go together: the jobs name the PST files as this computer sees them."));
    const std::optional<exchange::ExportScriptOptions> options = parseScriptOptions(parser, flags, ctx);
    if (!options)
        return ExitUsage;

    const std::optional<QList<exchange::ExportEntry>> entries = readEntries(parser.positionalArguments().constFirst(), ctx);
    if (!entries)
        return ExitFailure;

    const QString exportPath = parser.value(flags.output);
    const QString statusPath = parser.isSet(flags.status) ? parser.value(flags.status) : defaultStatusScriptPath(exportPath);
    QList<std::pair<QString, QByteArray>> outputs {
        { exportPath, exchange::exportScript(*entries, *options).toUtf8() },
        { statusPath, exchange::exportStatusScript(*options).toUtf8() },
    };
    if (parser.isSet(flags.jobs))
        outputs.append({ parser.value(flags.jobs), jobsCsv(*entries, parser.value(flags.localDir)) });
    if (!writeOutputs(outputs, ctx))
        return ExitFailure;
    ctx.out << QCoreApplication::translate("mig::cli", "Wrote %1 (%n mailbox(es), batch \"%2\") and %3.", nullptr, int(entries->size()))
                   .arg(exportPath, options->batchName, statusPath)
            << Qt::endl;
    return ExitOk;
}

} // namespace mig::cli
