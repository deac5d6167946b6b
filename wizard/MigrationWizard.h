#pragma once

#include <QWizard>

namespace mig::wizard {

class RunPage;
class SecretStore;
class WizardState;

/// The step-by-step migration wizard. The pages share their state through WizardState (whose
/// migration plan is what gets saved and run) and never do I/O on the GUI thread: inspections,
/// previews, connection tests, directory lookups and the run all happen on worker threads.
class MigrationWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationWizard)

public:
    enum PageId {
        Page_Welcome,
        Page_Sources,
        Page_Preview,
        Page_Server,
        Page_Directory,
        Page_Mapping,
        Page_Options,
        Page_Run,
        Page_Summary,
    };
    Q_ENUM(PageId)

    explicit MigrationWizard(QWidget *parent = nullptr);
    ~MigrationWizard() override;

    WizardState &state() const { return *m_state; }

    /// Asks before leaving; a running migration is aborted first and the wizard closes when it
    /// has ended.
    void reject() override;

private:
    WizardState *m_state = nullptr;
    SecretStore *m_secrets = nullptr;
    RunPage *m_runPage = nullptr;
    bool m_closeAfterRun = false;
};

} // namespace mig::wizard
