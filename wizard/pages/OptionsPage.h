#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace mig::wizard {

class WizardState;

/// Seventh page: how to migrate. Placement (a new root folder or spliced into the mailbox's own
/// folders), the new folder's name, continue on error, mailboxes in parallel, creating missing
/// mailboxes, hidden folders, a dry run, and where the run keeps its ledger, logs and report.
/// The choices of the last run are the next new plan's defaults (except the dry run and the
/// folder name, which belong to one migration).
class OptionsPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPage)

public:
    explicit OptionsPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    /// The options last used (QSettings "options/"), the defaults of a new plan; a loaded plan
    /// keeps its own.
    void applySavedDefaults();
    void saveDefaults() const;

    WizardState &m_state;
    QRadioButton *m_newFolderRadioButton = nullptr;
    QRadioButton *m_spliceRadioButton = nullptr;
    QLineEdit *m_targetFolderLineEdit = nullptr;
    QCheckBox *m_continueOnErrorCheckBox = nullptr;
    QSpinBox *m_parallelSpinBox = nullptr;
    QComboBox *m_createMailboxesComboBox = nullptr;
    QCheckBox *m_hiddenCheckBox = nullptr;
    QCheckBox *m_dryRunCheckBox = nullptr;
    QLineEdit *m_runDirLineEdit = nullptr;
    QPushButton *m_runDirPushButton = nullptr;
};

} // namespace mig::wizard
