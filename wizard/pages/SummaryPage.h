#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mig::wizard {

class WizardState;

/// Last page: totals and per-mailbox results of the run, the HTML report (opened with the
/// desktop's browser) and saving the plan for a rerun.
class SummaryPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPage)

public:
    explicit SummaryPage(WizardState &state, QWidget *parent = nullptr);

    void initializePage() override;
    QString reportPath() const;

private:
    void savePlan();

    WizardState &m_state;
    QLabel *m_totalsLabel = nullptr;
    QTableWidget *m_resultsTableWidget = nullptr;
    QPushButton *m_openReportPushButton = nullptr;
    QPushButton *m_savePlanPushButton = nullptr;
    QLabel *m_savedLabel = nullptr;
};

} // namespace mig::wizard
