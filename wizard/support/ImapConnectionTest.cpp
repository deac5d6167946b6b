#include "support/ImapConnectionTest.h"

#include "sources/imap/ImapClient.h"

namespace mig::wizard {

ImapTestResult testImapConnection(const imap::ImapSourceSettings &settings, const QString &password)
{
    ImapTestResult result;
    imap::ImapClient client(settings.clientOptions());
    if (Expected<void> connected = client.connectToServer(); !connected) {
        result.error = connected.error().message;
        if (connected.error().code == Error::Code::HostKey && !client.peerFingerprint().isEmpty()) {
            result.untrustedFingerprint = client.peerFingerprint();
            result.certificateProblem = connected.error().message;
        }
        return result;
    }
    result.encrypted = client.isEncrypted();
    if (Expected<void> loggedIn = client.login(password, settings.masterUser); !loggedIn) {
        result.error = loggedIn.error().message;
        return result;
    }
    Expected<QList<imap::ImapFolder>> listed = client.listFolders();
    if (!listed) {
        result.error = listed.error().message;
        return result;
    }
    for (const imap::ImapFolder &folder : *listed) {
        ImapTestFolder shown;
        shown.path = folder.path().join(QLatin1Char('/'));
        shown.selectable = folder.isSelectable();
        if (shown.selectable) {
            // LIST-STATUS may have brought the counts along; otherwise one STATUS per folder.
            std::optional<imap::ImapFolderStatus> status = folder.status;
            if (!status) {
                Expected<imap::ImapFolderStatus> asked = client.status(folder);
                if (!asked) {
                    result.error = asked.error().message;
                    return result;
                }
                status = *asked;
            }
            shown.messages = status->messages;
            result.messages += status->messages;
        }
        result.folders.append(shown);
    }
    client.logout();
    result.ok = true;
    return result;
}

} // namespace mig::wizard
