#include "sources/contacts/ContactFields.h"

#include "mapi/Tags.h"
#include "sources/contacts/ContactConverter.h"
#include "sources/contacts/ContactNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace mig::contacts {

using namespace mig::mapi;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mig::contacts", text); }

qint64 fileTimeOf(const QDateTime &utc) { return (utc.toSecsSinceEpoch() + 11644473600LL) * 10000000LL; }

bool setIfFree(Message &message, PropTag tag, const QString &value)
{
    if (message.properties.contains(tag))
        return false;
    message.properties.set(tag, value);
    return true;
}

/// Where a number of these types may go, best first.
QList<PropTag> phoneFieldsFor(const VcardProperty &tel)
{
    using namespace names;
    const bool home = tel.hasType("home"), work = tel.hasType("work");
    if (tel.hasType("fax"))
        return home ? QList<PropTag>{PR_HOME_FAX_NUMBER} : work ? QList<PropTag>{PR_BUSINESS_FAX_NUMBER}
                                                         : QList<PropTag>{PR_PRIMARY_FAX_NUMBER, PR_BUSINESS_FAX_NUMBER,
                                                                          PR_HOME_FAX_NUMBER};
    if (tel.hasType("cell") || tel.hasType("mobile") || tel.hasType("iphone"))
        return {PR_MOBILE_TELEPHONE_NUMBER};
    if (tel.hasType("pager"))
        return {PR_PAGER_TELEPHONE_NUMBER};
    if (tel.hasType("car"))
        return {PR_CAR_TELEPHONE_NUMBER};
    if (tel.hasType("isdn"))
        return {PR_ISDN_NUMBER};
    if (work)
        return {PR_BUSINESS_TELEPHONE_NUMBER, PR_BUSINESS2_TELEPHONE_NUMBER};
    if (home)
        return {PR_HOME_TELEPHONE_NUMBER, PR_HOME2_TELEPHONE_NUMBER};
    if (tel.hasType("main") || tel.hasType("x-main"))
        return {PR_COMPANY_MAIN_PHONE_NUMBER};
    if (tel.hasType("pref"))
        return {PR_PRIMARY_TELEPHONE_NUMBER};
    return {};
}

struct AddressFields {
    PropTag pobox, street, city, state, postalCode, country;
    quint32 composedLid; ///< PidLidHomeAddress / WorkAddress / OtherAddress
};

QString composeAddress(const QString &street, const QString &city, const QString &state, const QString &code,
                       const QString &country)
{
    QStringList lines;
    if (!street.isEmpty())
        lines.append(street);
    const QString place = QStringList{city, QStringList{state, code}.join(QLatin1Char(' ')).trimmed()}
                              .filter(QRegularExpression(QStringLiteral("\\S")))
                              .join(QLatin1String(", "));
    if (!place.isEmpty())
        lines.append(place);
    if (!country.isEmpty())
        lines.append(country);
    return lines.join(QLatin1Char('\n'));
}

bool writeAddress(const VcardProperty &adr, const AddressFields &f, Message &message, NamedPropertySetter &named)
{
    if (message.properties.contains(f.street) || message.properties.contains(f.city))
        return false;
    const QStringList p = adr.components();
    // pobox; extended; street; locality; region; code; country (RFC 6350 6.3.1)
    const QString street = QStringList{p.value(2), p.value(1)}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QLatin1Char('\n'));
    const std::pair<PropTag, QString> values[] = {{f.pobox, p.value(0)}, {f.street, street}, {f.city, p.value(3)},
                                                  {f.state, p.value(4)}, {f.postalCode, p.value(5)}, {f.country, p.value(6)}};
    for (const auto &[tag, value] : values) {
        if (!value.isEmpty())
            message.properties.set(tag, value);
    }
    named.set(addressLid(f.composedLid), PT_UNICODE, composeAddress(street, p.value(3), p.value(4), p.value(5), p.value(6)));
    return true;
}

/// The work address lives in PSETID_Address: the same writer, with the named tags of this message.
bool writeWorkAddress(const VcardProperty &adr, Message &message, NamedPropertySetter &named)
{
    auto tag = [&](quint32 lid) { return named.tagFor(addressLid(lid), PT_UNICODE).value_or(PropTag(0)); };
    const AddressFields work{tag(names::WorkAddressPostOfficeBox), tag(names::WorkAddressStreet),
                             tag(names::WorkAddressCity), tag(names::WorkAddressState),
                             tag(names::WorkAddressPostalCode), tag(names::WorkAddressCountry), 0x801B};
    return writeAddress(adr, work, message, named);
}

