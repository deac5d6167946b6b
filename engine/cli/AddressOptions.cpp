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
    addressing::AddressBook book;
    if (fromDirectory) {
        Expected<directory::LdapSettings> settings = m_directory.settings(parser, ctx);
        if (!settings)
            return settings.error();
        Expected<std::vector<directory::UserRecord>> users = directory::fetchUsers(*settings);
        if (!users)
            return users.error();
        book.addDirectory(QList<directory::UserRecord>(users->begin(), users->end()));
    }
    if (parser.isSet(m_addressMap)) {
        // The administrator's own map comes last: it overrides what the directory says.
        Expected<addressing::AddressBook> map = addressing::AddressBook::fromCsvFile(parser.value(m_addressMap));
        if (!map)
            return map.error();
        book.merge(*map);
    }
    return std::make_shared<const addressing::AddressRewriter>(std::move(book));
}

} // namespace mig::cli
