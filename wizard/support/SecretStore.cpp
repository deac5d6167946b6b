#include "support/SecretStore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace mig::wizard {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "mig.wizard.secrets")

const QString kService = QStringLiteral("grommunio-migrate");

bool answered(const QKeychain::Job &job)
{
    return job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound;
}

/// Starts job, and hands it to handle on this store's thread when it has finished.
/// The job has no parent on purpose: qtkeychain's libsecret backend keeps a raw pointer to a
/// running job until the secret service answers, so a job deleted with its parent (the wizard
/// closed right after Next) would be used after its deletion. A parentless job lives until it has
/// finished and then deletes itself; the store being the connection's context drops the result
/// when the store is gone.
void run(SecretStore *store, QKeychain::Job *job, std::function<void(QKeychain::Job &)> handle)
{
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, store, [store, handle = std::move(handle)](QKeychain::Job *done) {
        handle(*done);
        Q_EMIT store->finished(done->key(), answered(*done));
    });
    job->start();
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

void SecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(secret);
    run(this, job, [](QKeychain::Job &done) {
        if (done.error() != QKeychain::NoError)
            qCWarning(lcSecrets) << "cannot remember the password:" << done.errorString();
    });
}

void SecretStore::read(const QString &key, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    run(this, job, [done = std::move(done)](QKeychain::Job &finished) {
        if (!answered(finished))
            qCInfo(lcSecrets) << "cannot read a remembered password:" << finished.errorString();
        const auto &reader = static_cast<const QKeychain::ReadPasswordJob &>(finished);
        done(finished.error() == QKeychain::NoError ? reader.textData() : QString());
    });
}

void SecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    run(this, job, [](QKeychain::Job &done) {
        if (!answered(done))
            qCInfo(lcSecrets) << "cannot forget a remembered password:" << done.errorString();
    });
}

QString SecretStore::serverKey(const QString &user, const QString &host, quint16 port)
{
    return QStringLiteral("ssh:%1@%2:%3").arg(user, host).arg(port);
}

QString SecretStore::directoryKey(const QString &bindDn, const QString &uri)
{
    return QStringLiteral("ldap:%1@%2").arg(bindDn, uri);
}

QString SecretStore::imapKey(const QString &login, const QString &host, quint16 port)
{
    return QStringLiteral("imap:%1@%2:%3").arg(login, host).arg(port);
}

QString SecretStore::imapMasterKey(const QString &masterUser, const QString &host, quint16 port)
{
    return QStringLiteral("imap-master:%1@%2:%3").arg(masterUser, host).arg(port);
}

} // namespace mig::wizard
