#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace mig::test {

/// A real Secret Service (gnome-keyring-daemon) on a private D-Bus session bus, for one test class.
/// Both daemons run with a temporary HOME and XDG directories, so the user's own key ring is never
/// read or written; the login key ring is created and unlocked with a throw-away password.
/// start() points this process (DBUS_SESSION_BUS_ADDRESS) at the private bus, which is what
/// qtkeychain's libsecret backend connects to; stop() or the destructor ends both daemons and
/// restores the variable.
///
/// GLib keeps the first session bus connection of a process for good, so a test that also wants
/// "no key chain" runs that case first: withoutKeyChain() before any key chain use, start() later.
class SecretServiceFixture final {
public:
    SecretServiceFixture();
    ~SecretServiceFixture();
    SecretServiceFixture(const SecretServiceFixture &) = delete;
    SecretServiceFixture &operator=(const SecretServiceFixture &) = delete;

    /// Points this process at a session bus that does not exist and clears the desktop hints
    /// qtkeychain chooses its backend by (KDE would mean KWallet): every key chain call fails the way
    /// it does on a headless machine without a secret service, and never reaches the user's own.
    static void withoutKeyChain();

    /// Whether the programs the fixture runs are installed; names the first missing one otherwise.
    static bool isInstalled(QString *missing);

    /// Starts the bus and the key ring daemon and waits until the secret service is on the bus.
    /// On failure returns false and sets *error (the daemons' output included).
    bool start(QString *error);
    void stop();
    bool isRunning() const;

    /// The secret a qtkeychain client stored for service under key, read independently with
    /// secret-tool; nullopt when the key ring has no such entry.
    std::optional<QString> lookup(const QString &service, const QString &key) const;

private:
    bool waitForSecretService(int timeoutMs) const;
    QString daemonOutput();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_environment;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    bool m_addressReplaced = false;
    std::optional<QByteArray> m_previousAddress; ///< nullopt: the variable was not set
};

} // namespace mig::test
