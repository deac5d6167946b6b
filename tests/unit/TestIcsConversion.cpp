// mig::calendar over every shared .ics sample (ics/ and broken/): each component converted or
// reported; values checked against what the files say (start/end instants in UTC, recurrence
// pattern decoded back from our own blob, exceptions, attendees, reminders, tasks), plus hostile
// and broken input built here.
#include "TestEnvironment.h"

#include "mapi/NamedValues.h"
#include "mapi/Tags.h"
#include "sources/calendar/CalendarConverter.h"
#include "sources/calendar/CalendarNames.h"
#include "sources/calendar/IcalTime.h"
#include "sources/calendar/RecurrenceBlob.h"
#include "sources/calendar/RecurrenceRule.h"
#include "sources/calendar/TimeZoneBlobs.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTest>

using namespace mig;
using namespace mig::calendar;
using namespace mig::mapi;

namespace {

struct FileResult {
    std::shared_ptr<IcsFile> file;
    QList<ConvertedItem> items;
    QStringList errors;
    QStringList warnings;
};

FileResult convertData(const QByteArray &data, const QString &name, const QByteArray &zone = "UTC")
{
    FileResult result;
    auto file = IcsFile::parse(data, name);
    if (!file) {
        result.errors.append(file.error().message);
        return result;
    }
    result.file = *file;
    result.warnings = result.file->warnings();
    CalendarOptions options;
    options.defaultZone = zone;
    for (const CalendarItem &item : result.file->items()) {
        auto converted = convertItem(item, options);
        if (converted) {
            result.warnings += converted->warnings;
            result.items.append(std::move(*converted));
        } else {
            result.errors.append(converted.error().message);
        }
    }
    return result;
}

FileResult convertSample(const QString &relative, const QByteArray &zone = "UTC")
{
    QFile f(test::testDataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return convertData(f.readAll(), QFileInfo(relative).fileName(), zone);
}

template <typename T>
T named(const Message &m, const PropertyName &name, quint16 type)
{
    const PropValue *v = namedValue(m, name, type);
    const T *value = v ? std::get_if<T>(v) : nullptr;
    return value ? *value : T{};
}

qint64 ft(const char *isoUtc)
{
    return unixToFileTime(QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toSecsSinceEpoch());
}

QString iso(qint64 fileTime)
{
    return QDateTime::fromSecsSinceEpoch(fileTimeToUnix(fileTime), Qt::UTC).toString(Qt::ISODate);
}

QString startOf(const Message &m) { return iso(named<qint64>(m, appointmentLid(names::AppointmentStartWhole), PT_SYSTIME)); }
QString endOf(const Message &m) { return iso(named<qint64>(m, appointmentLid(names::AppointmentEndWhole), PT_SYSTIME)); }

std::optional<RecurrencePattern> patternOf(const Message &m)
{
    return decodeRecurrence(named<QByteArray>(m, appointmentLid(names::AppointmentRecur), PT_BINARY));
}

QDate dateFromMinutes(quint32 minutes) { return QDate(1601, 1, 1).addDays(minutes / 1440); }

const Message *bySubject(const FileResult &r, const QString &subject)
{
    for (const ConvertedItem &item : r.items) {
        if (item.message.properties.string(PR_SUBJECT) == subject)
            return &item.message;
    }
    return nullptr;
}

QByteArray wrapCalendar(const QByteArray &body)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body + "END:VCALENDAR\r\n";
}

QByteArray makeEvent(const QByteArray &uid, const QByteArray &lines)
{
    return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nSUMMARY:" + uid + "\r\n" + lines + "END:VEVENT\r\n";
}

} // namespace

class TestIcsConversion final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everySampleConvertsOrReports_data();
    void everySampleConvertsOrReports();
    void exchangeMonthlyMeetingRequest();
    void zimbraSeriesWithExdatesAndOverride();
    void looseInstancesBecomeAppointments();
    void googleOverridesWithoutMaster();
    void tasksFromRfc5545();
    void allDayYearlyBirthdays();
    void alarmFromThunderbird();
    void htmlDescriptionAndReminder();
    void windowsZoneNameWithoutVtimezone();
    void recurrenceRules_data();
    void recurrenceRules();
    void rulesComeBackFromTheBlob_data();
    void rulesComeBackFromTheBlob();
    void unsupportedRuleKeepsSingleEvent();
    void brokenSamplesDoNotCrash_data();
    void brokenSamplesDoNotCrash();
    void oneBadEventAmongGoodOnes();
    void notCalendarData();
    void mutatedSamplesDoNotCrash();
};

void TestIcsConversion::everySampleConvertsOrReports_data()
{
    MIG_REQUIRE_TESTDATA();
    QTest::addColumn<QString>("file");
    const QStringList files = test::testDataFiles(QStringLiteral("ics"), {QStringLiteral("*.ics")});
    QVERIFY(files.size() >= 14);
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << QStringLiteral("ics/") + QFileInfo(f).fileName();
}

void TestIcsConversion::everySampleConvertsOrReports()
{
    QFETCH(QString, file);
    const FileResult r = convertSample(file);
    QVERIFY2(r.file, qPrintable(r.errors.join(QLatin1Char('\n'))));
    QVERIFY(!r.file->items().isEmpty());
    QCOMPARE(r.items.size() + r.errors.size(), r.file->items().size());
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n')))); // valid samples: nothing fails
    for (const ConvertedItem &item : r.items) {
        const QString cls = item.message.properties.string(PR_MESSAGE_CLASS).value_or(QString());
        QVERIFY2(cls.startsWith(QLatin1String("IPM.")), qPrintable(cls));
        if (cls == QLatin1String("IPM.Task") || cls == QLatin1String("IPM.Activity"))
            continue;
        const qint64 start = named<qint64>(item.message, appointmentLid(names::AppointmentStartWhole), PT_SYSTIME);
        const qint64 end = named<qint64>(item.message, appointmentLid(names::AppointmentEndWhole), PT_SYSTIME);
        QVERIFY(start > ft("1900-01-01T00:00:00Z"));
        QVERIFY(end >= start);
        if (named<bool>(item.message, appointmentLid(names::Recurring), PT_BOOLEAN)) {
            const auto pattern = patternOf(item.message);
            QVERIFY(pattern);
            QCOMPARE(qsizetype(item.message.attachments.size()), pattern->exceptions.size());
            QVERIFY(pattern->period > 0);
            QVERIFY(pattern->startDate <= pattern->endDate);
            // The series starts on the master's local date: at most a day from its UTC start.
            const QDate utcDate = QDateTime::fromSecsSinceEpoch(fileTimeToUnix(start), Qt::UTC).date();
            QVERIFY(qAbs(dateFromMinutes(pattern->startDate).daysTo(utcDate)) <= 1);
        }
    }
    for (const QString &w : r.warnings)
        QVERIFY2(w.contains(QFileInfo(file).fileName()), qPrintable(w)); // every warning names its file
}

