#pragma once

#include "cli/CommandContext.h"
#include "core/Expected.h"
#include "directory/LdapSettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace mig::cli {

/// The directory options shared by `directory` and `map`: --ldap, --base, --bind-dn,
/// --password-file, --preset, --filter, --attribute, --starttls, --insecure-tls, --ca-file, --timeout.
/// The password is only ever read from a file (or "-" for standard input), never from the command
/// line, where other users could see it in the process list.
class DirectoryOptions final {
public:
    DirectoryOptions();
    void addTo(QCommandLineParser &parser) const;
    /// Builds the settings from a parsed command line. Errors: InvalidArgument for a missing
    /// --ldap/--base, an unknown preset or attribute key; NotFound/AccessDenied for the password file.
    Expected<directory::LdapSettings> settings(const QCommandLineParser &parser, CommandContext &ctx) const;

private:
    QCommandLineOption m_ldap;
    QCommandLineOption m_base;
    QCommandLineOption m_bindDn;
    QCommandLineOption m_passwordFile;
    QCommandLineOption m_preset;
    QCommandLineOption m_filter;
    QCommandLineOption m_attribute;
    QCommandLineOption m_startTls;
    QCommandLineOption m_insecureTls;
    QCommandLineOption m_caFile;
    QCommandLineOption m_timeout;
};

} // namespace mig::cli
