#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mig::kopano {

/// One Kopano user as `kopano-admin --details <login>` describes it (the fields grommunio's
/// create_k2g_migration_lists.sh reads, gxmt-format.md §13.1). Plain value type.
struct KopanoUser {
    QString login;
    QString email;
    QString storeGuid;        ///< empty when kopano-admin shows none
    double storeMiB = 0;      ///< "Current store size" (first one: the user's own store)
    bool active = true;
    QString archiveGuid;      ///< Kopano Archiver store, empty when the user has none
    double archiveMiB = 0;    ///< second "Current store size" (archive details), 0 when none
    friend bool operator==(const KopanoUser &, const KopanoUser &) = default;
};

/// The login names of `kopano-admin -l`: the first word of every table row, without the header
/// ("User list for ...", "Username"), separator lines and the built-in SYSTEM account (as the
/// grommunio script skips them).
QStringList parseUserList(const QByteArray &output);

/// Reads `kopano-admin --details <login>` ("Label:<tabs>value" lines). Errors (Corrupt) when the
/// output names no e-mail address, which every migrated mailbox needs as its target.
Expected<KopanoUser> parseUserDetails(const QString &login, const QByteArray &output);

/// A size as kopano-admin prints it ("123.45 MiB", "2 GiB", "512 KiB", "0 B"), in MiB; -1 when
/// it is no size.
double parseStorageSize(const QString &text);

} // namespace mig::kopano
