#pragma once

#include <QPointer>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableView;
class QTreeView;

namespace mig::wizard {

class FolderTreeModel;
class MessageListModel;
class MessageView;
class PreviewSession;
class WizardState;

/// Third page: look inside a source before migrating it. Folder tree with counts, the selected
/// folder's items (loaded lazily, sortable) and the selected item. Everything is read on the
/// preview session's worker thread. Optional: Next is always possible.
class PreviewPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    explicit PreviewPage(WizardState &state, QWidget *parent = nullptr);
    ~PreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;

    FolderTreeModel *folderModel() const { return m_folderModel; }
    MessageListModel *messageModel() const { return m_messageModel; }
    MessageView *messageView() const { return m_messageView; }

Q_SIGNALS:
    /// The folder tree of the chosen source is shown (or its error is).
    void foldersLoaded();

private:
    void openSource(int comboIndex);
    void showFolder();
    void showMessage();
    void closeSession();

    WizardState &m_state;
    QPointer<PreviewSession> m_session;
    FolderTreeModel *m_folderModel = nullptr;
    MessageListModel *m_messageModel = nullptr;
    QComboBox *m_sourceComboBox = nullptr;
    QTreeView *m_folderTreeView = nullptr;
    QTableView *m_messageTableView = nullptr;
    MessageView *m_messageView = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace mig::wizard
