#include "mapi/PropertyName.h"

namespace mig::mapi {

QString PropertyName::toString() const
{
    if (kind == Kind::Id)
        return propertySet.toString() + QStringLiteral(":0x") + QString::number(lid, 16).rightJustified(4, QLatin1Char('0'));
    return propertySet.toString() + QStringLiteral(":\"") + name + QLatin1Char('"');
}

size_t qHash(const PropertyName &name, size_t seed) noexcept
{
    seed = qHash(name.propertySet, seed);
    if (name.kind == PropertyName::Kind::Id)
        return ::qHash(name.lid, seed);
    return ::qHash(name.name, seed ^ 0x5A5A5A5Au);
}

void NamedPropertyMap::insert(quint16 id, const PropertyName &name)
{
    if (const auto old = m_byId.constFind(id); old != m_byId.cend())
        m_byName.remove(*old);
    m_byId.insert(id, name);
    m_byName.insert(name, id);
    if (id >= m_next)
        m_next = quint32(id) + 1;
}

std::optional<quint16> NamedPropertyMap::idFor(const PropertyName &name)
{
    if (const auto it = m_byName.constFind(name); it != m_byName.cend())
        return *it;
    // Skip ids that an explicit insert() has taken.
    while (m_next <= 0xFFFE && m_byId.contains(quint16(m_next)))
        ++m_next;
    if (m_next > 0xFFFE)
        return std::nullopt;
    const auto id = quint16(m_next++);
    m_byId.insert(id, name);
    m_byName.insert(name, id);
    return id;
}

std::optional<PropertyName> NamedPropertyMap::nameOf(quint16 id) const
{
    if (const auto it = m_byId.constFind(id); it != m_byId.cend())
        return *it;
    return std::nullopt;
}

std::optional<quint16> NamedPropertyMap::find(const PropertyName &name) const
{
    if (const auto it = m_byName.constFind(name); it != m_byName.cend())
        return *it;
    return std::nullopt;
}

} // namespace mig::mapi
