#include "sources/contacts/ContactGroup.h"

#include "addressing/OneOffEntryId.h"
#include "mapi/NamedValues.h"
#include "mapi/Tags.h"
#include "sources/contacts/ContactFields.h"
#include "sources/contacts/ContactNames.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace mig::contacts {

using namespace mig::mapi;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mig::contacts", text); }

QString valueOf(const Vcard &card, const char *name)
{
    const VcardProperty *p = card.first(name);
    return p ? p->unescaped().trimmed() : QString();
}

/// "urn:uuid:ABC" and "ABC" name the same card; case does not matter in a UUID.
QString uidKey(QString uid)
{
    uid = uid.trimmed();
    if (uid.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive))
        uid = uid.mid(9);
    return uid.toLower();
}

QString firstEmail(const Vcard &card)
{
    QString address = valueOf(card, "EMAIL");
    if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        address = address.mid(7);
    return address;
}

struct Member {
    QString name;
    QString address;
};

} // namespace

bool isContactGroup(const Vcard &card)
{
    return valueOf(card, "KIND").compare(QLatin1String("group"), Qt::CaseInsensitive) == 0
        || valueOf(card, "X-ADDRESSBOOKSERVER-KIND").compare(QLatin1String("group"), Qt::CaseInsensitive) == 0;
}

quint32 crc32(const QByteArray &data, quint32 crc)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

Expected<ConvertedContact> convertContactGroup(const Vcard &group, const VcardFile &file)
{
    const QString where = describeCard(group, file.name);
    QHash<QString, const Vcard *> byUid;
    for (const Vcard &card : file.cards) {
        const QString uid = valueOf(card, "UID");
        if (!uid.isEmpty() && &card != &group)
            byUid.insert(uidKey(uid), &card);
    }
    QList<Member> members;
    QList<const VcardProperty *> refs = group.all("MEMBER");
    refs += group.all("X-ADDRESSBOOKSERVER-MEMBER");
    ConvertedContact out;
    for (const VcardProperty *ref : std::as_const(refs)) {
        const QString value = ref->unescaped().trimmed();
        if (value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
            const QString address = value.mid(7);
            members.append({ref->parameter("CN").isEmpty() ? address : ref->parameter("CN"), address});
            continue;
        }
        const Vcard *card = byUid.value(uidKey(value));
        if (!card) {
            out.warnings.append(tr("%1: the member %2 is no card of this file and is left out").arg(where, value));
            continue;
        }
        const QString address = firstEmail(*card);
        if (address.isEmpty()) {
            out.warnings.append(tr("%1: the member \"%2\" has no e-mail address and is left out")
                                    .arg(where, displayNameOf(*card)));
            continue;
        }
        members.append({displayNameOf(*card), address});
    }

    Message &message = out.message;
    NamedPropertySetter named(message);
    QString name = displayNameOf(group);
    if (name.isEmpty())
        name = tr("Contact group");
    message.properties.set(PR_MESSAGE_CLASS, QStringLiteral("IPM.DistList"));
    message.properties.set(PR_DISPLAY_NAME, name);
    message.properties.set(PR_NORMALIZED_SUBJECT, name);
    message.properties.set(PR_CONVERSATION_TOPIC, name);
    named.set(addressLid(names::FileAs), PT_UNICODE, name);
    named.set(addressLid(names::DistributionListName), PT_UNICODE, name);
    QList<QByteArray> entries;
    quint32 checksum = 0;
    for (const Member &m : std::as_const(members)) {
        entries.append(addressing::oneOffEntryId(m.name, QStringLiteral("SMTP"), m.address));
        checksum = crc32(entries.last(), checksum);
    }
    if (!entries.isEmpty()) {
        named.set(addressLid(names::DistributionListMembers), PT_MV_BINARY, entries);
        named.set(addressLid(names::DistributionListOneOffMembers), PT_MV_BINARY, entries);
        named.set(addressLid(names::DistributionListChecksum), PT_LONG, qint32(checksum));
    }
    setDatesAndNotes(group, message, named, out.warnings, where);
    return out;
}

} // namespace mig::contacts