// gromox's own regression input: Exchange 2010 METHOD:REQUEST, monthly on the 2nd Monday, 6 times,
// "W. Europe Standard Time" defined by a VTIMEZONE.
void TestIcsConversion::exchangeMonthlyMeetingRequest()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("ics/gromox_gxl-475.ics"));
    QCOMPARE(r.items.size(), 1);
    const Message &m = r.items[0].message;
    QCOMPARE(m.properties.string(PR_MESSAGE_CLASS), QStringLiteral("IPM.Schedule.Meeting.Request"));
    QCOMPARE(m.properties.string(PR_SUBJECT), QStringLiteral("AK FNH JF"));
    QCOMPARE(startOf(m), QStringLiteral("2024-01-08T12:00:00Z")); // 13:00 CET
    QCOMPARE(endOf(m), QStringLiteral("2024-01-08T14:00:00Z"));
    QCOMPARE(named<qint32>(m, appointmentLid(names::AppointmentDuration), PT_LONG), 120);
    QCOMPARE(named<QString>(m, appointmentLid(names::Location), PT_UNICODE), QStringLiteral("Meeting Service"));
    QCOMPARE(named<qint32>(m, appointmentLid(names::BusyStatus), PT_LONG), 1);         // TENTATIVE
    QCOMPARE(named<qint32>(m, appointmentLid(names::IntendedBusyStatus), PT_LONG), 2); // BUSY
    QCOMPARE(m.properties.int32(names::PR_OWNER_APPT_ID), 1613481959);
    QCOMPARE(named<QByteArray>(m, meetingLid(names::GlobalObjectId), PT_BINARY).toHex().toUpper(),
             QByteArray("040000008200E00074C5B7101A82E0080000000000628DD5412CDA01000000000000000010000000364A1A3FF3EE02"
                        "4AAF97479096254D81"));
    QCOMPARE(m.recipients.size(), 2); // organizer row + one attendee
    QCOMPARE(m.recipients[1].string(PR_SMTP_ADDRESS), QStringLiteral("pexip_meeting_service@localhost"));
    QCOMPARE(m.recipients[0].int32(names::PR_RECIPIENT_FLAGS), 3); // sendable | organizer
    QCOMPARE(m.properties.string(PR_SENT_REPRESENTING_EMAIL_ADDRESS), QStringLiteral("organizer@localhost"));

    const auto p = patternOf(m);
    QVERIFY(p);
    QCOMPARE(p->frequency, RecurFrequency::Monthly);
    QCOMPARE(p->patternType, PatternType::MonthNth);
    QCOMPARE(p->period, 1u);
    QCOMPARE(p->dayMask, dayBit(1)); // Monday
    QCOMPARE(p->nthWeek, 2u);
    QCOMPARE(p->endType, EndType::AfterCount);
    QCOMPARE(p->occurrenceCount, 6u);
    QCOMPARE(dateFromMinutes(p->startDate), QDate(2024, 1, 8));
    QCOMPARE(dateFromMinutes(p->endDate), QDate(2024, 6, 10)); // 2nd Monday of June
    QCOMPARE(p->startTimeOffset, 13u * 60);
    QCOMPARE(p->endTimeOffset, 15u * 60);
    QCOMPARE(named<qint32>(m, appointmentLid(names::RecurrenceType), PT_LONG), 3);

    const ZoneRule zone = decodeTimeZoneStruct(named<QByteArray>(m, appointmentLid(names::TimeZoneStruct), PT_BINARY));
    QCOMPARE(zone.bias, -60);
    QCOMPARE(zone.daylightBias, -60);
    QCOMPARE(zone.standardDate.month, quint16(10));
    QCOMPARE(zone.standardDate.week, quint16(5));
    QCOMPARE(zone.standardDate.dayOfWeek, quint16(0));
    QCOMPARE(zone.standardDate.hour, quint16(3));
    QCOMPARE(zone.daylightDate.month, quint16(3));
    QCOMPARE(zone.daylightDate.week, quint16(5));
    QCOMPARE(zone.daylightDate.hour, quint16(2));
    QCOMPARE(named<QString>(m, appointmentLid(names::TimeZoneDescription), PT_UNICODE),
             QStringLiteral("W. Europe Standard Time"));
}

