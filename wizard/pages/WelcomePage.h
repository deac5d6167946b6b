#pragma once

#include <QWizardPage>

class QRadioButton;
class QListWidget;

namespace mig::wizard {

/// First page: says what the wizard will do and lets the user start a new migration or reopen a
/// saved plan (recent plans are listed from the settings).
class WelcomePage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

private:
    QRadioButton *m_newMigrationRadioButton = nullptr;
    QRadioButton *m_openPlanRadioButton = nullptr;
    QListWidget *m_recentPlansListWidget = nullptr;
};

} // namespace mig::wizard
