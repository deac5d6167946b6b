#include "sources/calendar/IcsReader.h"

#include "sources/calendar/LooseInstances.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

#include <libical/ical.h>

namespace mig::calendar {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mig::calendar", text); }

QString kindName(icalcomponent *component)
{
    return QString::fromLatin1(icalcomponent_kind_to_string(icalcomponent_isa(component)));
}

bool hasRecurrenceId(icalcomponent *component)
{
    return icalcomponent_get_first_property(component, ICAL_RECURRENCEID_PROPERTY) != nullptr;
}

} // namespace

QString componentText(icalcomponent *component, int propertyKind)
{
    icalproperty *property = icalcomponent_get_first_property(component, icalproperty_kind(propertyKind));
    if (!property)
        return {};
    const char *text = icalproperty_get_value_as_string(property);
    if (!text)
        return {};
    // get_value_as_string returns the escaped form for TEXT values; unescape \n \, \; \\ here.
    icalvalue *value = icalproperty_get_value(property);
    if (value && icalvalue_isa(value) == ICAL_TEXT_VALUE)
        return QString::fromUtf8(icalvalue_get_text(value));
    return QString::fromUtf8(text);
}

Expected<std::shared_ptr<IcsFile>> IcsFile::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::NotFound, tr("%1: cannot be read: %2").arg(path, file.errorString()), {}};
    return parse(file.readAll(), QFileInfo(path).fileName());
}

