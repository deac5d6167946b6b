#pragma once

#include "mapi/Message.h"
#include "mapi/NamedValues.h"

#include <QStringList>

#include <libical/ical.h>

namespace mig::calendar {

/// Fields every calendar component shares: subject, body (plain and X-ALT-DESC HTML), sensitivity
/// from CLASS, importance from PRIORITY / X-MICROSOFT-CDO-IMPORTANCE, categories, creation and
/// modification times.
void setCommonFields(icalcomponent *component, mapi::Message &message, mapi::NamedPropertySetter &named);

/// The first VALARM as an Outlook reminder (ReminderSet/Delta/Time/SignalTime) for an item that
/// starts at startUtc and ends at endUtc (Unix seconds). Other alarms are reported in warnings.
void setReminder(icalcomponent *component, qint64 startUtc, qint64 endUtc, mapi::NamedPropertySetter &named,
                 QStringList &warnings, const QString &where);

/// Every CATEGORIES value of component, split at commas, trimmed, without duplicates.
QStringList categoriesOf(icalcomponent *component);

/// The value of an X- property (e.g. "X-MICROSOFT-CDO-BUSYSTATUS"), or empty.
QString xProperty(icalcomponent *component, const char *name);

} // namespace mig::calendar
