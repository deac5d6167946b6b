#pragma once

#include "mapping/SourceDescriptor.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <vector>

class QLabel;
class QPushButton;
class QTableView;

namespace mig::wizard {

class MappingModel;
class TargetDelegate;
class WizardState;

/// Sixth page: which source goes into which mailbox. The engine's matcher proposes targets from
/// the directory users (with confidence and reason); the user edits targets (with completion),
/// unticks sources not to migrate, and can round-trip the table through CSV. Conflicts (two
/// sources, one mailbox) are highlighted. Next needs a target for every included source; the
/// page then writes the plan's jobs.
class MappingPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingPage)

public:
    explicit MappingPage(WizardState &state, QWidget *parent = nullptr);
    ~MappingPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    MappingModel *model() const { return m_model; }
    /// True while the sources are being read for matching hints (Sent Items senders).
    bool isInspecting() const { return m_inspection.isRunning(); }

private:
    void importCsv();
    void exportCsv();
    void updateSummary();

    WizardState &m_state;
    MappingModel *m_model = nullptr;
    TargetDelegate *m_delegate = nullptr;
    QFutureWatcher<std::vector<mapping::SourceDescriptor>> m_inspection;
    QTableView *m_mappingTableView = nullptr;
    QPushButton *m_importPushButton = nullptr;
    QPushButton *m_exportPushButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
};

} // namespace mig::wizard