std::optional<QDateTime> parseTimestamp(const QString &text)
{
    for (const QString &format : {QStringLiteral("yyyyMMdd'T'HHmmss'Z'"), QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")}) {
        const QDateTime t = QDateTime::fromString(text.trimmed(), format);
        if (t.isValid())
            return QDateTime(t.date(), t.time(), Qt::UTC);
    }
    const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return t.isValid() ? std::optional<QDateTime>(t.toUTC()) : std::nullopt;
}

} // namespace

std::optional<QDate> parseVcardDate(const QString &text)
{
    QString value = text.trimmed();
    if (const qsizetype t = value.indexOf(QLatin1Char('T')); t > 0)
        value = value.left(t);
    if (value.startsWith(QLatin1String("--"))) // no year (vCard 4.0 / Apple)
        value = QLatin1String("1604") + value.mid(2).remove(QLatin1Char('-'));
    value.remove(QLatin1Char('-'));
    const QDate date = QDate::fromString(value, QStringLiteral("yyyyMMdd"));
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

void setPhones(const Vcard &card, Message &message, QStringList &warnings, const QString &where)
{
    for (const VcardProperty *tel : card.all("TEL")) {
        QString number = tel->unescaped().trimmed();
        if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
            number = number.mid(4);
        if (number.isEmpty())
            continue;
        QList<PropTag> candidates = phoneFieldsFor(*tel);
        candidates += {names::PR_OTHER_TELEPHONE_NUMBER, names::PR_PRIMARY_TELEPHONE_NUMBER};
        bool placed = false;
        for (const PropTag tag : std::as_const(candidates)) {
            if ((placed = setIfFree(message, tag, number)))
                break;
        }
        if (!placed)
            warnings.append(tr("%1: no free phone field for %2 (%3)").arg(where, number, tel->types.join(QLatin1Char(','))));
    }
}

void setAddresses(const Vcard &card, Message &message, NamedPropertySetter &named, QStringList &warnings,
                  const QString &where)
{
    using namespace names;
    const AddressFields home{PR_HOME_ADDRESS_POST_OFFICE_BOX, PR_HOME_ADDRESS_STREET, PR_HOME_ADDRESS_CITY,
                             PR_HOME_ADDRESS_STATE_OR_PROVINCE, PR_HOME_ADDRESS_POSTAL_CODE, PR_HOME_ADDRESS_COUNTRY, 0x801A};
    const AddressFields other{PR_OTHER_ADDRESS_POST_OFFICE_BOX, PR_OTHER_ADDRESS_STREET, PR_OTHER_ADDRESS_CITY,
                              PR_OTHER_ADDRESS_STATE_OR_PROVINCE, PR_OTHER_ADDRESS_POSTAL_CODE, PR_OTHER_ADDRESS_COUNTRY, 0x801C};
    for (const VcardProperty *adr : card.all("ADR")) {
        bool placed = false;
        if (adr->hasType("work")) {
            placed = writeWorkAddress(*adr, message, named);
        } else if (adr->hasType("home")) {
            placed = writeAddress(*adr, home, message, named);
        }
        if (!placed)
            placed = writeAddress(*adr, other, message, named);
        if (!placed)
            warnings.append(tr("%1: a fourth address (%2) does not fit an Outlook contact").arg(where, adr->text));
    }
}

namespace {

void setDate(const Vcard &card, std::initializer_list<const char *> names, PropTag tag, Message &message,
             QStringList &warnings, const QString &where)
{
    for (const char *name : names) {
        const VcardProperty *p = card.first(name);
        if (!p)
            continue;
        const auto date = parseVcardDate(p->text);
        if (!date) {
            warnings.append(tr("%1: %2 \"%3\" is not a date").arg(where, QLatin1String(name), p->text));
            continue;
        }
        // Midnight UTC of the day, as gromox-vcf2mt stores it.
        message.properties.set(tag, fileTimeOf(QDateTime(*date, QTime(0, 0), Qt::UTC)));
        return;
    }
}

QStringList splitList(const QString &escaped)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped[i] == QLatin1Char('\\') && i + 1 < escaped.size()) {
            current.append(escaped[++i]);
        } else if (escaped[i] == QLatin1Char(',')) {
            out.append(current.trimmed());
            current.clear();
        } else {
            current.append(escaped[i]);
        }
    }
    out.append(current.trimmed());
    out.removeAll(QString());
    return out;
}

