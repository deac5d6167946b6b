#pragma once

#include "core/Expected.h"
#include "exchange/ExportList.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mig::exchange {

/// How the Exchange Management Shell exports the mailboxes (New-MailboxExportRequest's parameters).
struct ExportScriptOptions {
    QString share;              ///< UNC path the Exchange server writes the PSTs to: \\server\share
    QString batchName;          ///< groups the requests; the status script finds them by it
    int badItemLimit = 10;      ///< corrupt items an export may skip; above 50 needs -AcceptLargeDataLoss
    QString priority = QStringLiteral("Normal");
    QStringList includeFolders; ///< -IncludeFolders, e.g. "#Inbox#/*" (empty: everything)
    QStringList excludeFolders; ///< -ExcludeFolders
    bool excludeDumpster = true; ///< leave "Recoverable Items" out, as grommunio's script does
    QString generatedBy;        ///< "grommunio-migrate 1.2.3", for the script's first line
};

/// The file the status script appends a finished export's PST name to, one per line, in the share;
/// `run --watch` reads it (ExportReadiness).
inline QString exportsDoneFileName() { return QStringLiteral("exports.done"); }
/// Same for exports that ended Failed or suspended: "<file>\t<status>" per line.
inline QString exportsFailedFileName() { return QStringLiteral("exports.failed"); }

/// Checks options: a UNC share (\\server\share), a known priority, a bad item limit >= 0.
/// Errors are InvalidArgument naming the option.
Expected<void> checkExportOptions(const ExportScriptOptions &options);

/// The PowerShell script that starts one export request per entry into the share. It never deletes
/// or overwrites: an existing PST of the same name is reported and that mailbox skipped; a request
/// that cannot be created is reported and the next mailbox goes on. Every value is a single-quoted
/// literal (psQuote), so names with $, quotes or backticks stay text.
QString exportScript(const QList<ExportEntry> &entries, const ExportScriptOptions &options);

/// The PowerShell script that records finished exports of the batch: a completed request's PST name
/// is appended to exports.done, a failed or suspended one to exports.failed (once each). With
/// -Watch it repeats every -Interval seconds until no request of the batch is still running.
QString exportStatusScript(const ExportScriptOptions &options);

} // namespace mig::exchange
