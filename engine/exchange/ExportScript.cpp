#include "exchange/ExportScript.h"

#include "exchange/PowerShellQuote.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mig::exchange {
namespace {

/// The values New-MailboxExportRequest's -Priority accepts (RequestPriority).
const QStringList kPriorities { QStringLiteral("Lowest"), QStringLiteral("Lower"), QStringLiteral("Low"),
    QStringLiteral("Normal"), QStringLiteral("High"), QStringLiteral("Higher"), QStringLiteral("Highest"),
    QStringLiteral("Emergency") };

Error invalid(const QString &message)
{
    return Error { Error::Code::InvalidArgument, message, {} };
}

/// The lines both scripts start with: where the PSTs go and which batch is meant.
QString commonSettings(const ExportScriptOptions &options)
{
    return QStringLiteral("$ErrorActionPreference = 'Stop'\r\n$Share = %1\r\n$Batch = %2\r\n")
        .arg(psQuote(options.share), psQuote(options.batchName));
}

QString requestParameters(const ExportScriptOptions &options)
{
    QString p = QStringLiteral(" -BatchName $Batch -Name 'grommunio-migrate' -Priority %1 -BadItemLimit %2")
                    .arg(options.priority)
                    .arg(options.badItemLimit);
    if (options.badItemLimit > 50)
        p += QStringLiteral(" -AcceptLargeDataLoss");
    if (options.excludeDumpster)
        p += QStringLiteral(" -ExcludeDumpster");
    if (!options.includeFolders.isEmpty())
        p += QStringLiteral(" -IncludeFolders ") + psArray(options.includeFolders);
    if (!options.excludeFolders.isEmpty())
        p += QStringLiteral(" -ExcludeFolders ") + psArray(options.excludeFolders);
    return p;
}

} // namespace

Expected<void> checkExportOptions(const ExportScriptOptions &options)
{
    static const QRegularExpression unc(QStringLiteral("^\\\\\\\\[^\\\\/]+\\\\[^\\\\/]+"));
    if (!unc.match(options.share).hasMatch())
        return invalid(QCoreApplication::translate("mig::exchange",
            "--share must be a UNC path the Exchange server can write to (\\\\server\\share), not \"%1\"")
                .arg(options.share));
    if (!kPriorities.contains(options.priority))
        return invalid(QCoreApplication::translate("mig::exchange", "--priority must be one of %1, not \"%2\"")
                           .arg(kPriorities.join(QStringLiteral(", ")), options.priority));
    if (options.badItemLimit < 0)
        return invalid(QCoreApplication::translate("mig::exchange", "--bad-item-limit must be 0 or more"));
    if (options.batchName.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("mig::exchange", "--batch must not be empty"));
    return {};
}

QString exportScript(const QList<ExportEntry> &entries, const ExportScriptOptions &options)
{
    // CRLF: the script is run on Windows and edited there.
    QString s;
    s += QStringLiteral("# Exchange mailbox exports for grommunio: %1 mailbox(es), batch %2.\r\n")
             .arg(entries.size())
             .arg(psQuote(options.batchName));
    s += QStringLiteral("# Written by %1. Run it in the Exchange Management Shell (role \"Mailbox Import Export\").\r\n")
             .arg(options.generatedBy);
    s += QStringLiteral("# Then run the status script (with -Watch) so that \"grommunio-migrate run --watch\" imports\r\n"
                        "# each mailbox as soon as its export is complete.\r\n");
    s += commonSettings(options);
    s += QStringLiteral("$Exports = @(\r\n");
    for (const ExportEntry &e : entries)
        s += QStringLiteral("    @{ Mailbox = %1; File = %2 }\r\n").arg(psQuote(e.mailbox), psQuote(e.pstFileName()));
    s += QStringLiteral(")\r\n");
    s += QStringLiteral(
        "$started = 0\r\n"
        "$skipped = 0\r\n"
        "foreach ($export in $Exports) {\r\n"
        "    $path = Join-Path $Share $export.File\r\n"
        "    if (Test-Path -LiteralPath $path) {\r\n"
        "        Write-Warning ('{0} already exists: move it away, then run this script again for {1}.' -f $path, $export.Mailbox)\r\n"
        "        $skipped++\r\n"
        "        continue\r\n"
        "    }\r\n"
        "    try {\r\n"
        "        New-MailboxExportRequest -Mailbox $export.Mailbox -FilePath $path%1 | Out-Null\r\n"
        "        $started++\r\n"
        "    } catch {\r\n"
        "        Write-Warning ('{0}: {1}' -f $export.Mailbox, $_.Exception.Message)\r\n"
        "        $skipped++\r\n"
        "    }\r\n"
        "}\r\n"
        "Write-Host ('{0} export(s) started, {1} skipped.' -f $started, $skipped)\r\n")
             .arg(requestParameters(options));
    return s;
}

QString exportStatusScript(const ExportScriptOptions &options)
{
    QString s;
    s += QStringLiteral("# Records finished Exchange mailbox exports of batch %1 for \"grommunio-migrate run --watch\".\r\n")
             .arg(psQuote(options.batchName));
    s += QStringLiteral("# Written by %1. Run it in the Exchange Management Shell; -Watch repeats until every export has ended.\r\n")
             .arg(options.generatedBy);
    s += QStringLiteral("param([switch]$Watch, [int]$Interval = 60)\r\n");
    s += commonSettings(options);
    s += QStringLiteral("$DoneFile = Join-Path $Share %1\r\n$FailedFile = Join-Path $Share %2\r\n")
             .arg(psQuote(exportsDoneFileName()), psQuote(exportsFailedFileName()));
    s += QStringLiteral(
        "function Get-Listed([string]$file) {\r\n"
        "    if (Test-Path -LiteralPath $file) { return @(Get-Content -LiteralPath $file | ForEach-Object { ($_ -split \"`t\")[0] }) }\r\n"
        "    return @()\r\n"
        "}\r\n"
        "do {\r\n"
        "    $done = Get-Listed $DoneFile\r\n"
        "    $failed = Get-Listed $FailedFile\r\n"
        "    $running = 0\r\n"
        "    foreach ($stats in @(Get-MailboxExportRequest -BatchName $Batch | Get-MailboxExportRequestStatistics)) {\r\n"
        "        $file = Split-Path -Leaf ([string]$stats.FilePath)\r\n"
        "        $status = [string]$stats.Status\r\n"
        "        if ($status -eq 'Completed' -or $status -eq 'CompletedWithWarning') {\r\n"
        "            if ($done -notcontains $file) { Add-Content -LiteralPath $DoneFile -Value $file; $done += $file }\r\n"
        "        } elseif ($status -eq 'Failed' -or $status -eq 'Suspended' -or $status -eq 'AutoSuspended') {\r\n"
        "            if ($failed -notcontains $file) { Add-Content -LiteralPath $FailedFile -Value (\"{0}`t{1}\" -f $file, $status); $failed += $file }\r\n"
        "        } else {\r\n"
        "            $running++\r\n"
        "        }\r\n"
        "    }\r\n"
        "    Write-Host ('{0} done, {1} failed, {2} still running.' -f $done.Count, $failed.Count, $running)\r\n"
        "    if ($Watch -and $running -gt 0) { Start-Sleep -Seconds $Interval }\r\n"
        "} while ($Watch -and $running -gt 0)\r\n");
    return s;
}

} // namespace mig::exchange