void setUrls(const Vcard &card, Message &message)
{
    for (const VcardProperty *url : card.all("URL")) {
        const QString value = url->unescaped().trimmed();
        if (url->hasType("work") && setIfFree(message, names::PR_BUSINESS_HOME_PAGE, value))
            continue;
        if (!setIfFree(message, names::PR_PERSONAL_HOME_PAGE, value))
            setIfFree(message, names::PR_BUSINESS_HOME_PAGE, value);
    }
}

qint32 sensitivityOf(const QString &value)
{
    const QString v = value.trimmed().toUpper();
    return v == QLatin1String("PRIVATE") ? 2 : v == QLatin1String("CONFIDENTIAL") ? 3 : 0;
}

} // namespace

void setDatesAndNotes(const Vcard &card, Message &message, NamedPropertySetter &named, QStringList &warnings,
                      const QString &where)
{
    setDate(card, {"BDAY"}, names::PR_BIRTHDAY, message, warnings, where);
    setDate(card, {"ANNIVERSARY", "X-MS-ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY"},
            names::PR_WEDDING_ANNIVERSARY, message, warnings, where);
    if (const VcardProperty *note = card.first("NOTE"))
        message.properties.set(PR_BODY, note->unescaped());
    setUrls(card, message);
    QStringList categories;
    for (const VcardProperty *p : card.all("CATEGORIES"))
        categories += splitList(p->text);
    categories.removeDuplicates();
    if (!categories.isEmpty())
        named.set(keywordsName(), PT_MV_UNICODE, categories);
    if (const VcardProperty *rev = card.first("REV")) {
        if (const auto t = parseTimestamp(rev->text))
            message.properties.set(PR_LAST_MODIFICATION_TIME, fileTimeOf(*t));
    }
    if (const VcardProperty *cls = card.first("CLASS"))
        message.properties.set(PR_SENSITIVITY, sensitivityOf(cls->text));
    if (const VcardProperty *uid = card.first("UID"))
        named.set(PropertyName::byString(PropertySet::gromox(), QStringLiteral("vcarduid")), PT_UNICODE, uid->text.trimmed());
    if (const VcardProperty *fburl = card.first("FBURL"))
        named.set(addressLid(names::FreeBusyLocation), PT_UNICODE, fburl->unescaped().trimmed());
    if (const VcardProperty *gender = card.first("GENDER")) {
        const QString g = gender->components().value(0).toUpper();
        if (g == QLatin1String("F") || g == QLatin1String("M"))
            message.properties.set(names::PR_GENDER, qint16(g == QLatin1String("F") ? 1 : 2));
    }
    for (const char *im : {"X-MS-IMADDRESS", "X-MS-RM-IMACCOUNT", "IMPP", "X-JABBER", "X-AIM", "X-ICQ", "X-SKYPE"}) {
        if (const VcardProperty *p = card.first(im)) {
            named.set(addressLid(names::InstantMessagingAddress), PT_UNICODE, p->unescaped().trimmed());
            break;
        }
    }
    QList<QByteArray> certificates;
    for (const VcardProperty *key : card.all("KEY")) {
        if (key->isBinary && !key->binary.isEmpty())
            certificates.append(key->binary);
    }
    if (!certificates.isEmpty())
        message.properties.set(names::PR_USER_X509_CERTIFICATE, certificates);
}

void setMicrosoftExtensions(const Vcard &card, Message &message, NamedPropertySetter &named)
{
    const std::pair<const char *, PropTag> simple[] = {
        {"X-MS-SPOUSE", names::PR_SPOUSE_NAME},   {"X-SPOUSE", names::PR_SPOUSE_NAME},
        {"X-MS-MANAGER", names::PR_MANAGER_NAME}, {"X-MANAGER", names::PR_MANAGER_NAME},
        {"X-MS-ASSISTANT", names::PR_ASSISTANT},  {"X-ASSISTANT", names::PR_ASSISTANT},
        {"X-MS-INTERESTS", names::PR_HOBBIES}};
    for (const auto &[name, tag] : simple) {
        if (const VcardProperty *p = card.first(name))
            setIfFree(message, tag, p->components().join(QLatin1Char(' ')).trimmed());
    }
    QStringList children;
    for (const VcardProperty *p : card.all("X-MS-CHILD"))
        children.append(p->unescaped().trimmed());
    if (!children.isEmpty())
        message.properties.set(names::PR_CHILDRENS_NAMES, children);
    const auto texts = card.all("X-MS-TEXT");
    for (qsizetype i = 0; i < texts.size() && i < 4; ++i) // ContactUserField1..4
        named.set(addressLid(0x804F + quint32(i)), PT_UNICODE, texts[i]->unescaped());
    const std::pair<const char *, PropTag> phones[] = {{"assistant", 0x3A2E001F}, {"callback", 0x3A02001F},
                                                       {"company", 0x3A57001F},   {"radio", 0x3A1D001F},
                                                       {"ttytdd", 0x3A4B001F}};
    for (const VcardProperty *tel : card.all("X-MS-TEL")) {
        for (const auto &[type, tag] : phones) {
            if (tel->hasType(type))
                setIfFree(message, tag, tel->unescaped().trimmed());
        }
    }
}

