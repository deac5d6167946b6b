#pragma once

#include "mapi/Guid.h"
#include "mapi/PropTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>

namespace mig::mapi {

/// PT_SVREID: either opaque bytes (ours = false) or a Gromox folder/message/instance triple.
struct SvrEid {
    bool ours = false;
    QByteArray opaque;
    quint64 folderId = 0;
    quint64 messageId = 0;
    quint32 instance = 0;
    friend bool operator==(const SvrEid &, const SvrEid &) = default;
};

/// The value of one property. Which alternative is used follows from the property type:
///   PT_SHORT → qint16; PT_LONG, PT_ERROR → qint32; PT_FLOAT → float; PT_DOUBLE, PT_APPTIME → double;
///   PT_CURRENCY, PT_I8, PT_SYSTIME (FILETIME) → qint64; PT_BOOLEAN → bool;
///   PT_STRING8, PT_UNICODE → QString; PT_BINARY, PT_OBJECT, PT_SRESTRICTION, PT_ACTIONS → QByteArray
///   (the latter two as their encoded bytes); PT_CLSID → Guid; PT_SVREID → SvrEid;
///   PT_MV_x → QList of the single-value alternative (PT_MV_SYSTIME → QList<qint64>).
/// valueMatchesType() checks the pairing.
using PropValue = std::variant<std::monostate, qint16, qint32, qint64, float, double, bool, QString, QByteArray, Guid,
                               SvrEid, QList<qint16>, QList<qint32>, QList<qint64>, QList<float>, QList<double>,
                               QList<QString>, QList<QByteArray>, QList<Guid>>;

/// True when value holds the alternative that type requires.
bool valueMatchesType(quint16 type, const PropValue &value);

/// One tagged property.
struct Property {
    PropTag tag = 0;
    PropValue value;

    quint16 id() const { return propId(tag); }
    quint16 type() const { return propType(tag); }

    template <typename T>
    const T *get() const { return std::get_if<T>(&value); }

    friend bool operator==(const Property &, const Property &) = default;
};

/// Readable rendering of a value for dumps, logs and the preview ("Hello", 0x0000002A, 3 bytes: aa bb cc).
QString formatValue(quint16 type, const PropValue &value, qsizetype maxBinaryBytes = 32);

} // namespace mig::mapi
