#include "pages/SourcesPage.h"

#include "WizardState.h"
#include "dialogs/ImapAccountDialog.h"
#include "dialogs/KopanoSourceDialog.h"
#include "models/SourceListModel.h"
#include "support/ColumnFitter.h"
#include "sources/SourceRegistry.h"
#include "support/Prompts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mig::wizard {

SourcesPage::SourcesPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("sourcesPage"));
    setTitle(tr("Sources"));
    setSubTitle(tr("Add the mail to migrate: Outlook data files (PST/OST), EML and MBOX files, Maildir folders, "
                   "Thunderbird or Apple Mail folders, folders of exports, or IMAP accounts. You can also drag files "
                   "and folders into the list."));

    SourceListModel *model = m_state.sources();
    auto *listLabel = new QLabel(tr("&Sources:"), this);
    m_sourcesTableView = new QTableView(this);
    m_sourcesTableView->setObjectName(QStringLiteral("sourcesTableView"));
    m_sourcesTableView->setModel(model);
    m_sourcesTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sourcesTableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sourcesTableView->setAcceptDrops(true);
    m_sourcesTableView->setDragDropMode(QAbstractItemView::DropOnly);
    m_sourcesTableView->setDropIndicatorShown(true);
    m_sourcesTableView->verticalHeader()->hide();
    new ColumnFitter(m_sourcesTableView, SourceListModel::StatusColumn);
    listLabel->setBuddy(m_sourcesTableView);

    m_addFilesPushButton = new QPushButton(tr("Add &files…"), this);
    m_addFilesPushButton->setObjectName(QStringLiteral("addFilesPushButton"));
    m_addFolderPushButton = new QPushButton(tr("Add f&older…"), this);
    m_addFolderPushButton->setToolTip(
        tr("A Maildir, a folder of .eml files, Thunderbird local folders, an Apple Mail export or a folder of exports"));
    m_addFolderPushButton->setObjectName(QStringLiteral("addFolderPushButton"));
    m_addImapPushButton = new QPushButton(tr("Add &IMAP account…"), this);
    m_addImapPushButton->setObjectName(QStringLiteral("addImapPushButton"));
    m_addImapPushButton->setToolTip(tr("One or several mailboxes on an IMAP server"));
    auto *addKopanoPushButton = new QPushButton(tr("Add &Kopano server…"), this);
    addKopanoPushButton->setObjectName(QStringLiteral("addKopanoPushButton"));
    connect(addKopanoPushButton, &QPushButton::clicked, this, &SourcesPage::addKopanoServer);
    m_removePushButton = new QPushButton(tr("&Remove"), this);
    m_removePushButton->setObjectName(QStringLiteral("removePushButton"));
    m_removePushButton->setEnabled(false);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addFilesPushButton);
    buttons->addWidget(m_addFolderPushButton);
    buttons->addWidget(m_addImapPushButton);
    buttons->addWidget(addKopanoPushButton);
    buttons->addWidget(m_removePushButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_sourcesTableView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_summaryLabel);

    setTabOrder(m_sourcesTableView, m_addFilesPushButton);
    setTabOrder(m_addFilesPushButton, m_addFolderPushButton);
    setTabOrder(m_addFolderPushButton, m_addImapPushButton);
    setTabOrder(m_addImapPushButton, addKopanoPushButton);
    setTabOrder(addKopanoPushButton, m_removePushButton);

    connect(m_addFilesPushButton, &QPushButton::clicked, this, &SourcesPage::addFiles);
    connect(m_addFolderPushButton, &QPushButton::clicked, this, &SourcesPage::addFolder);
    connect(m_addImapPushButton, &QPushButton::clicked, this, &SourcesPage::addImapAccounts);
    connect(m_removePushButton, &QPushButton::clicked, this, &SourcesPage::removeSelected);
    connect(m_sourcesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removePushButton->setEnabled(m_sourcesTableView->selectionModel()->hasSelection()); });
    connect(model, &SourceListModel::stateChanged, this, [this] {
        updateSummary();
        Q_EMIT completeChanged();
    });
    updateSummary();
}

bool SourcesPage::isComplete() const
{
    return m_state.sources()->hasUsableSources();
}

void SourcesPage::addFiles()
{
    const QStringList files = Prompts::openFileNames(this, tr("Add mail files"), fileDialogFilter());
    m_state.sources()->addPaths(files);
}

QString SourcesPage::fileDialogFilter()
{
    // One entry per kind of source file the engine reads (the registry knows them all), an entry
    // for all of them first, and "All files" last: mbox files often have no extension at all.
    QStringList filters;
    QStringList every;
    for (const sources::SourceKind &kind : sources::sourceKinds()) {
        if (kind.filePatterns.isEmpty())
            continue;
        filters << QStringLiteral("%1 (%2)").arg(kind.title, kind.filePatterns.join(QLatin1Char(' ')));
        every << kind.filePatterns;
    }
    every.removeDuplicates();
    filters.prepend(tr("All mail sources (%1)").arg(every.join(QLatin1Char(' '))));
    filters << tr("All files (*)");
    return filters.join(QStringLiteral(";;"));
}

void SourcesPage::addFolder()
{
    const QString folder = Prompts::existingDirectory(
        this, tr("Add a folder: Maildir, EML files, Thunderbird or Apple Mail folders, or exports"));
    if (!folder.isEmpty())
        m_state.sources()->addPaths({folder});
}

void SourcesPage::addImapAccounts()
{
    // open(), not exec(): the dialog is window-modal without a nested event loop, so the page
    // (and a test driving it) keeps running while it is shown.
    auto *dialog = new ImapAccountDialog(*m_state.imapCredentials(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_state.sources()->addSpecs(dialog->specs()); });
    dialog->open();
}

void SourcesPage::addKopanoServer()
{
    // Window-modal without a nested event loop; OK adds the chosen stores itself.
    auto *dialog = new KopanoSourceDialog(m_state, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SourcesPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_sourcesTableView->selectionModel()->selectedRows())
        rows << index.row();
    m_state.sources()->removeRows(rows);
}

void SourcesPage::updateSummary()
{
    const SourceListModel *model = m_state.sources();
    int ready = 0;
    int failed = 0;
    int uncounted = 0; // ready, but counted only in the run (Kopano stores)
    qint64 items = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const SourceInspection *result = model->inspection(row);
        if (!result)
            continue;
        if (result->ok && !result->countsKnown) {
            ++uncounted;
        } else if (result->ok) {
            ++ready;
            items += result->items;
        } else {
            ++failed;
        }
    }
    QString text;
    if (model->rowCount() == 0)
        text = tr("No sources yet.");
    else if (model->isBusy())
        text = tr("Inspecting the sources…");
    else if (ready > 0 || uncounted == 0)
        text = tr("%n source(s) ready with %1 items.", nullptr, ready).arg(QLocale().toString(items));
    if (uncounted > 0 && !model->isBusy())
        text = QString(text + QLatin1Char(' ')
                + tr("%n Kopano store(s) ready; their items are counted during the run.", nullptr, uncounted))
                   .trimmed();
    if (failed > 0)
        text += QLatin1Char(' ') + tr("%n source(s) cannot be read and will not be migrated.", nullptr, failed);
    m_summaryLabel->setText(text);
}

} // namespace mig::wizard
