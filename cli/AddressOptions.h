#pragma once

#include "addressing/AddressRewriter.h"
#include "cli/CommandContext.h"
#include "cli/DirectoryOptions.h"
#include "core/Expected.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace mig::cli {

/// --address-map FILE and, for commands that have no other use for them, the directory options
/// (--ldap, --base, ...): where the EX addresses of Exchange exports find their SMTP addresses.
class AddressOptions final {
public:
    /// withDirectory: also offer the LDAP options (convert, inspect; import and run have SSH
    /// options of the same names, so they take an address map only).
    explicit AddressOptions(bool withDirectory);
    void addTo(QCommandLineParser &parser) const;
    /// The rewriter the options ask for; nullptr when neither a map nor a directory was given.
    /// Errors name the map file or the directory.
    Expected<std::shared_ptr<const addressing::AddressRewriter>> rewriter(
        const QCommandLineParser &parser, CommandContext &ctx) const;

private:
    bool m_withDirectory;
    QCommandLineOption m_addressMap;
    DirectoryOptions m_directory;
};

} // namespace mig::cli
