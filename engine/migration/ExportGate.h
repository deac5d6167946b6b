#pragma once

#include "exchange/ExportReadiness.h"
#include "migration/Plan.h"

namespace mig::migration {

/// `run --watch`: whether a job's sources are complete (every one of them ready, see
/// exchange::ExportReadiness), so a mailbox starts as soon as its Exchange export is done and
/// never on a file still being written. Used on the Runner's thread only.
class ExportGate {
public:
    explicit ExportGate(int settleSeconds);

    /// Failed when any source failed, Waiting (with the first reason) while any source waits,
    /// else Ready.
    exchange::ExportReadiness::Verdict check(const Job &job);

private:
    exchange::ExportReadiness m_readiness;
};

} // namespace mig::migration
