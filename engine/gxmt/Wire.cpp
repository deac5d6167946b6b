#include "gxmt/Wire.h"

namespace mig::gxmt::wire {

QByteArray magic(Revision revision)
{
    return QByteArrayLiteral("GXMT000") + QByteArray::number(int(revision));
}

QString hex(quint64 value)
{
    return QStringLiteral("0x") + QString::number(value, 16).toUpper();
}

QString hexOffset(quint64 offset)
{
    return QStringLiteral("0x") + QString::number(offset, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

} // namespace mig::gxmt::wire
