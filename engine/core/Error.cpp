#include "core/Error.h"

#include <utility>

namespace mig {

QString Error::fullText() const
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

ErrorException::ErrorException(Error error)
    : m_error(std::move(error))
    , m_what(m_error.fullText().toUtf8())
{
}

ErrorException::ErrorException(Error::Code code, const QString &message, const QString &detail)
    : ErrorException(Error{code, message, detail})
{
}

} // namespace mig
