#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

namespace mig::cli {

/// Whether standard input and standard error are a terminal (so a question can be asked).
bool onTerminal();

/// Reads one line from the terminal into a byte buffer (never a QString, so it can be wiped),
/// with echo switched off for secrets.
QByteArray readTerminalLine(bool echo);

/// The first line of a password file, without its line end. Errors: NotFound/AccessDenied
/// naming the file.
Expected<QByteArray> readPasswordFile(const QString &path);

} // namespace mig::cli
