#include "exchange/PstCompleteness.h"

#include <QFile>
#include <QtEndian>

namespace mig::exchange {

std::optional<qint64> declaredPstSize(const QString &path)
{
    // MS-PST 2.2.2.6: dwMagic "!BDN" at 0, wVer at 10 (14/15: ANSI, 23/36: Unicode). The ROOT
    // structure starts at 164 (ANSI, 4-byte ibFileEof after 4 reserved bytes) or 180 (Unicode,
    // 8-byte ibFileEof).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(192);
    if (header.size() < 192 || !header.startsWith("!BDN"))
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint16 version = qFromLittleEndian<quint16>(bytes + 10);
    if (version == 14 || version == 15)
        return qint64(qFromLittleEndian<quint32>(bytes + 168));
    if (version >= 23)
        return qint64(qFromLittleEndian<quint64>(bytes + 184));
    return std::nullopt;
}

} // namespace mig::exchange
