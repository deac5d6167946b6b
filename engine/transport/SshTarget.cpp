#include "SshTarget.h"

#include <QCoreApplication>

namespace mig::transport {

namespace {
Error invalid(const QString &text, const QString &reason)
{
    return Error{Error::Code::InvalidArgument,
                 QCoreApplication::translate("mig::transport", "Invalid SSH destination \"%1\": %2").arg(text, reason),
                 {}};
}
} // namespace

Expected<SshTarget> SshTarget::parse(const QString &text)
{
    SshTarget target;
    QString rest = text.trimmed();
    // The last '@' separates the user: user names may themselves contain '@' (domain logins).
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        target.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (target.user.isEmpty())
            return invalid(text, QCoreApplication::translate("mig::transport", "the user name before '@' is empty"));
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalid(text, QCoreApplication::translate("mig::transport", "missing ']' after the IPv6 address"));
        target.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return invalid(text, QCoreApplication::translate("mig::transport", "unexpected text after ']'"));
            portText = after.mid(1);
        }
    } else if (rest.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        target.host = rest.left(colon);
        portText = rest.mid(colon + 1);
    } else {
        target.host = rest; // a host name, or a bare IPv6 address without port
    }
    if (target.host.isEmpty())
        return invalid(text, QCoreApplication::translate("mig::transport", "the host name is empty"));
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return invalid(text, QCoreApplication::translate("mig::transport", "\"%1\" is not a port number").arg(portText));
        target.port = quint16(port);
    }
    return target;
}

QString SshTarget::toString() const
{
    QString text = user.isEmpty() ? QString() : user + QLatin1Char('@');
    const bool ipv6 = host.contains(QLatin1Char(':'));
    if (port == 22)
        return text + host;
    text += ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return text + QLatin1Char(':') + QString::number(port);
}

} // namespace mig::transport
