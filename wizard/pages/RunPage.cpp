#include "pages/RunPage.h"

#include "addressing/AddressRewriter.h"
#include "kopano/KopanoSpec.h"

#include "WizardState.h"
#include "migration/Runner.h"
#include "models/ProgressDelegate.h"
#include "models/RunModel.h"
#include "support/ColumnFitter.h"
#include "support/Prompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace mig::wizard {

RunPage::RunPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_model(new RunModel(this))
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Migration"));
    setSubTitle(tr("The mailboxes are being migrated. Stop ends after the messages in progress and can be "
                   "resumed later; Abort ends at once."));
    setCommitPage(true);
    // A commit page shows QWizard's "Commit" label; going on to the summary is a plain "Next".
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    m_mailboxesTableView = new QTableView(this);
    m_mailboxesTableView->setObjectName(QStringLiteral("mailboxesTableView"));
    m_mailboxesTableView->setModel(m_model);
    m_mailboxesTableView->setItemDelegateForColumn(RunModel::ProgressColumn, new ProgressDelegate(this));
    m_mailboxesTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mailboxesTableView->verticalHeader()->hide();
    new ColumnFitter(m_mailboxesTableView, RunModel::ProgressColumn);

    m_overallProgressBar = new QProgressBar(this);
    m_overallProgressBar->setObjectName(QStringLiteral("overallProgressBar"));
    m_overallProgressBar->setRange(0, 1000);
    m_overallProgressBar->setFormat(QStringLiteral("%p %"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("runStatusLabel"));
    m_statusLabel->setWordWrap(true);

    auto *logLabel = new QLabel(tr("&Log:"), this);
    m_logPlainTextEdit = new QPlainTextEdit(this);
    m_logPlainTextEdit->setObjectName(QStringLiteral("logPlainTextEdit"));
    m_logPlainTextEdit->setReadOnly(true);
    // The full logs are in the run folder; the live view keeps the recent part only.
    m_logPlainTextEdit->setMaximumBlockCount(5000);
    logLabel->setBuddy(m_logPlainTextEdit);

    m_stopPushButton = new QPushButton(tr("S&top"), this);
    m_stopPushButton->setObjectName(QStringLiteral("stopPushButton"));
    m_cancelPushButton = new QPushButton(tr("&Abort"), this);
    m_cancelPushButton->setObjectName(QStringLiteral("abortPushButton"));
    m_retryPushButton = new QPushButton(tr("&Retry failed mailboxes"), this);
    m_retryPushButton->setObjectName(QStringLiteral("retryPushButton"));
    m_retryPushButton->setEnabled(false);
    m_resumePushButton = new QPushButton(tr("Res&ume"), this);
    m_resumePushButton->setObjectName(QStringLiteral("resumePushButton"));
    m_resumePushButton->setToolTip(tr("Runs every mailbox that is not done yet: the stopped ones and the failed ones."));
    m_resumePushButton->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stopPushButton);
    buttons->addWidget(m_cancelPushButton);
    buttons->addWidget(m_retryPushButton);
    buttons->addWidget(m_resumePushButton);
    buttons->addStretch();

    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(logLabel);
    logLayout->addWidget(m_logPlainTextEdit);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_mailboxesTableView);
    splitter->addWidget(logBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_overallProgressBar);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);

    connect(m_stopPushButton, &QPushButton::clicked, this, [this] {
        if (m_runner) {
            m_runner->requestStop();
            m_stopPushButton->setEnabled(false);
            m_statusLabel->setText(tr("Stopping after the messages in progress…"));
        }
    });
    connect(m_cancelPushButton, &QPushButton::clicked, this, &RunPage::cancelRun);
    connect(m_retryPushButton, &QPushButton::clicked, this, [this] { startRun(Continuation::RetryFailed); });
    connect(m_resumePushButton, &QPushButton::clicked, this, [this] { startRun(Continuation::Resume); });
}

RunPage::~RunPage()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
}

void RunPage::initializePage()
{
    m_model->setPlan(m_state.plan);
    m_logPlainTextEdit->clear();
    m_state.report = {};
    startRun(Continuation::None);
}

bool RunPage::planHasKopanoStores() const
{
    for (const migration::Job &job : m_state.plan.jobs) {
        if (std::any_of(job.sources.cbegin(), job.sources.cend(), kopano::isKopanoSpec))
            return true;
    }
    return false;
}

