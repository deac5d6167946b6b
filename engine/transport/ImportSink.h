#pragma once

#include "core/Expected.h"
#include "gxmt/ByteSink.h"
#include "transport/ImporterDiscovery.h"
#include "transport/ImporterOutput.h"
#include "transport/ServerFacts.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace mig::transport {

class ExecChannel;
class SshSession;

/// How to run the importer (gxmt-format.md §10).
struct ImportOptions {
    ImporterInfo importer;      ///< program, path, sudo (from discoverImporter())
    QString targetUser;         ///< -u: "user@domain", or "@domain" for a public store
    QString anchorFolder;       ///< -B: e.g. "IPM_SUBTREE"; empty: no -B
    bool continueOnError = false; ///< -c
    /// -x: reuse a folder that exists already instead of failing with PG-1122 where the folder
    /// map asks for an exclusive create (a resumed import continuing in its own earlier folders).
    bool reuseExistingFolders = false;
};

/// What the importer did, counted from its -v output and exit status.
struct ImportResult {
    int exitStatus = -1;
    QString explanation;       ///< explainImporterExit()
    quint64 bytesSent = 0;
    quint64 foldersCreated = 0;
    quint64 messagesCreated = 0;
    quint64 warnings = 0;
    quint64 messageFailures = 0;
    QStringList errorLines;    ///< Fatal and MessageFailed lines, in order (at most 200)
    QStringList lastLines;     ///< the last 20 lines of output, for context
    bool succeeded() const { return exitStatus == 0 && messageFailures == 0; }
};

/// Streams GXMT bytes into gromox-import on the server: a gxmt::ByteSink whose write() blocks
/// while the SSH channel window is full (back-pressure) and turns the importer's output into
/// ImportEvents as it arrives.
///
/// Usage: start(); Writer(sink, ...) writes; finish() returns the ImportResult. When the importer
/// stops reading early (a fatal error), write() fails with Error::Code::Remote whose message
/// carries the importer's error text and exit status; result() then holds the details.
/// Thread: all calls (and the event handler) on the thread that owns the SshSession; cancel()
/// from any thread.
class ImportSink final : public gxmt::ByteSink {
public:
    using EventHandler = std::function<void(const ImportEvent &)>;

    ImportSink(SshSession &session, ImportOptions options, EventHandler handler = {});
    ~ImportSink() override;

    /// The importer's command line words (unquoted), e.g. {"gromox-import", "-u", "a@b", "-v"}.
    static QStringList commandWords(const ImportOptions &options);

    /// Starts the importer on a new exec channel.
    Expected<void> start();
    /// Starts importerLauncherCommand() instead: one remote command that reports the server's facts
    /// and then waits for the importer's command line (launch()). With waitForFacts it returns once
    /// the facts arrived (one round trip, no second remote command); without it (importer known
    /// already) it returns at once with empty facts. Errors: Network, Remote (the shell ended).
    Expected<ServerFacts> startLauncher(bool sudo, bool waitForFacts);
    /// Starts the importer of options in the launcher (after startLauncher()).
    Expected<void> launch(const ImportOptions &options);
    /// Ends the launcher without starting an importer (it exits 0).
    void abandonLauncher();
    /// True after startLauncher(): launch() starts the importer, not start().
    bool isLauncher() const { return m_isLauncher; }
    Expected<void> write(const QByteArray &bytes) override;
    /// Ends the stream (EOF) and waits for the importer; a non-zero exit status is reported in the
    /// result, not as an error. Errors: Network (connection lost), Canceled, Remote (no status).
    Expected<ImportResult> finish();
    /// Thread-safe: the pending write()/finish() fails with Canceled within ~0.2 s.
    void cancel();
    const ImportResult &result() const { return m_result; }

private:
    void onEvent(const ImportEvent &event);
    void onOutput(bool isStderr, const QByteArray &bytes);
    Error importerStopped(const Error &writeError);

    SshSession &m_session;
    ImportOptions m_options;
    EventHandler m_handler;
    ImporterOutputParser m_parser;
    std::unique_ptr<ExecChannel> m_channel;
    ImportResult m_result;
    /// The launcher's stdout until its "@@mig-ready" line; it never reaches the parser.
    QByteArray m_launcherOut;
    bool m_launcherPending = false;
    bool m_isLauncher = false;
    quint64 m_preambleBytes = 0; ///< the command line sent to the launcher (not stream bytes)
};

} // namespace mig::transport
