#pragma once

#include "core/Expected.h"
#include "kopano/KopanoUser.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mig::kopano {

/// One line of the Kopano migration list that grommunio's scripts share
/// (gxmt-format.md §13.1): `<target mail>,<Kopano login or store GUID>,<0|1>`, or
/// `@domain,<public store GUID>` for the public store of a domain.
struct MigrationEntry {
    QString target;   ///< user@domain, or @domain for the public store
    QString store;    ///< the Kopano login (byGuid false) or the store GUID (byGuid true)
    bool byGuid = false;
    double sizeMiB = -1; ///< from the comment line the discovery wrote above it; -1 unknown
    bool active = true;  ///< likewise
    QString archiveGuid; ///< likewise ("archive: <GUID>"): the user's Kopano Archiver store, if any
    bool isPublic() const { return target.startsWith(QLatin1Char('@')); }
    friend bool operator==(const MigrationEntry &, const MigrationEntry &) = default;
};

/// Whether text is a Kopano store GUID: 32 hexadecimal digits.
bool isStoreGuid(const QString &text);

/// Reads a list as the scripts do: `#` starts a comment, blanks are removed, lines without `@`
/// are ignored, the third field defaults to 0, a public store line is always by GUID. Errors
/// (Corrupt) name the line: too many fields, a type other than 0/1, a GUID that is none.
Expected<QList<MigrationEntry>> parseMigrationList(const QByteArray &text);

/// Writes the list the way create_k2g_migration_lists.sh does: a commented header, then per user
/// a comment (login, number, size, active, and "archive: <GUID>" for a user with an archive
/// store, which `plan` reads back), the commented-out GUID alternative and the active
/// `<mail>,<login>,0` line; publicStores (`@domain`, GUID) first. archive true writes the
/// Archiver list instead (users with an archive store, by archive GUID).
QByteArray writeMigrationList(const QList<KopanoUser> &users, const QList<MigrationEntry> &publicStores,
                              bool archive = false);

} // namespace mig::kopano
