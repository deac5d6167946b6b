#pragma once

// What the --direct pipeline (gromox-kdb2mt piped into gromox-import on the server) reported, for
// the Kopano mailbox job (KopanoMailbox.cpp).

#include "core/Error.h"
#include "kopano/DirectPipe.h"
#include "transport/ImporterOutput.h"

#include <QStringList>

#include <optional>

namespace mig::migration {

class JobEnvironment;

/// What the --direct pipeline said: its status line, kdb2mt's errors and the importer's -v
/// output (counted as ImportSink counts it). Lines come from the job's thread only.
class DirectOutcome {
public:
    DirectOutcome(int job, JobEnvironment &env);

    /// True for a line that is no log line (the status line); kdb2mt's lines are kept.
    bool takeLine(const QString &line);
    void feedStdout(const QByteArray &bytes) { m_parser.feed(false, bytes); }
    quint64 messages() const { return m_messages; }
    quint64 messageFailures() const { return m_failures; }
    bool counted() const { return m_anyEvent; }

    /// Why the pipeline failed (kdb2mt first: its failure is the cause), or std::nullopt.
    std::optional<Error> failure(int exitStatus, bool continueOnError);

private:
    transport::ImporterOutputParser m_parser;
    std::optional<kopano::DirectStatus> m_status;
    QStringList m_kdbLines;
    QStringList m_importerErrors;
    quint64 m_messages = 0;
    quint64 m_failures = 0;
    bool m_anyEvent = false;
};

} // namespace mig::migration
