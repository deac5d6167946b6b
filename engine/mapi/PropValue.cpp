#include "mapi/PropValue.h"

#include <QDateTime>
#include <QTimeZone>

namespace mig::mapi {

bool isStreamableType(quint16 type)
{
    switch (type) {
    case PT_SHORT: case PT_LONG: case PT_FLOAT: case PT_DOUBLE: case PT_CURRENCY: case PT_APPTIME:
    case PT_BOOLEAN: case PT_OBJECT: case PT_I8: case PT_STRING8: case PT_UNICODE: case PT_SYSTIME:
    case PT_CLSID: case PT_SVREID: case PT_SRESTRICTION: case PT_ACTIONS: case PT_BINARY:
    case PT_MV_SHORT: case PT_MV_LONG: case PT_MV_FLOAT: case PT_MV_DOUBLE: case PT_MV_CURRENCY:
    case PT_MV_APPTIME: case PT_MV_I8: case PT_MV_STRING8: case PT_MV_UNICODE: case PT_MV_SYSTIME:
    case PT_MV_CLSID: case PT_MV_BINARY:
        return true;
    default:
        return false;
    }
}

const char *typeName(quint16 type)
{
    switch (type) {
    case PT_UNSPECIFIED: return "PT_UNSPECIFIED";
    case PT_NULL: return "PT_NULL";
    case PT_SHORT: return "PT_SHORT";
    case PT_LONG: return "PT_LONG";
    case PT_FLOAT: return "PT_FLOAT";
    case PT_DOUBLE: return "PT_DOUBLE";
    case PT_CURRENCY: return "PT_CURRENCY";
    case PT_APPTIME: return "PT_APPTIME";
    case PT_ERROR: return "PT_ERROR";
    case PT_BOOLEAN: return "PT_BOOLEAN";
    case PT_OBJECT: return "PT_OBJECT";
    case PT_I8: return "PT_I8";
    case PT_STRING8: return "PT_STRING8";
    case PT_UNICODE: return "PT_UNICODE";
    case PT_SYSTIME: return "PT_SYSTIME";
    case PT_CLSID: return "PT_CLSID";
    case PT_SVREID: return "PT_SVREID";
    case PT_SRESTRICTION: return "PT_SRESTRICTION";
    case PT_ACTIONS: return "PT_ACTIONS";
    case PT_BINARY: return "PT_BINARY";
    case PT_MV_SHORT: return "PT_MV_SHORT";
    case PT_MV_LONG: return "PT_MV_LONG";
    case PT_MV_FLOAT: return "PT_MV_FLOAT";
    case PT_MV_DOUBLE: return "PT_MV_DOUBLE";
    case PT_MV_CURRENCY: return "PT_MV_CURRENCY";
    case PT_MV_APPTIME: return "PT_MV_APPTIME";
    case PT_MV_I8: return "PT_MV_I8";
    case PT_MV_STRING8: return "PT_MV_STRING8";
    case PT_MV_UNICODE: return "PT_MV_UNICODE";
    case PT_MV_SYSTIME: return "PT_MV_SYSTIME";
    case PT_MV_CLSID: return "PT_MV_CLSID";
    case PT_MV_BINARY: return "PT_MV_BINARY";
    default: return "unknown";
    }
}

bool valueMatchesType(quint16 type, const PropValue &v)
{
    switch (type) {
    case PT_SHORT: return std::holds_alternative<qint16>(v);
    case PT_LONG: case PT_ERROR: return std::holds_alternative<qint32>(v);
    case PT_FLOAT: return std::holds_alternative<float>(v);
    case PT_DOUBLE: case PT_APPTIME: return std::holds_alternative<double>(v);
    case PT_CURRENCY: case PT_I8: case PT_SYSTIME: return std::holds_alternative<qint64>(v);
    case PT_BOOLEAN: return std::holds_alternative<bool>(v);
    case PT_STRING8: case PT_UNICODE: return std::holds_alternative<QString>(v);
    case PT_BINARY: case PT_OBJECT: case PT_SRESTRICTION: case PT_ACTIONS: return std::holds_alternative<QByteArray>(v);
    case PT_CLSID: return std::holds_alternative<Guid>(v);
    case PT_SVREID: return std::holds_alternative<SvrEid>(v);
    case PT_MV_SHORT: return std::holds_alternative<QList<qint16>>(v);
    case PT_MV_LONG: return std::holds_alternative<QList<qint32>>(v);
    case PT_MV_FLOAT: return std::holds_alternative<QList<float>>(v);
    case PT_MV_DOUBLE: case PT_MV_APPTIME: return std::holds_alternative<QList<double>>(v);
    case PT_MV_CURRENCY: case PT_MV_I8: case PT_MV_SYSTIME: return std::holds_alternative<QList<qint64>>(v);
    case PT_MV_STRING8: case PT_MV_UNICODE: return std::holds_alternative<QList<QString>>(v);
    case PT_MV_CLSID: return std::holds_alternative<QList<Guid>>(v);
    case PT_MV_BINARY: return std::holds_alternative<QList<QByteArray>>(v);
    default: return false;
    }
}

namespace {

QString formatBinary(const QByteArray &bytes, qsizetype maxBytes)
{
    QString text = QString::number(bytes.size()) + QStringLiteral(" bytes");
    if (!bytes.isEmpty()) {
        text += QStringLiteral(": ") + QString::fromLatin1(bytes.left(maxBytes).toHex(' '));
        if (bytes.size() > maxBytes)
            text += QStringLiteral(" …");
    }
    return text;
}

QString formatFileTime(qint64 fileTime)
{
    // FILETIME: 100 ns since 1601-01-01 UTC.
    constexpr qint64 epochDelta = 11644473600LL;
    const qint64 msecs = fileTime / 10000 - epochDelta * 1000;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

template <typename T, typename F>
QString formatList(const QList<T> &list, F format)
{
    QStringList parts;
    for (const T &item : list)
        parts.append(format(item));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

QString formatValue(quint16 type, const PropValue &v, qsizetype maxBinaryBytes)
{
    if (!valueMatchesType(type, v))
        return QStringLiteral("<value does not match %1>").arg(QLatin1String(typeName(type)));
    const quint16 base = type & ~MV_FLAG;
    auto one = [&](auto &&item) -> QString {
        using T = std::decay_t<decltype(item)>;
        if constexpr (std::is_same_v<T, QString>)
            return quoted(item);
        else if constexpr (std::is_same_v<T, QByteArray>)
            return formatBinary(item, maxBinaryBytes);
        else if constexpr (std::is_same_v<T, Guid>)
            return item.toString();
        else if constexpr (std::is_same_v<T, bool>)
            return item ? QStringLiteral("true") : QStringLiteral("false");
        else if constexpr (std::is_same_v<T, qint64>)
            return base == PT_SYSTIME ? formatFileTime(item) : QString::number(item);
        else if constexpr (std::is_same_v<T, qint32>)
            return QString::number(item) + QStringLiteral(" (0x") + QString::number(quint32(item), 16) + QLatin1Char(')');
        else if constexpr (std::is_arithmetic_v<T>)
            return QString::number(item);
        else
            return {};
    };
    return std::visit(
        [&](auto &&value) -> QString {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return QStringLiteral("<empty>");
            else if constexpr (std::is_same_v<T, SvrEid>)
                return value.ours ? QStringLiteral("svreid(fid=0x%1, mid=0x%2, instance=%3)")
                                        .arg(value.folderId, 0, 16)
                                        .arg(value.messageId, 0, 16)
                                        .arg(value.instance)
                                  : QStringLiteral("svreid(") + formatBinary(value.opaque, maxBinaryBytes) + QLatin1Char(')');
            else if constexpr (std::is_same_v<T, QList<qint16>> || std::is_same_v<T, QList<qint32>>
                               || std::is_same_v<T, QList<qint64>> || std::is_same_v<T, QList<float>>
                               || std::is_same_v<T, QList<double>> || std::is_same_v<T, QList<QString>>
                               || std::is_same_v<T, QList<QByteArray>> || std::is_same_v<T, QList<Guid>>)
                return formatList(value, one);
            else
                return one(value);
        },
        v);
}

} // namespace mig::mapi
