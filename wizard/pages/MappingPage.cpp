#include "pages/MappingPage.h"

#include "core/OutputFile.h"
#include "WizardState.h"
#include "mapping/SourceInspector.h"
#include "mapping/SourceScanner.h"
#include "models/MappingModel.h"
#include "models/SourceListModel.h"
#include "models/TargetDelegate.h"
#include "support/ColumnFitter.h"
#include "support/Prompts.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mig::wizard {

MappingPage::MappingPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_model(new MappingModel(this))
    , m_delegate(new TargetDelegate(this))
{
    setObjectName(QStringLiteral("mappingPage"));
    setTitle(tr("Mapping"));
    setSubTitle(tr("Check which mailbox each source goes into. Double-click a target to change it; "
                   "untick a source to leave it out."));

    auto *tableLabel = new QLabel(tr("&Sources and targets:"), this);
    m_mappingTableView = new QTableView(this);
    m_mappingTableView->setObjectName(QStringLiteral("mappingTableView"));
    m_mappingTableView->setModel(m_model);
    m_mappingTableView->setItemDelegateForColumn(MappingModel::TargetColumn, m_delegate);
    m_mappingTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mappingTableView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                        | QAbstractItemView::AnyKeyPressed);
    m_mappingTableView->verticalHeader()->hide();
    new ColumnFitter(m_mappingTableView, MappingModel::ReasonColumn);
    tableLabel->setBuddy(m_mappingTableView);

    m_importPushButton = new QPushButton(tr("&Import CSV…"), this);
    m_importPushButton->setObjectName(QStringLiteral("importCsvPushButton"));
    m_exportPushButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportPushButton->setObjectName(QStringLiteral("exportCsvPushButton"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("mappingSummaryLabel"));
    m_summaryLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importPushButton);
    buttons->addWidget(m_exportPushButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tableLabel);
    layout->addWidget(m_mappingTableView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_summaryLabel);

    connect(m_importPushButton, &QPushButton::clicked, this, &MappingPage::importCsv);
    connect(m_exportPushButton, &QPushButton::clicked, this, &MappingPage::exportCsv);
    connect(m_model, &MappingModel::mappingChanged, this, [this] {
        updateSummary();
        Q_EMIT completeChanged();
    });
    connect(&m_inspection, &QFutureWatcher<std::vector<mapping::SourceDescriptor>>::finished, this, [this] {
        if (!m_inspection.isCanceled())
            m_model->updateSources(m_inspection.result());
    });
}

MappingPage::~MappingPage()
{
    m_inspection.cancel();
}

void MappingPage::initializePage()
{
    std::vector<mapping::SourceDescriptor> descriptors;
    for (const sources::SourceSpec &spec : m_state.sources()->readySpecs())
        descriptors.push_back(mapping::describeSpec(spec));

    // Decisions already in the plan (a loaded plan, or coming back to this page) win.
    QHash<QString, QString> overrides;
    QSet<QString> excluded;
    for (const migration::Job &job : m_state.plan.jobs) {
        for (const QString &source : sources::locationsOf(job.sources)) {
            if (!job.target.isEmpty())
                overrides.insert(source, job.target);
            if (!m_state.plan.isTargetIncluded(job.target))
                excluded.insert(source);
        }
    }
    m_model->reset(descriptors, m_state.users, overrides, excluded);

    QStringList completions;
    for (const directory::UserRecord &user : m_state.users) {
        completions << user.mail;
        completions += user.aliases;
    }
    completions.removeAll(QString());
    m_delegate->setCompletions(completions);

    // The dominant sender of each source's Sent Items is one more hint for the matcher; reading
    // it opens every PST, so it happens in the background and the table improves when it is in.
    m_inspection.cancel();
    m_inspection.setFuture(QtConcurrent::run([descriptors]() mutable {
        for (mapping::SourceDescriptor &descriptor : descriptors)
            (void)mapping::inspectSource(descriptor); // a source that cannot be inspected keeps its name
        return descriptors;
    }));
}

bool MappingPage::isComplete() const
{
    return m_model->isReady();
}

bool MappingPage::validatePage()
{
    migration::Plan &plan = m_state.plan;
    // The sources list holds each source's spec (kind and options of accounts and loaded plans).
    QHash<QString, sources::SourceSpec> knownSpecs;
    for (const sources::SourceSpec &spec : m_state.sources()->readySpecs())
        knownSpecs.insert(spec.location, spec);
    plan.jobs.clear();
    QStringList includedTargets;
    QStringList excludedTargets;
    const auto &entries = m_model->table().entries();
    // One job per target mailbox: several sources for one mailbox become one job (one stream).
    for (int row = 0; row < int(entries.size()); ++row) {
        const mapping::MappingEntry &entry = entries.at(size_t(row));
        if (entry.target.isEmpty())
            continue;
        const bool included = m_model->isIncluded(row);
        (included ? includedTargets : excludedTargets) << entry.target;
        auto job = std::find_if(plan.jobs.begin(), plan.jobs.end(), [&](const migration::Job &j) {
            return j.target.compare(entry.target, Qt::CaseInsensitive) == 0;
        });
        const sources::SourceSpec spec = knownSpecs.value(entry.source, sources::SourceSpec::forPath(entry.source));
        if (job == plan.jobs.end())
            plan.jobs.append(migration::Job{{spec}, entry.target});
        else
            job->sources << spec;
    }
    // Unticked sources stay in the plan with their target on the deny list, so a rerun of the
    // saved plan keeps the decision (and the run lists them as skipped).
    for (const QString &target : std::as_const(excludedTargets)) {
        if (!includedTargets.contains(target, Qt::CaseInsensitive) && !plan.denyList.contains(target, Qt::CaseInsensitive))
            plan.denyList << target;
    }
    plan.denyList.removeIf([&](const QString &target) { return includedTargets.contains(target, Qt::CaseInsensitive); });
    return !plan.jobs.isEmpty();
}

void MappingPage::updateSummary()
{
    int missing = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isIncluded(row) && m_model->table().entries().at(size_t(row)).target.isEmpty())
            ++missing;
    }
    QStringList parts;
    parts << tr("%n source(s).", nullptr, m_model->rowCount());
    if (missing > 0)
        parts << tr("%n source(s) still need a target.", nullptr, missing);
    if (const int conflicts = m_model->conflictCount(); conflicts > 0)
        parts << tr("%n source(s) share a target mailbox with another source: they will be merged into it.", nullptr,
                    conflicts);
    m_summaryLabel->setText(parts.join(QLatin1Char(' ')));
}

void MappingPage::importCsv()
{
    const QString path = Prompts::openFileName(this, tr("Import mapping"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summaryLabel->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    if (Expected<void> imported = m_model->importCsv(file.readAll(), path); !imported)
        m_summaryLabel->setText(imported.error().message);
}

void MappingPage::exportCsv()
{
    const QString path = Prompts::saveFileName(this, tr("Export mapping"), QStringLiteral("mapping.csv"),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Expected<void> written = OutputFile::write(path, m_model->exportCsv()); !written)
        m_summaryLabel->setText(tr("Cannot write %1: %2").arg(path, written.error().detail));
}

} // namespace mig::wizard
