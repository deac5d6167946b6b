#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace mig::wizard {

class WizardState;

/// Second page: the PST/OST files, mail files and folders, export folders and IMAP accounts to
/// migrate, added by dialog or (files) by drag and drop. Every row is inspected in the background; Next is enabled once all inspections finished
/// and at least one source is usable (broken ones may stay listed, they are not migrated).
class SourcesPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPage)

public:
    explicit SourcesPage(WizardState &state, QWidget *parent = nullptr);

    bool isComplete() const override;

private:
    void addFiles();
    /// The "Add files" dialog's name filter, built from every registered kind's file patterns.
    static QString fileDialogFilter();
    void addFolder();
    /// Opens the IMAP account dialog; its accounts become rows when it is accepted.
    void addImapAccounts();
    void addKopanoServer();
    void removeSelected();
    void updateSummary();

    WizardState &m_state;
    QTableView *m_sourcesTableView = nullptr;
    QPushButton *m_addFilesPushButton = nullptr;
    QPushButton *m_addFolderPushButton = nullptr;
    QPushButton *m_addImapPushButton = nullptr;
    QPushButton *m_removePushButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
};

} // namespace mig::wizard
