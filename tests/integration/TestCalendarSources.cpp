// The "ics" and "vcf" source kinds over every shared .ics and .vcf sample (ics/, vcf/, broken/):
// the registry picks them by content, folder counts equal what libical / the vCard parser find,
// every readable item converts and comes back through the GXMT reader property by property,
// every broken one is an unreadable item whose reason names the file, the stream passes the
// validator, --splice puts the folders into Calendar/Tasks/Journal/Contacts, the CLI (inspect,
// convert, verify-mt) takes the files, and `import` and `run` of one .ics and one .vcf reach the
// fake gromox-import on the real sshd as one spliced stream.

#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include "gxmt/ByteSink.h"
#include "gxmt/Writer.h"
#include "gxmt/Validator.h"
#include "mapi/NamedValues.h"
#include "mapi/Tags.h"
#include "migration/Plan.h"
#include "sources/Converter.h"
#include "sources/SourceRegistry.h"
#include "sources/calendar/CalendarConverter.h"
#include "sources/calendar/CalendarNames.h"
#include "sources/calendar/RecurrenceBlob.h"
#include "sources/calendar/RecurrenceRule.h"
#include "sources/contacts/ContactConverter.h"
#include "sources/contacts/VcardParser.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig;

using mig::test::readAll;

namespace {

/// What a kind's folder should hold according to the parser alone (not through the Source).
struct Expectation {
    QString openError;           ///< not empty: the file itself cannot be opened as a source
    QHash<QString, int> items;   ///< folder name → items
    QHash<QString, int> failing; ///< folder name → items the converter refuses
};

sources::SourceSpec specFor(const QString &path)
{
    sources::SourceSpec spec = sources::SourceSpec::forPath(path);
    spec.options.insert(QStringLiteral("timeZone"), QStringLiteral("UTC")); // all-day dates at UTC midnight
    return spec;
}

Expectation expectIcs(const QString &path)
{
    Expectation e;
    auto file = calendar::IcsFile::open(path);
    if (!file) {
        e.openError = file.error().message;
        return e;
    }
    e.items.insert(QStringLiteral("Calendar"), 0);
    for (const calendar::CalendarItem &item : (*file)->items()) {
        const QString folder = item.kind == calendar::ComponentKind::Event ? QStringLiteral("Calendar")
            : item.kind == calendar::ComponentKind::Todo                    ? QStringLiteral("Tasks")
                                                                            : QStringLiteral("Journal");
        ++e.items[folder];
        if (!calendar::convertItem(item, { "UTC" }))
            ++e.failing[folder];
    }
    return e;
}

Expectation expectVcf(const QString &path)
{
    Expectation e;
    auto file = contacts::readVcardFile(path);
    if (!file) {
        e.openError = file.error().message;
        return e;
    }
    e.items.insert(QStringLiteral("Contacts"), int(file->cards.size()));
    for (const contacts::Vcard &card : file->cards) {
        if (!contacts::convertContact(card, file->name))
            ++e.failing[QStringLiteral("Contacts")];
    }
    return e;
}

/// Differences between a property bag as the source gave it and as it came back from the stream;
/// named properties are compared by name (their ids differ between message and stream).
QStringList differences(const mapi::PropertyBag &sent, const mapi::NamedPropertyMap *sentNames,
    const mapi::PropertyBag &back, const mapi::NamedPropertyMap *backNames, const QString &where)
{
    QStringList diffs;
    for (const mapi::Property &p : sent) {
        mapi::PropTag tag = p.tag;
        if (p.id() >= 0x8000) {
            const auto name = sentNames ? sentNames->nameOf(p.id()) : std::nullopt;
            const auto id = name && backNames ? backNames->find(*name) : std::nullopt;
            if (!id) {
                diffs.append(QStringLiteral("%1: named property 0x%2 lost").arg(where).arg(p.tag, 8, 16, QLatin1Char('0')));
                continue;
            }
            tag = mapi::PropTag(*id) << 16 | p.type();
        }
        const mapi::Property *got = back.find(tag);
        if (got == nullptr || !(got->value == p.value))
            diffs.append(QStringLiteral("%1: property 0x%2 differs").arg(where).arg(p.tag, 8, 16, QLatin1Char('0')));
    }
    return diffs;
}

/// Embedded messages without a map of their own use their parent's (parentSent / parentBack).
QStringList messageDifferences(const mapi::Message &sent, const mapi::Message &back, const QString &where,
    const mapi::NamedPropertyMap *parentSent = nullptr, const mapi::NamedPropertyMap *parentBack = nullptr)
{
    const mapi::NamedPropertyMap *sentNames = sent.namedProperties ? sent.namedProperties.get() : parentSent;
    const mapi::NamedPropertyMap *backNames = back.namedProperties ? back.namedProperties.get() : parentBack;
    QStringList diffs = differences(sent.properties, sentNames, back.properties, backNames, where);
    if (sent.recipients.size() != back.recipients.size())
        return diffs << where + QStringLiteral(": recipient count differs");
    for (qsizetype r = 0; r < sent.recipients.size(); ++r)
        diffs += differences(sent.recipients.at(r), sentNames, back.recipients.at(r), backNames,
            where + QStringLiteral(" recipient %1").arg(r));
    if (sent.attachments.size() != back.attachments.size())
        return diffs << where + QStringLiteral(": attachment count differs");
    for (qsizetype a = 0; a < sent.attachments.size(); ++a) {
        const QString at = where + QStringLiteral(" attachment %1").arg(a);
        diffs += differences(sent.attachments.at(a).properties, sentNames, back.attachments.at(a).properties, backNames, at);
        const mapi::Message *inner = sent.attachments.at(a).embedded.get();
        const mapi::Message *innerBack = back.attachments.at(a).embedded.get();
        if (bool(inner) != bool(innerBack))
            diffs << at + QStringLiteral(": embedded message lost");
        else if (inner)
            diffs += messageDifferences(*inner, *innerBack, at + QStringLiteral(" (embedded)"), sentNames, backNames);
    }
    return diffs;
}

/// A series as it came back from the stream, decoded with our own blob reader: the pattern reads
/// back to a rule of the series' RecurrenceType, and there is one exception attachment per
/// changed instance, at the instance's times.
QStringList recurrenceProblems(const mapi::Message &back, const QString &where)
{
    using namespace calendar;
    const mapi::PropValue *blob = mapi::namedValue(back, mapi::appointmentLid(names::AppointmentRecur), mapi::PT_BINARY);
    if (!blob)
        return {};
    QStringList problems;
    const auto pattern = decodeRecurrence(std::get<QByteArray>(*blob));
    if (!pattern)
        return { where + QStringLiteral(": recurrence blob does not decode") };
    const QByteArray rule = rruleFromPattern(*pattern);
    const mapi::PropValue *type = mapi::namedValue(back, mapi::appointmentLid(names::RecurrenceType), mapi::PT_LONG);
    static const char *const frequencies[] = { "", "FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY" };
    const qint32 t = type ? std::get<qint32>(*type) : 0;
    // A yearly series may come back as FREQ=YEARLY from a monthly blob of 12 months and back.
    if (t < 1 || t > 4 || !(rule.startsWith(frequencies[t]) || (t == 3 && rule.startsWith("FREQ=YEARLY"))))
        problems << where + QStringLiteral(": rule \"%1\" does not fit RecurrenceType %2").arg(QString::fromLatin1(rule)).arg(t);
    if (pattern->exceptions.size() != back.attachments.size())
        return problems << where + QStringLiteral(": %1 exceptions but %2 attachments").arg(pattern->exceptions.size()).arg(back.attachments.size());
    for (qsizetype i = 0; i < pattern->exceptions.size(); ++i) {
        const RecurrenceException &e = pattern->exceptions.at(i);
        const mapi::PropertyBag &a = back.attachments.at(i).properties;
        const mapi::Property *start = a.find(names::PR_EXCEPTION_STARTTIME);
        const mapi::Property *end = a.find(names::PR_EXCEPTION_ENDTIME);
        if (!start || !end || std::get<qint64>(start->value) != qint64(e.startDateTime) * 600000000LL
            || std::get<qint64>(end->value) != qint64(e.endDateTime) * 600000000LL)
            problems << where + QStringLiteral(": exception %1 is not at the times the blob gives").arg(i);
        if (!pattern->deletedInstanceDates.contains(e.originalStartDate / 1440 * 1440))
            problems << where + QStringLiteral(": exception %1's original date is not among the deleted ones").arg(i);
    }
    return problems;
}

struct Conversion {
    sources::ConversionReport report;
    QByteArray stream;
    QString error;
};

Conversion convertToMemory(sources::Source &source, const QString &name, bool splice)
{
    Conversion c;
    gxmt::MemorySink sink;
    sources::ConversionOptions options;
    options.placement.splice = splice;
    auto report = sources::convert({ { &source, name } }, sink, gxmt::Revision::V5, options);
    if (!report) {
        c.error = report.error().fullText();
        return c;
    }
    c.report = *report;
    c.stream = sink.data();
    return c;
}

QString validationProblems(const QByteArray &stream)
{
    QBuffer buffer;
    buffer.setData(stream);
    buffer.open(QIODevice::ReadOnly);
    gxmt::Validator validator;
    if (validator.run(&buffer))
        return {};
    QStringList problems;
    for (const gxmt::ValidationIssue &issue : validator.issues())
        problems.append(issue.text);
    return problems.join(QLatin1Char('\n'));
}

/// Every .ics or .vcf sample, as "dir/name".
QStringList samples(const QString &suffix)
{
    QStringList list;
    for (const QString &dir : { suffix, QStringLiteral("broken") }) {
        for (const QString &f : test::testDataFiles(dir, { QStringLiteral("*.") + suffix }))
            list.append(dir + QLatin1Char('/') + QFileInfo(f).fileName());
    }
    return list;
}

} // namespace

