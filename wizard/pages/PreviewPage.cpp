#include "pages/PreviewPage.h"

#include "WizardState.h"
#include "kopano/KopanoSpec.h"
#include "models/SourceListModel.h"
#include "preview/FolderTreeModel.h"
#include "preview/MessageListModel.h"
#include "preview/MessageView.h"
#include "preview/PreviewSession.h"

#include "support/SourceInspection.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace mig::wizard {

namespace {

struct FolderListing {
    QList<sources::SourceFolder> folders;
    QString error;
};

} // namespace

PreviewPage::PreviewPage(WizardState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_folderModel(new FolderTreeModel(this))
    , m_messageModel(new MessageListModel(this))
{
    setObjectName(QStringLiteral("previewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("Look inside a source: its folders, items and messages. Nothing is changed."));

    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    m_sourceComboBox = new QComboBox(this);
    m_sourceComboBox->setObjectName(QStringLiteral("sourceComboBox"));
    sourceLabel->setBuddy(m_sourceComboBox);

    m_folderTreeView = new QTreeView(this);
    m_folderTreeView->setObjectName(QStringLiteral("folderTreeView"));
    m_folderTreeView->setModel(m_folderModel);
    m_folderTreeView->header()->setStretchLastSection(false);
    m_folderTreeView->header()->setSectionResizeMode(FolderTreeModel::NameColumn, QHeaderView::Stretch);
    m_folderTreeView->header()->setSectionResizeMode(FolderTreeModel::ItemsColumn, QHeaderView::ResizeToContents);

    m_messageTableView = new QTableView(this);
    m_messageTableView->setObjectName(QStringLiteral("messageTableView"));
    m_messageTableView->setModel(m_messageModel);
    m_messageTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messageTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messageTableView->verticalHeader()->hide();
    // Fixed row heights keep scrolling through tens of thousands of rows cheap.
    m_messageTableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_messageTableView->horizontalHeader()->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    // No initial sort: sorting loads every summary of a folder, which only a click should cause.
    m_messageTableView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_messageTableView->setSortingEnabled(true);

    m_messageView = new MessageView(this);
    m_messageView->setObjectName(QStringLiteral("messageView"));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_messageTableView);
    right->addWidget(m_messageView);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_folderTreeView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    splitter->setSizes({22 * em, 60 * em});

    auto *top = new QHBoxLayout;
    top->addWidget(sourceLabel);
    top->addWidget(m_sourceComboBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_statusLabel);

    setTabOrder(m_sourceComboBox, m_folderTreeView);
    setTabOrder(m_folderTreeView, m_messageTableView);

    connect(m_sourceComboBox, &QComboBox::currentIndexChanged, this, &PreviewPage::openSource);
    connect(m_folderTreeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PreviewPage::showFolder);
    connect(m_messageTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PreviewPage::showMessage);
    connect(m_messageModel, &MessageListModel::loadingChanged, this, [this] {
        const int total = m_messageModel->totalItems();
        if (!m_messageModel->loadError().isEmpty())
            m_statusLabel->setText(tr("Cannot list the items: %1").arg(m_messageModel->loadError()));
        else if (total >= 0)
            m_statusLabel->setText(tr("%1 of %n item(s) loaded.", nullptr, total).arg(m_messageModel->rowCount()));
    });
}

PreviewPage::~PreviewPage() = default;

void PreviewPage::initializePage()
{
    const QString previous = m_sourceComboBox->currentData().toString();
    {
        const QSignalBlocker blocker(m_sourceComboBox);
        m_sourceComboBox->clear();
        for (const sources::SourceSpec &spec : m_state.sources()->readySpecs()) {
            // Export folders hold loose files; only sources (data files, folders a source kind
            // reads as a whole: Maildir, .eml trees, mail client folders; accounts) have a tree.
            const SourceListModel *model = m_state.sources();
            const SourceInspection *inspected = model->inspection(model->rowOf(spec.location));
            if (inspected != nullptr && !inspected->isFolder)
                m_sourceComboBox->addItem(spec.displayName(), spec.location);
        }
    }
    const int keep = m_sourceComboBox->findData(previous);
    m_sourceComboBox->setCurrentIndex(keep >= 0 ? keep : 0);
    openSource(m_sourceComboBox->currentIndex());
}

void PreviewPage::cleanupPage()
{
    closeSession();
}

bool PreviewPage::validatePage()
{
    closeSession();
    return true;
}

void PreviewPage::closeSession()
{
    m_messageModel->setFolder(nullptr, 0);
    m_messageView->clear();
    m_folderModel->setFolders({});
    delete m_session;
}

void PreviewPage::openSource(int comboIndex)
{
    closeSession();
    const QString path = m_sourceComboBox->itemData(comboIndex).toString();
    if (path.isEmpty()) {
        m_statusLabel->setText(tr("No source to preview."));
        return;
    }
    const SourceListModel *model = m_state.sources();
    if (kopano::isKopanoSpec(model->spec(model->rowOf(path)))) {
        // Its folders are in Kopano's database, read by gromox-kdb2mt on the server during the run.
        m_statusLabel->setText(tr("A Kopano store is read on the grommunio server during the run; "
                                  "its folders cannot be previewed here."));
        Q_EMIT foldersLoaded();
        return;
    }
    m_session = new PreviewSession(model->spec(model->rowOf(path)), this);
    m_statusLabel->setText(tr("Reading the folders of %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<FolderListing>(this);
    QPointer<PreviewSession> session = m_session;
    connect(watcher, &QFutureWatcher<FolderListing>::finished, this, [this, watcher, session] {
        watcher->deleteLater();
        if (session != m_session || !session)
            return;
        const FolderListing listing = watcher->result();
        if (!listing.error.isEmpty()) {
            m_statusLabel->setText(tr("Cannot read the folders: %1").arg(listing.error));
        } else {
            m_folderModel->setFolders(listing.folders);
            m_folderTreeView->expandAll();
            m_statusLabel->setText(tr("%n folder(s).", nullptr, int(listing.folders.size())));
        }
        Q_EMIT foldersLoaded();
    });
    watcher->setFuture(m_session->run([](sources::Source *source, const QString &openError) {
        FolderListing listing;
        if (!source) {
            listing.error = openError;
            return listing;
        }
        Expected<QList<sources::SourceFolder>> folders = source->folders();
        if (folders)
            listing.folders = *folders;
        else
            listing.error = folders.error().message;
        return listing;
    }));
}

void PreviewPage::showFolder()
{
    const sources::SourceFolder *folder = m_folderModel->folder(m_folderTreeView->currentIndex());
    m_messageView->clear();
    m_messageModel->setFolder(folder ? m_session.data() : nullptr, folder ? folder->id : 0);
}

void PreviewPage::showMessage()
{
    const QModelIndex current = m_messageTableView->currentIndex();
    if (!current.isValid()) {
        m_messageView->clear();
        return;
    }
    m_messageView->showItem(m_session.data(), m_messageModel->itemRef(current.row()));
}

} // namespace mig::wizard