// Zimbra: first Tuesday of every month in America/Los_Angeles, three EXDATEs, an override moving
// the first instance to 15:00, RDATEs (not expressible: reported).
void TestIcsConversion::zimbraSeriesWithExdatesAndOverride()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("ics/icaljs_recur_instances.ics"));
    const Message *m = bySubject(r, QStringLiteral("Crazy Event Thingy!"));
    QVERIFY(m);
    QCOMPARE(startOf(*m), QStringLiteral("2012-10-02T17:00:00Z")); // 10:00 PDT
    QCOMPARE(endOf(*m), QStringLiteral("2012-10-02T17:30:00Z"));
    const auto p = patternOf(*m);
    QVERIFY(p);
    QCOMPARE(p->patternType, PatternType::MonthNth);
    QCOMPARE(p->dayMask, dayBit(2)); // Tuesday
    QCOMPARE(p->nthWeek, 1u);
    QCOMPARE(p->endType, EndType::Never);
    QCOMPARE(p->endDate, neverEndDate);
    QList<QDate> deleted;
    for (quint32 d : p->deletedInstanceDates)
        deleted.append(dateFromMinutes(d));
    // Three EXDATEs plus the original date of the moved instance.
    QCOMPARE(deleted, (QList<QDate>{QDate(2012, 10, 2), QDate(2012, 12, 4), QDate(2013, 2, 5), QDate(2013, 4, 2)}));
    QVERIFY(!p->exceptions.isEmpty());
    const RecurrenceException &moved = p->exceptions.first();
    QCOMPARE(moved.startDateTime, minutesSince1601(QDate(2012, 10, 2), 15, 0));
    QCOMPARE(moved.originalStartDate, minutesSince1601(QDate(2012, 10, 2), 10, 0));
    QCOMPARE(m->attachments.size(), p->exceptions.size());
    const Message &exception = *m->attachments.first().embedded;
    QCOMPARE(exception.properties.string(PR_BODY), QStringLiteral("I HAZ CHANGED!"));
    QCOMPARE(iso(named<qint64>(exception, appointmentLid(names::AppointmentStartWhole), PT_SYSTIME)),
             QStringLiteral("2012-10-02T22:00:00Z"));
    QCOMPARE(iso(named<qint64>(exception, appointmentLid(names::ExceptionReplaceTime), PT_SYSTIME)),
             QStringLiteral("2012-10-02T17:00:00Z"));
    QCOMPARE(m->attachments.first().properties.int32(names::PR_ATTACHMENT_FLAGS), 2);
    QCOMPARE(m->recipients.size(), 4); // organizer + 3 attendees
    QCOMPARE(named<qint32>(*m, commonLid(names::ReminderDelta), PT_LONG), 5);
    // The RDATEs (an Outlook series has no extra instances) are appointments of their own, and
    // the override of the RDATE of 5 November 2012 takes that one's place.
    QStringList extra;
    for (const ConvertedItem &item : r.items) {
        if (item.message.properties.string(PR_SUBJECT) == QStringLiteral("Crazy Event Thingy!") && &item.message != m)
            extra.append(startOf(item.message) + QLatin1Char('/') + endOf(item.message));
    }
    extra.sort();
    QCOMPARE(extra, (QStringList{QStringLiteral("2012-11-07T04:00:00Z/2012-11-07T04:30:00Z"), // the override
                                 QStringLiteral("2012-11-10T18:00:00Z/2012-11-10T18:30:00Z"),
                                 QStringLiteral("2012-11-30T18:00:00Z/2012-11-30T18:30:00Z"),
                                 QStringLiteral("2023-11-23T09:00:00Z/2023-11-23T09:30:00Z"),
                                 QStringLiteral("2023-11-25T09:00:00Z/2023-11-25T12:30:00Z")})); // a PERIOD
    QCOMPARE(r.warnings.filter(QLatin1String("RDATE")).size(), 5);
    QVERIFY(r.warnings.filter(QLatin1String("matches no instance")).isEmpty());
}

// RDATE without RRULE and overrides of an event without RRULE (gromox-ical2mt rejects the
// latter): every instance becomes an appointment, nothing is lost, each split is a warning.
void TestIcsConversion::looseInstancesBecomeAppointments()
{
    const QByteArray data = wrapCalendar(
        // DTSTART plus two RDATEs (one also an EXDATE, so it is no instance) and one at DTSTART.
        "BEGIN:VEVENT\r\nUID:dates\r\nSUMMARY:Dates\r\nDTSTART;TZID=Europe/Berlin:20240301T100000\r\n"
        "DTEND;TZID=Europe/Berlin:20240301T113000\r\nRDATE;TZID=Europe/Berlin:20240301T100000,20240308T100000,"
        "20240315T100000\r\nEXDATE;TZID=Europe/Berlin:20240315T100000\r\nEND:VEVENT\r\n"
        // An event without RRULE, its only instance changed, and an override of another time.
        "BEGIN:VEVENT\r\nUID:single\r\nSUMMARY:Single\r\nDTSTART:20240401T080000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:single\r\nSUMMARY:Single moved\r\nRECURRENCE-ID:20240401T080000Z\r\n"
        "DTSTART:20240401T120000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:single\r\nSUMMARY:Single elsewhere\r\nRECURRENCE-ID:20240402T080000Z\r\n"
        "DTSTART:20240402T090000Z\r\nDURATION:PT2H\r\nEND:VEVENT\r\n");
    const FileResult r = convertData(data, QStringLiteral("loose.ics"));
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
    QStringList got;
    for (const ConvertedItem &item : r.items) {
        QVERIFY(!named<bool>(item.message, appointmentLid(names::Recurring), PT_BOOLEAN));
        got.append(item.message.properties.string(PR_SUBJECT).value_or(QString()) + QLatin1Char(' ')
                   + startOf(item.message) + QLatin1Char('/') + endOf(item.message));
    }
    QCOMPARE(got, (QStringList{QStringLiteral("Dates 2024-03-01T09:00:00Z/2024-03-01T10:30:00Z"),
                               QStringLiteral("Dates 2024-03-08T09:00:00Z/2024-03-08T10:30:00Z"),
                               QStringLiteral("Single moved 2024-04-01T12:00:00Z/2024-04-01T13:00:00Z"),
                               QStringLiteral("Single elsewhere 2024-04-02T09:00:00Z/2024-04-02T11:00:00Z")}));
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("loose.ics: component 1 (VEVENT \"Dates\"): the extra instance (RDATE) "
                                             "20240308T100000 (Europe/Berlin)")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("its override \"Single moved\" (RECURRENCE-ID) changes its only instance")),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(QLatin1String("its override \"Single elsewhere\" (RECURRENCE-ID) becomes a single")),
             qPrintable(warnings));
    QCOMPARE(r.warnings.size(), 3);
}

// Google: three RECURRENCE-ID components whose series is not in the file (ical2mt rejects the file).
void TestIcsConversion::googleOverridesWithoutMaster()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("ics/icaljs_google_birthday.ics"));
    QCOMPARE(r.file->items().size(), 4);
    QCOMPARE(r.items.size(), 4);
    QStringList starts;
    for (const ConvertedItem &item : r.items)
        starts.append(startOf(item.message));
    QVERIFY(starts.contains(QStringLiteral("2012-12-10T00:00:00Z")));
    QVERIFY(starts.contains(QStringLiteral("2013-12-10T00:00:00Z")));
    QVERIFY(starts.contains(QStringLiteral("2014-12-10T00:00:00Z")));
    for (const ConvertedItem &item : r.items)
        QVERIFY(named<bool>(item.message, appointmentLid(names::AppointmentSubType), PT_BOOLEAN)); // all-day
    QCOMPARE(r.warnings.filter(QLatin1String("not in the file")).size(), 3);
}

