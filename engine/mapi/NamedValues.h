#pragma once

#include "mapi/Message.h"

#include <optional>

namespace mig::mapi {

/// Sets named properties on a message that a converter builds from scratch (calendar, contacts):
/// the message gets a NamedPropertyMap of its own and ids are allocated from 0x8000 in order of
/// first use, the way gromox-eml2mt numbers them (gxmt-format.md §11.2).
class NamedPropertySetter {
public:
    explicit NamedPropertySetter(Message &message);
    /// For an embedded message that shares its parent's map (exceptions of a series).
    NamedPropertySetter(Message &message, std::shared_ptr<NamedPropertyMap> sharedMap);
    std::shared_ptr<NamedPropertyMap> map() const { return m_map; }

    /// Sets name (with the given property type) to value; false when the id space is full.
    bool set(const PropertyName &name, quint16 type, PropValue value);
    /// The tag name has on this message (allocating its id), for PropertyBags of attachments
    /// or exceptions that share the message's map.
    std::optional<PropTag> tagFor(const PropertyName &name, quint16 type);

private:
    Message &m_message;
    std::shared_ptr<NamedPropertyMap> m_map;
};

/// The value of a named property of message (looked up through its map), if set with this type.
const PropValue *namedValue(const Message &message, const PropertyName &name, quint16 type);

/// Shorthands for the converters' own property sets (gxmt-format.md §5.6).
PropertyName appointmentLid(quint32 lid); ///< PSETID_Appointment
PropertyName commonLid(quint32 lid);      ///< PSETID_Common
PropertyName taskLid(quint32 lid);        ///< PSETID_Task
PropertyName addressLid(quint32 lid);     ///< PSETID_Address
PropertyName meetingLid(quint32 lid);     ///< PSETID_Meeting
PropertyName keywordsName();              ///< PS_PUBLIC_STRINGS "Keywords" (categories)

} // namespace mig::mapi
