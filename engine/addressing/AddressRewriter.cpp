#include "addressing/AddressRewriter.h"

#include "addressing/OneOffEntryId.h"
#include "mapi/PropTypes.h"

#include <QJsonArray>

namespace mig::addressing {
namespace {

/// The property ids that together describe one address (MS-OXPROPS); 0 where there is none.
struct AddressProperties {
    quint16 name;
    quint16 addressType;
    quint16 emailAddress;
    quint16 entryId;
    quint16 searchKey;
    quint16 smtpAddress;
};

constexpr AddressProperties kMessageAddresses[] = {
    { 0x0C1A, 0x0C1E, 0x0C1F, 0x0C19, 0x0C1D, 0x5D01 }, // sender
    { 0x0042, 0x0064, 0x0065, 0x0041, 0x003B, 0x5D02 }, // sent representing (meeting organizer)
    { 0x0040, 0x0075, 0x0076, 0x003F, 0x0051, 0x5D07 }, // received by
    { 0x0044, 0x0077, 0x0078, 0x0043, 0x0052, 0x5D08 }, // received representing
    { 0x005A, 0x0066, 0x0067, 0x005B, 0x005C, 0 },      // original sender
    { 0x005D, 0x0068, 0x0069, 0x005E, 0x005F, 0 },      // original sent representing
};
constexpr AddressProperties kRecipientAddress { 0x3001, 0x3002, 0x3003, 0x0FFF, 0x300B, 0x39FE };
constexpr quint16 kRecipientEntryId = 0x5FF7; // PidTagRecipientEntryId, beside PR_ENTRYID

QString stringOf(const mapi::PropertyBag &bag, quint16 id)
{
    const mapi::Property *p = id ? bag.findId(id) : nullptr;
    if (p == nullptr)
        return {};
    if (const QString *s = std::get_if<QString>(&p->value))
        return *s;
    return {};
}

bool isSmtpAddress(const QString &address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    return at > 0 && at < address.size() - 1 && !address.contains(QLatin1Char(' '))
        && !address.startsWith(QLatin1Char('/'));
}

/// Sets a property by id with the given type, replacing whatever type it had before.
void put(mapi::PropertyBag &bag, quint16 id, quint16 type, mapi::PropValue value)
{
    if (id == 0)
        return;
    const mapi::Property *existing = bag.findId(id);
    if (existing != nullptr && existing->type() != type)
        bag.removeId(id);
    bag.set(mapi::makeTag(id, type), std::move(value));
}

void rewriteAddress(mapi::PropertyBag &bag, const AddressProperties &ids, const AddressBook &book,
    AddressStats &stats, quint16 extraEntryId = 0)
{
    if (stringOf(bag, ids.addressType).compare(QLatin1String("EX"), Qt::CaseInsensitive) != 0)
        return;
    const QString dn = stringOf(bag, ids.emailAddress);
    if (dn.isEmpty())
        return;
    const QString key = AddressBook::keyOf(dn);
    QString smtp = stringOf(bag, ids.smtpAddress).trimmed();
    const bool fromItem = isSmtpAddress(smtp);
    if (!fromItem)
        smtp = book.smtpFor(dn);
    if (smtp.isEmpty()) {
        // Another item of the same source named this DN's SMTP address: the same person, so the
        // items that carry only the DN (typical for older mail) get it too.
        const auto learned = stats.resolved.constFind(key);
        if (learned != stats.resolved.cend() && learned->fromItem)
            smtp = learned->smtp;
    }
    if (smtp.isEmpty()) {
        ++stats.unresolved[key];
        return;
    }
    AddressStats::Resolved &entry = stats.resolved[key];
    entry.smtp = smtp;
    entry.fromItem = entry.fromItem || fromItem;
    ++entry.count;

    const QString smtpType = QStringLiteral("SMTP");
    QString name = stringOf(bag, ids.name);
    if (name.isEmpty())
        name = smtp;
    put(bag, ids.addressType, mapi::PT_UNICODE, smtpType);
    put(bag, ids.emailAddress, mapi::PT_UNICODE, smtp);
    put(bag, ids.smtpAddress, mapi::PT_UNICODE, smtp);
    const QByteArray entryId = oneOffEntryId(name, smtpType, smtp);
    put(bag, ids.entryId, mapi::PT_BINARY, entryId);
    if (extraEntryId != 0 && bag.findId(extraEntryId) != nullptr)
        put(bag, extraEntryId, mapi::PT_BINARY, entryId);
    put(bag, ids.searchKey, mapi::PT_BINARY, searchKey(smtpType, smtp));
}

} // namespace

int AddressStats::rewrittenCount() const
{
    int n = 0;
    for (const Resolved &r : resolved)
        n += r.count;
    return n;
}

int AddressStats::unresolvedCount() const
{
    int n = 0;
    for (const int count : unresolved)
        n += count;
    return n;
}

QJsonObject AddressStats::toJson() const
{
    QJsonArray list;
    for (auto it = unresolved.cbegin(); it != unresolved.cend(); ++it)
        list.append(QJsonObject { { QStringLiteral("dn"), it.key() }, { QStringLiteral("count"), it.value() } });
    return QJsonObject { { QStringLiteral("rewritten"), rewrittenCount() }, { QStringLiteral("unresolved"), list } };
}

void AddressStats::merge(const AddressStats &other)
{
    for (auto it = other.resolved.cbegin(); it != other.resolved.cend(); ++it) {
        Resolved &mine = resolved[it.key()];
        mine.smtp = it->smtp;
        mine.count += it->count;
        mine.fromItem = mine.fromItem || it->fromItem;
    }
    for (auto it = other.unresolved.cbegin(); it != other.unresolved.cend(); ++it)
        unresolved[it.key()] += it.value();
}

Expected<std::shared_ptr<const AddressRewriter>> makeAddressRewriter(
    const QList<directory::UserRecord> &users, const QString &mapPath)
{
    AddressBook book;
    book.addDirectory(users);
    if (!mapPath.isEmpty()) {
        Expected<AddressBook> map = AddressBook::fromCsvFile(mapPath);
        if (!map)
            return map.error();
        book.merge(*map);
    }
    if (book.isEmpty())
        return std::shared_ptr<const AddressRewriter>();
    return std::make_shared<const AddressRewriter>(std::move(book));
}

AddressRewriter::AddressRewriter(AddressBook book)
    : m_book(std::move(book))
{
}

void AddressRewriter::rewrite(mapi::Message &message, AddressStats &stats) const
{
    for (const AddressProperties &ids : kMessageAddresses)
        rewriteAddress(message.properties, ids, m_book, stats);
    for (mapi::PropertyBag &recipient : message.recipients)
        rewriteAddress(recipient, kRecipientAddress, m_book, stats, kRecipientEntryId);
    for (mapi::Attachment &attachment : message.attachments) {
        if (attachment.embedded)
            rewrite(*attachment.embedded, stats);
    }
}

} // namespace mig::addressing