void TestIcsConversion::tasksFromRfc5545()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("ics/ical4j_rfc5545-sec3.6.2.ics"));
    QCOMPARE(r.items.size(), 2);
    const Message &tax = r.items[0].message;
    QCOMPARE(tax.properties.string(PR_MESSAGE_CLASS), QStringLiteral("IPM.Task"));
    QCOMPARE(tax.properties.string(PR_SUBJECT), QStringLiteral("Submit Quebec Income Tax Return for 2006"));
    QCOMPARE(tax.properties.int32(PR_SENSITIVITY), 3); // CONFIDENTIAL
    QCOMPARE(iso(named<qint64>(tax, taskLid(names::TaskDueDate), PT_SYSTIME)), QStringLiteral("2007-05-01T00:00:00Z"));
    QCOMPARE(named<QStringList>(tax, keywordsName(), PT_MV_UNICODE), (QStringList{"FAMILY", "FINANCE"}));
    QCOMPARE(named<qint32>(tax, taskLid(names::TaskStatus), PT_LONG), 0);
    const Message &draft = r.items[1].message;
    QCOMPARE(iso(named<qint64>(draft, taskLid(names::TaskStartDate), PT_SYSTIME)), QStringLiteral("2007-05-14T11:00:00Z"));
    QCOMPARE(iso(named<qint64>(draft, taskLid(names::TaskDueDate), PT_SYSTIME)), QStringLiteral("2007-07-09T13:00:00Z"));
    QCOMPARE(iso(named<qint64>(draft, taskLid(names::TaskDateCompleted), PT_SYSTIME)),
             QStringLiteral("2007-07-07T10:00:00Z"));
    QCOMPARE(draft.properties.int32(PR_IMPORTANCE), 2); // PRIORITY:1
}

// 1321 yearly all-day events; floating dates land at midnight of the chosen zone.
void TestIcsConversion::allDayYearlyBirthdays()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("ics/ical4j_mathBirthdays.ics"), "Europe/Berlin");
    QCOMPARE(r.items.size(), 1321);
    const QTimeZone berlin("Europe/Berlin");
    int yearly = 0;
    for (const ConvertedItem &item : r.items) {
        const auto p = patternOf(item.message);
        if (!p || p->frequency != RecurFrequency::Yearly)
            continue;
        ++yearly;
        QCOMPARE(p->period, 12u);
        QVERIFY(named<bool>(item.message, appointmentLid(names::AppointmentSubType), PT_BOOLEAN));
        const QDateTime start = QDateTime::fromSecsSinceEpoch(
            fileTimeToUnix(named<qint64>(item.message, appointmentLid(names::AppointmentStartWhole), PT_SYSTIME)),
            berlin);
        QCOMPARE(start.time(), QTime(0, 0));
        QCOMPARE(quint32(start.date().day()), p->patternType == PatternType::Month ? p->dayOfMonth : quint32(start.date().day()));
    }
    QCOMPARE(yearly, 1321);
}

void TestIcsConversion::alarmFromThunderbird()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("ics/icalendar_alarm_thunderbird_future.ics"));
    QCOMPARE(r.items.size(), 1);
    const Message &m = r.items[0].message;
    QCOMPARE(startOf(m), QStringLiteral("2024-10-23T14:00:00Z")); // 15:00 BST
    QVERIFY(named<bool>(m, commonLid(names::ReminderSet), PT_BOOLEAN));
    QCOMPARE(named<qint32>(m, commonLid(names::ReminderDelta), PT_LONG), 15);
    QCOMPARE(iso(named<qint64>(m, commonLid(names::ReminderSignalTime), PT_SYSTIME)), QStringLiteral("2024-10-23T13:45:00Z"));
}

void TestIcsConversion::htmlDescriptionAndReminder()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult r = convertSample(QStringLiteral("ics/ical4j_Session6.ics"));
    QCOMPARE(r.items.size(), 1);
    const Message &m = r.items[0].message;
    QCOMPARE(startOf(m), QStringLiteral("2007-03-14T17:00:00Z"));
    QCOMPARE(endOf(m), QStringLiteral("2007-03-14T18:00:00Z"));
    QVERIFY(m.properties.binary(PR_HTML).value_or(QByteArray()).contains("<!DOCTYPE HTML"));
    QCOMPARE(m.properties.int32(PR_INTERNET_CPID), 65001);
    QCOMPARE(named<qint32>(m, commonLid(names::ReminderDelta), PT_LONG), 15);
}

// Outlook's own zone names: one with a VTIMEZONE of that name, one (below) without any.
void TestIcsConversion::windowsZoneNameWithoutVtimezone()
{
    MIG_REQUIRE_TESTDATA();
    const FileResult sydney = convertSample(QStringLiteral("ics/vobject_ms_tzid.ics"));
    QCOMPARE(sydney.items.size(), 1);
    QCOMPARE(startOf(sydney.items[0].message), QStringLiteral("2008-05-30T05:00:00Z")); // 15:00 AEST
    const FileResult kl = convertSample(QStringLiteral("ics/ical4j_2207678.ics"));
    QCOMPARE(kl.items.size(), 1);
    QCOMPARE(startOf(kl.items[0].message), QStringLiteral("2008-10-31T01:30:00Z")); // 09:30 +08
    const auto p = patternOf(kl.items[0].message);
    QVERIFY(p);
    QCOMPARE(p->frequency, RecurFrequency::Weekly);
    QCOMPARE(p->dayMask, dayBit(5)); // Friday

    const FileResult undeclared = convertData(
        wrapCalendar(makeEvent("w1", "DTSTART;TZID=W. Europe Standard Time:20240708T090000\r\n"
                             "DTEND;TZID=W. Europe Standard Time:20240708T100000\r\n")),
        QStringLiteral("windows.ics"));
    QCOMPARE(undeclared.items.size(), 1);
    QCOMPARE(startOf(undeclared.items[0].message), QStringLiteral("2024-07-08T07:00:00Z")); // CEST
    QVERIFY(undeclared.warnings.isEmpty());
}

