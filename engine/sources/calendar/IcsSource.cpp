#include "sources/calendar/IcsSource.h"

#include "mapi/NamedValues.h"
#include "mapi/Tags.h"
#include "sources/calendar/CalendarNames.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimeZone>

namespace mig::calendar {

namespace {

enum FolderIndex { CalendarFolder = 0, TasksFolder = 1, JournalFolder = 2 };

const QStringList &icsPatterns()
{
    static const QStringList patterns { QStringLiteral("*.ics"), QStringLiteral("*.ical"), QStringLiteral("*.ifb") };
    return patterns;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mig::calendar", text);
}

QList<sources::ItemFolderSpec> calendarFolders()
{
    return {
        { tr("Calendar"), QStringLiteral("IPF.Appointment"), sources::SpecialFolder::Calendar, true },
        { tr("Tasks"), QStringLiteral("IPF.Task"), sources::SpecialFolder::Tasks },
        { tr("Journal"), QStringLiteral("IPF.Journal"), sources::SpecialFolder::Journal },
    };
}

int folderOf(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Event:
        return CalendarFolder;
    case ComponentKind::Todo:
        return TasksFolder;
    case ComponentKind::Journal:
        return JournalFolder;
    }
    return CalendarFolder;
}

/// The zone all-day dates and floating times are meant in: what the user's own calendar shows.
QByteArray defaultZone(const sources::SourceSpec &spec)
{
    const QByteArray asked = spec.options.value(QStringLiteral("timeZone")).toString().toUtf8();
    if (!asked.isEmpty())
        return asked;
    const QByteArray system = QTimeZone::systemTimeZoneId();
    return QTimeZone(system).isValid() ? system : QByteArrayLiteral("UTC");
}

} // namespace

IcsSource::IcsSource(sources::SourceInfo info, CalendarOptions options)
    : ItemFileSource(std::move(info), calendarFolders())
    , m_options(std::move(options))
{
}

Expected<std::unique_ptr<sources::Source>> IcsSource::open(const sources::SourceSpec &spec)
{
    const QFileInfo where(spec.location);
    sources::SourceInfo info;
    info.path = spec.location;
    info.format = QStringLiteral("ics");
    CalendarOptions options;
    options.defaultZone = defaultZone(spec);
    if (QTimeZone(options.defaultZone).isValid() == false)
        return Error { Error::Code::InvalidArgument,
            tr("%1: unknown time zone \"%2\"").arg(spec.location, QString::fromUtf8(options.defaultZone)), {} };
    std::unique_ptr<IcsSource> source(new IcsSource(info, options));
    if (where.isDir()) {
        const QStringList files = memberFiles(spec.location, icsPatterns());
        if (files.isEmpty())
            return Error { Error::Code::NotFound, tr("%1: the folder holds no iCalendar (.ics) files").arg(spec.location),
                {} };
        for (const QString &path : files) {
            auto file = IcsFile::open(path);
            if (file) {
                source->addFile(*file);
            } else {
                // One unreadable file of a folder is one unreadable item; the other files go on.
                source->m_itemOf.append({ -1, 0 });
                source->addItem(CalendarFolder, file.error().fullText());
            }
        }
    } else {
        auto file = IcsFile::open(spec.location);
        if (!file)
            return file.error();
        source->addFile(*file);
    }
    source->validate();
    return std::unique_ptr<sources::Source>(std::move(source));
}

void IcsSource::addFile(std::shared_ptr<IcsFile> file)
{
    const int fileIndex = int(m_files.size());
    addWarnings(file->warnings());
    for (int i = 0; i < int(file->items().size()); ++i) {
        m_itemOf.append({ fileIndex, i });
        addItem(folderOf(file->items().at(i).kind));
    }
    m_files.append(std::move(file));
}

Expected<mapi::Message> IcsSource::convertItem(qsizetype index, QStringList &warnings)
{
    const auto [fileIndex, itemIndex] = m_itemOf.at(index);
    if (fileIndex < 0)
        return Error { Error::Code::Corrupt, tr("the file could not be read"), {} }; // not reached: listed unreadable
    auto converted = calendar::convertItem(m_files.at(fileIndex)->items().at(itemIndex), m_options);
    if (!converted)
        return converted.error();
    warnings += converted->warnings;
    return std::move(converted->message);
}

void IcsSource::countContent(const mapi::Message &message, QHash<QString, qint64> &counts) const
{
    const QString cls = message.properties.string(mapi::PR_MESSAGE_CLASS).value_or(QString());
    if (cls.startsWith(QLatin1String("IPM.Task"), Qt::CaseInsensitive)) {
        ++counts[QStringLiteral("tasks")];
        return;
    }
    if (cls.startsWith(QLatin1String("IPM.Activity"), Qt::CaseInsensitive)) {
        ++counts[QStringLiteral("journal_entries")];
        return;
    }
    ++counts[cls.startsWith(QLatin1String("IPM.Schedule.Meeting"), Qt::CaseInsensitive) ? QStringLiteral("meeting_messages")
                                                                                        : QStringLiteral("appointments")];
    const mapi::PropValue *recurring
        = mapi::namedValue(message, mapi::appointmentLid(names::Recurring), mapi::PT_BOOLEAN);
    if (recurring && std::get<bool>(*recurring)) {
        ++counts[QStringLiteral("recurring_series")];
        counts[QStringLiteral("exceptions")] += message.attachments.size(); // one embedded message per exception
    }
}

QStringList IcsSource::contentKeys() const
{
    return { QStringLiteral("appointments"), QStringLiteral("meeting_messages"), QStringLiteral("recurring_series"),
        QStringLiteral("exceptions"), QStringLiteral("tasks"), QStringLiteral("journal_entries") };
}

QString IcsSource::contentText(const QString &key, qint64 count) const
{
    const int n = int(count);
    if (key == QLatin1String("appointments"))
        return QCoreApplication::translate("mig::calendar", "%n appointment(s)", nullptr, n);
    if (key == QLatin1String("meeting_messages"))
        return QCoreApplication::translate("mig::calendar", "%n meeting request(s) or response(s)", nullptr, n);
    if (key == QLatin1String("recurring_series"))
        return QCoreApplication::translate("mig::calendar", "%n recurring series", nullptr, n);
    if (key == QLatin1String("exceptions"))
        return QCoreApplication::translate("mig::calendar", "%n changed instance(s)", nullptr, n);
    if (key == QLatin1String("tasks"))
        return QCoreApplication::translate("mig::calendar", "%n task(s)", nullptr, n);
    return QCoreApplication::translate("mig::calendar", "%n journal entry(s)", nullptr, n);
}

sources::SourceKind icsSourceKind()
{
    return { QStringLiteral("ics"), tr("iCalendar file (ICS)"),
        [](const QString &location) { return sources::ItemFileSource::probe(location, "BEGIN:VCALENDAR", icsPatterns()); },
        IcsSource::open, icsPatterns() };
}

} // namespace mig::calendar