class TestCalendarSources final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void checkSource(const QString &relative, const QString &kind, const Expectation &expected);

private Q_SLOTS:
    void initTestCase()
    {
        MIG_REQUIRE_TESTDATA();
        QVERIFY(m_dir.isValid());
        QVERIFY(samples(QStringLiteral("ics")).size() >= 20);
        QVERIFY(samples(QStringLiteral("vcf")).size() >= 16);
    }

    void kindsAreRegisteredWithPatterns()
    {
        const auto ics = sources::findSourceKind(QStringLiteral("ics"));
        const auto vcf = sources::findSourceKind(QStringLiteral("vcf"));
        QVERIFY(ics && vcf);
        QVERIFY(ics->filePatterns.contains(QStringLiteral("*.ics")));
        QVERIFY(vcf->filePatterns.contains(QStringLiteral("*.vcf")));
    }

    /// Content decides, not the name: a calendar named .txt is still a calendar, a vCard named
    /// .ics is a vCard; a .ics without calendar data is still given to "ics" so it can say why.
    void probeByContent()
    {
        const QString calendarAsText = m_dir.filePath(QStringLiteral("calendar.txt"));
        const QString cardAsIcs = m_dir.filePath(QStringLiteral("card.ics"));
        QVERIFY(QFile::copy(test::testDataPath(QStringLiteral("ics/vobject_ms_tzid.ics")), calendarAsText));
        QVERIFY(QFile::copy(test::testDataPath(QStringLiteral("vcf/rubymsg_contact.vcf")), cardAsIcs));
        QCOMPARE(sources::probeSource(calendarAsText)->id, QStringLiteral("ics"));
        QCOMPARE(sources::probeSource(cardAsIcs)->id, QStringLiteral("vcf"));
        const QString lone = test::testDataPath(QStringLiteral("broken/icalendar_fuzz_testcase_vtimezone_lone_cr.ics"));
        QCOMPARE(sources::probeSource(lone)->id, QStringLiteral("ics"));
        auto opened = sources::openSourceFile(lone);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Corrupt);
        QVERIFY2(opened.error().message.contains(QFileInfo(lone).fileName()), qPrintable(opened.error().message));
        QCOMPARE(sources::probeSource(test::testDataPath(QStringLiteral("pst/aranetic_four_nesting_levels.pst")))->id,
            QStringLiteral("pst"));
    }

    void everyIcsFile_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : samples(QStringLiteral("ics")))
            QTest::newRow(qPrintable(f)) << f;
    }

    void everyIcsFile()
    {
        QFETCH(QString, file);
        checkSource(file, QStringLiteral("ics"), expectIcs(test::testDataPath(file)));
    }

    void everyVcfFile_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : samples(QStringLiteral("vcf")))
            QTest::newRow(qPrintable(f)) << f;
    }

    void everyVcfFile()
    {
        QFETCH(QString, file);
        checkSource(file, QStringLiteral("vcf"), expectVcf(test::testDataPath(file)));
    }

    /// A bad event among good ones: the file converts, that one event is reported with file,
    /// component and reason, and the series keeps its recurrence.
    void oneBadEventAmongGoodOnes()
    {
        const QString path = m_dir.filePath(QStringLiteral("mixed.ics"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                "BEGIN:VEVENT\r\nUID:good-1\r\nSUMMARY:Standup\r\nDTSTART:20240102T090000Z\r\nDTEND:20240102T091500Z\r\n"
                "RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10\r\nEND:VEVENT\r\n"
                "BEGIN:VEVENT\r\nUID:bad-2\r\nSUMMARY:Backwards\r\nDTSTART:20240105T100000Z\r\nDTEND:20240105T090000Z\r\nEND:VEVENT\r\n"
                "BEGIN:VEVENT\r\nUID:good-3\r\nSUMMARY:Review\r\nDTSTART:20240110T140000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n"
                "BEGIN:VTODO\r\nUID:todo-4\r\nSUMMARY:Write report\r\nDUE:20240112T170000Z\r\nEND:VTODO\r\n"
                "END:VCALENDAR\r\n");
        f.close();
        auto source = sources::openSource(specFor(path));
        QVERIFY2(source, qPrintable(source.error().fullText()));
        auto refs = (*source)->items(2, sources::ItemKind::Normal);
        QVERIFY(refs);
        QCOMPARE(refs->size(), 3);
        QVERIFY(refs->at(0).readable && !refs->at(1).readable && refs->at(2).readable);
        QVERIFY2(refs->at(1).problem.contains(QLatin1String("mixed.ics: component 2 (VEVENT \"Backwards\")")),
            qPrintable(refs->at(1).problem));
        const Conversion c = convertToMemory(**source, QStringLiteral("mixed.ics"), false);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.report.converted(), 3);
        QCOMPARE(c.report.failed(), 1);
        const test::ReadStream stream = test::readStream(c.stream);
        QVERIFY(stream.ok);
        const mapi::Message &series = stream.messages.at(0).message;
        const mapi::PropValue *blob
            = mapi::namedValue(series, mapi::appointmentLid(calendar::names::AppointmentRecur), mapi::PT_BINARY);
        QVERIFY(blob);
        const auto pattern = calendar::decodeRecurrence(std::get<QByteArray>(*blob));
        QVERIFY(pattern);
        QCOMPARE(pattern->patternType, calendar::PatternType::Week);
        QCOMPARE(pattern->occurrenceCount, 10u);
        QCOMPARE(pattern->dayMask, calendar::dayBit(2) | calendar::dayBit(4));
        QCOMPARE(stream.messages.at(2).message.properties.string(mapi::PR_MESSAGE_CLASS), QStringLiteral("IPM.Task"));
    }

    /// A folder of calendar files (an export of several calendars) is one source; a file in it
    /// that is not a calendar is one unreadable item and the others go on.
    void folderOfCalendars()
    {
        QDir dir(m_dir.filePath(QStringLiteral("calendars")));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        const QStringList names { QStringLiteral("ics/ical4j_sunbird_sample.ics"), QStringLiteral("ics/icaljs_recur_instances.ics"),
            QStringLiteral("ics/ical4j_rfc5545-sec3.6.2.ics") };
        int events = 0;
        int tasks = 0;
        for (const QString &name : names) {
            QVERIFY(QFile::copy(test::testDataPath(name), dir.filePath(QFileInfo(name).fileName())));
            const Expectation e = expectIcs(test::testDataPath(name));
            events += e.items.value(QStringLiteral("Calendar"));
            tasks += e.items.value(QStringLiteral("Tasks"));
        }
        QFile junk(dir.filePath(QStringLiteral("zz-notes.ics")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("these are not calendar data\n");
        junk.close();
        QCOMPARE(sources::probeSource(dir.path())->id, QStringLiteral("ics"));
        auto source = sources::openSource(specFor(dir.path()));
        QVERIFY2(source, qPrintable(source.error().fullText()));
        auto folders = (*source)->folders();
        QVERIFY(folders);
        QCOMPARE(folders->size(), 3); // root, Calendar, Tasks
        QCOMPARE(folders->at(1).itemCount, events + 1);
        QCOMPARE(folders->at(1).unreadableCount, 1);
        QCOMPARE(folders->at(2).itemCount, tasks);
        auto refs = (*source)->items(folders->at(1).id, sources::ItemKind::Normal);
        QVERIFY(refs);
        QVERIFY2(refs->last().problem.contains(QLatin1String("zz-notes.ics")), qPrintable(refs->last().problem));

        QDir empty(m_dir.filePath(QStringLiteral("empty")));
        QVERIFY(empty.mkpath(QStringLiteral(".")));
        auto none = sources::openSource({ QStringLiteral("ics"), empty.path(), {} });
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::NotFound);
    }

    /// --splice: the folders go into the mailbox's own Calendar, Tasks, Journal and Contacts.
    void spliceIntoSpecialFolders()
    {
        auto ics = sources::openSource(specFor(test::testDataPath(QStringLiteral("broken/libical_large.ics"))));
        auto vcf = sources::openSource(specFor(test::testDataPath(QStringLiteral("vcf/ezvcard_John_Doe_IPHONE.vcf"))));
        QVERIFY(ics && vcf);
        gxmt::MemorySink sink;
        sources::ConversionOptions options;
        options.placement.splice = true;
        auto report = sources::convert({ { ics->get(), QStringLiteral("libical_large.ics") },
                                           { vcf->get(), QStringLiteral("ezvcard_John_Doe_IPHONE.vcf") } },
            sink, gxmt::Revision::V5, options);
        QVERIFY2(report, qPrintable(report.error().fullText()));
        QVERIFY2(validationProblems(sink.data()).isEmpty(), qPrintable(validationProblems(sink.data())));
        const test::ReadStream stream = test::readStream(sink.data());
        QVERIFY(stream.ok);
        QSet<quint64> targets;
        for (const gxmt::FolderMapEntry &e : stream.header.folderMap) {
            QVERIFY(!e.create);
            targets.insert(e.targetFid);
        }
        for (const quint64 fid : { gxmt::FidRoot, gxmt::FidCalendar, gxmt::FidTasks, gxmt::FidJournal, gxmt::FidContacts })
            QVERIFY2(targets.contains(fid), qPrintable(QString::number(fid)));
    }

    /// inspect (text and JSON), convert and verify-mt through the program itself.
    void commandLine()
    {
        const QString ics = test::testDataPath(QStringLiteral("ics/ical4j_sunbird_sample.ics"));
        const QString vcf = test::testDataPath(QStringLiteral("vcf/ezvcard_John_Doe_IPHONE.vcf"));
        const test::ProcessResult json = test::runApp({ QStringLiteral("inspect"), QStringLiteral("--json"), ics });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("ics"));
        const QJsonArray folders = root.value(QStringLiteral("folders")).toArray();
        QCOMPARE(folders.size(), 3);
        QCOMPARE(folders.at(1).toObject().value(QStringLiteral("container_class")).toString(), QStringLiteral("IPF.Appointment"));
        QCOMPARE(folders.at(2).toObject().value(QStringLiteral("container_class")).toString(), QStringLiteral("IPF.Task"));
        const Expectation e = expectIcs(ics);
        QCOMPARE(folders.at(1).toObject().value(QStringLiteral("items")).toInt(), e.items.value(QStringLiteral("Calendar")));

        const QJsonObject contents = root.value(QStringLiteral("contents")).toObject();
        QCOMPARE(contents.value(QStringLiteral("appointments")).toInt(), e.items.value(QStringLiteral("Calendar")));
        QCOMPARE(contents.value(QStringLiteral("tasks")).toInt(), e.items.value(QStringLiteral("Tasks")));

        // A series with one moved instance (RECURRENCE-ID), counted as such; its four RDATEs and
        // the override of one of them are appointments of their own.
        const test::ProcessResult series
            = test::runApp({ QStringLiteral("inspect"), test::testDataPath(QStringLiteral("ics/icaljs_recur_instances.ics")) });
        QCOMPARE(series.exitCode, 0);
        QVERIFY2(series.out.contains("Contents: 6 appointment(s), 1 recurring series, 1 changed instance(s)"),
            series.out.constData());

        const test::ProcessResult text = test::runApp({ QStringLiteral("inspect"), vcf });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Contacts") && text.out.contains("IPF.Contact") && text.out.contains("Format: VCF")
                && text.out.contains("Contents: 1 contact(s), 1 with a photo"),
            text.out.constData());
        QVERIFY2(!text.out.contains("encryption"), text.out.constData()); // PST facts only for PSTs

        const QString out = m_dir.filePath(QStringLiteral("both.mt"));
        const test::ProcessResult converted = test::runApp({ QStringLiteral("convert"), ics, vcf, QStringLiteral("-o"), out });
        QVERIFY2(converted.exitCode == 0, converted.err.constData());
        const test::ProcessResult verified = test::runApp({ QStringLiteral("verify-mt"), out });
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
        const test::ReadStream stream = test::readStream(readAll(out));
        QVERIFY(stream.ok);
        QCOMPARE(int(stream.messages.size()), e.items.value(QStringLiteral("Calendar")) + e.items.value(QStringLiteral("Tasks")) + 1);
    }

    /// One `import --splice` of a calendar and an address book into one mailbox over the real
    /// sshd; the fake gromox-import validates the stream with verify-mt.
    void importOverSsh()
    {
        test::SshdFixture::Options options;
        options.verifyProgram = test::appBinary();
        test::SshdFixture sshd(options);
        QString error;
        if (!sshd.start(&error))
            QFAIL(qPrintable(error));
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QFile hosts(knownHosts);
        QVERIFY(hosts.open(QIODevice::WriteOnly) && hosts.write(sshd.knownHostsLine()) > 0);
        hosts.close();
        const QString ics = test::testDataPath(QStringLiteral("ics/ical4j_sunbird_sample.ics"));
        const QString vcf = test::testDataPath(QStringLiteral("vcf/ezvcard_John_Doe_ANDROID.vcf"));
        const test::ProcessResult imported = test::runApp({ QStringLiteral("import"), ics, vcf, QStringLiteral("--to"),
            QStringLiteral("alice@example.com"), QStringLiteral("--splice"), QStringLiteral("--ssh"), sshd.destination(),
            QStringLiteral("--identity"), sshd.clientKeyFile(), QStringLiteral("--known-hosts"), knownHosts });
        QVERIFY2(imported.exitCode == 0, QByteArray(imported.err + imported.out).constData());
        QVERIFY2(imported.err.contains("verify-mt exit status 0"), imported.err.constData());
        const test::ReadStream stream = test::readStream(sshd.recordedStream());
        QVERIFY2(stream.ok, qPrintable(stream.error));
        const Expectation e = expectIcs(ics);
        const int cards = expectVcf(vcf).items.value(QStringLiteral("Contacts"));
        QVERIFY(cards > 1);
        QCOMPARE(int(stream.messages.size()),
            e.items.value(QStringLiteral("Calendar")) + e.items.value(QStringLiteral("Tasks")) + cards);
        QSet<quint64> targets;
        for (const gxmt::FolderMapEntry &entry : stream.header.folderMap)
            targets.insert(entry.targetFid);
        QVERIFY(targets.contains(gxmt::FidCalendar) && targets.contains(gxmt::FidTasks) && targets.contains(gxmt::FidContacts));
        QStringList classes;
        for (const gxmt::Frame &frame : stream.messages)
            classes.append(frame.message.properties.string(mapi::PR_MESSAGE_CLASS).value_or(QString()));
        QVERIFY(classes.contains(QStringLiteral("IPM.Appointment")));
        QVERIFY(classes.contains(QStringLiteral("IPM.Task")));
        QVERIFY(classes.contains(QStringLiteral("IPM.Contact")));

        // The same two files as one job of a plan, through `run`.
        migration::Plan plan;
        plan.server.host = sshd.host();
        plan.server.port = sshd.port();
        plan.server.user = sshd.user();
        plan.server.identityFile = sshd.clientKeyFile();
        plan.server.knownHostsFile = knownHosts;
        plan.options.placement = migration::Placement::Splice;
        plan.jobs = { migration::Job { { sources::SourceSpec::forPath(ics), sources::SourceSpec::forPath(vcf) },
            QStringLiteral("bert@example.com") } };
        const QString planPath = m_dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(plan.save(planPath).has_value());
        const test::ProcessResult run = test::runApp({ QStringLiteral("run"), planPath, QStringLiteral("--json"),
            QStringLiteral("--run-dir"), m_dir.filePath(QStringLiteral("run")) });
        QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(sshd.recordedStatusFor(QStringLiteral("bert@example.com")), 0);
        const test::ReadStream planned = test::readStream(sshd.recordedStreamFor(QStringLiteral("bert@example.com")));
        QVERIFY2(planned.ok, qPrintable(planned.error));
        QCOMPARE(planned.messages.size(), stream.messages.size());
    }
};