void TestIcsConversion::recurrenceRules_data()
{
    QTest::addColumn<QByteArray>("dtstart"); // Europe/Berlin wall-clock time
    QTest::addColumn<QByteArray>("rrule");
    QTest::addColumn<RecurFrequency>("frequency");
    QTest::addColumn<PatternType>("type");
    QTest::addColumn<quint32>("period");
    QTest::addColumn<quint32>("mask");     // dayMask (Week, MonthNth) or dayOfMonth (Month)
    QTest::addColumn<quint32>("nth");
    QTest::addColumn<EndType>("end");
    QTest::addColumn<quint32>("count");
    QTest::addColumn<QDate>("lastDate");    // invalid: no end
    QTest::addColumn<quint32>("firstDow");
    const QByteArray wed = "20240110T090000"; // a Wednesday, the 2nd of January 2024
    const QByteArray lastWed = "20240131T090000";
    using F = RecurFrequency;
    using P = PatternType;
    using E = EndType;
    QTest::newRow("daily count") << wed << QByteArray("FREQ=DAILY;COUNT=5") << F::Daily << P::Day << 1440u << 0u << 0u
                                 << E::AfterCount << 5u << QDate(2024, 1, 14) << 1u;
    QTest::newRow("every 3 days until") << wed << QByteArray("FREQ=DAILY;INTERVAL=3;UNTIL=20240131T235959Z") << F::Daily
                                        << P::Day << 4320u << 0u << 0u << E::EndDate << 8u << QDate(2024, 1, 31) << 1u;
    QTest::newRow("daily endless") << wed << QByteArray("FREQ=DAILY") << F::Daily << P::Day << 1440u << 0u << 0u
                                   << E::Never << 10u << QDate() << 1u;
    QTest::newRow("every 7 days") << wed << QByteArray("FREQ=DAILY;INTERVAL=7;COUNT=2") << F::Daily << P::Day << 10080u
                                  << 0u << 0u << E::AfterCount << 2u << QDate(2024, 1, 17) << 1u;
    QTest::newRow("every weekday") << wed << QByteArray("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=10") << F::Weekly
                                   << P::Week << 1u << 0x3Eu << 0u << E::AfterCount << 10u << QDate(2024, 1, 23) << 1u;
    QTest::newRow("weekly count") << wed << QByteArray("FREQ=WEEKLY;COUNT=4") << F::Weekly << P::Week << 1u << 0x08u
                                  << 0u << E::AfterCount << 4u << QDate(2024, 1, 31) << 1u;
    QTest::newRow("biweekly mo we fr") << wed << QByteArray("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;COUNT=6") << F::Weekly
                                       << P::Week << 2u << 0x2Au << 0u << E::AfterCount << 6u << QDate(2024, 2, 5) << 1u;
    QTest::newRow("weekly until") << wed << QByteArray("FREQ=WEEKLY;UNTIL=20240228T235959Z") << F::Weekly << P::Week
                                  << 1u << 0x08u << 0u << E::EndDate << 8u << QDate(2024, 2, 28) << 1u;
    QTest::newRow("weekly tu th endless") << QByteArray("20240111T090000") << QByteArray("FREQ=WEEKLY;BYDAY=TU,TH")
                                          << F::Weekly << P::Week << 1u << 0x14u << 0u << E::Never << 10u << QDate() << 1u;
    QTest::newRow("weekly week starts sunday") << wed << QByteArray("FREQ=WEEKLY;WKST=SU;BYDAY=SU,WE;COUNT=3") << F::Weekly
                                               << P::Week << 1u << 0x09u << 0u << E::AfterCount << 3u
                                               << QDate(2024, 1, 17) << 0u;
    QTest::newRow("monthly count") << wed << QByteArray("FREQ=MONTHLY;COUNT=3") << F::Monthly << P::Month << 1u << 10u
                                   << 0u << E::AfterCount << 3u << QDate(2024, 3, 10) << 1u;
    QTest::newRow("every 2 months on the 10th") << wed << QByteArray("FREQ=MONTHLY;BYMONTHDAY=10;INTERVAL=2;COUNT=3")
                                                << F::Monthly << P::Month << 2u << 10u << 0u << E::AfterCount << 3u
                                                << QDate(2024, 5, 10) << 1u;
    QTest::newRow("monthly 2nd wednesday") << wed << QByteArray("FREQ=MONTHLY;BYDAY=2WE;COUNT=4") << F::Monthly
                                           << P::MonthNth << 1u << 0x08u << 2u << E::AfterCount << 4u
                                           << QDate(2024, 4, 10) << 1u;
    QTest::newRow("monthly setpos until") << wed << QByteArray("FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2;UNTIL=20240601T000000Z")
                                          << F::Monthly << P::MonthNth << 1u << 0x08u << 2u << E::EndDate << 5u
                                          << QDate(2024, 5, 8) << 1u;
    QTest::newRow("monthly last wednesday") << lastWed << QByteArray("FREQ=MONTHLY;BYDAY=-1WE;COUNT=3") << F::Monthly
                                            << P::MonthNth << 1u << 0x08u << 5u << E::AfterCount << 3u
                                            << QDate(2024, 3, 27) << 1u;
    QTest::newRow("monthly last day") << lastWed << QByteArray("FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3") << F::Monthly
                                      << P::MonthNth << 1u << 0x7Fu << 5u << E::AfterCount << 3u << QDate(2024, 3, 31) << 1u;
    QTest::newRow("monthly endless") << wed << QByteArray("FREQ=MONTHLY") << F::Monthly << P::Month << 1u << 10u << 0u
                                     << E::Never << 10u << QDate() << 1u;
    QTest::newRow("yearly count") << wed << QByteArray("FREQ=YEARLY;COUNT=3") << F::Yearly << P::Month << 12u << 10u << 0u
                                  << E::AfterCount << 3u << QDate(2026, 1, 10) << 1u;
    QTest::newRow("yearly until") << wed << QByteArray("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10;UNTIL=20300101T000000Z")
                                  << F::Yearly << P::Month << 12u << 10u << 0u << E::EndDate << 6u << QDate(2029, 1, 10) << 1u;
    QTest::newRow("every 2 years") << wed << QByteArray("FREQ=YEARLY;INTERVAL=2;COUNT=2") << F::Yearly << P::Month << 24u
                                   << 10u << 0u << E::AfterCount << 2u << QDate(2026, 1, 10) << 1u;
    QTest::newRow("yearly 2nd wednesday of january") << wed << QByteArray("FREQ=YEARLY;BYMONTH=1;BYDAY=2WE;COUNT=2")
                                                     << F::Yearly << P::MonthNth << 12u << 0x08u << 2u << E::AfterCount
                                                     << 2u << QDate(2025, 1, 8) << 1u;
    QTest::newRow("yearly last wednesday endless") << lastWed << QByteArray("FREQ=YEARLY;BYMONTH=1;BYDAY=-1WE") << F::Yearly
                                                   << P::MonthNth << 12u << 0x08u << 5u << E::Never << 10u << QDate() << 1u;
}

