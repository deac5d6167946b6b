#pragma once

#include "sources/calendar/RecurrenceBlob.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace mig::calendar {

/// A series' rule in words for people ("every 2 weeks on Tuesday, Thursday, 10 times"), from the
/// decoded PidLidAppointmentRecur; day and month names in locale. Translated (context mig::calendar).
QString recurrenceText(const RecurrencePattern &pattern, const QLocale &locale = QLocale());

/// The same from the blob's bytes; empty when they do not decode.
QString recurrenceText(const QByteArray &appointmentRecur, const QLocale &locale = QLocale());

} // namespace mig::calendar
