#include "WizardState.h"

#include "models/SourceListModel.h"
#include "support/ImapCredentials.h"

namespace mig::wizard {

WizardState::WizardState(QObject *parent)
    : QObject(parent)
    , m_sources(new SourceListModel(this))
    , m_imapCredentials(new ImapCredentials(*m_sources, this))
{
}

WizardState::~WizardState()
{
    // The credentials go first: an inspection waiting for a password then gets none and ends,
    // instead of waiting for this thread while the sources list waits for the inspection.
    delete m_imapCredentials;
    m_imapCredentials = nullptr;
}

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
