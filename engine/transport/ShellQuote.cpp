#include "ShellQuote.h"

namespace mig::transport {

QString shellQuote(const QString &argument)
{
    // Inside single quotes a POSIX shell interprets nothing, so the only character to handle is
    // the single quote itself: close the quote, add an escaped quote, reopen.
    QString quoted;
    quoted.reserve(argument.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : argument) {
        if (c == QLatin1Char('\''))
            quoted += QLatin1String("'\\''");
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString shellCommand(const QStringList &words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString &word : words)
        quoted.append(shellQuote(word));
    return quoted.join(QLatin1Char(' '));
}

} // namespace mig::transport
