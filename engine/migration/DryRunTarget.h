#pragma once

#include "core/BlockingPipe.h"
#include "gxmt/ByteSink.h"
#include "migration/StreamTarget.h"

#include <functional>
#include <memory>
#include <thread>

namespace mig::migration {

/// The dry run's receiver: the stream is parsed and checked by the project's own GXMT reader on a
/// second thread, as it is produced (nothing is stored, nothing leaves the machine). Its verdict is
/// what gromox-import would have said about the stream's syntax.
class DryRunTarget final : public StreamTarget {
public:
    using LogFunction = std::function<void(const QString &)>;

    /// anyRevision: accept the stream in whatever revision it declares (a relayed Kopano store, whose
    /// revision is gromox-kdb2mt's choice, not the plan's).
    DryRunTarget(int revision, LogFunction log, bool anyRevision = false);
    ~DryRunTarget() override;

    /// The revision the plan asks for (GXMT0005 when it leaves it to the server); a fixed root
    /// below IPM_SUBTREE, as for a server before Gromox 3.10.
    Expected<ReceiverInfo> open() override;
    /// Starts the validator thread.
    Expected<void> start(const StartOptions &options) override;
    gxmt::ByteSink &sink() override { return *m_sink; }
    Expected<TargetResult> finish() override;
    void cancel() override;

private:
    gxmt::Revision m_revision;
    bool m_anyRevision;
    LogFunction m_log;
    BlockingPipe m_pipe;
    std::unique_ptr<gxmt::DeviceSink> m_sink;
    std::thread m_validator;
    TargetResult m_result;
};

} // namespace mig::migration
