#pragma once

#include "mapi/Message.h"
#include "mapi/NamedValues.h"
#include "sources/contacts/VcardParser.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace mig::contacts {

// The parts of convertContact(); each appends what it cannot carry to warnings, prefixed by where.

/// TEL by type into Outlook's fixed phone fields (second home/work numbers into Home2/Business2,
/// anything left into Other); numbers that find no free field are reported.
void setPhones(const Vcard &card, mapi::Message &message, QStringList &warnings, const QString &where);
/// ADR;TYPE=work/home/other into the three Outlook addresses, parts and composed text.
void setAddresses(const Vcard &card, mapi::Message &message, mapi::NamedPropertySetter &named, QStringList &warnings,
                  const QString &where);
/// BDAY, anniversaries, NOTE, URL, CATEGORIES, REV, CLASS, UID, FBURL, GENDER, IMPP, KEY.
void setDatesAndNotes(const Vcard &card, mapi::Message &message, mapi::NamedPropertySetter &named,
                      QStringList &warnings, const QString &where);
/// Outlook's X-MS-* extensions (gxmt-format.md §11.4) and their Evolution/KDE twins.
void setMicrosoftExtensions(const Vcard &card, mapi::Message &message, mapi::NamedPropertySetter &named);
/// PHOTO → the contact picture attachment (ContactPhoto.<ext>, PR_ATTACHMENT_CONTACTPHOTO).
void setPhoto(const Vcard &card, mapi::Message &message, mapi::NamedPropertySetter &named, QStringList &warnings,
              const QString &where);

/// A vCard date (1985-04-12, 19850412, --0412, --04-12, with or without a time); year-less dates
/// get 1604, the year Outlook uses for them.
std::optional<QDate> parseVcardDate(const QString &text);

} // namespace mig::contacts
