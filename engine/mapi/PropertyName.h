#pragma once

#include "mapi/Guid.h"

#include <QHash>
#include <QString>

#include <optional>

namespace mig::mapi {

/// The name behind a named property (property id 0x8000..0xFFFE): a property set plus either a
/// numeric id (MNID_ID, "LID") or a string (MNID_STRING). Compared exactly (gxmt-format.md §5.5).
struct PropertyName {
    enum class Kind : quint8 { Id = 0, String = 1 };

    Kind kind = Kind::Id;
    Guid propertySet;
    quint32 lid = 0;  ///< for Kind::Id
    QString name;     ///< for Kind::String

    static PropertyName byId(const Guid &set, quint32 lid) { return {Kind::Id, set, lid, {}}; }
    static PropertyName byString(const Guid &set, const QString &name) { return {Kind::String, set, 0, name}; }

    /// "{GUID}:0x8208" or "{GUID}:\"Keywords\"", for dumps and logs.
    QString toString() const;

    friend bool operator==(const PropertyName &a, const PropertyName &b)
    {
        return a.kind == b.kind && a.propertySet == b.propertySet
               && (a.kind == Kind::Id ? a.lid == b.lid : a.name == b.name);
    }
};

size_t qHash(const PropertyName &name, size_t seed = 0) noexcept;

/// Which name each named property id of one source (one PST, one stream) stands for. Sources fill
/// it from their own name map; the GXMT writer re-numbers ids for the stream it writes.
/// Not thread-safe for writing; share read-only (std::shared_ptr<const NamedPropertyMap>).
class NamedPropertyMap {
public:
    /// Records that id means name (replacing an earlier meaning of id).
    void insert(quint16 id, const PropertyName &name);
    /// The id of name, allocating the next free one from 0x8000 upwards when name is new;
    /// std::nullopt when all 0x7FFF ids are taken.
    std::optional<quint16> idFor(const PropertyName &name);
    std::optional<PropertyName> nameOf(quint16 id) const;
    std::optional<quint16> find(const PropertyName &name) const;
    qsizetype size() const { return m_byId.size(); }
    const QHash<quint16, PropertyName> &entries() const { return m_byId; }

private:
    QHash<quint16, PropertyName> m_byId;
    QHash<PropertyName, quint16> m_byName;
    quint32 m_next = 0x8000;
};

} // namespace mig::mapi
