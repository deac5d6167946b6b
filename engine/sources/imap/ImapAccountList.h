#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mig::imap {

/// One line of an IMAP accounts file.
struct ImapAccountListEntry {
    QString login;       ///< the source account's login, as the IMAP server knows it
    QString target;      ///< the grommunio mailbox (user@domain); empty in a `login,password` line
    QByteArray password; ///< UTF-8, empty when the line has none (master-user login); a secret
    int line = 0;        ///< the line of the file, for messages
};

/// How the columns of a line without header are read.
enum class ImapAccountListLayout {
    /// `login,target[,password]` (for `plan --imap-accounts`).
    Accounts,
    /// `login,password` or `login,target,password` by the number of fields (for --imap-passwords,
    /// which accepts the accounts file itself); lines without a password are left out.
    Passwords,
};

/// Reads an IMAP accounts file: CSV (engine/mapping/Csv) with ',' or ';' as separator (the first
/// of the two on the first line: logins contain neither), quoted fields for passwords holding
/// either, '#' comment lines and blank lines skipped. An optional header line starts with the
/// column "login" and names the others ("target", "password") in any order.
/// Errors (Corrupt, naming file and line): an empty login, a target that is no address, too many
/// or too few fields, a login listed twice. NotFound/AccessDenied when the file cannot be read.
/// The passwords are secrets: callers keep them in memory only and wipe them when done.
Expected<QList<ImapAccountListEntry>> readImapAccountList(const QString &path, ImapAccountListLayout layout);

/// True when other users than the owner may read the file (group or world read permission), which
/// a file holding passwords should not allow. Always false where the platform has no such bits.
bool readableByOthers(const QString &path);

} // namespace mig::imap