// Each rule goes through the whole converter; the blob is decoded with our reader and must
// encode back to the same bytes.
void TestIcsConversion::recurrenceRules()
{
    QFETCH(QByteArray, dtstart);
    QFETCH(QByteArray, rrule);
    QFETCH(RecurFrequency, frequency);
    QFETCH(PatternType, type);
    QFETCH(quint32, period);
    QFETCH(quint32, mask);
    QFETCH(quint32, nth);
    QFETCH(EndType, end);
    QFETCH(quint32, count);
    QFETCH(QDate, lastDate);
    QFETCH(quint32, firstDow);
    const FileResult r = convertData(wrapCalendar(makeEvent("rule", "DTSTART;TZID=Europe/Berlin:" + dtstart + "\r\nDURATION:PT1H\r\n"
                                                            "RRULE:" + rrule + "\r\n")),
                                     QStringLiteral("rule.ics"));
    QCOMPARE(r.items.size(), 1);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
    const Message &m = r.items[0].message;
    QVERIFY(named<bool>(m, appointmentLid(names::Recurring), PT_BOOLEAN));
    const QByteArray blob = named<QByteArray>(m, appointmentLid(names::AppointmentRecur), PT_BINARY);
    const auto p = decodeRecurrence(blob);
    QVERIFY(p);
    QCOMPARE(encodeRecurrence(*p), blob);
    QCOMPARE(p->frequency, frequency);
    QCOMPARE(p->patternType, type);
    QCOMPARE(p->period, period);
    QCOMPARE(type == PatternType::Month ? p->dayOfMonth : p->dayMask, type == PatternType::Day ? 0u : mask);
    QCOMPARE(p->nthWeek, nth);
    QCOMPARE(p->endType, end);
    QCOMPARE(p->occurrenceCount, count);
    QCOMPARE(p->firstDayOfWeek, firstDow);
    const QDate first = QDate::fromString(QString::fromLatin1(dtstart.left(8)), QStringLiteral("yyyyMMdd"));
    QCOMPARE(dateFromMinutes(p->startDate), first);
    QCOMPARE(p->endDate, lastDate.isValid() ? minutesSince1601(lastDate) : neverEndDate);
    QCOMPARE(p->startTimeOffset, 540u);
    QCOMPARE(p->endTimeOffset, 600u);
}

