#include "cli/SourceOptions.h"

#include "cli/SecretInput.h"
#include "sources/imap/ImapAccountList.h"
#include "sources/imap/ImapPrompts.h"
#include "sources/imap/ImapSourceSettings.h"
#include "transport/SecretBytes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <cstdlib>

namespace mig::cli {

namespace {

/// Answers of one command run, shared by the threads that open sources: the password file's
/// content, and what the terminal was told per account, so each is asked once.
struct PromptState {
    QMutex mutex;
    std::optional<transport::SecretBytes> filePassword;
    QHash<QString, QByteArray> typed; // account (and master user) -> password typed for it
    QHash<QString, QByteArray> listed; // login -> password from --imap-passwords
    bool terminal = false;
    QTextStream *err = nullptr;

    ~PromptState()
    {
        for (QByteArray &bytes : typed)
            transport::wipe(bytes);
        for (QByteArray &bytes : listed)
            transport::wipe(bytes);
    }
};

/// Reads --imap-passwords into state->listed, warning on err when others may read the file.
Expected<void> readPasswordList(const QString &path, PromptState &state, QTextStream &err)
{
    Expected<QList<imap::ImapAccountListEntry>> entries
        = imap::readImapAccountList(path, imap::ImapAccountListLayout::Passwords);
    if (!entries)
        return entries.error();
    if (const QString warning = passwordFileWarning(path); !warning.isEmpty())
        err << warning << Qt::endl;
    for (imap::ImapAccountListEntry &entry : *entries) {
        state.listed.insert(entry.login, QByteArray(entry.password.constData(), entry.password.size()));
        transport::wipe(entry.password);
    }
    return {};
}

QString accountKey(const imap::ImapPasswordRequest &request)
{
    return request.account.displayUrl() + QLatin1Char(' ') + request.masterUser;
}

} // namespace

QString passwordFileWarning(const QString &path)
{
    if (!imap::readableByOthers(path))
        return {};
    return QCoreApplication::translate("mig::cli", "Warning: %1 holds passwords and other users may read it (chmod 600 %1).")
        .arg(path);
}

SourceOptions::SourceOptions()
    : m_passwordFile(QStringLiteral("source-password-file"),
        QCoreApplication::translate("mig::cli",
            "Read the password of IMAP source accounts (or of --master-user) from the first line of this file. "
            "Without it: $MIG_IMAP_PASSWORD, else a prompt."),
        QCoreApplication::translate("mig::cli", "file"))
    , m_passwordList(QStringLiteral("imap-passwords"),
          QCoreApplication::translate("mig::cli",
              "Passwords of IMAP source accounts by login: a CSV file of login,password lines, or the "
              "login,target,password file of plan --imap-accounts. An account not listed falls back to "
              "--source-password-file, $MIG_IMAP_PASSWORD or a prompt; a master user's password comes from "
              "--source-password-file."),
          QCoreApplication::translate("mig::cli", "file"))
    , m_acceptCert(QStringList { QStringLiteral("accept-cert"), QStringLiteral("tls-fingerprint") },
          QCoreApplication::translate("mig::cli",
              "Trust the IMAP server's TLS certificate with this fingerprint although it does not verify "
              "(self-signed, unknown CA); the error message shows it."),
          QCoreApplication::translate("mig::cli", "SHA256:..."))
    , m_caFile(QStringLiteral("source-ca-file"),
          QCoreApplication::translate("mig::cli", "Trust the CA certificates in this PEM file for IMAP servers."),
          QCoreApplication::translate("mig::cli", "file"))
    , m_masterUser(QStringLiteral("master-user"),
          QCoreApplication::translate("mig::cli",
              "Log in to IMAP accounts as this master user (Dovecot user*master); the password is the master's."),
          QCoreApplication::translate("mig::cli", "name"))
    , m_allowPlaintext(QStringLiteral("allow-plaintext"),
          QCoreApplication::translate("mig::cli",
              "Let imap:// connect without TLS when the server offers no STARTTLS (trusted networks only)."))
    , m_folder(QStringLiteral("folder"),
          QCoreApplication::translate("mig::cli",
              "IMAP accounts: read only this folder and those below it, named as inspect shows it (\"Archive/2023\"); "
              "repeatable."),
          QCoreApplication::translate("mig::cli", "name"))
    , m_excludeFolder(QStringLiteral("exclude-folder"),
          QCoreApplication::translate("mig::cli",
              "IMAP accounts: leave out this folder and those below it; repeatable."),
          QCoreApplication::translate("mig::cli", "name"))
{
}

void SourceOptions::addTo(QCommandLineParser &parser, bool withPasswordList) const
{
    if (withPasswordList)
        parser.addOption(m_passwordList);
    parser.addOptions({ m_passwordFile, m_acceptCert, m_caFile, m_masterUser, m_allowPlaintext, m_folder, m_excludeFolder });
}

Expected<sources::SourceSpec> SourceOptions::specFor(
    const QString &argument, const QCommandLineParser &parser, bool absolutePath) const
{
    if (!imap::isImapUrl(argument)) {
        return sources::SourceSpec::forPath(absolutePath ? QFileInfo(argument).absoluteFilePath() : argument);
    }
    sources::SourceSpec spec = sources::SourceSpec::forPath(argument);
    if (parser.isSet(m_allowPlaintext))
        spec.options.insert(QLatin1String(imap::ImapSourceSettings::kAllowPlaintext), true);
    Expected<imap::ImapSourceSettings> settings = imap::ImapSourceSettings::fromSpec(spec);
    if (!settings)
        return settings.error();
    if (parser.isSet(m_caFile))
        settings->trust.caFile = QFileInfo(parser.value(m_caFile)).absoluteFilePath();
    settings->trust.acceptedFingerprint = parser.value(m_acceptCert).trimmed();
    settings->masterUser = parser.value(m_masterUser);
    settings->folders = parser.values(m_folder);
    settings->excludeFolders = parser.values(m_excludeFolder);
    // Checked again (the fingerprint's form) by reading back what will be stored.
    sources::SourceSpec result = settings->toSpec();
    if (auto checked = imap::ImapSourceSettings::fromSpec(result); !checked)
        return checked.error();
    return result;
}

SourceOptions::PromptScope::~PromptScope()
{
    imap::setImapPasswordHook(nullptr);
    imap::setImapCertificateHook(nullptr);
}

Expected<std::shared_ptr<SourceOptions::PromptScope>> SourceOptions::installPrompts(
    const QCommandLineParser &parser, CommandContext &ctx) const
{
    auto state = std::make_shared<PromptState>();
    if (parser.isSet(m_passwordFile)) {
        Expected<QByteArray> password = readPasswordFile(parser.value(m_passwordFile));
        if (!password)
            return password.error();
        state->filePassword = transport::SecretBytes(std::move(*password));
    }
    if (parser.isSet(m_passwordList)) {
        if (Expected<void> listed = readPasswordList(parser.value(m_passwordList), *state, ctx.err); !listed)
            return listed.error();
    }
    state->terminal = onTerminal();
    state->err = &ctx.err;
    imap::setImapPasswordHook([state](const imap::ImapPasswordRequest &request) -> std::optional<transport::SecretBytes> {
        QMutexLocker lock(&state->mutex);
        const bool retry = !request.previousError.isEmpty();
        // The account's own line of --imap-passwords first; a master user's password is no account's.
        if (request.masterUser.isEmpty() && !retry && state->listed.contains(request.account.login)) {
            const QByteArray &listed = state->listed[request.account.login];
            return transport::SecretBytes(QByteArray(listed.constData(), listed.size()));
        }
        // A file or the environment gives one answer; after a refusal only a person can do better.
        if (state->filePassword && !retry)
            return transport::SecretBytes(QByteArray(state->filePassword->data(), state->filePassword->size()));
        if (!state->filePassword && !retry) {
            const char *variable = std::getenv(imap::kImapPasswordVariable);
            if (variable != nullptr && *variable != '\0')
                return transport::SecretBytes(QByteArray(variable));
        }
        const QString key = accountKey(request);
        if (!retry && state->typed.contains(key))
            return transport::SecretBytes(QByteArray(state->typed.value(key)));
        if (!state->terminal || state->filePassword)
            return std::nullopt;
        QTextStream &err = *state->err;
        if (retry)
            err << request.previousError << '\n';
        err << (request.masterUser.isEmpty()
                       ? QCoreApplication::translate("mig::cli", "Password for %1: ").arg(request.account.displayUrl())
                       : QCoreApplication::translate("mig::cli", "Password of master user %1 for %2: ")
                             .arg(request.masterUser, request.account.displayUrl()))
            << Qt::flush;
        QByteArray typed = readTerminalLine(false);
        if (typed.isEmpty())
            return std::nullopt;
        if (state->typed.contains(key))
            transport::wipe(state->typed[key]);
        state->typed.insert(key, QByteArray(typed.constData(), typed.size()));
        return transport::SecretBytes(std::move(typed));
    });
    if (state->terminal) {
        imap::setImapCertificateHook([state](const imap::ImapCertificateRequest &request) {
            QMutexLocker lock(&state->mutex);
            QTextStream &err = *state->err;
            err << QCoreApplication::translate("mig::cli", "The TLS certificate of %1:%2 is not trusted: %3")
                       .arg(request.account.host)
                       .arg(request.account.port)
                       .arg(request.problem)
                << '\n'
                << QCoreApplication::translate("mig::cli", "Its fingerprint is %1.").arg(request.fingerprint) << '\n'
                << QCoreApplication::translate("mig::cli",
                       "Compare it with the server's (ask its administrator). Trust it for this run? (yes/no) ")
                << Qt::flush;
            const QString answer = QString::fromUtf8(readTerminalLine(true)).trimmed().toLower();
            return answer == QLatin1String("yes") || answer == QLatin1String("y");
        });
    } else {
        imap::setImapCertificateHook(nullptr);
    }
    return std::make_shared<PromptScope>();
}

} // namespace mig::cli
