#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace mig::wizard {

class WizardState;

/// First page: says what the wizard will do and lets the user start a new migration or reopen a
/// saved plan (by file dialog or from the recent plans kept in the settings).
class WelcomePage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    void browseForPlan();
    bool openPlan(const QString &path);
    void updateControls();

    WizardState &m_state;
    QRadioButton *m_newMigrationRadioButton = nullptr;
    QRadioButton *m_openPlanRadioButton = nullptr;
    QPushButton *m_browsePlanPushButton = nullptr;
    QListWidget *m_recentPlansListWidget = nullptr;
    QLabel *m_planStatusLabel = nullptr;
};

} // namespace mig::wizard
