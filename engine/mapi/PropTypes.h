#pragma once

#include <QtGlobal>

namespace mig::mapi {

/// A MAPI property tag: property id in the high 16 bits, property type in the low 16 bits.
using PropTag = quint32;

/// MAPI property types as GXMT carries them (gxmt-format.md §7.2).
enum PropType : quint16 {
    PT_UNSPECIFIED = 0x0000,
    PT_NULL = 0x0001,
    PT_SHORT = 0x0002,
    PT_LONG = 0x0003,
    PT_FLOAT = 0x0004,
    PT_DOUBLE = 0x0005,
    PT_CURRENCY = 0x0006,
    PT_APPTIME = 0x0007,
    PT_ERROR = 0x000A,
    PT_BOOLEAN = 0x000B,
    PT_OBJECT = 0x000D,
    PT_I8 = 0x0014,
    PT_STRING8 = 0x001E,
    PT_UNICODE = 0x001F,
    PT_SYSTIME = 0x0040,
    PT_CLSID = 0x0048,
    PT_SVREID = 0x00FB,
    PT_SRESTRICTION = 0x00FD,
    PT_ACTIONS = 0x00FE,
    PT_BINARY = 0x0102,
    MV_FLAG = 0x1000,
    MVI_FLAG = 0x3000,
    PT_MV_SHORT = 0x1002,
    PT_MV_LONG = 0x1003,
    PT_MV_FLOAT = 0x1004,
    PT_MV_DOUBLE = 0x1005,
    PT_MV_CURRENCY = 0x1006,
    PT_MV_APPTIME = 0x1007,
    PT_MV_I8 = 0x1014,
    PT_MV_STRING8 = 0x101E,
    PT_MV_UNICODE = 0x101F,
    PT_MV_SYSTIME = 0x1040,
    PT_MV_CLSID = 0x1048,
    PT_MV_BINARY = 0x1102,
};

constexpr PropTag makeTag(quint16 id, quint16 type) { return (PropTag(id) << 16) | type; }
constexpr quint16 propId(PropTag tag) { return quint16(tag >> 16); }
constexpr quint16 propType(PropTag tag) { return quint16(tag & 0xFFFF); }
constexpr bool isMultiValued(quint16 type) { return (type & MV_FLAG) != 0; }
/// Property ids 0x8000..0xFFFE are named properties: their id only means something together with a
/// name declaration (gxmt-format.md §5.1).
constexpr bool isNamedPropId(quint16 id) { return id >= 0x8000 && id != 0xFFFF; }

/// True for every type GXMT can carry (single and multi-valued); PT_NULL, PT_ERROR,
/// PT_UNSPECIFIED and multi-value instance types are not among them.
bool isStreamableType(quint16 type);

/// "PT_UNICODE", "PT_MV_LONG", or "0x1234" for unknown types.
const char *typeName(quint16 type);

} // namespace mig::mapi
