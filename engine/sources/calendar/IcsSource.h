#pragma once

#include "sources/ItemFileSource.h"
#include "sources/SourceRegistry.h"
#include "sources/calendar/CalendarConverter.h"

#include <memory>

namespace mig::calendar {

/// An iCalendar file (one or several VCALENDARs), or a folder of them, as a source: the root holds
/// "Calendar" (IPF.Appointment: events), and when there are any "Tasks" (IPF.Task: VTODOs) and
/// "Journal" (IPF.Journal: VJOURNALs), each marked as the mailbox's special folder of that kind so
/// --splice puts the items into the mailbox's own Calendar, Tasks and Journal. A component that
/// cannot be converted is an unreadable item whose reason names file, component and problem.
class IcsSource final : public sources::ItemFileSource {
public:
    /// spec.location is a file or a folder of .ics files; spec.options "timeZone" (IANA name) is
    /// the zone of floating times and all-day dates, the system's zone when absent.
    /// Errors: NotFound/AccessDenied, Corrupt for a file without iCalendar data, NotFound for a
    /// folder without .ics files.
    static Expected<std::unique_ptr<sources::Source>> open(const sources::SourceSpec &spec);

protected:
    Expected<mapi::Message> convertItem(qsizetype index, QStringList &warnings) override;
    void countContent(const mapi::Message &message, QHash<QString, qint64> &counts) const override;
    QString contentText(const QString &key, qint64 count) const override;
    QStringList contentKeys() const override;

private:
    IcsSource(sources::SourceInfo info, CalendarOptions options);
    /// Adds the items of one parsed file.
    void addFile(std::shared_ptr<IcsFile> file);

    CalendarOptions m_options;
    QList<std::shared_ptr<IcsFile>> m_files;
    /// Per item: its file and its position in that file's items(); file -1 for a file that
    /// could not be parsed (listed as one unreadable item).
    QList<std::pair<int, int>> m_itemOf;
};

/// Registry entry "ics": probes by content (BEGIN:VCALENDAR), patterns *.ics, *.ical, *.ifb.
sources::SourceKind icsSourceKind();

} // namespace mig::calendar
