#include "sources/pst/PstKind.h"

#include "sources/pst/PstSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mig::pst {

namespace {

/// Every PST, OST and PAB starts with dwMagic "!BDN" (MS-PST 2.2.2.6).
constexpr char kSignature[] = "!BDN";

int probePst(const QString &location)
{
    QFile file(location);
    if (QFileInfo(location).isFile() && file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray(kSignature))
        return 100;
    // Only the name fits: still let PstSource::open() say precisely what is wrong with the file.
    const QString suffix = QFileInfo(location).suffix().toLower();
    const bool namedLikePst
        = suffix == QLatin1String("pst") || suffix == QLatin1String("ost") || suffix == QLatin1String("pab");
    return namedLikePst && QFileInfo(location).isFile() ? 1 : 0;
}

Expected<std::unique_ptr<sources::Source>> openPst(const sources::SourceSpec &spec)
{
    auto pst = PstSource::open(spec.location);
    if (!pst)
        return pst.error();
    return std::unique_ptr<sources::Source>(std::move(*pst));
}

} // namespace

sources::SourceKind pstSourceKind()
{
    return { QStringLiteral("pst"), QCoreApplication::translate("mig::pst", "Outlook data file (PST/OST/PAB)"),
        probePst, openPst, { QStringLiteral("*.pst"), QStringLiteral("*.ost"), QStringLiteral("*.pab") } };
}

} // namespace mig::pst
