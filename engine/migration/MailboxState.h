#pragma once

#include <QString>

namespace mig::migration {

/// The life of one mailbox job in a run.
enum class MailboxState {
    Queued,
    Counting,   ///< quick pre-count of items and bytes
    Creating,   ///< creating the mailbox on the server
    Streaming,  ///< converting and streaming into the importer
    Verifying,  ///< checking the importer's result
    Done,
    Failed,
    Skipped,    ///< excluded by allow/deny list, or done in an earlier run
    Stopped,    ///< stop requested; resumable
};

/// Stable machine name ("done", "failed", ...), used in the ledger and report.json.
QString stateName(MailboxState state);
/// Inverse of stateName(); Queued for unknown names.
MailboxState stateFromName(const QString &name);
/// Translated label for the GUI and terminal.
QString stateLabel(MailboxState state);
/// Done, Failed, Skipped, Stopped.
bool isFinal(MailboxState state);

} // namespace mig::migration
