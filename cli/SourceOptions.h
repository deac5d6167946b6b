#pragma once

#include "cli/CommandContext.h"
#include "core/Expected.h"
#include "sources/SourceSpec.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace mig::cli {

/// The options of IMAP account sources, shared by `inspect`, `convert`, `import`, `plan` and
/// `run`: --source-password-file, --imap-passwords, --accept-cert (also --tls-fingerprint), --source-ca-file,
/// --master-user, --allow-plaintext, --folder and --exclude-folder (kept in a plan's spec).
/// ("source-" where the LDAP and SSH options already use the plain name.)
///
/// An argument imaps://LOGIN@HOST[:PORT] or imap://LOGIN@HOST[:PORT] is an account, anything else
/// a file or folder. Secrets: the password comes from the account's line of --imap-passwords,
/// --source-password-file (first line), the
/// environment variable MIG_IMAP_PASSWORD or a no-echo prompt on the terminal, in that order;
/// never from the command line, and never into a plan. A certificate that does not verify is
/// asked about on a terminal (showing its SHA-256 fingerprint); without a terminal it is refused
/// unless --accept-cert names its fingerprint.
class SourceOptions final {
public:
    SourceOptions();
    /// Adds the options; withPasswordList false leaves out --imap-passwords (plan stores no
    /// passwords, so there it would only mislead).
    void addTo(QCommandLineParser &parser, bool withPasswordList = true) const;
    /// The spec for one source argument: kind "imap" with the IMAP options for an account URL
    /// (files named in options made absolute, so the spec holds in a plan), else a path of kind
    /// "auto" (made absolute when absolutePath). Errors: InvalidArgument for a malformed URL.
    Expected<sources::SourceSpec> specFor(const QString &argument, const QCommandLineParser &parser,
                                          bool absolutePath = false) const;
    /// Uninstalls the questions when the command ends (they refer to its streams).
    struct PromptScope {
        PromptScope() = default;
        PromptScope(const PromptScope &) = delete;
        PromptScope &operator=(const PromptScope &) = delete;
        ~PromptScope();
    };
    /// Installs the password and certificate questions for IMAP sources opened while the returned
    /// scope lives (in this process, on any thread). Errors: NotFound/AccessDenied for the
    /// password file.
    Expected<std::shared_ptr<PromptScope>> installPrompts(const QCommandLineParser &parser, CommandContext &ctx) const;

private:
    QCommandLineOption m_passwordFile;
    QCommandLineOption m_passwordList;
    QCommandLineOption m_acceptCert;
    QCommandLineOption m_caFile;
    QCommandLineOption m_masterUser;
    QCommandLineOption m_allowPlaintext;
    QCommandLineOption m_folder;
    QCommandLineOption m_excludeFolder;
};

/// The warning for a file that holds passwords and that other users may read; empty when only
/// its owner can (said by plan --imap-accounts and by --imap-passwords alike).
QString passwordFileWarning(const QString &path);

} // namespace mig::cli
