#pragma once

#include "mapi/PropValue.h"

#include <QList>

#include <optional>

namespace mig::mapi {

/// The properties of one object (folder, message, recipient row, attachment), in insertion order.
/// At most one value per tag; set() replaces. Order is kept because streams are compared byte
/// for byte.
class PropertyBag {
public:
    PropertyBag() = default;
    PropertyBag(std::initializer_list<Property> properties);

    /// Sets tag to value, replacing an existing value of the same tag in place.
    void set(PropTag tag, PropValue value);
    /// Removes the property with exactly this tag; returns whether there was one.
    bool remove(PropTag tag);
    /// Removes every property with this id, whatever its type.
    void removeId(quint16 id);

    bool contains(PropTag tag) const { return find(tag) != nullptr; }
    const Property *find(PropTag tag) const;
    /// The first property with this id, whatever its type (PT_STRING8 or PT_UNICODE, say).
    const Property *findId(quint16 id) const;

    std::optional<QString> string(PropTag tag) const;
    std::optional<qint32> int32(PropTag tag) const;
    std::optional<qint64> int64(PropTag tag) const;
    std::optional<bool> boolean(PropTag tag) const;
    std::optional<QByteArray> binary(PropTag tag) const;

    qsizetype size() const { return m_properties.size(); }
    bool isEmpty() const { return m_properties.isEmpty(); }
    const QList<Property> &properties() const { return m_properties; }
    QList<Property>::const_iterator begin() const { return m_properties.cbegin(); }
    QList<Property>::const_iterator end() const { return m_properties.cend(); }

    friend bool operator==(const PropertyBag &, const PropertyBag &) = default;

private:
    QList<Property> m_properties;
};

} // namespace mig::mapi
