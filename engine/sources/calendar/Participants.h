#pragma once

#include "mapi/Message.h"

#include <QDate>

#include <libical/ical.h>

namespace mig::calendar {

/// PidLidGlobalObjectId bytes for uid (MS-OXOCAL 2.2.1.27): an Outlook UID written as hex is
/// decoded; any other UID is wrapped in the "vCal-Uid" form. instanceDate set: the id of one
/// instance of a series (exceptions), else the series' (clean) id.
QByteArray globalObjectId(const QString &uid, const QDate &instanceDate = {});

/// A one-off entry id (MS-OXCDATA 2.2.5.1) for an SMTP address.
QByteArray oneOffEntryId(const QString &displayName, const QString &address);

/// ORGANIZER → PR_SENT_REPRESENTING_* and PR_SENDER_*; ORGANIZER and ATTENDEEs with an address
/// → recipient rows (type by ROLE/CUTYPE, response by PARTSTAT). Returns the number of attendees.
int setParticipants(icalcomponent *component, mapi::Message &message);

} // namespace mig::calendar
