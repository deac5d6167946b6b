// Which shared samples (ics/, vcf/ and the .ics/.vcf in broken/) gromox's own converters would
// reject by their documented rules (gxmt-format.md §11.3/§11.4), and that ours converts them.
//
// The rules are checked here on the text of each file, with nothing of our own parser:
// * ical2mt rejects the whole file for a VEVENT without DTSTART, a TZID that no VTIMEZONE of the
//   file declares, an end before the start, and a RECURRENCE-ID component whose UID has no
//   series (no component with that UID and an RRULE) in the file;
// * vcf2mt rejects every card whose VERSION is not 3.0 or 4.0 (vCard 2.1).
// The list that comes out is the table in engine/sources/calendar/README.md; the test fails when
// the samples and the table part ways.
#include "TestEnvironment.h"

#include "sources/calendar/CalendarConverter.h"
#include "sources/contacts/ContactConverter.h"
#include "sources/contacts/ContactGroup.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace mig;

using mig::test::readAll;

namespace {

/// Content lines with folding undone (CRLF, LF or CR followed by a space or tab).
QStringList unfoldedLines(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    static const QRegularExpression fold(QStringLiteral("\n[ \t]"));
    text.replace(fold, QString());
    return text.split(QLatin1Char('\n'));
}

QString nameOf(const QString &line) { return line.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(';'), 0, 0).toUpper(); }
QString valueOf(const QString &line) { return line.section(QLatin1Char(':'), 1).trimmed(); }

/// The reasons ical2mt would give up on this calendar text; empty when it would take it.
QStringList ical2mtReasons(const QByteArray &data)
{
    struct Event {
        QString uid;
        bool hasStart = false, hasRule = false, isOverride = false;
        QString start, end; ///< raw values with their TZID, for a same-form comparison
    };
    QList<Event> events;
    QSet<QString> declaredZones;
    QSet<QString> usedZones;
    QStringList stack;
    static const QRegularExpression tzid(QStringLiteral(";TZID=(\"[^\"]*\"|[^;:]*)"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : unfoldedLines(data)) {
        const QString name = nameOf(line);
        if (name == QLatin1String("BEGIN")) {
            stack.append(valueOf(line).toUpper());
            if (stack.last() == QLatin1String("VEVENT"))
                events.append(Event{});
            continue;
        }
        if (name == QLatin1String("END")) {
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        const QString where = stack.isEmpty() ? QString() : stack.last();
        if (where == QLatin1String("VTIMEZONE") && name == QLatin1String("TZID")) // a TEXT value: "\," is ","
            declaredZones.insert(valueOf(line).replace(QLatin1String("\\,"), QLatin1String(",")).replace(QLatin1String("\\;"), QLatin1String(";")));
        const auto zone = tzid.match(line.section(QLatin1Char(':'), 0, 0));
        if (zone.hasMatch())
            usedZones.insert(zone.captured(1).remove(QLatin1Char('"')));
        if (where != QLatin1String("VEVENT") || events.isEmpty())
            continue;
        Event &e = events.last();
        const QString form = line.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(';'), 1);
        if (name == QLatin1String("UID"))
            e.uid = valueOf(line);
        else if (name == QLatin1String("DTSTART"))
            e.hasStart = true, e.start = form + QLatin1Char('|') + valueOf(line);
        else if (name == QLatin1String("DTEND"))
            e.end = form + QLatin1Char('|') + valueOf(line);
        else if (name == QLatin1String("RRULE"))
            e.hasRule = true;
        else if (name == QLatin1String("RECURRENCE-ID"))
            e.isOverride = true;
    }
    QStringList reasons;
    QSet<QString> series;
    for (const Event &e : events) {
        if (e.hasRule && !e.isOverride)
            series.insert(e.uid);
    }
    for (const Event &e : events) {
        if (!e.hasStart && !reasons.contains(QLatin1String("VEVENT without DTSTART")))
            reasons.append(QStringLiteral("VEVENT without DTSTART"));
        // Same TZID/VALUE parameters and same length: the text orders like the time.
        const QString s = e.start.section(QLatin1Char('|'), 1), en = e.end.section(QLatin1Char('|'), 1);
        if (!e.end.isEmpty() && e.start.section(QLatin1Char('|'), 0, 0) == e.end.section(QLatin1Char('|'), 0, 0)
            && s.size() == en.size() && en < s && !reasons.contains(QLatin1String("DTEND before DTSTART")))
            reasons.append(QStringLiteral("DTEND before DTSTART"));
        if (e.isOverride && !series.contains(e.uid)
            && !reasons.contains(QLatin1String("RECURRENCE-ID without RRULE")))
            reasons.append(QStringLiteral("RECURRENCE-ID without RRULE"));
    }
    for (const QString &zone : std::as_const(usedZones)) {
        if (!declaredZones.contains(zone)) {
            reasons.append(QStringLiteral("undeclared TZID"));
            break;
        }
    }
    return reasons;
}

/// vcf2mt: the cards whose VERSION is not 3.0/4.0.
QStringList vcf2mtReasons(const QByteArray &data)
{
    for (const QString &line : unfoldedLines(data)) {
        if (nameOf(line) == QLatin1String("VERSION") && valueOf(line) != QLatin1String("3.0")
            && valueOf(line) != QLatin1String("4.0"))
            return {QStringLiteral("vCard %1").arg(valueOf(line))};
    }
    return {};
}

/// Ours: how many items of the file convert, and how many the file holds.
std::pair<int, int> oursConverts(const QString &path)
{
    int converted = 0;
    int items = 0;
    if (path.endsWith(QLatin1String(".ics"))) {
        auto file = calendar::IcsFile::open(path);
        if (!file)
            return {0, 0};
        for (const calendar::CalendarItem &item : (*file)->items()) {
            ++items;
            converted += calendar::convertItem(item, {"UTC"}) ? 1 : 0;
        }
    } else {
        auto file = contacts::readVcardFile(path);
        if (!file)
            return {0, 0};
        for (const contacts::Vcard &card : file->cards) {
            ++items;
            const bool ok = contacts::isContactGroup(card) ? bool(contacts::convertContactGroup(card, *file))
                                                           : bool(contacts::convertContact(card, file->name));
            converted += ok ? 1 : 0;
        }
    }
    return {converted, items};
}

} // namespace

