#include "sources/imap/ImapKind.h"

#include "sources/imap/ImapSource.h"

#include <QCoreApplication>

namespace mig::imap {

namespace {

int probeImap(const QString &location)
{
    // An imap:// or imaps:// URL is certainly meant as an account; a malformed one is still ours,
    // so that open() says what is wrong with it.
    return isImapUrl(location) ? 100 : 0;
}

Expected<std::unique_ptr<sources::Source>> openImap(const sources::SourceSpec &spec)
{
    auto settings = ImapSourceSettings::fromSpec(spec);
    if (!settings)
        return settings.error();
    auto source = ImapSource::open(std::move(*settings));
    if (!source)
        return source.error();
    return std::unique_ptr<sources::Source>(std::move(*source));
}

} // namespace

sources::SourceKind imapSourceKind()
{
    return { QStringLiteral("imap"), QCoreApplication::translate("mig::imap", "IMAP account (imaps://LOGIN@HOST)"),
        probeImap, openImap, {} };
}

} // namespace mig::imap
