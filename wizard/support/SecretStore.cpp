#include "support/SecretStore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace mig::wizard {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "mig.wizard.secrets")

const QString kService = QStringLiteral("grommunio-migrate");

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

void SecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError)
            qCWarning(lcSecrets) << "cannot remember the password:" << finished->errorString();
    });
    job->start();
}

void SecretStore::read(const QString &key, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        done(reader->error() == QKeychain::NoError ? reader->textData() : QString());
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(key);
    job->start();
}

QString SecretStore::serverKey(const QString &user, const QString &host, quint16 port)
{
    return QStringLiteral("ssh:%1@%2:%3").arg(user, host).arg(port);
}

QString SecretStore::directoryKey(const QString &bindDn, const QString &uri)
{
    return QStringLiteral("ldap:%1@%2").arg(bindDn, uri);
}

} // namespace mig::wizard