void TestIcsConversion::rulesComeBackFromTheBlob_data()
{
    QTest::addColumn<QByteArray>("dtstart"); // Europe/Berlin wall-clock time, one hour long
    QTest::addColumn<QByteArray>("rrule");
    QTest::addColumn<QByteArray>("back");     // rruleFromPattern() of the decoded blob
    QTest::addColumn<QByteArray>("exdate");   // local dates, comma-separated; empty: none
    QTest::addColumn<QByteArray>("moved");    // "<original date>/<new local start>": one override
    const QByteArray wed = "20240110T090000";
    const QByteArray lastWed = "20240131T090000";
    const QByteArray weekdays = "MO,TU,WE,TH,FR";
    auto row = [](const char *name, const QByteArray &start, const QByteArray &rule, const QByteArray &back,
                  const QByteArray &exdate = {}, const QByteArray &moved = {}) {
        QTest::newRow(name) << start << rule << back << exdate << moved;
    };
    row("daily count", wed, "FREQ=DAILY;COUNT=5", "FREQ=DAILY;COUNT=5", "20240112");
    row("every 3 days until", wed, "FREQ=DAILY;INTERVAL=3;UNTIL=20240131T235959Z", "FREQ=DAILY;INTERVAL=3;UNTIL=20240131",
        {}, "20240116/20240116T140000");
    row("daily endless", wed, "FREQ=DAILY", "FREQ=DAILY", "20240111,20240113");
    row("every weekday count", wed, "FREQ=DAILY;BYDAY=" + weekdays + ";COUNT=10",
        "FREQ=WEEKLY;BYDAY=" + weekdays + ";COUNT=10", "20240111", "20240115/20240115T100000");
    row("every weekday until", wed, "FREQ=WEEKLY;BYDAY=" + weekdays + ";UNTIL=20240119T235959Z",
        "FREQ=WEEKLY;BYDAY=" + weekdays + ";UNTIL=20240119", "20240115");
    row("every weekday endless week from sunday", wed, "FREQ=DAILY;BYDAY=" + weekdays + ";WKST=SU",
        "FREQ=WEEKLY;BYDAY=" + weekdays + ";WKST=SU", {}, "20240111/20240111T150000");
    row("weekly count", wed, "FREQ=WEEKLY;COUNT=4", "FREQ=WEEKLY;BYDAY=WE;COUNT=4");
    row("biweekly mo we fr count", wed, "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;COUNT=6",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;COUNT=6", "20240112", "20240122/20240123T090000");
    row("weekly until", wed, "FREQ=WEEKLY;UNTIL=20240228T235959Z", "FREQ=WEEKLY;BYDAY=WE;UNTIL=20240228", "20240207");
    row("weekly tu th endless", "20240111T090000", "FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=WEEKLY;BYDAY=TU,TH", "20240116");
    row("weekly week starts sunday", wed, "FREQ=WEEKLY;WKST=SU;BYDAY=SU,WE;COUNT=3", "FREQ=WEEKLY;BYDAY=WE,SU;COUNT=3;WKST=SU");
    row("monthly count", wed, "FREQ=MONTHLY;COUNT=3", "FREQ=MONTHLY;BYMONTHDAY=10;COUNT=3", {},
        "20240210/20240211T090000");
    row("every 2 months until", wed, "FREQ=MONTHLY;BYMONTHDAY=10;INTERVAL=2;UNTIL=20240701T000000Z",
        "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=10;UNTIL=20240510", "20240310");
    row("monthly endless", wed, "FREQ=MONTHLY", "FREQ=MONTHLY;BYMONTHDAY=10", "20240310");
    row("monthly 2nd wednesday count", wed, "FREQ=MONTHLY;BYDAY=2WE;COUNT=4", "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2;COUNT=4",
        "20240214");
    row("monthly setpos until", wed, "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2;UNTIL=20240601T000000Z",
        "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2;UNTIL=20240508", {}, "20240313/20240313T180000");
    row("monthly last wednesday count", lastWed, "FREQ=MONTHLY;BYDAY=-1WE;COUNT=3",
        "FREQ=MONTHLY;BYDAY=WE;BYSETPOS=-1;COUNT=3", {}, "20240228/20240229T090000");
    row("monthly last day count", lastWed, "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3", "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=3",
        "20240229");
    row("monthly first monday endless", "20240101T090000", "FREQ=MONTHLY;BYDAY=1MO",
        "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1", "20240205");
    row("yearly count", wed, "FREQ=YEARLY;COUNT=3", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10;COUNT=3", "20250110");
    row("yearly until", wed, "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10;UNTIL=20300101T000000Z",
        "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10;UNTIL=20290110", {}, "20260110/20260112T090000");
    row("every 2 years endless", wed, "FREQ=YEARLY;INTERVAL=2", "FREQ=YEARLY;INTERVAL=2;BYMONTH=1;BYMONTHDAY=10",
        "20260110");
    row("yearly 2nd wednesday count", wed, "FREQ=YEARLY;BYMONTH=1;BYDAY=2WE;COUNT=2",
        "FREQ=YEARLY;BYMONTH=1;BYDAY=WE;BYSETPOS=2;COUNT=2", {}, "20250108/20250108T130000");
    row("yearly last wednesday endless", lastWed, "FREQ=YEARLY;BYMONTH=1;BYDAY=-1WE",
        "FREQ=YEARLY;BYMONTH=1;BYDAY=WE;BYSETPOS=-1", "20250129");
    row("yearly last wednesday until", lastWed, "FREQ=YEARLY;BYMONTH=1;BYDAY=-1WE;UNTIL=20270201T000000Z",
        "FREQ=YEARLY;BYMONTH=1;BYDAY=WE;BYSETPOS=-1;UNTIL=20270127", "20260128");
}

// RRULE with EXDATEs and an override → blob → our reader → the same rule (in the normalised
// form rruleFromPattern writes), the same deleted dates and the same changed instance.
void TestIcsConversion::rulesComeBackFromTheBlob()
{
    QFETCH(QByteArray, dtstart);
    QFETCH(QByteArray, rrule);
    QFETCH(QByteArray, back);
    QFETCH(QByteArray, exdate);
    QFETCH(QByteArray, moved);
    const QTime time = QTime::fromString(QString::fromLatin1(dtstart.mid(9)), QStringLiteral("HHmmss"));
    QByteArray lines = "DTSTART;TZID=Europe/Berlin:" + dtstart + "\r\nDURATION:PT1H\r\nRRULE:" + rrule + "\r\n";
    QList<QDate> expectedDeleted;
    for (const QByteArray &d : exdate.split(',')) {
        if (d.isEmpty())
            continue;
        lines += "EXDATE;TZID=Europe/Berlin:" + d + "T" + dtstart.mid(9) + "\r\n";
        expectedDeleted.append(QDate::fromString(QString::fromLatin1(d), QStringLiteral("yyyyMMdd")));
    }
    QByteArray body = makeEvent("rule", lines);
    QDate original;
    QDateTime newStart;
    if (!moved.isEmpty()) {
        const QList<QByteArray> parts = moved.split('/');
        original = QDate::fromString(QString::fromLatin1(parts[0]), QStringLiteral("yyyyMMdd"));
        newStart = QDateTime::fromString(QString::fromLatin1(parts[1]), QStringLiteral("yyyyMMdd'T'HHmmss"));
        expectedDeleted.append(original);
        body += "BEGIN:VEVENT\r\nUID:rule\r\nSUMMARY:Moved\r\nRECURRENCE-ID;TZID=Europe/Berlin:" + parts[0] + "T"
            + dtstart.mid(9) + "\r\nDTSTART;TZID=Europe/Berlin:" + parts[1] + "\r\nDURATION:PT1H\r\nEND:VEVENT\r\n";
    }
    std::sort(expectedDeleted.begin(), expectedDeleted.end());
    const FileResult r = convertData(wrapCalendar(body), QStringLiteral("rule.ics"));
    QCOMPARE(r.items.size(), 1);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
    const auto p = patternOf(r.items[0].message);
    QVERIFY(p);
    QCOMPARE(rruleFromPattern(*p), back);
    QCOMPARE(deletedDates(*p), expectedDeleted);
    QCOMPARE(localDateTimeOf(p->startDate + p->startTimeOffset).time(), time);
    QCOMPARE(p->endTimeOffset - p->startTimeOffset, 60u);
    if (moved.isEmpty()) {
        QVERIFY(p->exceptions.isEmpty());
        QVERIFY(p->modifiedInstanceDates.isEmpty());
        return;
    }
    QCOMPARE(p->exceptions.size(), 1);
    const RecurrenceException &e = p->exceptions.first();
    QCOMPARE(localDateTimeOf(e.originalStartDate), QDateTime(original, time));
    QCOMPARE(localDateTimeOf(e.startDateTime), newStart);
    QCOMPARE(localDateTimeOf(e.endDateTime), newStart.addSecs(3600));
    QCOMPARE(e.overrideFlags, quint16(ARO_SUBJECT));
    QCOMPARE(e.subject, QStringLiteral("Moved"));
    QCOMPARE(deletedDates(RecurrencePattern{.deletedInstanceDates = p->modifiedInstanceDates}),
             QList<QDate>{newStart.date()});
    QCOMPARE(r.items[0].message.attachments.size(), 1); // the exception's embedded message
}

void TestIcsConversion::unsupportedRuleKeepsSingleEvent()
{
    const QList<QByteArray> rules = {"FREQ=HOURLY;COUNT=3", "FREQ=MONTHLY;BYDAY=WE", "FREQ=YEARLY;BYMONTH=1,7",
                                     "FREQ=WEEKLY;BYHOUR=9,17"};
    for (const QByteArray &rule : rules) {
        const FileResult r = convertData(
            wrapCalendar(makeEvent("odd", "DTSTART:20240110T090000Z\r\nDTEND:20240110T100000Z\r\nRRULE:" + rule + "\r\n")),
            QStringLiteral("odd.ics"));
        QCOMPARE(r.items.size(), 1);
        QVERIFY(!named<bool>(r.items[0].message, appointmentLid(names::Recurring), PT_BOOLEAN));
        QCOMPARE(startOf(r.items[0].message), QStringLiteral("2024-01-10T09:00:00Z"));
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("odd.ics: component 1 (VEVENT \"odd\")")),
                 qPrintable(rule));
    }
}

