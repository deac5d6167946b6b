#pragma once

#include <QString>

namespace mig::gxmt {

/// The form in which Gromox compares the names of sibling folders: case-insensitively, and with
/// trailing spaces and dots ignored (names that differ only in those collide on the server: the
/// exclusive create fails with "A folder or item cannot be created because one with the same name
/// ... already exists"). The converter keeps sibling names apart by this key, and the validator
/// rejects a stream in which two siblings share it.
inline QString folderNameKey(const QString &name)
{
    qsizetype end = name.size();
    while (end > 0 && (name.at(end - 1) == QLatin1Char(' ') || name.at(end - 1) == QLatin1Char('.')))
        --end;
    return name.left(end).toCaseFolded();
}

} // namespace mig::gxmt
