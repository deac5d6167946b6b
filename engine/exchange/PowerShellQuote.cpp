#include "exchange/PowerShellQuote.h"

namespace mig::exchange {

QString psQuote(const QString &value)
{
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted.append(QLatin1Char('\''));
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'\'' || (u >= 0x2018 && u <= 0x201B))
            quoted.append(c); // doubling keeps it literal
        quoted.append(c);
    }
    quoted.append(QLatin1Char('\''));
    return quoted;
}

QString psArray(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(psQuote(v));
    return QStringLiteral("@(") + quoted.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace mig::exchange
