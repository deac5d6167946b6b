// PidLidAppointmentRecur against the worked examples of MS-OXOCAL section 4.1.1 ("Recurrence
// BLOB Examples"), byte for byte. Each example is rebuilt as the iCalendar event it describes and
// sent through the whole converter (RRULE, EXDATE, RECURRENCE-ID → pattern → writer); the blob
// must equal the spec's bytes. The reader must decode the spec's bytes to the documented fields.
//
// The one choice the examples force on the input: they were written by a US Outlook whose week
// starts on Sunday (FirstDOW 0). RFC 5545's default WKST is Monday, and our converter follows
// WKST, so the events say WKST=SU.
#include "mapi/NamedValues.h"
#include "mapi/Tags.h"
#include "sources/calendar/CalendarConverter.h"
#include "sources/calendar/CalendarNames.h"
#include "sources/calendar/IcalTime.h"
#include "sources/calendar/RecurrenceBlob.h"

#include <QTest>

using namespace mig;
using namespace mig::calendar;
using namespace mig::mapi;

namespace {

// MS-OXOCAL 4.1.1.1: Monday, Thursday and Friday 10:00-10:30 from Monday 26 March 2007,
// 12 occurrences.
const char weeklyWithoutExceptions[]
    = "043004300B2001000000C0210000010000000000000032000000222000000C00000000000000000000000000000080"
      "20BC0C20ADBC0C0630000009300000580200007602000000000000000000000000";

// MS-OXOCAL 4.1.1.2: the same series; the instance of Monday 16 April 2007 moved to 11:00-11:30,
// with subject "Simple Recurrence with exceptions" and location "34/4141".
const char weeklyWithException[]
    = "043004300B2001000000C0210000010000000000000032000000222000000C0000000000000001000000A096BC0C01"
      "000000A096BC0C8020BC0C20ADBC0C0630000009300000580200007602000001003499BC0C5299BC0CF898BC0C1100"
      "2200210053696D706C6520526563757272656E6365207769746820657863657074696F6E730800070033342F343134"
      "31000000000400000000000000000000003499BC0C5299BC0CF898BC0C2100530069006D0070006C00650020005200"
      "6500630075007200720065006E006300650020007700690074006800200065007800630065007000740069006F006E"
      "0073000700330034002F0034003100340031000000000000000000";

// MS-OXOCAL 4.1.1.3: every three days 08:00-08:30 from 7 April 2011 until 4 May 2011, the
// instances of 19 and 22 April deleted.
const char dailyWithDeletions[]
    = "043004300A2000000000A0050000E010000000000000212000000A0000000000000002000000A0C1DC0C80D2DC0C00"
      "000000207EDC0C0016DD0C0630000009300000E0010000FE01000000000000000000000000";

// MS-OXOCAL 4.1.1.6: a yearly series in the Hebrew lunar calendar (CalendarType 8).
const char hebrewLunarYearly[]
    = "043004300D200200080080750A000C0000000000000003000000232000000A0000000000000001000000207EDC0C01"
      "000000207EDC0C6074C40CDF80E95A0630000009300000E0010000FE01000001000080DC0C1E80DC0C0080DC0C2402"
      "3C000000010000000000000004000000000000000000000000000000";

QByteArray bytes(const char *hex) { return QByteArray::fromHex(hex); }

QByteArray calendarWith(const QByteArray &lines)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
           "BEGIN:VEVENT\r\nUID:spec-example\r\n" + lines + "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

/// The blob the converter writes for the calendar's one event; empty when there is none.
QByteArray blobOf(const QByteArray &calendar, QStringList &warnings)
{
    auto file = IcsFile::parse(calendar, QStringLiteral("example.ics"));
    if (!file || (*file)->items().size() != 1)
        return {};
    auto converted = convertItem((*file)->items().first(), CalendarOptions{"UTC"});
    if (!converted)
        return {};
    warnings = converted->warnings;
    const PropValue *blob = namedValue(converted->message, appointmentLid(names::AppointmentRecur), PT_BINARY);
    return blob ? std::get<QByteArray>(*blob) : QByteArray();
}

/// Hex with a space every 4 bytes, so a failing comparison shows where the blobs part.
QByteArray spaced(const QByteArray &blob) { return blob.toHex(' ').toUpper(); }

} // namespace

