#include "mapi/Guid.h"

#include <QtEndian>
#include <QUuid>

namespace mig::mapi {

Guid Guid::fromWire(const char *bytes)
{
    Guid g;
    g.data1 = qFromLittleEndian<quint32>(bytes);
    g.data2 = qFromLittleEndian<quint16>(bytes + 4);
    g.data3 = qFromLittleEndian<quint16>(bytes + 6);
    for (int i = 0; i < 8; ++i)
        g.data4[i] = quint8(bytes[8 + i]);
    return g;
}

Guid Guid::fromString(const QString &text)
{
    const QUuid uuid(text.startsWith(QLatin1Char('{')) ? text : QLatin1Char('{') + text + QLatin1Char('}'));
    Guid g;
    g.data1 = uuid.data1;
    g.data2 = uuid.data2;
    g.data3 = uuid.data3;
    for (int i = 0; i < 8; ++i)
        g.data4[i] = uuid.data4[i];
    return g;
}

QByteArray Guid::toWire() const
{
    QByteArray out(16, Qt::Uninitialized);
    qToLittleEndian(data1, out.data());
    qToLittleEndian(data2, out.data() + 4);
    qToLittleEndian(data3, out.data() + 6);
    for (int i = 0; i < 8; ++i)
        out[8 + i] = char(data4[i]);
    return out;
}

QString Guid::toString() const
{
    const QUuid uuid(data1, data2, data3, data4[0], data4[1], data4[2], data4[3], data4[4], data4[5], data4[6],
                     data4[7]);
    return uuid.toString(QUuid::WithBraces).toUpper();
}

bool Guid::isNull() const
{
    return *this == Guid{};
}

size_t qHash(const Guid &guid, size_t seed) noexcept
{
    const QByteArray wire = guid.toWire();
    return ::qHash(wire, seed);
}

namespace PropertySet {
namespace {
Guid microsoftSet(quint32 data1)
{
    // The Microsoft property sets share the tail 0000-C000-000000000046.
    return Guid{data1, 0, 0, {0xC0, 0, 0, 0, 0, 0, 0, 0x46}};
}
} // namespace

Guid publicStrings() { return microsoftSet(0x00020329); }
Guid internetHeaders() { return microsoftSet(0x00020386); }
Guid mapi() { return microsoftSet(0x00020328); }
Guid appointment() { return microsoftSet(0x00062002); }
Guid task() { return microsoftSet(0x00062003); }
Guid address() { return microsoftSet(0x00062004); }
Guid common() { return microsoftSet(0x00062008); }
Guid log() { return microsoftSet(0x0006200A); }
Guid note() { return microsoftSet(0x0006200E); }
Guid sharing() { return microsoftSet(0x00062040); }
Guid meeting() { return Guid{0x6ED8DA90, 0x450B, 0x101B, {0x98, 0xDA, 0x00, 0xAA, 0x00, 0x3F, 0x13, 0x05}}; }
Guid gromox() { return Guid{0x1DE937E2, 0x85C6, 0x40A1, {0xBD, 0x9D, 0xA6, 0xE2, 0xB7, 0xB7, 0x87, 0xB1}}; }
} // namespace PropertySet

} // namespace mig::mapi
