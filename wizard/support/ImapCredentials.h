#pragma once

#include "sources/imap/ImapPrompts.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace mig::wizard {

class GuiThreadRelay;
class SecretStore;
class SourceListModel;

/// The passwords and certificate decisions of IMAP accounts for this wizard session. While it
/// exists it is the engine's IMAP password and certificate hook (mig::imap::setImapPasswordHook,
/// setImapCertificateHook), so inspection, preview and run, which open accounts on worker threads,
/// get their passwords here: first those typed in this session (memory only), then the key chain
/// (SecretStore::imapKey / imapMasterKey), else the user is asked (Prompts::password). A refused
/// password is forgotten (also in the key chain) before the user is asked again. An untrusted
/// certificate is shown with its SHA-256 fingerprint and the problem (Prompts::question); a
/// confirmed one is written as option "acceptCert" into the account's row, so the plan and the run
/// accept it without asking again. Lives on the GUI thread; the hooks marshal to it.
class ImapCredentials final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImapCredentials)

public:
    ImapCredentials(SourceListModel &sources, QObject *parent = nullptr);
    /// Uninstalls the hooks (or gives them back to an older instance still alive); workers still
    /// asking this one get no password.
    ~ImapCredentials() override;

    /// Keeps password for key (SecretStore::imapKey/imapMasterKey) for this session, and in the key
    /// chain when remember is set; later passwords typed for key at a prompt are remembered too.
    void setPassword(const QString &key, const QString &password, bool remember);
    /// Trusts the certificate with this fingerprint for host:port for this session.
    void trustCertificate(const QString &host, quint16 port, const QString &fingerprint);
    /// The key a request's password is kept under.
    static QString keyFor(const imap::ImapPasswordRequest &request);

private:
    /// The live instances, oldest first; the last one's hooks are installed.
    static QList<ImapCredentials *> &installed();
    void installHooks();
    std::optional<QString> answerPassword(const imap::ImapPasswordRequest &request);
    bool answerCertificate(const imap::ImapCertificateRequest &request);
    /// The key chain's entry for key ("" when none), waited for on this thread.
    QString readKeyChain(const QString &key);

    SourceListModel &m_sources;
    SecretStore *m_secrets = nullptr;
    std::shared_ptr<GuiThreadRelay> m_relay;
    QHash<QString, QString> m_passwords; ///< typed this session, by key
    QSet<QString> m_remember;            ///< keys whose passwords go to the key chain
    QHash<QString, QString> m_trusted;   ///< "host:port" -> confirmed fingerprint
};

} // namespace mig::wizard
