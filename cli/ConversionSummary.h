#pragma once

#include "sources/Converter.h"

#include <QJsonObject>
#include <QTextStream>

namespace mig::cli {

/// The exit code a finished conversion earns: ExitCanceled when stopped, ExitPartial when the
/// stream is valid but some items failed, ExitFailure when items failed and none converted (nothing
/// usable), else ExitOk.
int conversionExitCode(const sources::ConversionReport &report);

/// The human-readable report of `convert` (and `import`): per source and folder counts, skip
/// reasons, renamed folders, every failed item with folder and reason, warnings, totals.
void printConversionReport(QTextStream &out, const sources::ConversionReport &report);

/// "Exchange addresses: N rewritten to SMTP, M left as they were" and every unresolved DN with its
/// count; nothing when the source had no EX addresses.
void printAddressSummary(QTextStream &out, const addressing::AddressStats &addresses);

/// The same as JSON for --json (keys are an interface: documented in the man page, kept stable):
/// {command, exit_code, state, converted, skipped, failed, resumed, bytes, frames, canceled,
///  sources: [{name, converted, skipped, failed, folders: [{path, target_name, placement, converted,
///  skipped, failed, skip_reasons}], failures: [{folder, item, reason}], renamed, warnings}]}
QJsonObject conversionReportJson(const QString &command, const sources::ConversionReport &report, int exitCode);

/// Writes a JSON summary compactly on one line, so a script can read it with a single readline.
void printJson(QTextStream &out, const QJsonObject &summary);

} // namespace mig::cli
