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
    QStringList paths;
    for (const migration::Job &job : loaded.jobs)
        paths += sources::locationsOf(job.sources);
    m_sources->addPaths(paths);
}

} // namespace mig::wizard
