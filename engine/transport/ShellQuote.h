#pragma once

#include <QString>
#include <QStringList>

namespace mig::transport {

/// Quotes one argument for a POSIX shell: the result is always a single word with the literal
/// value of argument, whatever it contains (spaces, quotes, ';', '$', newlines). Uses single quotes,
/// writing an embedded ' as '\''. Pure function, thread-safe.
QString shellQuote(const QString &argument);

/// Joins a program and its arguments into one command line for the remote shell (SSH exec
/// requests are always run through the login shell), each word quoted with shellQuote().
QString shellCommand(const QStringList &words);

} // namespace mig::transport
