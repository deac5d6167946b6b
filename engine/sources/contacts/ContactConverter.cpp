#include "sources/contacts/ContactConverter.h"

#include "mapi/NamedValues.h"
#include "mapi/Tags.h"
#include "sources/contacts/ContactFields.h"
#include "sources/contacts/ContactNames.h"

#include <QCoreApplication>

namespace mig::contacts {

using namespace mig::mapi;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mig::contacts", text); }

QString textOf(const Vcard &card, const char *name)
{
    const VcardProperty *p = card.first(name);
    return p ? p->unescaped().trimmed() : QString();
}

} // namespace

QString displayNameOf(const Vcard &card)
{
    QString name = textOf(card, "FN");
    if (!name.isEmpty())
        return name;
    if (const VcardProperty *n = card.first("N")) {
        const QStringList parts = n->components();
        QStringList ordered;
        for (const int i : {3, 1, 2, 0, 4}) { // prefix given middle surname suffix
            if (i < parts.size() && !parts[i].isEmpty())
                ordered.append(parts[i]);
        }
        name = ordered.join(QLatin1Char(' '));
    }
    if (name.isEmpty() && card.first("ORG"))
        name = card.first("ORG")->components().value(0);
    if (name.isEmpty())
        name = textOf(card, "EMAIL");
    return name;
}

namespace {

void setNames(const Vcard &card, const QString &displayName, Message &message, NamedPropertySetter &named)
{
    message.properties.set(PR_DISPLAY_NAME, displayName);
    message.properties.set(PR_NORMALIZED_SUBJECT, displayName);
    message.properties.set(PR_CONVERSATION_TOPIC, displayName);
    QString surname;
    QString given;
    if (const VcardProperty *n = card.first("N")) {
        const QStringList parts = n->components();
        const PropTag tags[] = {names::PR_SURNAME, names::PR_GIVEN_NAME, names::PR_MIDDLE_NAME,
                                names::PR_DISPLAY_NAME_PREFIX, names::PR_GENERATION};
        for (int i = 0; i < 5 && i < parts.size(); ++i) {
            if (!parts[i].isEmpty())
                message.properties.set(tags[i], parts[i]);
        }
        surname = parts.value(0);
        given = parts.value(1);
    }
    // "Surname, Given" is how Outlook files people; vcf2mt writes no FileAs at all.
    QString fileAs = surname.isEmpty() || given.isEmpty() ? displayName : surname + QLatin1String(", ") + given;
    named.set(addressLid(names::FileAs), PT_UNICODE, fileAs);
    const QString nickname = textOf(card, "NICKNAME");
    if (!nickname.isEmpty())
        message.properties.set(names::PR_NICKNAME, nickname);
}

void setOrganization(const Vcard &card, Message &message)
{
    if (const VcardProperty *org = card.first("ORG")) {
        const QStringList parts = org->components();
        if (!parts.value(0).isEmpty())
            message.properties.set(names::PR_COMPANY_NAME, parts.value(0));
        const QString departments = parts.mid(1).join(QLatin1String(", "));
        if (!departments.isEmpty())
            message.properties.set(names::PR_DEPARTMENT_NAME, departments);
    }
    const QString title = textOf(card, "TITLE");
    if (!title.isEmpty())
        message.properties.set(names::PR_TITLE, title);
    const QString role = textOf(card, "ROLE");
    if (!role.isEmpty())
        message.properties.set(names::PR_PROFESSION, role);
}

void setEmails(const Vcard &card, const QString &displayName, NamedPropertySetter &named, QStringList &warnings,
               const QString &where)
{
    QList<qint32> slots;
    qint32 arrayType = 0;
    const auto emails = card.all("EMAIL");
    for (qsizetype i = 0; i < emails.size(); ++i) {
        const QString address = emails[i]->unescaped().trimmed();
        if (address.isEmpty())
            continue;
        if (slots.size() == 3) {
            warnings.append(tr("%1: only three e-mail addresses fit an Outlook contact; %2 is left out")
                                .arg(where, address));
            continue;
        }
        const quint32 offset = quint32(slots.size()) * 0x10;
        const QString shown = displayName.isEmpty() ? address : displayName + QLatin1String(" (") + address + QLatin1Char(')');
        named.set(addressLid(names::Email1EmailAddress + offset), PT_UNICODE, address);
        named.set(addressLid(names::Email1AddressType + offset), PT_UNICODE, QStringLiteral("SMTP"));
        named.set(addressLid(names::Email1DisplayName + offset), PT_UNICODE, shown);
        named.set(addressLid(names::Email1OriginalDisplayName + offset), PT_UNICODE, address);
        arrayType |= qint32(1) << slots.size();
        slots.append(qint32(slots.size()));
    }
    if (slots.isEmpty())
        return;
    named.set(addressLid(names::AddressBookProviderEmailList), PT_MV_LONG, slots);
    named.set(addressLid(names::AddressBookProviderArrayType), PT_LONG, arrayType);
}

} // namespace

QString describeCard(const Vcard &card, const QString &fileName)
{
    return QStringLiteral("%1: card %2 (%3)").arg(fileName).arg(card.index).arg(displayNameOf(card));
}

Expected<ConvertedContact> convertContact(const Vcard &card, const QString &fileName)
{
    const QString where = describeCard(card, fileName);
    const QString displayName = displayNameOf(card);
    if (displayName.isEmpty() && !card.first("TEL"))
        return Error{Error::Code::Corrupt, tr("%1: the card has no name, organisation, e-mail or phone").arg(where), {}};
    ConvertedContact out;
    Message &message = out.message;
    NamedPropertySetter named(message);
    message.properties.set(PR_MESSAGE_CLASS, QStringLiteral("IPM.Contact"));
    setNames(card, displayName, message, named);
    setOrganization(card, message);
    setEmails(card, displayName, named, out.warnings, where);
    setPhones(card, message, out.warnings, where);
    setAddresses(card, message, named, out.warnings, where);
    setDatesAndNotes(card, message, named, out.warnings, where);
    setMicrosoftExtensions(card, message, named);
    setPhoto(card, message, named, out.warnings, where);
    return out;
}

} // namespace mig::contacts
