#pragma once

#include "core/Expected.h"
#include "sources/contacts/ContactConverter.h"
#include "sources/contacts/VcardParser.h"

#include <QByteArray>

namespace mig::contacts {

/// True for a contact group: vCard 4 KIND:group, or Apple's X-ADDRESSBOOKSERVER-KIND:group
/// (what macOS/iCloud Contacts write into vCard 3.0).
bool isContactGroup(const Vcard &card);

/// A contact group → IPM.DistList (MS-OXOCNTC 2.2.2): PidLidDistributionListName, Members and
/// OneOffMembers (one one-off entry id per member, the same in both lists, since the members'
/// entry ids in the target store are not known here), Checksum, FileUnder, display name, plus
/// NOTE, CATEGORIES, UID, REV as for a contact.
/// MEMBER / X-ADDRESSBOOKSERVER-MEMBER: "mailto:" addresses are taken as they are; "urn:uuid:"
/// (or a bare UID) is looked up among the cards of file and becomes that card's name and first
/// e-mail. A member that names no card of the file, or a card without e-mail, is reported and left
/// out (an Outlook list holds addresses). Errors: none; a group without name is called "Contact group".
Expected<ConvertedContact> convertContactGroup(const Vcard &group, const VcardFile &file);

/// CRC-32 (IEEE 802.3, the zlib / PNG checksum) of data, continuing from crc (0 to start):
/// PidLidDistributionListChecksum is this over the member entry ids one after another
/// (MS-OXOCNTC 3.1.5.11).
quint32 crc32(const QByteArray &data, quint32 crc = 0);

} // namespace mig::contacts
