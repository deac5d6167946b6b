#include "sources/mime/MailTreeSource.h"

#include "gxmt/Validator.h"
#include "mapi/Tags.h"
#include "sources/mime/MboxReader.h"
#include "sources/mime/MimeConverter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mig::mime {

using sources::ItemKind;
using sources::ItemRef;
using sources::SourceFolder;

namespace {

/// Messages up to this size are fully converted for a summary (to count attachments); larger
/// ones only by their header, so that a preview list never parses a 200 MB attachment.
constexpr qint64 kFullSummaryLimit = 1 << 20;
/// How much of a message is read to find its header for a summary.
constexpr qint64 kHeaderReadLimit = 256 * 1024;

/// The header block of bytes (up to and including the blank line), or all of it.
QByteArray headerOf(const QByteArray &bytes)
{
    for (const char *separator : { "\r\n\r\n", "\n\n" }) {
        const qsizetype end = bytes.indexOf(separator);
        if (end >= 0)
            return bytes.left(end + qsizetype(qstrlen(separator)));
    }
    return bytes;
}

QDateTime fromFiletime(qint64 filetime)
{
    constexpr qint64 kUnixEpochInFiletime = 116444736000000000LL;
    return QDateTime::fromMSecsSinceEpoch((filetime - kUnixEpochInFiletime) / 10000, Qt::UTC);
}

} // namespace

MailTreeSource::MailTreeSource(sources::SourceInfo info, MailIndex index)
    : m_info(std::move(info))
    , m_index(std::move(index))
{
    quint64 next = quint64(m_index.folders.size()) + 1;
    for (const MailFolder &folder : std::as_const(m_index.folders)) {
        m_firstItemId.append(next);
        next += quint64(folder.items.size());
    }
    m_warnings = m_index.warnings;
}

Expected<QList<SourceFolder>> MailTreeSource::folders()
{
    QList<SourceFolder> result;
    for (int i = 0; i < m_index.folders.size(); ++i) {
        const MailFolder &mf = m_index.folders.at(i);
        SourceFolder folder;
        folder.id = quint64(i) + 1;
        folder.isRoot = mf.parent < 0;
        folder.parentId = mf.parent < 0 ? 0 : quint64(mf.parent) + 1;
        folder.name = mf.name;
        if (mf.parent >= 0) {
            const SourceFolder &parent = result.at(mf.parent);
            folder.depth = parent.depth + 1;
            folder.path = parent.path.isEmpty() ? mf.name : parent.path + QLatin1Char('/') + mf.name;
            ++result[mf.parent].subfolderCount;
        }
        folder.itemCount = int(mf.items.size());
        folder.unreadableCount = int(mf.problems.size());
        folder.skippedCount = mf.skipped;
        folder.skipReason = mf.skipReason;
        folder.containerClass = QStringLiteral("IPF.Note");
        result.append(folder);
    }
    return result;
}

Expected<mapi::Folder> MailTreeSource::readFolder(quint64 folderId)
{
    if (folderId == 0 || folderId > quint64(m_index.folders.size()))
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::mime", "%1: no folder %2").arg(m_info.path).arg(folderId), {} };
    mapi::Folder folder;
    folder.properties.set(mapi::PR_DISPLAY_NAME, m_index.folders.at(int(folderId - 1)).name);
    folder.properties.set(mapi::PR_CONTAINER_CLASS, QStringLiteral("IPF.Note"));
    return folder;
}

Expected<QList<ItemRef>> MailTreeSource::items(quint64 folderId, ItemKind kind)
{
    QList<ItemRef> refs;
    if (folderId == 0 || folderId > quint64(m_index.folders.size()))
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::mime", "%1: no folder %2").arg(m_info.path).arg(folderId), {} };
    if (kind != ItemKind::Normal)
        return refs; // Internet mail has no folder-associated items
    const int f = int(folderId - 1);
    const MailFolder &folder = m_index.folders.at(f);
    refs.reserve(folder.items.size());
    for (int i = 0; i < folder.items.size(); ++i) {
        ItemRef ref;
        ref.folderId = folderId;
        ref.index = i;
        ref.id = m_firstItemId.at(f) + quint64(i);
        const auto problem = folder.problems.constFind(i);
        if (problem != folder.problems.constEnd()) {
            ref.readable = false;
            ref.problem = *problem;
        }
        refs.append(ref);
    }
    return refs;
}

const MailItem *MailTreeSource::itemOf(const ItemRef &ref, QString &where) const
{
    if (ref.folderId == 0 || ref.folderId > quint64(m_index.folders.size()))
        return nullptr;
    const MailFolder &folder = m_index.folders.at(int(ref.folderId - 1));
    if (ref.kind != ItemKind::Normal || ref.index < 0 || ref.index >= folder.items.size())
        return nullptr;
    const MailItem &item = folder.items.at(ref.index);
    const QString &file = m_index.files.at(item.file);
    where = item.offset < 0 ? file
                            : QCoreApplication::translate("mig::mime", "%1, message %2 at byte %3")
                                  .arg(file)
                                  .arg(item.mboxIndex + 1)
                                  .arg(item.offset);
    return &item;
}

Expected<QByteArray> MailTreeSource::readMboxMessage(const MailItem &item)
{
    const QString &path = m_index.files.at(item.file);
    if (!m_mbox || m_mboxFile != item.file) {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return Error { Error::Code::NotFound,
                QCoreApplication::translate("mig::mime", "%1: cannot open the mbox file").arg(path),
                file->errorString() };
        m_mbox = std::move(file);
        m_mboxFile = item.file;
    }
    MboxMessage message;
    message.index = item.mboxIndex;
    message.offset = item.offset;
    message.messageOffset = item.messageOffset;
    message.length = item.length;
    message.byContentLength = item.byContentLength;
    return MboxReader::read(*m_mbox, message);
}

