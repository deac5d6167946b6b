#pragma once

#include "cli/SourceOptions.h"
#include "core/Expected.h"
#include "migration/Plan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace mig::cli {

/// The options of `plan` for many IMAP accounts on one server: --imap-accounts (a CSV of
/// login,target[,password], engine/sources/imap/ImapAccountList.h) and --imap-server
/// (imaps://HOST[:PORT] or imap://HOST[:PORT]). One job per line, target from the line, source
/// kind "imap" with the shared IMAP options (--master-user, --accept-cert, --source-ca-file,
/// --folder, ...). The file's passwords are never read into the plan: `run --imap-passwords`
/// takes them from the file again.
class ImapAccountsPlanOptions final {
public:
    ImapAccountsPlanOptions();
    void addTo(QCommandLineParser &parser) const;
    bool isSet(const QCommandLineParser &parser) const { return parser.isSet(m_accounts); }
    /// The jobs of the file; *warnings gets what to tell the user (a file with passwords that
    /// others may read). Errors: NotFound/AccessDenied/Corrupt for the file (naming it and the
    /// line), InvalidArgument for a missing or malformed --imap-server.
    Expected<QList<migration::Job>> jobs(
        const QCommandLineParser &parser, const SourceOptions &sourceOptions, QStringList *warnings) const;

private:
    QCommandLineOption m_accounts;
    QCommandLineOption m_server;
};

} // namespace mig::cli
