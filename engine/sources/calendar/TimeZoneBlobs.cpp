#include "sources/calendar/TimeZoneBlobs.h"

#include <QDate>
#include <QTimeZone>
#include <QtEndian>

namespace mig::calendar {

namespace {

constexpr qint64 secondsPerDay = 86400;

/// UTC offset (seconds) of zone at Unix time t.
int offsetAt(icaltimezone *zone, qint64 t)
{
    icaltimetype utc = icaltime_from_timet_with_zone(time_t(t), 0, icaltimezone_get_utc_timezone());
    int isDaylight = 0;
    return icaltimezone_get_utc_offset_of_utc_time(zone, &utc, &isDaylight);
}

struct Transition {
    qint64 utc = 0;
    int before = 0;
    int after = 0;
};

/// The first instant in (from, to] at which the offset differs from the one at from, to the minute.
Transition findTransition(icaltimezone *zone, qint64 from, qint64 to)
{
    const int before = offsetAt(zone, from);
    while (to - from > 60) {
        const qint64 mid = from + (to - from) / 2;
        if (offsetAt(zone, mid) == before)
            from = mid;
        else
            to = mid;
    }
    to -= to % 60; // changes happen on whole minutes: (from, to] holds the minute it happens in
    return {to, before, offsetAt(zone, to)};
}

TransitionRule ruleFor(const Transition &t)
{
    // The change happens at this local wall-clock time, read in the offset before it.
    const QDateTime local = QDateTime::fromSecsSinceEpoch(t.utc + t.before, Qt::UTC);
    const QDate date = local.date();
    TransitionRule rule;
    rule.month = quint16(date.month());
    rule.dayOfWeek = quint16(date.dayOfWeek() % 7);
    rule.week = quint16(date.day() + 7 > date.daysInMonth() ? 5 : (date.day() - 1) / 7 + 1);
    rule.hour = quint16(local.time().hour());
    rule.minute = quint16(local.time().minute());
    return rule;
}

void appendU16(QByteArray &out, quint16 v)
{
    v = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&v), 2);
}

void appendI32(QByteArray &out, qint32 v)
{
    v = qToLittleEndian(v);
    out.append(reinterpret_cast<const char *>(&v), 4);
}

void appendSystemTime(QByteArray &out, const TransitionRule &r)
{
    appendU16(out, 0); // wYear 0: a yearly rule, not an absolute date
    appendU16(out, r.month);
    appendU16(out, r.dayOfWeek);
    appendU16(out, r.week);
    appendU16(out, r.hour);
    appendU16(out, r.minute);
    appendU16(out, 0);
    appendU16(out, 0);
}

TransitionRule readSystemTime(const char *p)
{
    TransitionRule r;
    r.month = qFromLittleEndian<quint16>(p + 2);
    r.dayOfWeek = qFromLittleEndian<quint16>(p + 4);
    r.week = qFromLittleEndian<quint16>(p + 6);
    r.hour = qFromLittleEndian<quint16>(p + 8);
    r.minute = qFromLittleEndian<quint16>(p + 10);
    return r;
}

} // namespace

ZoneRule zoneRuleForYear(icaltimezone *zone, int year)
{
    ZoneRule rule;
    const qint64 start = QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    // Offsets change at most a few times a year: compare month boundaries, then search inside the
    // months that differ (a month with two changes would be missed; no zone has one).
    QList<Transition> transitions;
    qint64 monthStart = start;
    for (int month = 1; month <= 12; ++month) {
        const qint64 monthEnd = month == 12 ? end
            : QDateTime(QDate(year, month + 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        if (offsetAt(zone, monthStart) != offsetAt(zone, monthEnd))
            transitions.append(findTransition(zone, monthStart, monthEnd));
        monthStart = monthEnd;
    }
    if (transitions.size() != 2) {
        // No daylight saving time (or an irregular year): the offset in force at mid-year.
        rule.bias = -offsetAt(zone, start + 182 * secondsPerDay) / 60;
        return rule;
    }
    // Daylight time is the larger offset; in the southern hemisphere it spans the new year.
    const Transition &toDaylight = transitions[0].after > transitions[0].before ? transitions[0] : transitions[1];
    const Transition &toStandard = &toDaylight == &transitions[0] ? transitions[1] : transitions[0];
    rule.bias = -toDaylight.before / 60;
    rule.daylightBias = -(toDaylight.after - toDaylight.before) / 60;
    rule.daylightDate = ruleFor(toDaylight);
    rule.standardDate = ruleFor(toStandard);
    return rule;
}

QByteArray timeZoneStruct(const ZoneRule &rule)
{
    QByteArray out;
    appendI32(out, rule.bias);
    appendI32(out, rule.standardBias);
    appendI32(out, rule.daylightBias);
    appendU16(out, 0); // wStandardYear
    appendSystemTime(out, rule.standardDate);
    appendU16(out, 0); // wDaylightYear
    appendSystemTime(out, rule.daylightDate);
    return out;
}

ZoneRule decodeTimeZoneStruct(const QByteArray &blob)
{
    ZoneRule rule;
    if (blob.size() != 48)
        return rule;
    const char *p = blob.constData();
    rule.bias = qFromLittleEndian<qint32>(p);
    rule.standardBias = qFromLittleEndian<qint32>(p + 4);
    rule.daylightBias = qFromLittleEndian<qint32>(p + 8);
    rule.standardDate = readSystemTime(p + 14);
    rule.daylightDate = readSystemTime(p + 32);
    return rule;
}

QByteArray timeZoneDefinition(const QString &keyName, const ZoneRule &rule, int year)
{
    const QString key = keyName.left(260);
    QByteArray out;
    out.append(char(0x02)); // major version
    out.append(char(0x01)); // minor version
    appendU16(out, quint16(6 + 2 * key.size())); // cbHeader: Reserved, cchKeyName, KeyName, cRules
    appendU16(out, 0x0002);                       // Reserved
    appendU16(out, quint16(key.size()));
    for (const QChar c : key)
        appendU16(out, c.unicode());
    appendU16(out, 1); // cRules
    out.append(char(0x02));
    out.append(char(0x01));
    appendU16(out, 0x003E);  // Reserved
    appendU16(out, 0x0002);  // TZRULE_FLAG_EFFECTIVE_TZREG
    appendU16(out, quint16(year));
    out.append(QByteArray(14, '\0'));
    appendI32(out, rule.bias);
    appendI32(out, rule.standardBias);
    appendI32(out, rule.daylightBias);
    appendSystemTime(out, rule.standardDate);
    appendSystemTime(out, rule.daylightDate);
    return out;
}

QString windowsZoneName(icaltimezone *zone, const QString &tzid)
{
    const char *location = zone ? icaltimezone_get_location(zone) : nullptr;
    const QByteArray iana = location ? QByteArray(location) : tzid.toUtf8();
    // CLDR's table lookup; empty for names it does not know (no need to ask ICU for every zone).
    const QByteArray windows = QTimeZone::ianaIdToWindowsId(iana);
    if (!windows.isEmpty())
        return QString::fromLatin1(windows);
    return tzid.isEmpty() && location ? QString::fromUtf8(location) : tzid;
}

} // namespace mig::calendar