Expected<QByteArray> MailTreeSource::readBytes(const MailItem &item, const QString &where, qint64 limit)
{
    const QString &path = m_index.files.at(item.file);
    if (item.offset >= 0 && limit < 0)
        return readMboxMessage(item);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QFileInfo::exists(path) ? Error::Code::AccessDenied : Error::Code::NotFound,
            QCoreApplication::translate("mig::mime", "%1: cannot be opened for reading").arg(where),
            file.errorString() };
    if (item.offset >= 0 && !file.seek(item.messageOffset))
        return Error { Error::Code::Corrupt, QCoreApplication::translate("mig::mime", "%1: cannot be read").arg(where),
            file.errorString() };
    qint64 size = item.offset >= 0 ? item.length : file.size();
    if (limit >= 0)
        size = qMin(size, limit);
    // Into a buffer of exactly that size: QIODevice::read(qint64) grows its own buffer in steps,
    // to 134 MB for a 100 MB message.
    QByteArray bytes(size, Qt::Uninitialized);
    const qint64 got = file.read(bytes.data(), size);
    bytes.truncate(qMax<qint64>(got, 0));
    if (bytes.size() != size && limit < 0)
        return Error { Error::Code::Corrupt, QCoreApplication::translate("mig::mime", "%1: cannot be read").arg(where),
            file.errorString() };
    return bytes;
}

Expected<mapi::Message> MailTreeSource::readMessage(const ItemRef &ref)
{
    QString where;
    const MailItem *item = itemOf(ref, where);
    if (item == nullptr)
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::mime", "%1: no item %2 in folder %3")
                .arg(m_info.path)
                .arg(ref.index)
                .arg(ref.folderId),
            {} };
    if (!ref.readable)
        return Error { Error::Code::Corrupt, QStringLiteral("%1: %2").arg(where, ref.problem), {} };
    auto bytes = readBytes(*item, where, -1);
    if (!bytes)
        return bytes.error();
    MimeOptions options;
    options.flags = item->flags;
    options.where = where;
    options.warnings = &m_warnings;
    if (item->envelopeMsecs != 0) {
        options.deliveryTimeFallback = QDateTime::fromMSecsSinceEpoch(item->envelopeMsecs, Qt::UTC);
    } else if (item->offset < 0) {
        const QDateTime modified = QFileInfo(m_index.files.at(item->file)).lastModified().toUTC();
        if (modified.isValid())
            options.deliveryTimeFallback = modified;
    }
    auto message = convertMime(*bytes, options);
    if (message && !message->rfc5322.isEmpty()) {
        // Gromox fails the whole message when it cannot parse the text (gxmt-format.md §8.3);
        // without it the message still imports and Gromox renders its IMAP view from MAPI.
        if (const QString problem = gxmt::rfc5322Problem(message->rfc5322); !problem.isEmpty()) {
            message->rfc5322.clear();
            m_warnings.append(QCoreApplication::translate("mig::mime", "%1: the original text is not sent with the message: %2")
                                  .arg(where, problem));
        }
    }
    return message;
}

Expected<sources::MessageSummary> MailTreeSource::readSummary(const ItemRef &ref)
{
    QString where;
    const MailItem *item = itemOf(ref, where);
    if (item == nullptr || !ref.readable)
        return readMessage(ref).error();
    const qint64 size = item->offset >= 0 ? item->length : QFileInfo(m_index.files.at(item->file)).size();
    auto convert = [&]() -> Expected<mapi::Message> {
        if (size <= kFullSummaryLimit)
            return readMessage(ref);
        auto bytes = readBytes(*item, where, kHeaderReadLimit);
        if (!bytes)
            return bytes.error();
        MimeOptions options;
        options.flags = item->flags;
        options.where = where;
        return convertMime(headerOf(*bytes), options);
    };
    const Expected<mapi::Message> message = convert();
    if (!message)
        return message.error();
    const mapi::PropertyBag &p = message->properties;
    sources::MessageSummary summary;
    summary.subject = p.string(mapi::PR_SUBJECT).value_or(QString());
    summary.sender = p.string(mapi::PR_SENDER_NAME).value_or(p.string(mapi::PR_SENT_REPRESENTING_NAME).value_or(QString()));
    for (const mapi::PropTag tag : { mapi::PR_MESSAGE_DELIVERY_TIME, mapi::PR_CLIENT_SUBMIT_TIME }) {
        if (const auto filetime = p.int64(tag)) {
            summary.date = fromFiletime(*filetime);
            break;
        }
    }
    summary.size = size;
    summary.messageClass = p.string(mapi::PR_MESSAGE_CLASS).value_or(QString());
    summary.attachmentCount = size <= kFullSummaryLimit ? int(message->attachments.size()) : 0;
    return summary;
}

QHash<quint64, sources::SpecialFolder> MailTreeSource::specialFolders()
{
    QHash<quint64, sources::SpecialFolder> map;
    for (int i = 0; i < m_index.folders.size(); ++i) {
        if (const auto &role = m_index.folders.at(i).role)
            map.insert(quint64(i) + 1, *role);
    }
    return map;
}

QStringList MailTreeSource::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

} // namespace mig::mime
