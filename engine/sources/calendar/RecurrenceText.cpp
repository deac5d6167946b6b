#include "sources/calendar/RecurrenceText.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace mig::calendar {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("mig::calendar", text, nullptr, n);
}

/// Blob dates are minutes since 1601-01-01 (local time of the series).
QDate dateOf(quint32 minutes)
{
    return QDate(1601, 1, 1).addDays(minutes / 1440);
}

/// "Monday, Wednesday" from a day mask (Sunday = bit 0), in the locale's week order.
QString dayNames(quint32 mask, const QLocale &locale)
{
    QStringList names;
    for (int i = 0; i < 7; ++i) {
        const int qtDay = (int(locale.firstDayOfWeek()) - 1 + i) % 7 + 1; // Qt: Monday 1 .. Sunday 7
        if (mask & dayBit(qtDay % 7))
            names.append(locale.dayName(qtDay));
    }
    return names.join(QStringLiteral(", "));
}

QString nthText(quint32 nth)
{
    switch (nth) {
    case 1:
        return tr("first");
    case 2:
        return tr("second");
    case 3:
        return tr("third");
    case 4:
        return tr("fourth");
    default:
        return tr("last");
    }
}

QString ruleText(const RecurrencePattern &p, const QLocale &locale)
{
    const bool yearly = p.frequency == RecurFrequency::Yearly;
    const int months = int(yearly ? p.period / 12 : p.period);
    const QString month = locale.monthName(dateOf(p.startDate).month());
    switch (p.patternType) {
    case PatternType::Day:
        return tr("every %n day(s)", int(qMax<quint32>(1, p.period / 1440)));
    case PatternType::Week:
        if (p.frequency == RecurFrequency::Daily)
            return tr("every weekday");
        return tr("every %n week(s)", int(p.period)) + QLatin1Char(' ')
            + tr("on %1").arg(dayNames(p.dayMask, locale));
    case PatternType::Month:
        if (yearly)
            return tr("every %n year(s)", months).append(QLatin1Char(' ')).append(tr("on %1 %2").arg(month).arg(p.dayOfMonth));
        return tr("every %n month(s)", months).append(QLatin1Char(' ')).append(tr("on day %1").arg(p.dayOfMonth));
    case PatternType::MonthNth:
        if (yearly)
            return tr("every %n year(s)", months).append(QLatin1Char(' '))
                .append(tr("on the %1 %2 of %3").arg(nthText(p.nthWeek), dayNames(p.dayMask, locale), month));
        return tr("every %n month(s)", months).append(QLatin1Char(' '))
            .append(tr("on the %1 %2").arg(nthText(p.nthWeek), dayNames(p.dayMask, locale)));
    case PatternType::MonthEnd:
        if (yearly)
            return tr("every %n year(s)", months).append(QLatin1Char(' ')).append(tr("on the last day of %1").arg(month));
        return tr("every %n month(s)", months).append(QLatin1Char(' ')).append(tr("on the last day"));
    }
    return {};
}

} // namespace

QString recurrenceText(const RecurrencePattern &pattern, const QLocale &locale)
{
    QString text = ruleText(pattern, locale);
    switch (pattern.endType) {
    case EndType::AfterCount:
        text += QStringLiteral(", ") + tr("%n time(s)", int(pattern.occurrenceCount));
        break;
    case EndType::EndDate:
        text += QStringLiteral(", ") + tr("until %1").arg(locale.toString(dateOf(pattern.endDate), QLocale::ShortFormat));
        break;
    case EndType::Never:
        text += QStringLiteral(", ") + tr("no end date");
        break;
    }
    if (!pattern.deletedInstanceDates.isEmpty() || !pattern.exceptions.isEmpty()) {
        // Deleted dates include the original dates of the moved ones (MS-OXOCAL 2.2.1.44.1).
        const int deleted = int(pattern.deletedInstanceDates.size() - pattern.modifiedInstanceDates.size());
        if (deleted > 0)
            text += QStringLiteral("; ") + tr("%n instance(s) deleted", deleted);
        if (!pattern.exceptions.isEmpty())
            text += QStringLiteral("; ") + tr("%n instance(s) changed", int(pattern.exceptions.size()));
    }
    return text;
}

QString recurrenceText(const QByteArray &appointmentRecur, const QLocale &locale)
{
    const auto pattern = decodeRecurrence(appointmentRecur);
    return pattern ? recurrenceText(*pattern, locale) : QString();
}

} // namespace mig::calendar
