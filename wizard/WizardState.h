#pragma once

#include "directory/LdapSettings.h"
#include "directory/UserRecord.h"
#include "migration/Plan.h"
#include "migration/Report.h"

#include <QObject>
#include <QString>

#include <vector>

namespace mig::wizard {

class ImapCredentials;
class SourceListModel;

/// What the pages share. The migration plan is the durable part (it is what gets saved and run);
/// the rest lives only for this session of the wizard: the sources being inspected, the directory's
/// users, the passwords typed (never written to the plan or the settings) and the run's outcome.
/// Lives on the GUI thread; workers get copies, never this object.
class WizardState final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardState)

public:
    explicit WizardState(QObject *parent = nullptr);
    ~WizardState() override;

    migration::Plan plan;
    /// Where the plan was loaded from or saved to; empty for a new plan.
    QString planPath;

    /// The sources the user added, with their inspection results.
    SourceListModel *sources() const { return m_sources; }
    /// Passwords and certificate decisions of IMAP accounts (the engine's IMAP hooks while it lives).
    ImapCredentials *imapCredentials() const { return m_imapCredentials; }

    /// SSH password (or key passphrase) typed on the server page, for the test and the run.
    QString serverSecret;
    /// The Kopano MySQL password typed in the Kopano dialog, for the run's gromox-kdb2mt (on its
    /// standard input); never written to the plan.
    QString kopanoSqlPassword;
    /// Host key fingerprint the user confirmed on the server page ("SHA256:...").
    QString acceptedFingerprint;

    /// Directory settings from the directory page (password included, in memory only).
    directory::LdapSettings ldap;
    /// The directory's users; empty when the directory page was skipped.
    std::vector<directory::UserRecord> users;

    bool dryRun = false;
    QString runDir;
    /// The latest run's report (merged with retries of failed mailboxes).
    migration::RunReport report;

    /// Replaces the plan by a loaded one and lists its sources.
    void adoptPlan(const migration::Plan &loaded, const QString &path);

Q_SIGNALS:
    void usersChanged();

private:
    SourceListModel *m_sources = nullptr;
    ImapCredentials *m_imapCredentials = nullptr;
};

} // namespace mig::wizard
