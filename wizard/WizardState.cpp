#include "WizardState.h"

#include "models/SourceListModel.h"

namespace mig::wizard {

WizardState::WizardState(QObject *parent)
    : QObject(parent)
    , m_sources(new SourceListModel(this))
{
}

WizardState::~WizardState() = default;

void WizardState::adoptPlan(const migration::Plan &loaded, const QString &path)
{
    plan = loaded;
    planPath = path;
    m_sources->clear();
    // The plan's specs as they are: a plan names each source exactly (kind, options), so its
    // folders are not expanded again.
    QList<sources::SourceSpec> specs;
    for (const migration::Job &job : loaded.jobs)
        specs += job.sources;
    m_sources->addSpecs(specs);
}

} // namespace mig::wizard
