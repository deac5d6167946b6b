#include "pages/SummaryPage.h"

#include "WizardState.h"
#include "support/Prompts.h"
#include "support/RecentPlans.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace mig::wizard {

SummaryPage::SummaryPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setFinalPage(true);

    m_totalsLabel = new QLabel(this);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setWordWrap(true);
    m_resultsTableWidget = new QTableWidget(this);
    m_resultsTableWidget->setObjectName(QStringLiteral("resultsTableWidget"));
    m_resultsTableWidget->setColumnCount(6);
    m_resultsTableWidget->setHorizontalHeaderLabels(
        {tr("Mailbox"), tr("Result"), tr("Items sent"), tr("Failed"), tr("Size"), tr("Reason")});
    m_resultsTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsTableWidget->verticalHeader()->hide();
    m_resultsTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultsTableWidget->horizontalHeader()->setStretchLastSection(true);

    m_openReportPushButton = new QPushButton(tr("Open the &report"), this);
    m_openReportPushButton->setObjectName(QStringLiteral("openReportPushButton"));
    m_savePlanPushButton = new QPushButton(tr("&Save the plan…"), this);
    m_savePlanPushButton->setObjectName(QStringLiteral("savePlanPushButton"));
    m_savedLabel = new QLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("savedPlanLabel"));
    m_savedLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openReportPushButton);
    buttons->addWidget(m_savePlanPushButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totalsLabel);
    layout->addWidget(m_resultsTableWidget, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_savedLabel);

    connect(m_openReportPushButton, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(reportPath())); });
    connect(m_savePlanPushButton, &QPushButton::clicked, this, &SummaryPage::savePlan);
}

QString SummaryPage::reportPath() const
{
    return QDir(m_state.runDir).filePath(QStringLiteral("report.html"));
}

void SummaryPage::initializePage()
{
    const migration::RunReport &report = m_state.report;
    const QLocale locale;
    int done = 0;
    int failed = 0;
    int skipped = 0;
    quint64 items = 0;
    quint64 itemsFailed = 0;
    quint64 bytes = 0;
    m_resultsTableWidget->setRowCount(int(report.mailboxes.size()));
    for (int row = 0; row < report.mailboxes.size(); ++row) {
        const migration::MailboxReport &mailbox = report.mailboxes.at(row);
        done += mailbox.state == migration::MailboxState::Done;
        failed += mailbox.state == migration::MailboxState::Failed;
        skipped += mailbox.state == migration::MailboxState::Skipped;
        items += mailbox.itemsSent;
        itemsFailed += mailbox.itemsFailed;
        bytes += mailbox.bytes;
        const QStringList cells = {mailbox.target,
                                   migration::stateLabel(mailbox.state),
                                   locale.toString(mailbox.itemsSent),
                                   locale.toString(mailbox.itemsFailed),
                                   locale.formattedDataSize(qint64(mailbox.bytes)),
                                   mailbox.reason};
        for (int column = 0; column < cells.size(); ++column)
            m_resultsTableWidget->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    QString totals = tr("%1 of %2 mailbox(es) migrated, %3 failed, %4 skipped. %5 item(s) sent (%6), %7 item(s) failed.")
                         .arg(done)
                         .arg(report.mailboxes.size())
                         .arg(failed)
                         .arg(skipped)
                         .arg(locale.toString(items), locale.formattedDataSize(qint64(bytes)), locale.toString(itemsFailed));
    if (report.dryRun)
        totals.prepend(tr("Dry run: nothing was sent to the server.") + QLatin1Char(' '));
    m_totalsLabel->setText(totals);
    m_openReportPushButton->setEnabled(QFileInfo::exists(reportPath()));
    setSubTitle(tr("The run folder is %1.").arg(QDir::toNativeSeparators(m_state.runDir)));
}

void SummaryPage::savePlan()
{
    const QString suggested = m_state.planPath.isEmpty() ? QStringLiteral("migration-plan.json") : m_state.planPath;
    const QString path = Prompts::saveFileName(this, tr("Save the migration plan"), suggested,
                                               tr("Migration plans (*.json)"));
    if (path.isEmpty())
        return;
    if (Expected<void> saved = m_state.plan.save(path); !saved) {
        m_savedLabel->setText(tr("Cannot save the plan: %1").arg(saved.error().message));
        return;
    }
    m_state.planPath = path;
    addRecentPlan(path);
    m_savedLabel->setText(tr("Plan saved to %1 (without passwords).").arg(QDir::toNativeSeparators(path)));
}

} // namespace mig::wizard
