#include "cli/ImapAccountsPlanOptions.h"

#include "sources/imap/ImapAccount.h"
#include "sources/imap/ImapAccountList.h"
#include "transport/SecretBytes.h"

#include <QCoreApplication>

namespace mig::cli {

namespace {

Error serverError(const QString &value)
{
    return Error { Error::Code::InvalidArgument,
        QCoreApplication::translate("mig::cli", "--imap-server \"%1\" is not imaps://HOST[:PORT] or imap://HOST[:PORT].")
            .arg(value),
        {} };
}

} // namespace

ImapAccountsPlanOptions::ImapAccountsPlanOptions()
    : m_accounts(QStringLiteral("imap-accounts"),
          QCoreApplication::translate("mig::cli",
              "IMAP accounts to migrate, one per line of this CSV file: login,target[,password] (a header line, "
              "# comments and blank lines are allowed). Needs --imap-server. The passwords stay in the file: "
              "give it to run as --imap-passwords."),
          QCoreApplication::translate("mig::cli", "file"))
    , m_server(QStringLiteral("imap-server"),
          QCoreApplication::translate("mig::cli",
              "The IMAP server of --imap-accounts: imaps://HOST[:PORT] (TLS) or imap://HOST[:PORT] (STARTTLS)."),
          QCoreApplication::translate("mig::cli", "url"))
{
}

void ImapAccountsPlanOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ m_accounts, m_server });
}

Expected<QList<migration::Job>> ImapAccountsPlanOptions::jobs(
    const QCommandLineParser &parser, const SourceOptions &sourceOptions, QStringList *warnings) const
{
    if (!parser.isSet(m_server))
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::cli", "--imap-accounts needs --imap-server imaps://HOST[:PORT]."), {} };
    const QString serverUrl = parser.value(m_server);
    const Expected<imap::ImapAccount> server = imap::parseImapServerUrl(serverUrl.trimmed());
    if (!server)
        return serverError(serverUrl);
    const QString path = parser.value(m_accounts);
    Expected<QList<imap::ImapAccountListEntry>> entries
        = imap::readImapAccountList(path, imap::ImapAccountListLayout::Accounts);
    if (!entries)
        return entries.error();
    bool passwords = false;
    QList<migration::Job> jobs;
    for (imap::ImapAccountListEntry &entry : *entries) {
        passwords = passwords || !entry.password.isEmpty();
        transport::wipe(entry.password); // the plan never holds it
        imap::ImapAccount account = *server;
        account.login = entry.login;
        // displayUrl() encodes an '@' of the login, so "user@domain" logins stay one URL.
        Expected<sources::SourceSpec> spec = sourceOptions.specFor(account.displayUrl(), parser);
        if (!spec)
            return Error { Error::Code::Corrupt,
                QCoreApplication::translate("mig::cli", "%1, line %2: %3").arg(path, QString::number(entry.line), spec.error().message),
                {} };
        migration::Job job;
        job.target = entry.target;
        job.sources.append(*spec);
        jobs.append(job);
    }
    if (jobs.isEmpty())
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::cli", "%1 lists no IMAP account.").arg(path), {} };
    if (const QString warning = passwords ? passwordFileWarning(path) : QString(); !warning.isEmpty() && warnings)
        warnings->append(warning);
    return jobs;
}

} // namespace mig::cli
