#include "sources/imap/ImapPrompts.h"

#include <QMutex>
#include <QMutexLocker>

#include <cstdlib>

namespace mig::imap {

namespace {

struct Hooks {
    QMutex mutex;
    ImapPasswordHook password;
    ImapCertificateHook certificate;
};

Hooks &hooks()
{
    static Hooks instance;
    return instance;
}

} // namespace

void setImapPasswordHook(ImapPasswordHook hook)
{
    QMutexLocker lock(&hooks().mutex);
    hooks().password = std::move(hook);
}

void setImapCertificateHook(ImapCertificateHook hook)
{
    QMutexLocker lock(&hooks().mutex);
    hooks().certificate = std::move(hook);
}

std::optional<transport::SecretBytes> askImapPassword(const ImapPasswordRequest &request)
{
    ImapPasswordHook hook;
    {
        QMutexLocker lock(&hooks().mutex);
        hook = hooks().password;
    }
    if (hook)
        return hook(request);
    // The default: an environment variable, read without a QString copy that could not be wiped.
    // A second attempt after a refusal would only repeat the same wrong answer.
    const char *value = std::getenv(kImapPasswordVariable);
    if (value == nullptr || *value == '\0' || !request.previousError.isEmpty())
        return std::nullopt;
    return transport::SecretBytes(QByteArray(value));
}

bool confirmImapCertificate(const ImapCertificateRequest &request)
{
    ImapCertificateHook hook;
    {
        QMutexLocker lock(&hooks().mutex);
        hook = hooks().certificate;
    }
    return hook && hook(request);
}

} // namespace mig::imap
