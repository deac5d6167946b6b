#pragma once

#include "cli/Terminal.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QString>

namespace mig::cli {

/// The first line of a password file, without its line end. Errors: NotFound/AccessDenied
/// naming the file.
Expected<QByteArray> readPasswordFile(const QString &path);

} // namespace mig::cli
