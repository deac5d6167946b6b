#include "ImporterOutput.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstring>

namespace mig::transport {

namespace {

bool containsAny(const QString &line, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (line.contains(QLatin1String(needle)))
            return true;
    }
    return false;
}

/// The longest line kept; a runaway line without breaks must not grow memory without bound.
constexpr qsizetype kMaxLine = 64 * 1024;

} // namespace

ImportEvent classifyImporterLine(const QString &line, bool fromStderr)
{
    ImportEvent event;
    event.line = line;
    event.fromStderr = fromStderr;
    static const QRegularExpression folderCreated(
        QStringLiteral(R"re(Created folder "(.*)" \(fid=(0x[0-9a-fA-F]+)\))re"));
    static const QRegularExpression messageCreated(QStringLiteral(R"re(Created new message (f\d+:m\d+))re"));
    if (const QRegularExpressionMatch m = folderCreated.match(line); m.hasMatch()) {
        event.kind = ImportEvent::Kind::FolderCreated;
        event.name = m.captured(1);
        event.id = m.captured(2);
    } else if (const QRegularExpressionMatch m = messageCreated.match(line); m.hasMatch()) {
        event.kind = ImportEvent::Kind::MessageCreated;
        event.id = m.captured(1);
    } else if (containsAny(line,
                   { "No known placement method", "PF-1123", "ACE not of type ROW_ADD",
                       "does not specify namedpropinfo" })) {
        event.kind = ImportEvent::Kind::Warning;
    } else if (containsAny(line,
                   { "allocate_message_id", "allocate_cn", "write_message", "imapfile_write", "Failed to parse RFC5322",
                       "Failed to produce JDigest", "Message rejected", "Partial completion" })) {
        event.kind = ImportEvent::Kind::MessageFailed;
    } else if (containsAny(line,
                   { "Exception:", "No such username", "No such domain", "No mysql_adaptor.cfg",
                       "Failed to connect to SQL", "Folder not recognized", "You must specify -B",
                       "service_run: failed", "Usage:", "command not found", "Permission denied",
                       "a password is required" })
        || line.startsWith(QLatin1String("PG-"))) {
        event.kind = ImportEvent::Kind::Fatal;
    }
    return event;
}

ImporterOutputParser::ImporterOutputParser(std::function<void(const ImportEvent &)> handler)
    : m_handler(std::move(handler))
{
}

void ImporterOutputParser::feed(bool isStderr, const QByteArray &bytes)
{
    QByteArray &pending = m_pending[isStderr ? 1 : 0];
    pending.append(bytes);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = pending.indexOf('\n', start);
        if (newline < 0)
            break;
        emitLine(pending.mid(start, newline - start), isStderr);
        start = newline + 1;
    }
    pending.remove(0, start);
    if (pending.size() > kMaxLine) {
        emitLine(pending, isStderr);
        pending.clear();
    }
}

void ImporterOutputParser::flush()
{
    for (int i = 0; i < 2; ++i) {
        if (!m_pending[i].isEmpty())
            emitLine(m_pending[i], i == 1);
        m_pending[i].clear();
    }
}

void ImporterOutputParser::emitLine(QByteArray line, bool isStderr)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty() || !m_handler)
        return;
    m_handler(classifyImporterLine(QString::fromUtf8(line), isStderr));
}

QString explainImporterExit(int status, bool continueOnError)
{
    switch (status) {
    case 0:
        return continueOnError ? QCoreApplication::translate("mig::transport",
                   "The importer read the whole stream (exit status 0). With --continue-on-error it also exits 0 when "
                   "messages failed; the failures are counted from its output.")
                               : QCoreApplication::translate(
                                   "mig::transport", "The importer read and stored the whole stream (exit status 0).");
    case 1:
        return QCoreApplication::translate("mig::transport",
            "The importer stopped (exit status 1): a start-up error (unknown user or domain, no database "
            "access, wrong option), a malformed stream, a folder that could not be created, or a rejected "
            "delivery. Its error text is shown above.");
    case 126:
        return QCoreApplication::translate("mig::transport",
            "The importer program could not be executed on the server (exit status 126: permission denied).");
    case 127:
        return QCoreApplication::translate(
            "mig::transport", "The importer program was not found on the server (exit status 127).");
    default:
        break;
    }
    if (status > 128 && status < 256) {
        const int errnoValue = 256 - status;
        return QCoreApplication::translate("mig::transport",
            "A message could not be written and the import stopped (exit status %1 = -%2, %3). Objects "
            "written before stay in the mailbox; run again with --continue-on-error to skip failing messages.")
            .arg(status)
            .arg(errnoValue)
            .arg(QString::fromLocal8Bit(std::strerror(errnoValue)));
    }
    return QCoreApplication::translate("mig::transport", "The importer ended with exit status %1.").arg(status);
}

} // namespace mig::transport
