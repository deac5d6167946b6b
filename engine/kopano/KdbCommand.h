#pragma once

#include "core/Expected.h"

#include <QString>
#include <QStringList>

namespace mig::kopano {

/// How gromox-kdb2mt reaches the Kopano data (gromox: doc/gromox-kdb2mt.8). Holds no secret: the
/// SQL password is fed to the command on its standard input (kdb2mtInput()), never written into
/// its command line, a plan or a log.
struct KdbSettings {
    QString sqlHost;        ///< --sql-host; empty = kdb2mt's default (localhost)
    int sqlPort = 0;        ///< --sql-port; 0 = default
    QString sqlUser;        ///< --sql-user; empty = default (root)
    QString sqlDatabase;    ///< --sql-db; empty = default (kopano)
    QString userMap;        ///< --user-map file on the grommunio server (kdb-uidextract); empty = none
    QString attachDir;      ///< --src-attach: the attachment directory as the server sees it
    bool splice = true;     ///< -s: special folders into the target's own (the scripts always use it)
    bool useSudo = false;   ///< run through sudo -n
};

/// Which store to extract.
struct KdbStore {
    QString login; ///< --mbox-mro
    QString guid;  ///< --mbox-guid (wins over login)
};

/// The remote command line that runs gromox-kdb2mt for store: a POSIX shell reads the SQL
/// password from the first line of standard input into SQLPASS (a builtin: no process shows it
/// in its arguments), exports it to kdb2mt alone and execs it; every argument is quoted.
QString kdbCommand(const KdbSettings &settings, const KdbStore &store);

/// The words of that gromox-kdb2mt command (unquoted).
QStringList kdbWords(const KdbSettings &settings, const KdbStore &store);

/// What to send first on the command's standard input: the password and a newline. Fails
/// (InvalidArgument) for a password with a line break, which one line cannot carry.
Expected<QByteArray> kdbInput(const QByteArray &sqlPassword);

/// Mounting the Kopano attachment directory on the grommunio server for a run: a new directory
/// made with mktemp, `sshfs -o ro,idmap=user <remote> <dir>`, and the directory printed on
/// standard output. remote is "[user@]host:/var/lib/kopano/attachments".
QString mountCommand(const QString &remote, bool useSudo);
/// Unmounts dir (fusermount3, else fusermount) and removes the directory mountCommand() created.
QString unmountCommand(const QString &dir, bool useSudo);

} // namespace mig::kopano
