#include "mapi/NamedValues.h"

namespace mig::mapi {

NamedPropertySetter::NamedPropertySetter(Message &message)
    : m_message(message)
{
    // Copy an existing map so that ids already used on the message keep their meaning.
    m_map = message.namedProperties ? std::make_shared<NamedPropertyMap>(*message.namedProperties)
                                    : std::make_shared<NamedPropertyMap>();
    m_message.namedProperties = m_map;
}

NamedPropertySetter::NamedPropertySetter(Message &message, std::shared_ptr<NamedPropertyMap> sharedMap)
    : m_message(message)
    , m_map(std::move(sharedMap))
{
    m_message.namedProperties = m_map;
}

std::optional<PropTag> NamedPropertySetter::tagFor(const PropertyName &name, quint16 type)
{
    const auto id = m_map->idFor(name);
    if (!id)
        return std::nullopt;
    return makeTag(*id, type);
}

bool NamedPropertySetter::set(const PropertyName &name, quint16 type, PropValue value)
{
    const auto tag = tagFor(name, type);
    if (!tag)
        return false;
    m_message.properties.set(*tag, std::move(value));
    return true;
}

const PropValue *namedValue(const Message &message, const PropertyName &name, quint16 type)
{
    if (!message.namedProperties)
        return nullptr;
    const auto id = message.namedProperties->find(name);
    if (!id)
        return nullptr;
    const Property *property = message.properties.find(makeTag(*id, type));
    return property ? &property->value : nullptr;
}

PropertyName appointmentLid(quint32 lid) { return PropertyName::byId(PropertySet::appointment(), lid); }
PropertyName commonLid(quint32 lid) { return PropertyName::byId(PropertySet::common(), lid); }
PropertyName taskLid(quint32 lid) { return PropertyName::byId(PropertySet::task(), lid); }
PropertyName addressLid(quint32 lid) { return PropertyName::byId(PropertySet::address(), lid); }
PropertyName meetingLid(quint32 lid) { return PropertyName::byId(PropertySet::meeting(), lid); }
PropertyName keywordsName() { return PropertyName::byString(PropertySet::publicStrings(), QStringLiteral("Keywords")); }

} // namespace mig::mapi
