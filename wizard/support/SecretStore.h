#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace mig::wizard {

/// Remembered passwords, kept in the desktop's key chain through qtkeychain (never in the plan or
/// the settings file). Every call is asynchronous; the callbacks run on the GUI thread.
/// A key chain that is unavailable (no secret service on a headless machine) only means nothing
/// is remembered: reads yield an empty string, writes are dropped with a warning in the log.
/// The store may be destroyed while calls are pending: they still complete, their results are dropped.
class SecretStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject *parent = nullptr);

    /// Stores secret under key ("ssh:root@mail.example.org:22", "ldap:cn=admin,...@ldap://...").
    void write(const QString &key, const QString &secret);
    /// Reads the secret stored under key; done gets "" when there is none.
    void read(const QString &key, std::function<void(const QString &)> done);
    void remove(const QString &key);

    static QString serverKey(const QString &user, const QString &host, quint16 port);
    static QString directoryKey(const QString &bindDn, const QString &uri);
    /// "imap:LOGIN@HOST:PORT": an IMAP account's own password.
    static QString imapKey(const QString &login, const QString &host, quint16 port);
    /// "imap-master:NAME@HOST:PORT": the password of a master user who logs in for every account there.
    static QString imapMasterKey(const QString &masterUser, const QString &host, quint16 port);

Q_SIGNALS:
    /// A write, read or remove of key has finished. answered is false when the key chain could not
    /// be used (none running, locked, refused); a read of a key that has no entry is answered.
    void finished(const QString &key, bool answered);
};

} // namespace mig::wizard
