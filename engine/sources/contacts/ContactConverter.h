#pragma once

#include "core/Expected.h"
#include "mapi/Message.h"
#include "sources/contacts/VcardParser.h"

#include <QStringList>

namespace mig::contacts {

struct ConvertedContact {
    mapi::Message message;
    QStringList warnings; ///< what could not be carried, each naming file and card
};

/// Largest contact photo taken over; larger ones are reported and left out.
inline constexpr qsizetype maxPhotoBytes = 8 * 1024 * 1024;

/// One vCard → IPM.Contact with the properties gromox-vcf2mt writes (gxmt-format.md §11.4) plus
/// PidLidFileAs and Email<n>DisplayName. fileName names the file in messages.
/// Errors: a card without any name, organisation, e-mail or phone (nothing to show).
Expected<ConvertedContact> convertContact(const Vcard &card, const QString &fileName);

/// FN, else the name parts, else the organisation, else the first e-mail (vcf2mt stops at the parts).
QString displayNameOf(const Vcard &card);

/// "<file>: card <n> (<name>)", the prefix of every message about card.
QString describeCard(const Vcard &card, const QString &fileName);

} // namespace mig::contacts
