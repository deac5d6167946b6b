#pragma once

#include "migration/Report.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mig::migration {
class Runner;
struct MailboxProgress;
} // namespace mig::migration

namespace mig::wizard {

class RunModel;
class WizardState;

/// Eighth page (the commit page): runs the plan with migration::Runner, which works on its own
/// threads and reports progress values through queued signals. One row per mailbox with state,
/// progress, items, bytes, rate and ETA; an overall bar; the live log. Stop finishes the current
/// messages and ends cleanly, Abort cancels at once. Afterwards failed mailboxes can be retried (a
/// new Runner with retryFailed on the same run folder) and stopped ones resumed (resume: every
/// mailbox not done yet runs again). Next is possible once the run has ended.
class RunPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    explicit RunPage(WizardState &state, QWidget *parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    /// Aborts a running migration (the page then finishes like any run).
    void cancelRun();
    RunModel *model() const { return m_model; }

Q_SIGNALS:
    void runFinished();

private:
    enum class Continuation { None, RetryFailed, Resume };
    void startRun(Continuation continuation);
    bool planHasKopanoStores() const;
    void updateButtons();
    void onProgress(const migration::MailboxProgress &progress);
    void onFinished(const migration::RunReport &report);
    void appendLog(const QString &target, const QString &line);

    WizardState &m_state;
    RunModel *m_model = nullptr;
    QPointer<migration::Runner> m_runner;
    bool m_finished = false;
    /// A retry or resume is running: rows it skips keep the earlier run's result.
    bool m_continuing = false;
    QTableView *m_mailboxesTableView = nullptr;
    QProgressBar *m_overallProgressBar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPlainTextEdit *m_logPlainTextEdit = nullptr;
    QPushButton *m_stopPushButton = nullptr;
    QPushButton *m_cancelPushButton = nullptr;
    QPushButton *m_retryPushButton = nullptr;
    QPushButton *m_resumePushButton = nullptr;
};

} // namespace mig::wizard
