#include "cli/AddressOptions.h"

#include "directory/LdapDirectory.h"

#include <QCoreApplication>

namespace mig::cli {

AddressOptions::AddressOptions(bool withDirectory)
    : m_withDirectory(withDirectory)
    , m_addressMap(QStringLiteral("address-map"),
          QCoreApplication::translate("mig::cli",
              "Rewrite Exchange (EX) addresses to SMTP with this CSV of \"Exchange DN,SMTP address\" rows."),
          QStringLiteral("FILE"))
{
}

void AddressOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_addressMap);
    if (m_withDirectory)
        m_directory.addTo(parser);
}

Expected<std::shared_ptr<const addressing::AddressRewriter>> AddressOptions::rewriter(
    const QCommandLineParser &parser, CommandContext &ctx) const
{
    const bool fromDirectory = m_withDirectory && parser.isSet(QStringLiteral("ldap"));
    if (!parser.isSet(m_addressMap) && !fromDirectory)
        return std::shared_ptr<const addressing::AddressRewriter>();
    QList<directory::UserRecord> users;
    if (fromDirectory) {
        Expected<directory::LdapSettings> settings = m_directory.settings(parser, ctx);
        if (!settings)
            return settings.error();
        Expected<std::vector<directory::UserRecord>> fetched = directory::fetchUsers(*settings);
        if (!fetched)
            return fetched.error();
        users = QList<directory::UserRecord>(fetched->begin(), fetched->end());
    }
    Expected<std::shared_ptr<const addressing::AddressRewriter>> rewriter
        = addressing::makeAddressRewriter(users, parser.isSet(m_addressMap) ? parser.value(m_addressMap) : QString());
    if (rewriter && !*rewriter) // asked for, but neither knows a DN: still rewrite from the items' own SMTP addresses
        return std::make_shared<const addressing::AddressRewriter>(addressing::AddressBook());
    return rewriter;
}

} // namespace mig::cli