void TestCalendarSources::checkSource(const QString &relative, const QString &kind, const Expectation &expected)
{
    const QString path = test::testDataPath(relative);
    const QString fileName = QFileInfo(path).fileName();
    auto probed = sources::probeSource(path);
    QVERIFY2(probed, qPrintable(probed.error().fullText()));
    QCOMPARE(probed->id, kind);
    auto opened = sources::openSource(specFor(path));
    if (!expected.openError.isEmpty()) {
        // The file as a whole is not a calendar / address book: a clear error naming it.
        QVERIFY(!opened);
        QCOMPARE(opened.error().message, expected.openError);
        QVERIFY(opened.error().message.contains(fileName));
        return;
    }
    QVERIFY2(opened, qPrintable(opened.error().fullText()));
    sources::Source &source = **opened;
    QCOMPARE(source.info().format, kind);
    auto folders = source.folders();
    QVERIFY(folders);
    QVERIFY(folders->first().isRoot);
    QCOMPARE(folders->size() - 1, expected.items.size());
    const QHash<quint64, sources::SpecialFolder> special = source.specialFolders();
    QList<mapi::Message> readable;
    for (const sources::SourceFolder &folder : folders->mid(1)) {
        QVERIFY2(expected.items.contains(folder.name), qPrintable(folder.name));
        QCOMPARE(folder.itemCount, expected.items.value(folder.name));
        QCOMPARE(folder.unreadableCount, expected.failing.value(folder.name));
        QVERIFY(special.contains(folder.id));
        auto refs = source.items(folder.id, sources::ItemKind::Normal);
        QVERIFY(refs);
        QCOMPARE(int(refs->size()), folder.itemCount);
        for (const sources::ItemRef &ref : *refs) {
            QVERIFY(ref.id > 0 && ref.id < (quint64(1) << 32));
            if (!ref.readable) {
                QVERIFY2(ref.problem.startsWith(fileName + QLatin1Char(':')), qPrintable(ref.problem));
                QVERIFY(!source.readMessage(ref));
                continue;
            }
            auto message = source.readMessage(ref);
            QVERIFY2(message, qPrintable(message.error().fullText()));
            const QString cls = message->properties.string(mapi::PR_MESSAGE_CLASS).value_or(QString());
            const QString wanted = folder.containerClass == QLatin1String("IPF.Appointment")
                ? QStringLiteral("IPM.") // appointments and meeting requests, responses, cancellations
                : folder.containerClass == QLatin1String("IPF.Task") ? QStringLiteral("IPM.Task")
                : folder.containerClass == QLatin1String("IPF.Journal") ? QStringLiteral("IPM.Activity")
                                                                        : QStringLiteral("IPM.Contact");
            QVERIFY2(cls.startsWith(wanted), qPrintable(cls));
            auto summary = source.readSummary(ref);
            QVERIFY(summary);
            QCOMPARE(summary->messageClass, cls);
            readable.append(*message);
        }
    }
    for (const QString &w : source.takeWarnings())
        QVERIFY2(w.contains(fileName), qPrintable(w));
    // inspect's contents: every readable item counted once by its kind.
    qint64 counted = 0;
    for (const sources::ContentCount &c : source.info().contents) {
        QVERIFY2(c.text.contains(QString::number(c.count)), qPrintable(c.text));
        if (c.key != QLatin1String("recurring_series") && c.key != QLatin1String("exceptions") && c.key != QLatin1String("photos"))
            counted += c.count;
    }
    QCOMPARE(counted, qint64(readable.size()));

    // Through the converter into a stream the validator accepts, and back field by field.
    const Conversion c = convertToMemory(source, fileName, false);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.report.converted(), int(readable.size()));
    int failing = 0;
    for (int n : expected.failing)
        failing += n;
    QCOMPARE(c.report.failed(), failing);
    for (const sources::ItemProblem &problem : c.report.sources.first().failures)
        QVERIFY2(problem.reason.contains(fileName) && problem.itemId != 0, qPrintable(problem.reason));
    const QString problems = validationProblems(c.stream);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const test::ReadStream stream = test::readStream(c.stream);
    QVERIFY2(stream.ok, qPrintable(stream.error));
    QCOMPARE(stream.messages.size(), readable.size());
    for (qsizetype i = 0; i < readable.size(); ++i) {
        const QStringList diffs = messageDifferences(
            readable.at(i), stream.messages.at(i).message, QStringLiteral("%1 item %2").arg(fileName).arg(i));
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
        const QStringList recurrence
            = recurrenceProblems(stream.messages.at(i).message, QStringLiteral("%1 item %2").arg(fileName).arg(i));
        QVERIFY2(recurrence.isEmpty(), qPrintable(recurrence.join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(TestCalendarSources)
#include "TestCalendarSources.moc"
