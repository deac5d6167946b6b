#include "migration/DirectOutcome.h"

#include "migration/MailboxJob.h"

#include <QCoreApplication>

namespace mig::migration {

DirectOutcome::DirectOutcome(int job, JobEnvironment &env)
    : m_parser([this, job, &env](const transport::ImportEvent &event) {
        if (event.kind == transport::ImportEvent::Kind::MessageCreated
            || event.kind == transport::ImportEvent::Kind::FolderCreated)
            m_anyEvent = true; // -v output to count by
        if (event.kind == transport::ImportEvent::Kind::MessageCreated)
            ++m_messages;
        else if (event.kind == transport::ImportEvent::Kind::MessageFailed)
            ++m_failures;
        if (event.kind == transport::ImportEvent::Kind::Fatal || event.kind == transport::ImportEvent::Kind::MessageFailed)
            m_importerErrors.append(event.line);
        env.importerEvent(job, event);
    })
{
}

bool DirectOutcome::takeLine(const QString &line)
{
    if (std::optional<kopano::DirectStatus> status = kopano::parseDirectStatus(line)) {
        m_status = status;
        return true;
    }
    if (line.startsWith(QLatin1String("kdb2mt: ")))
        m_kdbLines.append(line.mid(8));
    else
        m_parser.feed(true, line.toUtf8() + '\n');
    return false;
}

std::optional<Error> DirectOutcome::failure(int exitStatus, bool continueOnError)
{
    m_parser.flush();
    auto remote = [](const QString &text) { return Error { Error::Code::Remote, text, {} }; };
    if (!m_status)
        return remote(QCoreApplication::translate("mig::migration",
            "The direct pipeline on the server ended without its status (exit status %1)%2")
                .arg(exitStatus)
                .arg(m_kdbLines.isEmpty() ? QString() : QStringLiteral(": ") + m_kdbLines.join(QLatin1String(" / "))));
    if (m_status->kdb2mt != 0) {
        const QStringList said = m_kdbLines.mid(std::max<qsizetype>(0, m_kdbLines.size() - 5));
        return remote(QCoreApplication::translate("mig::migration", "gromox-kdb2mt failed (exit status %1)%2")
                          .arg(m_status->kdb2mt)
                          .arg(said.isEmpty() ? QString() : QStringLiteral(": ") + said.join(QLatin1String(" / "))));
    }
    if (m_status->importer != 0 || m_failures > 0)
        return remote(QCoreApplication::translate("mig::migration", "gromox-import failed: %1%2")
                          .arg(transport::explainImporterExit(m_status->importer, continueOnError))
                          .arg(m_importerErrors.isEmpty() ? QString()
                                                          : QStringLiteral(": ") + m_importerErrors.last()));
    return std::nullopt;
}

} // namespace mig::migration
