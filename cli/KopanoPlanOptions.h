#pragma once

#include "core/Expected.h"
#include "migration/Plan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace mig::cli {

/// The options of `plan` for Kopano stores: --kopano-list (the scripts' list, as kopano-discover
/// writes it), --kopano-host, --sql-host/-port/-user/-db, --user-map, --attach-dir and
/// --mount-attachments. One job per list line, target = the line's mail address (@domain for a
/// public store). A user whose discovery comment names an archive store gets it as a second
/// source of the same job, under --kopano-archive-folder (default "Archive"), unless
/// --no-kopano-archives. The SQL password is no option here: `run` asks for it.
class KopanoPlanOptions final {
public:
    KopanoPlanOptions();
    void addTo(QCommandLineParser &parser) const;
    bool isSet(const QCommandLineParser &parser) const { return parser.isSet(m_list); }
    /// The jobs of the list. Errors: NotFound (list file), Corrupt (a list line), InvalidArgument
    /// (missing --kopano-host when mounting, a bad port).
    Expected<QList<migration::Job>> jobs(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_list;
    QCommandLineOption m_host;
    QCommandLineOption m_sqlHost;
    QCommandLineOption m_sqlPort;
    QCommandLineOption m_sqlUser;
    QCommandLineOption m_sqlDb;
    QCommandLineOption m_userMap;
    QCommandLineOption m_attachDir;
    QCommandLineOption m_mount;
    QCommandLineOption m_archiveFolder;
    QCommandLineOption m_noArchives;
    QCommandLineOption m_direct;
};

} // namespace mig::cli