namespace {

bool isKnownPicture(const QByteArray &b)
{
    return b.startsWith("\xFF\xD8") || b.startsWith("\x89PNG") || b.startsWith("GIF8") || b.startsWith("BM");
}

/// File extension and MIME type of a picture: from its TYPE, else from its first bytes.
std::pair<QString, QString> pictureKind(const VcardProperty &photo)
{
    const std::pair<const char *, const char *> known[] = {
        {"jpeg", "jpg"}, {"jpg", "jpg"}, {"image/jpeg", "jpg"}, {"png", "png"}, {"image/png", "png"},
        {"gif", "gif"},  {"image/gif", "gif"}, {"bmp", "bmp"}, {"image/bmp", "bmp"}};
    QString ext;
    for (const auto &[type, extension] : known) {
        if (photo.hasType(type)) {
            ext = QLatin1String(extension);
            break;
        }
    }
    const QByteArray &b = photo.binary;
    if (ext.isEmpty())
        ext = b.startsWith("\xFF\xD8") ? QStringLiteral("jpg") : b.startsWith("\x89PNG") ? QStringLiteral("png")
            : b.startsWith("GIF8")     ? QStringLiteral("gif") : b.startsWith("BM") ? QStringLiteral("bmp")
                                       : QStringLiteral("jpg");
    const QString mime = ext == QLatin1String("jpg") ? QStringLiteral("image/jpeg") : QLatin1String("image/") + ext;
    return {ext, mime};
}

} // namespace

void setPhoto(const Vcard &card, Message &message, NamedPropertySetter &named, QStringList &warnings,
              const QString &where)
{
    const VcardProperty *photo = card.first("PHOTO");
    if (!photo)
        return;
    if (!photo->isBinary) {
        warnings.append(tr("%1: the photo is a link (%2) and is not downloaded").arg(where, photo->text.left(100)));
        return;
    }
    if (photo->binary.isEmpty() || (photo->damaged && !isKnownPicture(photo->binary))) {
        warnings.append(tr("%1: the photo's data is malformed and is left out").arg(where));
        return;
    }
    if (photo->damaged)
        warnings.append(tr("%1: the photo's base64 data is malformed; what could be decoded is kept").arg(where));
    if (photo->binary.size() > maxPhotoBytes) {
        warnings.append(tr("%1: the photo (%2 bytes) is larger than %3 bytes and is left out")
                            .arg(where)
                            .arg(photo->binary.size())
                            .arg(maxPhotoBytes));
        return;
    }
    const auto [ext, mime] = pictureKind(*photo);
    Attachment attachment;
    attachment.properties.set(PR_ATTACH_METHOD, ATTACH_BY_VALUE);
    attachment.properties.set(PR_ATTACH_DATA_BIN, photo->binary);
    attachment.properties.set(PR_ATTACH_EXTENSION, QLatin1Char('.') + ext);
    attachment.properties.set(PR_ATTACH_FILENAME, QLatin1String("ContactPhoto.") + ext);
    attachment.properties.set(PR_ATTACH_LONG_FILENAME, QLatin1String("ContactPhoto.") + ext);
    attachment.properties.set(PR_ATTACH_MIME_TAG, mime);
    // MS-OXOCNTC 2.2.1.8: the flag marks the attachment; PidLidHasPicture tells clients to look.
    attachment.properties.set(names::PR_ATTACHMENT_CONTACTPHOTO, true);
    attachment.properties.set(PR_ATTACHMENT_HIDDEN, true);
    message.attachments.append(std::move(attachment));
    named.set(addressLid(names::HasPicture), PT_BOOLEAN, true);
}

} // namespace mig::contacts