Expected<std::shared_ptr<IcsFile>> IcsFile::parse(const QByteArray &data, const QString &name)
{
    // libical aborts on errors only when built to; make sure it just reports them.
    icalerror_set_errors_are_fatal(0);
    std::shared_ptr<IcsFile> file(new IcsFile);
    file->m_name = name;
    if (data.contains('\0'))
        return Error{Error::Code::Corrupt, tr("%1: not an iCalendar file (binary data)").arg(name), {}};
    file->m_root = icalparser_parse_string(data.constData());
    if (!file->m_root && data.contains("BEGIN:VCALENDAR") && !data.contains("END:VCALENDAR")) {
        // A cut-off file (no END:VCALENDAR) makes libical return nothing at all; closing the
        // calendar lets every complete component through, each converted or reported alone.
        const QByteArray closed = data + QByteArrayLiteral("\r\nEND:VCALENDAR\r\n");
        file->m_root = icalparser_parse_string(closed.constData());
        if (file->m_root)
            file->m_warnings.append(tr("%1: the file ends without END:VCALENDAR (cut off?); the components before "
                                       "the end are read").arg(name));
    }
    if (!file->m_root)
        return Error{Error::Code::Corrupt, tr("%1: no iCalendar data (no BEGIN:VCALENDAR)").arg(name), {}};
    int index = 0;
    const icalcomponent_kind rootKind = icalcomponent_isa(file->m_root);
    if (rootKind != ICAL_VCALENDAR_COMPONENT && rootKind != ICAL_XROOT_COMPONENT)
        return Error{Error::Code::Corrupt, tr("%1: no VCALENDAR in the file").arg(name), {}};
    if (rootKind == ICAL_VCALENDAR_COMPONENT) {
        file->collect(file->m_root, index);
    } else if (rootKind == ICAL_XROOT_COMPONENT) {
        for (icalcomponent *c = icalcomponent_get_first_component(file->m_root, ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(file->m_root, ICAL_VCALENDAR_COMPONENT))
            file->collect(c, index);
    }
    file->attachOverrides();
    return file;
}

IcsFile::~IcsFile()
{
    if (m_root)
        icalcomponent_free(m_root);
}

void IcsFile::collect(icalcomponent *calendar, int &index)
{
    const QString method = componentText(calendar, ICAL_METHOD_PROPERTY).toUpper();
    for (icalcomponent *c = icalcomponent_get_first_component(calendar, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(calendar, ICAL_ANY_COMPONENT)) {
        const icalcomponent_kind kind = icalcomponent_isa(c);
        if (kind == ICAL_VTIMEZONE_COMPONENT)
            continue; // looked up by TZID when times are converted
        ++index;
        warnAboutParserErrors(c, index);
        addComponent(calendar, c, method, index);
    }
}

void IcsFile::addComponent(icalcomponent *calendar, icalcomponent *component, const QString &method, int index)
{
    CalendarItem item;
    item.index = index;
    item.master = component;
    item.calendar = calendar;
    item.method = method;
    item.fileName = m_name;
    item.uid = componentText(component, ICAL_UID_PROPERTY);
    switch (icalcomponent_isa(component)) {
    case ICAL_VEVENT_COMPONENT:
        item.kind = ComponentKind::Event;
        if (hasRecurrenceId(component) && !item.uid.isEmpty()) {
            m_pendingOverrides.append(item);
            return;
        }
        break;
    case ICAL_VTODO_COMPONENT:
        item.kind = ComponentKind::Todo;
        break;
    case ICAL_VJOURNAL_COMPONENT:
        item.kind = ComponentKind::Journal;
        break;
    default:
        m_warnings.append(tr("%1: component %2 (%3) is not converted: only VEVENT, VTODO and VJOURNAL are")
                              .arg(m_name)
                              .arg(index)
                              .arg(kindName(component)));
        return;
    }
    m_items.append(item);
}

// Overrides are grouped with the master of the same UID wherever they appear in the file; an
// override without a master (gromox-ical2mt rejects the file) becomes an event of its own.
void IcsFile::attachOverrides()
{
    QHash<QString, qsizetype> masterByUid;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].kind == ComponentKind::Event && !m_items[i].uid.isEmpty())
            masterByUid.insert(m_items[i].uid, i);
    }
    for (const CalendarItem &override : std::as_const(m_pendingOverrides)) {
        const auto it = masterByUid.constFind(override.uid);
        if (it != masterByUid.cend()) {
            m_items[*it].overrides.append(override.master);
            continue;
        }
        m_warnings.append(tr("%1: component %2 (VEVENT \"%3\") changes one instance of a series that is not in "
                             "the file; it is kept as a single appointment")
                              .arg(m_name)
                              .arg(override.index)
                              .arg(componentText(override.master, ICAL_SUMMARY_PROPERTY)));
        m_items.append(override);
    }
    splitLooseInstances();
    m_pendingOverrides.clear();
    // Stable: the copies made for RDATEs share their master's index and follow it.
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const CalendarItem &a, const CalendarItem &b) { return a.index < b.index; });
}

// Instances an Outlook series cannot hold (RDATEs, overrides of events without RRULE) become
// items of their own (LooseInstances.h).
void IcsFile::splitLooseInstances()
{
    QHash<icalcomponent *, qsizetype> pendingOf;
    for (qsizetype i = 0; i < m_pendingOverrides.size(); ++i)
        pendingOf.insert(m_pendingOverrides[i].master, i);
    QList<CalendarItem> added;
    QList<qsizetype> dropped;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        LooseInstances loose = calendar::splitLooseInstances(m_items[i], m_warnings);
        for (icalcomponent *own : std::as_const(loose.ownOverrides))
            added.append(m_pendingOverrides.at(pendingOf.value(own)));
        added += loose.extraInstances;
        if (loose.dropMaster)
            dropped.prepend(i);
    }
    for (const qsizetype i : std::as_const(dropped))
        m_items.removeAt(i);
    m_items += added;
}

void IcsFile::warnAboutParserErrors(icalcomponent *component, int index)
{
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
        m_warnings.append(tr("%1: component %2 (%3): %4")
                              .arg(m_name)
                              .arg(index)
                              .arg(kindName(component), QString::fromUtf8(icalproperty_get_xlicerror(p))));
    }
}

} // namespace mig::calendar
