#include "mapi/PropertyBag.h"

#include <algorithm>

namespace mig::mapi {

PropertyBag::PropertyBag(std::initializer_list<Property> properties)
{
    for (const Property &p : properties)
        set(p.tag, p.value);
}

void PropertyBag::set(PropTag tag, PropValue value)
{
    for (Property &p : m_properties) {
        if (p.tag == tag) {
            p.value = std::move(value);
            return;
        }
    }
    m_properties.append(Property{tag, std::move(value)});
}

bool PropertyBag::remove(PropTag tag)
{
    return m_properties.removeIf([tag](const Property &p) { return p.tag == tag; }) > 0;
}

void PropertyBag::removeId(quint16 id)
{
    m_properties.removeIf([id](const Property &p) { return p.id() == id; });
}

const Property *PropertyBag::find(PropTag tag) const
{
    const auto it = std::find_if(m_properties.cbegin(), m_properties.cend(),
                                 [tag](const Property &p) { return p.tag == tag; });
    return it == m_properties.cend() ? nullptr : &*it;
}

const Property *PropertyBag::findId(quint16 id) const
{
    const auto it = std::find_if(m_properties.cbegin(), m_properties.cend(),
                                 [id](const Property &p) { return p.id() == id; });
    return it == m_properties.cend() ? nullptr : &*it;
}

namespace {
template <typename T>
std::optional<T> valueAs(const Property *p)
{
    if (!p)
        return std::nullopt;
    if (const T *v = p->get<T>())
        return *v;
    return std::nullopt;
}
} // namespace

std::optional<QString> PropertyBag::string(PropTag tag) const
{
    // Strings are looked up by id so that a PT_STRING8 value answers a PT_UNICODE request.
    const Property *p = find(tag);
    if (!p && (propType(tag) == PT_UNICODE || propType(tag) == PT_STRING8))
        p = findId(propId(tag));
    return valueAs<QString>(p);
}

std::optional<qint32> PropertyBag::int32(PropTag tag) const { return valueAs<qint32>(find(tag)); }
std::optional<qint64> PropertyBag::int64(PropTag tag) const { return valueAs<qint64>(find(tag)); }
std::optional<bool> PropertyBag::boolean(PropTag tag) const { return valueAs<bool>(find(tag)); }
std::optional<QByteArray> PropertyBag::binary(PropTag tag) const { return valueAs<QByteArray>(find(tag)); }

} // namespace mig::mapi
