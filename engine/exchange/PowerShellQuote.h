#pragma once

#include <QString>
#include <QStringList>

namespace mig::exchange {

/// value as a PowerShell single-quoted string literal: nothing inside is expanded ($, backtick,
/// subexpressions), and every quote character PowerShell accepts as a single quote (' and the
/// typographic U+2018..U+201B, which it treats the same way) is doubled.
QString psQuote(const QString &value);

/// @('a', 'b') for a PowerShell string array.
QString psArray(const QStringList &values);

} // namespace mig::exchange
