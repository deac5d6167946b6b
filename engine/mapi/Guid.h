#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <compare>

namespace mig::mapi {

/// A GUID in Windows field layout. On the wire (GXMT, PST) it is Data1/Data2/Data3 little-endian
/// followed by the 8 bytes of Data4 (gxmt-format.md §0), which is *not* QUuid::toRfc4122().
struct Guid {
    quint32 data1 = 0;
    quint16 data2 = 0;
    quint16 data3 = 0;
    std::array<quint8, 8> data4{};

    /// From 16 wire bytes; bytes must hold at least 16 bytes.
    static Guid fromWire(const char *bytes);
    static Guid fromWire(const QByteArray &bytes) { return fromWire(bytes.constData()); }
    /// From "{00020329-0000-0000-C000-000000000046}" (braces optional); a null Guid on bad input.
    static Guid fromString(const QString &text);

    QByteArray toWire() const;
    /// "{00020329-0000-0000-C000-000000000046}"
    QString toString() const;
    bool isNull() const;

    friend bool operator==(const Guid &, const Guid &) = default;
    friend auto operator<=>(const Guid &, const Guid &) = default;
};

size_t qHash(const Guid &guid, size_t seed = 0) noexcept;

// Property sets used by the converters (gxmt-format.md §5.6).
namespace PropertySet {
Guid publicStrings();      ///< PS_PUBLIC_STRINGS
Guid internetHeaders();    ///< PS_INTERNET_HEADERS
Guid mapi();               ///< PS_MAPI
Guid appointment();        ///< PSETID_Appointment
Guid task();               ///< PSETID_Task
Guid address();            ///< PSETID_Address
Guid common();             ///< PSETID_Common
Guid log();                ///< PSETID_Log
Guid note();               ///< PSETID_Note
Guid sharing();            ///< PSETID_Sharing
Guid meeting();            ///< PSETID_Meeting
Guid gromox();             ///< PSETID_Gromox
} // namespace PropertySet

} // namespace mig::mapi
