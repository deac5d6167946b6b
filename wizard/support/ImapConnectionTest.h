#pragma once

#include "sources/imap/ImapSourceSettings.h"

#include <QList>
#include <QString>

namespace mig::wizard {

/// One folder as the connection test shows it.
struct ImapTestFolder {
    QString path;        ///< levels joined with "/"
    quint32 messages = 0;
    bool selectable = true;
};

/// What testing an IMAP account found.
struct ImapTestResult {
    bool ok = false;
    QString error;                 ///< the server's or the network's reason, when not ok
    QString untrustedFingerprint;  ///< set when the certificate does not verify ("SHA256:<base64>")
    QString certificateProblem;    ///< why it does not verify
    bool encrypted = false;
    QList<ImapTestFolder> folders;
    quint64 messages = 0;
};

/// Connects to the account of settings (its certificate trust and master user included), logs in
/// with password and lists the folders with STATUS message counts. Read-only, blocking: run it on
/// a worker thread. The password never appears in the result.
ImapTestResult testImapConnection(const imap::ImapSourceSettings &settings, const QString &password);

} // namespace mig::wizard
