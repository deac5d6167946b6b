#include "ImportSink.h"

#include "transport/ExecChannel.h"
#include "transport/PhaseLog.h"
#include "transport/ShellQuote.h"
#include "transport/SshSession.h"

#include <QCoreApplication>

#include <algorithm>

namespace mig::transport {

namespace {

constexpr qsizetype kMaxErrorLines = 200;
constexpr qsizetype kLastLines = 20;

} // namespace

ImportSink::ImportSink(SshSession &session, ImportOptions options, EventHandler handler)
    : m_session(session)
    , m_options(std::move(options))
    , m_handler(std::move(handler))
    , m_parser([this](const ImportEvent &event) { onEvent(event); })
    // Created here, not in start(), so that cancel() from another thread never races its creation.
    , m_channel(std::make_unique<ExecChannel>(
          m_session, [this](bool isStderr, const QByteArray &bytes) { onOutput(isStderr, bytes); }))
{
}

ImportSink::~ImportSink() = default;

QStringList ImportSink::commandWords(const ImportOptions &options)
{
    QStringList words = options.importer.commandPrefix();
    if (!options.targetUser.isEmpty())
        words << QStringLiteral("-u") << options.targetUser;
    if (!options.anchorFolder.isEmpty())
        words << QStringLiteral("-B") << options.anchorFolder;
    words << QStringLiteral("-v");
    if (options.continueOnError)
        words << QStringLiteral("-c");
    if (options.reuseExistingFolders)
        words << QStringLiteral("-x");
    return words;
}

namespace {

const QByteArray kReadyMarker = QByteArrayLiteral("@@mig-ready\n");

} // namespace

void ImportSink::onOutput(bool isStderr, const QByteArray &bytes)
{
    if (!m_launcherPending || isStderr) {
        m_parser.feed(isStderr, bytes);
        return;
    }
    m_launcherOut.append(bytes);
    const qsizetype ready = m_launcherOut.indexOf(kReadyMarker);
    if (ready < 0)
        return;
    m_launcherPending = false;
    const QByteArray rest = m_launcherOut.mid(ready + kReadyMarker.size());
    m_launcherOut.truncate(ready);
    if (!rest.isEmpty())
        m_parser.feed(false, rest);
}

Expected<ServerFacts> ImportSink::startLauncher(bool sudo, bool waitForFacts)
{
    m_result = {};
    m_launcherOut.clear();
    m_launcherPending = true;
    m_isLauncher = true;
    if (Expected<void> started = m_channel->start(importerLauncherCommand(sudo)); !started)
        return started.error();
    if (!waitForFacts)
        return ServerFacts {};
    const int timeoutMs = std::max(m_session.options().ioTimeoutSeconds, 1) * 1000;
    if (Expected<void> answered = m_channel->waitUntil([this] { return !m_launcherPending; }, timeoutMs); !answered)
        return answered.error();
    logPhase("server facts received");
    return parseServerFacts(m_launcherOut, {});
}

Expected<void> ImportSink::launch(const ImportOptions &options)
{
    m_options = options;
    const QByteArray line = shellCommand(commandWords(m_options)).toUtf8();
    if (line.contains('\n'))
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::transport", "The importer's arguments must not contain line breaks."),
            {} };
    Expected<void> sent = m_channel->write(line + '\n');
    m_preambleBytes = m_channel->bytesWritten();
    return sent;
}

void ImportSink::abandonLauncher()
{
    (void)m_channel->write(QByteArrayLiteral("\n"));
    (void)m_channel->finish(std::max(m_session.options().ioTimeoutSeconds, 1) * 1000);
}

Expected<void> ImportSink::start()
{
    m_result = {};
    return m_channel->start(shellCommand(commandWords(m_options)));
}

void ImportSink::onEvent(const ImportEvent &event)
{
    switch (event.kind) {
    case ImportEvent::Kind::FolderCreated:
        ++m_result.foldersCreated;
        break;
    case ImportEvent::Kind::MessageCreated:
        ++m_result.messagesCreated;
        break;
    case ImportEvent::Kind::Warning:
        ++m_result.warnings;
        break;
    case ImportEvent::Kind::MessageFailed:
        ++m_result.messageFailures;
        [[fallthrough]];
    case ImportEvent::Kind::Fatal:
        if (m_result.errorLines.size() < kMaxErrorLines)
            m_result.errorLines.append(event.line);
        break;
    case ImportEvent::Kind::Info:
        break;
    }
    m_result.lastLines.append(event.line);
    if (m_result.lastLines.size() > kLastLines)
        m_result.lastLines.removeFirst();
    if (m_handler)
        m_handler(event);
}

Expected<void> ImportSink::write(const QByteArray &bytes)
{
    if (m_result.bytesSent == 0 && !bytes.isEmpty())
        logPhase("stream starts");
    Expected<void> written = m_channel->write(bytes);
    m_result.bytesSent = m_channel->bytesWritten() - m_preambleBytes;
    if (!written && written.error().code == Error::Code::Remote)
        return importerStopped(written.error());
    return written;
}

Error ImportSink::importerStopped(const Error &writeError)
{
    // The importer quit while we were still sending: collect its last words and exit status so
    // the user sees why (usually a fatal error line and status 1 or 251).
    Expected<ImportResult> finished = finish();
    if (!finished)
        return writeError;
    QString text = QCoreApplication::translate(
        "mig::transport", "The importer on the server stopped before the end of the stream.");
    if (!m_result.errorLines.isEmpty())
        text += QLatin1Char(' ')
            + QCoreApplication::translate("mig::transport", "It said: %1")
                  .arg(m_result.errorLines.join(QLatin1String(" / ")));
    else if (!m_result.lastLines.isEmpty())
        text += QLatin1Char(' ')
            + QCoreApplication::translate("mig::transport", "Its last output: %1")
                  .arg(m_result.lastLines.join(QLatin1String(" / ")));
    text += QLatin1Char(' ') + m_result.explanation;
    return Error { Error::Code::Remote, text, writeError.message };
}

Expected<ImportResult> ImportSink::finish()
{
    Expected<int> status = m_channel->finish();
    m_parser.flush();
    m_result.bytesSent = m_channel->bytesWritten() - m_preambleBytes;
    if (!status)
        return status.error();
    m_result.exitStatus = *status;
    m_result.explanation = explainImporterExit(*status, m_options.continueOnError);
    return m_result;
}

void ImportSink::cancel()
{
    m_channel->cancel();
}

} // namespace mig::transport