void RunPage::startRun(Continuation continuation)
{
    migration::RunOptions options;
    options.runDir = m_state.runDir;
    options.dryRun = m_state.dryRun;
    options.retryFailed = continuation == Continuation::RetryFailed;
    options.resume = continuation == Continuation::Resume;
    options.acceptedFingerprint = m_state.acceptedFingerprint;
    // Exchange DNs of the directory's users (and the plan's address map) turn EX addresses into
    // SMTP ones; a map that cannot be read is reported by the run itself when it starts.
    if (auto rewriter = addressing::makeAddressRewriter(
            QList<directory::UserRecord>(m_state.users.begin(), m_state.users.end()), m_state.plan.options.addressMap))
        options.addresses = *rewriter;
    const QByteArray secret = m_state.serverSecret.toUtf8();
    if (!secret.isEmpty()) {
        options.askSecret = [secret](transport::SecretKind, const QString &, bool) {
            return std::optional<transport::SecretBytes>(transport::SecretBytes(secret));
        };
    }
    // A plan opened from a file holds no password: its Kopano stores need the database's now.
    if (m_state.kopanoSqlPassword.isEmpty() && planHasKopanoStores())
        m_state.kopanoSqlPassword = Prompts::password(
            this, tr("Kopano database password"),
            tr("This plan migrates stores of a Kopano server. gromox-kdb2mt reads them from its MySQL "
               "database: the password of that database user (kept in memory for this session only):"));
    if (!m_state.kopanoSqlPassword.isEmpty())
        options.kopanoSqlPassword
            = std::make_shared<const transport::SecretBytes>(m_state.kopanoSqlPassword.toUtf8());
    QPointer<RunPage> self(this);
    options.confirmHostKey = [self](const transport::HostKeyInfo &key) {
        bool accepted = false;
        if (self) {
            // Called on a worker: ask on the GUI thread and wait there for the answer.
            QMetaObject::invokeMethod(
                self.data(),
                [&] { return Prompts::trustHostKey(self, key); },
                Qt::BlockingQueuedConnection, &accepted);
        }
        return accepted;
    };

    delete m_runner;
    m_runner = new migration::Runner(m_state.plan, options, this);
    connect(m_runner, &migration::Runner::progressChanged, this, &RunPage::onProgress);
    connect(m_runner, &migration::Runner::logLine, this,
            [this](int, const QString &target, const QString &line) { appendLog(target, line); });
    connect(m_runner, &migration::Runner::finished, this, &RunPage::onFinished);

    m_finished = false;
    m_continuing = continuation != Continuation::None;
    updateButtons();
    Q_EMIT completeChanged();
    if (Expected<void> started = m_runner->start(); !started) {
        m_statusLabel->setText(tr("The migration cannot start: %1").arg(started.error().message));
        m_finished = true;
        updateButtons();
        Q_EMIT completeChanged();
        Q_EMIT runFinished();
        return;
    }
    m_statusLabel->setText(m_state.dryRun ? tr("Dry run: converting and checking locally, nothing is sent.")
                                          : tr("Migrating…"));
}

void RunPage::onProgress(const migration::MailboxProgress &progress)
{
    // A retry or resume skips the mailboxes that need no new run; their rows keep the earlier result.
    if (m_continuing && progress.state == migration::MailboxState::Skipped && progress.job >= 0
        && progress.job < m_model->rowCount() && migration::isFinal(m_model->progress(progress.job).state))
        return;
    m_model->update(progress);
    m_overallProgressBar->setValue(int(m_model->overallFraction() * 1000));
}

void RunPage::appendLog(const QString &target, const QString &line)
{
    m_logPlainTextEdit->appendPlainText(
        QStringLiteral("%1  %2  %3").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), target, line));
}

void RunPage::onFinished(const migration::RunReport &report)
{
    // A retry or resume runs only some mailboxes: the runner merged what it ran into the earlier
    // report.json of the run directory (RunReport::mergeRetry()). Merging into the page's own copy
    // again changes nothing then, and covers a run directory whose report could not be read.
    QList<migration::MailboxReport> ran;
    for (const migration::MailboxReport &mailbox : report.mailboxes) {
        if (mailbox.state != migration::MailboxState::Skipped || !m_continuing)
            ran.append(mailbox);
    }
    if (m_continuing && !m_state.report.mailboxes.isEmpty())
        m_state.report.mergeRetry(report);
    else
        m_state.report = report;
    for (const migration::MailboxReport &mailbox : std::as_const(ran)) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            migration::MailboxProgress progress = m_model->progress(row);
            if (progress.target == mailbox.target) {
                progress.state = mailbox.state;
                if (!mailbox.reason.isEmpty())
                    progress.message = mailbox.reason;
                m_model->update(progress);
            }
        }
    }
    const int failed = m_state.report.count(migration::MailboxState::Failed);
    const int done = m_state.report.count(migration::MailboxState::Done);
    const int stopped = m_state.report.count(migration::MailboxState::Stopped);
    m_overallProgressBar->setValue(int(m_model->overallFraction() * 1000));
    m_statusLabel->setText(stopped > 0 ? tr("Ended: %1 mailbox(es) done, %2 failed, %3 stopped (Resume goes on).")
                                             .arg(done)
                                             .arg(failed)
                                             .arg(stopped)
                                       : tr("Finished: %1 mailbox(es) done, %2 failed.").arg(done).arg(failed));
    m_finished = true;
    updateButtons();
    Q_EMIT completeChanged();
    Q_EMIT runFinished();
}

void RunPage::updateButtons()
{
    const bool running = !m_finished;
    m_stopPushButton->setEnabled(running);
    m_cancelPushButton->setEnabled(running);
    m_retryPushButton->setEnabled(!running && m_state.report.count(migration::MailboxState::Failed) > 0);
    m_resumePushButton->setEnabled(!running && m_state.report.count(migration::MailboxState::Stopped) > 0);
}

bool RunPage::isComplete() const
{
    return m_finished;
}

bool RunPage::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void RunPage::cancelRun()
{
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel();
        m_statusLabel->setText(tr("Aborting…"));
    }
}

} // namespace mig::wizard