class TestRecurrenceBlobExamples final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void weeklyWithoutExceptionsFromRrule()
    {
        QStringList warnings;
        const QByteArray blob = blobOf(calendarWith("SUMMARY:Simple Recurrence\r\nLOCATION:34/4639\r\n"
                                             "DTSTART;TZID=America/Los_Angeles:20070326T100000\r\n"
                                             "DTEND;TZID=America/Los_Angeles:20070326T103000\r\n"
                                             "RRULE:FREQ=WEEKLY;BYDAY=MO,TH,FR;COUNT=12;WKST=SU\r\n"),
                                       warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(spaced(blob), spaced(bytes(weeklyWithoutExceptions)));
    }

    void weeklyWithExceptionFromOverride()
    {
        QStringList warnings;
        const QByteArray blob = blobOf(calendarWith("SUMMARY:Simple Recurrence\r\nLOCATION:34/4639\r\n"
                                             "DTSTART;TZID=America/Los_Angeles:20070326T100000\r\n"
                                             "DTEND;TZID=America/Los_Angeles:20070326T103000\r\n"
                                             "RRULE:FREQ=WEEKLY;BYDAY=MO,TH,FR;COUNT=12;WKST=SU\r\n"
                                             "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:spec-example\r\n"
                                             "RECURRENCE-ID;TZID=America/Los_Angeles:20070416T100000\r\n"
                                             "SUMMARY:Simple Recurrence with exceptions\r\nLOCATION:34/4141\r\n"
                                             "DTSTART;TZID=America/Los_Angeles:20070416T110000\r\n"
                                             "DTEND;TZID=America/Los_Angeles:20070416T113000\r\n"),
                                       warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(spaced(blob), spaced(bytes(weeklyWithException)));
    }

    void dailyWithDeletionsFromExdates()
    {
        QStringList warnings;
        const QByteArray blob = blobOf(calendarWith("SUMMARY:Every three days\r\n"
                                             "DTSTART;TZID=America/Los_Angeles:20110407T080000\r\n"
                                             "DTEND;TZID=America/Los_Angeles:20110407T083000\r\n"
                                             "RRULE:FREQ=DAILY;INTERVAL=3;UNTIL=20110504T150000Z;WKST=SU\r\n"
                                             "EXDATE;TZID=America/Los_Angeles:20110419T080000,20110422T080000\r\n"),
                                       warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(spaced(blob), spaced(bytes(dailyWithDeletions)));
    }

    // The reader decodes the spec's own bytes to the values its tables document.
    void readerDecodesTheExamples()
    {
        const auto weekly = decodeRecurrence(bytes(weeklyWithException));
        QVERIFY(weekly);
        QCOMPARE(weekly->frequency, RecurFrequency::Weekly);
        QCOMPARE(weekly->patternType, PatternType::Week);
        QCOMPARE(weekly->firstDateTime, 8640u);
        QCOMPARE(weekly->period, 1u);
        QCOMPARE(weekly->dayMask, dayBit(1) | dayBit(4) | dayBit(5));
        QCOMPARE(weekly->endType, EndType::AfterCount);
        QCOMPARE(weekly->occurrenceCount, 12u);
        QCOMPARE(weekly->firstDayOfWeek, 0u);
        QCOMPARE(weekly->startDate, minutesSince1601(QDate(2007, 3, 26)));
        QCOMPARE(weekly->endDate, minutesSince1601(QDate(2007, 4, 20)));
        QCOMPARE(weekly->deletedInstanceDates, QList<quint32>{minutesSince1601(QDate(2007, 4, 16))});
        QCOMPARE(weekly->modifiedInstanceDates, QList<quint32>{minutesSince1601(QDate(2007, 4, 16))});
        QCOMPARE(weekly->startTimeOffset, 600u);
        QCOMPARE(weekly->endTimeOffset, 630u);
        QCOMPARE(weekly->exceptions.size(), 1);
        const RecurrenceException &e = weekly->exceptions.first();
        QCOMPARE(e.startDateTime, minutesSince1601(QDate(2007, 4, 16), 11, 0));
        QCOMPARE(e.endDateTime, minutesSince1601(QDate(2007, 4, 16), 11, 30));
        QCOMPARE(e.originalStartDate, minutesSince1601(QDate(2007, 4, 16), 10, 0));
        QCOMPARE(e.overrideFlags, quint16(ARO_SUBJECT | ARO_LOCATION));
        QCOMPARE(e.subject, QStringLiteral("Simple Recurrence with exceptions"));
        QCOMPARE(e.location, QStringLiteral("34/4141"));
        QCOMPARE(encodeRecurrence(*weekly), bytes(weeklyWithException));

        const auto daily = decodeRecurrence(bytes(dailyWithDeletions));
        QVERIFY(daily);
        QCOMPARE(daily->frequency, RecurFrequency::Daily);
        QCOMPARE(daily->period, 4320u);
        QCOMPARE(daily->firstDateTime, 1440u);
        QCOMPARE(daily->endType, EndType::EndDate);
        QCOMPARE(daily->occurrenceCount, 10u);
        QCOMPARE(daily->deletedInstanceDates,
                 (QList<quint32>{minutesSince1601(QDate(2011, 4, 19)), minutesSince1601(QDate(2011, 4, 22))}));
        QCOMPARE(daily->startDate, minutesSince1601(QDate(2011, 4, 7)));
        QCOMPARE(daily->endDate, minutesSince1601(QDate(2011, 5, 4)));
        QCOMPARE(encodeRecurrence(*daily), bytes(dailyWithDeletions));
    }

    // Our converter writes only Gregorian series; the reader refuses another calendar type
    // instead of misreading its lunar month numbers as Gregorian ones.
    void readerRefusesNonGregorianCalendars()
    {
        QVERIFY(!decodeRecurrence(bytes(hebrewLunarYearly)));
    }

    // Every cut of a spec blob is refused, never read past its end.
    void readerRefusesTruncatedBlobs()
    {
        const QByteArray full = bytes(weeklyWithException);
        for (qsizetype n = 0; n < full.size(); ++n)
            QVERIFY2(!decodeRecurrence(full.left(n)), qPrintable(QString::number(n)));
    }
};

QTEST_GUILESS_MAIN(TestRecurrenceBlobExamples)
#include "TestRecurrenceBlobExamples.moc"
