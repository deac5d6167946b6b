#include "support/ImapCredentials.h"

#include "models/SourceListModel.h"
#include "sources/imap/ImapSourceSettings.h"
#include "support/GuiThreadRelay.h"
#include "support/Prompts.h"
#include "support/SecretStore.h"

#include <QApplication>
#include <QEventLoop>

namespace mig::wizard {

namespace {

QString serverOf(const QString &host, quint16 port)
{
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace

ImapCredentials::ImapCredentials(SourceListModel &sources, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
    , m_secrets(new SecretStore(this))
    , m_relay(std::make_shared<GuiThreadRelay>(this))
{
    installed().append(this);
    installHooks();
}

ImapCredentials::~ImapCredentials()
{
    m_relay->close();
    // The hooks are process-wide: when two wizards overlap (tests, screenshots), the one still
    // there gets them back.
    QList<ImapCredentials *> &stack = installed();
    const bool wasCurrent = !stack.isEmpty() && stack.last() == this;
    stack.removeAll(this);
    if (!wasCurrent)
        return;
    if (!stack.isEmpty()) {
        stack.last()->installHooks();
        return;
    }
    imap::setImapPasswordHook(nullptr);
    imap::setImapCertificateHook(nullptr);
}

QList<ImapCredentials *> &ImapCredentials::installed()
{
    static QList<ImapCredentials *> stack; // GUI thread only
    return stack;
}

void ImapCredentials::installHooks()
{
    // The hooks hold the relay, and reach this object only through tasks the relay runs while it
    // is open: a worker calling after the destructor finds it closed and gets no answer.
    std::shared_ptr<GuiThreadRelay> relay = m_relay;
    imap::setImapPasswordHook([relay, this](const imap::ImapPasswordRequest &request) {
        auto answer = std::make_shared<std::optional<QString>>();
        if (!relay->run([this, request, answer] { *answer = answerPassword(request); }) || !answer->has_value())
            return std::optional<transport::SecretBytes>();
        return std::optional<transport::SecretBytes>(transport::SecretBytes(answer->value().toUtf8()));
    });
    imap::setImapCertificateHook([relay, this](const imap::ImapCertificateRequest &request) {
        auto trusted = std::make_shared<bool>(false);
        return relay->run([this, request, trusted] { *trusted = answerCertificate(request); }) && *trusted;
    });
}

QString ImapCredentials::keyFor(const imap::ImapPasswordRequest &request)
{
    const imap::ImapAccount &account = request.account;
    return request.masterUser.isEmpty() ? SecretStore::imapKey(account.login, account.host, account.port)
                                        : SecretStore::imapMasterKey(request.masterUser, account.host, account.port);
}

void ImapCredentials::setPassword(const QString &key, const QString &password, bool remember)
{
    if (remember)
        m_remember.insert(key);
    if (password.isEmpty())
        return;
    m_passwords.insert(key, password);
    if (remember)
        m_secrets->write(key, password);
}

void ImapCredentials::trustCertificate(const QString &host, quint16 port, const QString &fingerprint)
{
    m_trusted.insert(serverOf(host, port), fingerprint);
}

std::optional<QString> ImapCredentials::answerPassword(const imap::ImapPasswordRequest &request)
{
    const QString key = keyFor(request);
    if (request.previousError.isEmpty()) {
        if (const auto typed = m_passwords.constFind(key); typed != m_passwords.cend())
            return *typed;
        const QString remembered = readKeyChain(key);
        if (!remembered.isEmpty()) {
            m_passwords.insert(key, remembered);
            return remembered;
        }
    } else {
        // The server refused it: neither memory nor the key chain may offer it again.
        m_passwords.remove(key);
        m_secrets->remove(key);
    }
    const QString who = request.masterUser.isEmpty()
        ? tr("Password for the IMAP account %1:").arg(request.account.displayUrl())
        : tr("Password of the master user %1 for %2:").arg(request.masterUser, request.account.displayUrl());
    const QString text = request.previousError.isEmpty()
        ? who
        : tr("The server refused the password: %1").arg(request.previousError) + QStringLiteral("\n\n") + who;
    const QString typed = Prompts::password(QApplication::activeWindow(), tr("IMAP password"), text);
    if (typed.isEmpty())
        return std::nullopt;
    setPassword(key, typed, m_remember.contains(key));
    return typed;
}

bool ImapCredentials::answerCertificate(const imap::ImapCertificateRequest &request)
{
    const imap::ImapAccount &account = request.account;
    const QString location = account.displayUrl();
    const QString server = serverOf(account.host, account.port);
    bool trusted = m_trusted.value(server) == request.fingerprint;
    if (!trusted) {
        trusted = Prompts::question(
            QApplication::activeWindow(), tr("Untrusted certificate"),
            tr("The certificate of the IMAP server %1 cannot be verified: %2\n\nIts fingerprint is\n%3\n\n"
               "Compare it with the fingerprint your provider or administrator gives you. Trust this "
               "certificate for the accounts on this server?")
                .arg(server, request.problem, request.fingerprint));
    }
    if (!trusted)
        return false;
    m_trusted.insert(server, request.fingerprint);
    // Kept in the row's spec: the plan, the preview and the run accept it without asking again.
    m_sources.setSpecOption(location, QLatin1String(imap::ImapSourceSettings::kAcceptCert), request.fingerprint);
    return true;
}

QString ImapCredentials::readKeyChain(const QString &key)
{
    // The key chain answers through the event loop; a short local loop waits for it (the callers
    // are a worker waiting for this answer, or the GUI thread itself).
    struct Answer {
        QEventLoop loop;
        QString secret;
        bool answered = false;
    };
    auto answer = std::make_shared<Answer>();
    m_secrets->read(key, [answer](const QString &value) {
        answer->secret = value;
        answer->answered = true;
        answer->loop.quit();
    });
    if (!answer->answered)
        answer->loop.exec();
    return answer->secret;
}

} // namespace mig::wizard
