#include "migration/ExportGate.h"

namespace mig::migration {

using Verdict = exchange::ExportReadiness::Verdict;
using State = exchange::ExportReadiness::State;

ExportGate::ExportGate(int settleSeconds)
    : m_readiness(settleSeconds)
{
}

Verdict ExportGate::check(const Job &job)
{
    Verdict waiting { State::Ready, {} };
    for (const sources::SourceSpec &source : job.sources) {
        const Verdict verdict = m_readiness.check(source.location);
        if (verdict.state == State::Failed)
            return verdict;
        if (verdict.state == State::Waiting && waiting.state == State::Ready)
            waiting = verdict;
    }
    return waiting;
}

} // namespace mig::migration