void TestIcsConversion::brokenSamplesDoNotCrash_data()
{
    MIG_REQUIRE_TESTDATA();
    QTest::addColumn<QString>("file");
    const QStringList files = test::testDataFiles(QStringLiteral("broken"), {QStringLiteral("*.ics")});
    QVERIFY(files.size() >= 7);
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << QStringLiteral("broken/") + QFileInfo(f).fileName();
}

void TestIcsConversion::brokenSamplesDoNotCrash()
{
    QFETCH(QString, file);
    const FileResult r = convertSample(file);
    const QString name = QFileInfo(file).fileName();
    for (const QString &e : r.errors)
        QVERIFY2(e.startsWith(name + QLatin1String(": ")), qPrintable(e));
    if (!r.file) {
        QCOMPARE(r.errors.size(), 1); // the file as a whole is not iCalendar
        return;
    }
    QCOMPARE(r.items.size() + r.errors.size(), r.file->items().size());
    for (const QString &e : r.errors)
        QVERIFY2(e.contains(QLatin1String(": component ")), qPrintable(e));
    if (name == QLatin1String("icalendar_big_bad_calendar.ics")) {
        QCOMPARE(r.errors.size(), 20); // twenty empty VEVENTs, each reported
        QVERIFY(r.errors.first().contains(QLatin1String("DTSTART")));
    }
    if (name == QLatin1String("libical_large.ics"))
        QVERIFY(r.items.size() > 1000);
}

void TestIcsConversion::oneBadEventAmongGoodOnes()
{
    const QByteArray data = wrapCalendar(makeEvent("good1", "DTSTART:20240301T080000Z\r\nDTEND:20240301T090000Z\r\n")
                                     + makeEvent("backwards", "DTSTART:20240301T100000Z\r\nDTEND:20240301T090000Z\r\n")
                                     + makeEvent("nostart", "DTEND:20240301T090000Z\r\n")
                                     + makeEvent("baddate", "DTSTART:20241345T990000Z\r\n")
                                     + makeEvent("unknownzone", "DTSTART;TZID=Mars/Olympus:20240301T080000\r\n")
                                     + makeEvent("good2", "DTSTART;VALUE=DATE:20240302\r\n"));
    const FileResult r = convertData(data, QStringLiteral("mixed.ics"));
    QCOMPARE(r.file->items().size(), 6);
    QVERIFY2(r.errors.size() == 3, qPrintable(r.errors.join(QLatin1Char('\n')) + QLatin1Char('\n') + r.warnings.join(QLatin1Char('\n'))));
    QVERIFY(r.errors[0].startsWith(QLatin1String("mixed.ics: component 2 (VEVENT \"backwards\")")));
    QVERIFY(r.errors[1].startsWith(QLatin1String("mixed.ics: component 3 (VEVENT \"nostart\")")));
    QVERIFY(r.errors[2].startsWith(QLatin1String("mixed.ics: component 4 (VEVENT \"baddate\")")));
    QCOMPARE(r.items.size(), 3);
    QVERIFY(bySubject(r, QStringLiteral("good1")));
    QCOMPARE(startOf(*bySubject(r, QStringLiteral("unknownzone"))), QStringLiteral("2024-03-01T08:00:00Z"));
    QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("Mars/Olympus")));
    const Message *allDay = bySubject(r, QStringLiteral("good2"));
    QVERIFY(allDay);
    QCOMPARE(endOf(*allDay), QStringLiteral("2024-03-03T00:00:00Z"));
    QVERIFY(named<bool>(*allDay, appointmentLid(names::AppointmentSubType), PT_BOOLEAN));
}

void TestIcsConversion::notCalendarData()
{
    for (const QByteArray &data : {QByteArray(), QByteArray("hello world\n"), QByteArray("BEGIN:VCARD\r\nEND:VCARD\r\n"),
                                   QByteArray("\x00\x01\x02", 3)}) {
        auto file = IcsFile::parse(data, QStringLiteral("junk.ics"));
        QVERIFY(!file);
        QVERIFY(file.error().message.startsWith(QLatin1String("junk.ics: ")));
    }
}

// Cheap in-process fuzzing with a fixed seed: damaged copies of the small samples go through
// libical and the converter; every item converts or fails alone, nothing crashes.
void TestIcsConversion::mutatedSamplesDoNotCrash()
{
    MIG_REQUIRE_TESTDATA();
    QRandomGenerator random(16);
    for (const QString &path : test::testDataFiles(QStringLiteral("ics"), {QStringLiteral("*.ics")})) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        if (original.size() > 20000)
            continue; // the large calendars add time, not new shapes
        for (int round = 0; round < 30; ++round) {
            QByteArray data = original;
            for (int edit = 0; edit < 6 && !data.isEmpty(); ++edit) {
                const qsizetype at = random.bounded(int(data.size()));
                if (random.bounded(2) == 0)
                    data[at] = char(random.bounded(1, 256));
                else
                    data.insert(at, data.mid(at, random.bounded(40)));
            }
            const FileResult r = convertData(data, QStringLiteral("mutated.ics"));
            if (r.file)
                QCOMPARE(r.items.size() + r.errors.size(), r.file->items().size());
            else
                QCOMPARE(r.errors.size(), 1);
        }
    }
}

QTEST_GUILESS_MAIN(TestIcsConversion)
#include "TestIcsConversion.moc"
