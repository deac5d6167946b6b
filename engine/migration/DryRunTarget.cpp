#include "migration/DryRunTarget.h"

#include "gxmt/Reader.h"

#include <QCoreApplication>

namespace mig::migration {

DryRunTarget::DryRunTarget(int revision, LogFunction log, bool anyRevision)
    : m_revision(revision == 0 ? gxmt::Revision::V5 : gxmt::Revision(revision))
    , m_anyRevision(anyRevision)
    , m_log(std::move(log))
{
}

DryRunTarget::~DryRunTarget()
{
    cancel();
    if (m_validator.joinable())
        m_validator.join();
}

Expected<ReceiverInfo> DryRunTarget::open()
{
    ReceiverInfo info;
    info.revision = m_revision;
    return info;
}

Expected<void> DryRunTarget::start(const StartOptions &)
{
    m_pipe.open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    m_sink = std::make_unique<gxmt::DeviceSink>(&m_pipe);
    m_validator = std::thread([this] {
        gxmt::ReaderOptions options;
        if (!m_anyRevision)
            options.revision = m_revision;
        gxmt::Reader reader(&m_pipe, options);
        auto fail = [this](const Error &error) {
            m_result.succeeded = false;
            m_result.explanation = error.fullText();
            m_result.errorLines.append(error.fullText());
            m_pipe.closeReadChannel(); // the writer must not block on a reader that gave up
        };
        if (auto header = reader.readHeader(); !header)
            return fail(header.error());
        for (;;) {
            Expected<std::optional<gxmt::Frame>> frame = reader.next();
            if (!frame)
                return fail(frame.error());
            if (!frame->has_value())
                break;
            if ((*frame)->type == gxmt::kObjectMessage)
                ++m_result.messagesConfirmed;
        }
        m_result.succeeded = true;
        m_result.exitStatus = 0;
    });
    if (m_anyRevision)
        m_log(QCoreApplication::translate("mig::migration", "Dry run: validating the stream locally"));
    else
        m_log(QCoreApplication::translate("mig::migration", "Dry run: validating the GXMT000%1 stream locally")
                  .arg(int(m_revision)));
    return {};
}

Expected<TargetResult> DryRunTarget::finish()
{
    m_pipe.closeWriteChannel();
    if (m_validator.joinable())
        m_validator.join();
    return m_result;
}

void DryRunTarget::cancel()
{
    m_pipe.closeWriteChannel();
    m_pipe.closeReadChannel();
}

} // namespace mig::migration