class TestGromoxRejectedSamples final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MIG_REQUIRE_TESTDATA(); }

    void rejectedByGromoxConvertedByUs()
    {
        // The table of engine/sources/calendar/README.md: file → gromox's reasons → ours.
        const QHash<QString, QString> table = {
            {QStringLiteral("ics/ical4j_calconnect6.ics"), QStringLiteral("RECURRENCE-ID without RRULE")},
            {QStringLiteral("ics/icaljs_google_birthday.ics"), QStringLiteral("RECURRENCE-ID without RRULE")},
            {QStringLiteral("vcf/android_v21_japanese_2.vcf"), QStringLiteral("vCard 2.1")},
            {QStringLiteral("vcf/ezvcard_John_Doe_ANDROID.vcf"), QStringLiteral("vCard 2.1")},
            {QStringLiteral("vcf/ezvcard_John_Doe_MS_OUTLOOK.vcf"), QStringLiteral("vCard 2.1")},
            {QStringLiteral("vcf/ezvcard_outlook-2007.vcf"), QStringLiteral("vCard 2.1")},
            {QStringLiteral("vcf/kcontacts_vcard10.vcf"), QStringLiteral("vCard 2.1")},
            {QStringLiteral("vcf/rubymsg_contact.vcf"), QStringLiteral("vCard 2.1")},
            {QStringLiteral("broken/android_v21_invalid_comment_line.vcf"), QStringLiteral("vCard 2.1")},
            {QStringLiteral("broken/android_v21_malformed_photo.vcf"), QStringLiteral("vCard 2.1")},
        };
        QHash<QString, QString> found;
        QStringList report;
        for (const QString &dir : {QStringLiteral("ics"), QStringLiteral("vcf"), QStringLiteral("broken")}) {
            for (const QString &path : test::testDataFiles(dir, {QStringLiteral("*.ics"), QStringLiteral("*.vcf")})) {
                const QString relative = dir + QLatin1Char('/') + QFileInfo(path).fileName();
                const QByteArray data = readAll(path);
                const QStringList reasons
                    = path.endsWith(QLatin1String(".ics")) ? ical2mtReasons(data) : vcf2mtReasons(data);
                if (reasons.isEmpty())
                    continue;
                found.insert(relative, reasons.join(QLatin1String(", ")));
                const auto [converted, items] = oursConverts(path);
                report.append(QStringLiteral("%1: gromox: %2; ours: %3 of %4 items")
                                  .arg(relative, reasons.join(QLatin1String(", ")))
                                  .arg(converted)
                                  .arg(items));
            }
        }
        report.sort();
        qInfo().noquote() << report.join(QLatin1Char('\n'));
        // The broken/ .ics files are broken for everyone; the table lists what gromox's rules
        // alone reject among files that are fine otherwise.
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("broken/")) && it.key().endsWith(QLatin1String(".ics")))
                continue;
            QVERIFY2(table.contains(it.key()), qPrintable(it.key() + QStringLiteral(": ") + it.value()));
            QCOMPARE(it.value(), table.value(it.key()));
        }
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            QVERIFY2(found.contains(it.key()), qPrintable(it.key()));
            const auto [converted, items] = oursConverts(test::testDataPath(it.key()));
            QVERIFY2(items > 0 && converted == items,
                     qPrintable(QStringLiteral("%1: %2 of %3").arg(it.key()).arg(converted).arg(items)));
        }
    }

    // The checker itself finds each rule in a file built for it (so an empty list means something).
    void rulesAreFound()
    {
        const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
        QCOMPARE(ical2mtReasons(head + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Nowhere/City:20240101T100000\r\n"
                                       "END:VEVENT\r\nEND:VCALENDAR\r\n"),
                 QStringList{QStringLiteral("undeclared TZID")});
        QCOMPARE(ical2mtReasons(head + "BEGIN:VEVENT\r\nUID:a\r\nRECURRENCE-ID:20240101T100000Z\r\n"
                                       "DTSTART:20240101T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
                 QStringList{QStringLiteral("RECURRENCE-ID without RRULE")});
        QCOMPARE(ical2mtReasons(head + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240101T110000Z\r\nDTEND:20240101T100000Z\r\n"
                                       "END:VEVENT\r\nEND:VCALENDAR\r\n"),
                 QStringList{QStringLiteral("DTEND before DTSTART")});
        QCOMPARE(ical2mtReasons(head + "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
                 QStringList{QStringLiteral("VEVENT without DTSTART")});
        QVERIFY(ical2mtReasons(head + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240101T100000Z\r\nRRULE:FREQ=DAILY\r\n"
                                      "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:a\r\nRECURRENCE-ID:20240102T100000Z\r\n"
                                      "DTSTART:20240102T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                    .isEmpty());
        QVERIFY(ical2mtReasons(head + "BEGIN:VTIMEZONE\r\nTZID:Kuala Lumpur\\, Singapore\r\nEND:VTIMEZONE\r\n"
                                      "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=\"Kuala Lumpur, Singapore\":20240101T100000\r\n"
                                      "END:VEVENT\r\nEND:VCALENDAR\r\n")
                    .isEmpty());
        QCOMPARE(vcf2mtReasons("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:x\r\nEND:VCARD\r\n"), QStringList{QStringLiteral("vCard 2.1")});
        QVERIFY(vcf2mtReasons("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nEND:VCARD\r\n").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGromoxRejectedSamples)
#include "TestGromoxRejectedSamples.moc"
