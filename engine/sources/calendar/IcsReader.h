#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct icalcomponent_impl;
typedef struct icalcomponent_impl icalcomponent;

namespace mig::calendar {

enum class ComponentKind { Event, Todo, Journal };

/// One thing that becomes one MAPI message: a VEVENT with the VEVENTs that override some of its
/// instances (same UID, RECURRENCE-ID), a VTODO or a VJOURNAL. The components belong to the
/// IcsFile that produced the item and live as long as it.
struct CalendarItem {
    ComponentKind kind = ComponentKind::Event;
    int index = 0;                   ///< 1-based position of the master component in the file
    QString uid;
    icalcomponent *master = nullptr;
    QList<icalcomponent *> overrides; ///< RECURRENCE-ID components of the same UID
    icalcomponent *calendar = nullptr; ///< the VCALENDAR it came from (its VTIMEZONEs and METHOD)
    QString method;                  ///< METHOD of that VCALENDAR, upper case; empty when absent
    QString fileName;                ///< the IcsFile's name, for messages
};

/// A parsed .ics file (one or several VCALENDARs) split into CalendarItems. Reading never fails
/// because of one bad component: libical's complaints and components this project does not
/// convert are listed in warnings() with the file name and component index.
class IcsFile {
public:
    /// Reads and parses path. Errors: unreadable file, or no VCALENDAR in it at all.
    static Expected<std::shared_ptr<IcsFile>> open(const QString &path);
    /// Parses data; name is used in messages (usually the file name).
    static Expected<std::shared_ptr<IcsFile>> parse(const QByteArray &data, const QString &name);

    ~IcsFile();
    IcsFile(const IcsFile &) = delete;
    IcsFile &operator=(const IcsFile &) = delete;

    const QString &name() const { return m_name; }
    const QList<CalendarItem> &items() const { return m_items; }
    const QStringList &warnings() const { return m_warnings; }

private:
    IcsFile() = default;
    void collect(icalcomponent *calendar, int &index);
    void addComponent(icalcomponent *calendar, icalcomponent *component, const QString &method, int index);
    void attachOverrides();
    void splitLooseInstances();
    void warnAboutParserErrors(icalcomponent *component, int index);

    QString m_name;
    icalcomponent *m_root = nullptr;
    QList<CalendarItem> m_items;
    QList<CalendarItem> m_pendingOverrides;
    QStringList m_warnings;
};

/// Text of a component property, or empty (e.g. icalText(comp, ICAL_SUMMARY_PROPERTY)).
QString componentText(icalcomponent *component, int propertyKind);

} // namespace mig::calendar
