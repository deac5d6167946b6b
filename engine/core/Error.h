#pragma once

#include <QString>

#include <exception>

namespace mig {

/// A failure that a user can act upon: what went wrong (translated `message`, naming the file or
/// item) plus the raw text of the library that failed (`detail`, for logs only).
/// Thread-safe value type; may be thrown (as ErrorException) inside a job and is caught at the
/// job's boundary.
struct Error {
    enum class Code {
        Canceled,
        NotFound,
        AccessDenied,
        Corrupt,
        Network,
        Auth,
        HostKey,
        Unsupported,
        InvalidArgument,
        Remote,
        Internal,
    };

    Code code = Code::Internal;
    QString message;
    QString detail;

    /// message, followed by detail in parentheses when there is one.
    QString fullText() const;
};

/// Carries an Error through code that reports failures by exception (parsers, job bodies).
class ErrorException : public std::exception {
public:
    explicit ErrorException(Error error);
    ErrorException(Error::Code code, const QString &message, const QString &detail = {});
    const Error &error() const noexcept { return m_error; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Error m_error;
    QByteArray m_what;
};

} // namespace mig
