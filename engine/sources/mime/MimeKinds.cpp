#include "sources/mime/MimeKinds.h"

#include "sources/mime/MailTreeBuilders.h"
#include "sources/mime/MailTreeSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mig::mime {

namespace {

QByteArray head(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.read(4096);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return bytes;
}

bool hasSuffix(const QString &path, std::initializer_list<const char *> suffixes)
{
    const QString suffix = QFileInfo(path).suffix();
    for (const char *s : suffixes) {
        if (suffix.compare(QLatin1String(s), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Expected<std::unique_ptr<sources::Source>> makeSource(
    const QString &location, const QString &format, Expected<MailIndex> index)
{
    if (!index)
        return index.error();
    sources::SourceInfo info;
    info.path = location;
    info.format = format;
    return std::unique_ptr<sources::Source>(std::make_unique<MailTreeSource>(info, std::move(*index)));
}

Error notMine(const QString &location, const QString &what)
{
    return Error { Error::Code::Unsupported, QStringLiteral("%1: %2").arg(location, what), {} };
}

// ---- eml ----

int probeEml(const QString &location)
{
    const QFileInfo info(location);
    if (info.isDir())
        return isEmlTree(location) ? 50 : 0;
    const QByteArray bytes = head(location);
    if (looksLikeMessage(bytes))
        return 60;
    // A saved message that kept its mbox "From " envelope line: an mbox of one, but the name says
    // it is a single message, so this kind answers above the mbox kind (90).
    if (hasSuffix(location, { "eml" }))
        return looksLikeMessage(withoutEnvelope(bytes)) ? 95 : 5;
    return 0;
}

Expected<std::unique_ptr<sources::Source>> openEml(const sources::SourceSpec &spec)
{
    const QString &location = spec.location;
    const QFileInfo info(location);
    if (info.isDir()) {
        if (!isEmlTree(location))
            return notMine(location, QCoreApplication::translate("mig::mime", "the folder holds no .eml message files"));
        return makeSource(location, QStringLiteral("eml"), buildEmlTreeIndex(location));
    }
    if (info.exists() && !looksLikeMessage(withoutEnvelope(head(location))))
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::mime", "%1: not an Internet message (no mail header at its start)")
                .arg(location),
            {} };
    return makeSource(location, QStringLiteral("eml"), buildEmlFileIndex(location));
}

// ---- mbox ----

int probeMbox(const QString &location)
{
    const QFileInfo info(location);
    if (info.isDir())
        return isMboxTree(location) ? 70 : 0;
    if (isMboxFile(location))
        return 90;
    return hasSuffix(location, { "mbox", "mbx" }) ? 5 : 0;
}

Expected<std::unique_ptr<sources::Source>> openMbox(const sources::SourceSpec &spec)
{
    const QString &location = spec.location;
    if (QFileInfo(location).isDir()) {
        if (!isMboxTree(location))
            return notMine(location,
                QCoreApplication::translate("mig::mime", "the folder holds no mbox files, .sbd folders or .mbox bundles"));
        return makeSource(location, QStringLiteral("mbox"), buildMboxTreeIndex(location));
    }
    return makeSource(location, QStringLiteral("mbox"), buildMboxFileIndex(location));
}

// ---- maildir ----

int probeMaildir(const QString &location)
{
    if (!QFileInfo(location).isDir())
        return 0;
    if (isMaildir(location))
        return 90;
    return isMaildirPlusPlusRoot(location) ? 80 : 0;
}

Expected<std::unique_ptr<sources::Source>> openMaildir(const sources::SourceSpec &spec)
{
    const QString &location = spec.location;
    if (QFileInfo(location).isDir() && !isMaildir(location) && !isMaildirPlusPlusRoot(location))
        return notMine(location, QCoreApplication::translate("mig::mime", "not a Maildir (no cur/ and new/ folders)"));
    return makeSource(location, QStringLiteral("maildir"), buildMaildirIndex(location));
}

} // namespace

sources::SourceKind emlSourceKind()
{
    return { QStringLiteral("eml"), QCoreApplication::translate("mig::mime", "Internet message files (EML)"), probeEml,
        openEml, { QStringLiteral("*.eml") } };
}

sources::SourceKind mboxSourceKind()
{
    return { QStringLiteral("mbox"),
        QCoreApplication::translate("mig::mime", "MBOX mailbox files and mail client folders (Thunderbird, Apple Mail)"),
        probeMbox, openMbox, { QStringLiteral("*.mbox"), QStringLiteral("*.mbx") } };
}

sources::SourceKind maildirSourceKind()
{
    return { QStringLiteral("maildir"), QCoreApplication::translate("mig::mime", "Maildir folders"), probeMaildir,
        openMaildir, {} };
}

} // namespace mig::mime
