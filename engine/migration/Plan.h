#pragma once

#include "core/Expected.h"
#include "sources/SourceSpec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mig::migration {

/// How to reach the grommunio server. Holds no secret: passwords and passphrases are asked for at
/// run time (or come from the key chain), never written into a plan.
struct ServerConnection {
    QString host;
    quint16 port = 22;
    QString user = QStringLiteral("root");
    QString identityFile;   ///< private key file; empty = agent or password
    QString knownHostsFile; ///< empty = the user's ~/.ssh/known_hosts
    bool useSudo = false;   ///< run the importer through "sudo -n"
    friend bool operator==(const ServerConnection &, const ServerConnection &) = default;
};

/// Where the migrated folders land in the target mailbox (gxmt-format.md §4.6).
enum class Placement {
    NewRootFolder, ///< everything below a new folder "Import of <source> ..."
    Splice,        ///< special folders into the mailbox's own Inbox, Sent Items, ...
};

/// When missing mailboxes are created (grommunio-admin user create).
enum class MailboxCreation {
    Never,
    OnePass,  ///< create, then migrate, mailbox by mailbox
    TwoPasses ///< create all first, migrate afterwards
};

struct PlanOptions {
    Placement placement = Placement::NewRootFolder;
    QString targetFolder;          ///< name of the new root folder; empty = "Import of <file> @<time>"
    bool continueOnError = true;   ///< one failed message does not stop its mailbox (importer -c)
    int parallelJobs = 2;          ///< mailboxes migrated at the same time
    MailboxCreation createMailboxes = MailboxCreation::Never;
    int revision = 0;              ///< GXMT revision 3/4/5; 0 = ask the server
    bool withHidden = false;       ///< also migrate folders marked hidden
    /// CSV of Exchange DN → SMTP address (see addressing::AddressBook): EX addresses of the sources
    /// are rewritten while converting; empty = none.
    QString addressMap;
    bool withAssociated = false;   ///< also migrate folder-associated items (views, rules, forms)
    friend bool operator==(const PlanOptions &, const PlanOptions &) = default;
};

/// One mailbox to migrate: one or more sources into one target user.
struct Job {
    QList<sources::SourceSpec> sources;
    QString target; ///< user@domain
    friend bool operator==(const Job &, const Job &) = default;
};

/// A migration plan: what goes where, and how. The wizard and the CLI save and load the same
/// versioned JSON file. Plain value type, safe to copy into worker threads.
struct Plan {
    /// 2: job sources are SourceSpec objects; version 1 (paths) still loads, each as an "auto" spec.
    static constexpr int kFormatVersion = 2;

    ServerConnection server;
    PlanOptions options;
    QStringList allowList; ///< when not empty, only these targets are migrated
    QStringList denyList;  ///< these targets are never migrated
    QList<Job> jobs;

    /// Whether target passes the allow and deny lists (case-insensitive).
    bool isTargetIncluded(const QString &target) const;

    QJsonObject toJson() const;
    /// Parses a plan; errors name the field that is wrong.
    static Expected<Plan> fromJson(const QJsonObject &json);

    Expected<void> save(const QString &path) const;
    static Expected<Plan> load(const QString &path);

    friend bool operator==(const Plan &, const Plan &) = default;
};

} // namespace mig::migration
