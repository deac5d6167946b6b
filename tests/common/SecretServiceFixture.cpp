#include "SecretServiceFixture.h"

#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace mig::test {

namespace {

// Fed to gnome-keyring-daemon --unlock: creates and unlocks the temporary login key ring.
constexpr char kKeyRingPassword[] = "throw-away key ring password";

/// The daemons end with the test process even when it is killed (a ctest timeout), instead of
/// staying behind with their temporary directory gone.
void endWithParent(QProcess &daemon)
{
#ifdef Q_OS_LINUX
    daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(daemon);
#endif
}

void clearDesktopHints()
{
    // qtkeychain prefers KWallet on a KDE desktop; without these it takes libsecret, which talks
    // to whatever serves org.freedesktop.secrets on the session bus.
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
                             "GNOME_DESKTOP_SESSION_ID"})
        qunsetenv(name);
}

/// A bus of our own: no service activation (nothing but what the fixture starts runs on it), and
/// a socket in the fixture's directory.
QByteArray busConfig(const QString &socketDir)
{
    return "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
           " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
           "<busconfig>\n"
           "  <type>session</type>\n"
           "  <listen>unix:dir="
           + socketDir.toUtf8()
           + "</listen>\n"
             "  <auth>EXTERNAL</auth>\n"
             "  <policy context=\"default\">\n"
             "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
             "    <allow eavesdrop=\"true\"/>\n"
             "    <allow own=\"*\"/>\n"
             "  </policy>\n"
             "</busconfig>\n";
}

} // namespace

SecretServiceFixture::SecretServiceFixture() = default;

SecretServiceFixture::~SecretServiceFixture()
{
    stop();
}

void SecretServiceFixture::withoutKeyChain()
{
    clearDesktopHints();
    const QString absent = QDir(QDir::tempPath())
                               .filePath(QStringLiteral("mig-no-session-bus-%1").arg(QCoreApplication::applicationPid()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", QStringLiteral("unix:path=%1").arg(absent).toUtf8());
}

bool SecretServiceFixture::isInstalled(QString *missing)
{
    for (const char *program : {"dbus-daemon", "dbus-send", "gnome-keyring-daemon", "secret-tool"}) {
        if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty()) {
            *missing = QLatin1String(program);
            return false;
        }
    }
    return true;
}

bool SecretServiceFixture::isRunning() const
{
    return m_bus.state() == QProcess::Running && m_keyring.state() == QProcess::Running;
}

QString SecretServiceFixture::daemonOutput()
{
    if (!m_dir)
        return {};
    QFile keyringLog(QDir(m_dir->path()).filePath(QStringLiteral("keyring.log")));
    return QString::fromUtf8(m_bus.readAllStandardError() + (keyringLog.open(QIODevice::ReadOnly) ? keyringLog.readAll() : QByteArray()));
}

bool SecretServiceFixture::waitForSecretService(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!isRunning())
            return false;
        const ProcessResult owner = runProcess(
            QStringLiteral("dbus-send"),
            {QStringLiteral("--bus=") + m_address, QStringLiteral("--print-reply"),
             QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
             QStringLiteral("org.freedesktop.DBus.NameHasOwner"), QStringLiteral("string:org.freedesktop.secrets")},
            {}, 10000);
        if (owner.exitCode == 0 && owner.out.contains("boolean true"))
            return true;
        QThread::msleep(50);
    }
    return false;
}

bool SecretServiceFixture::start(QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString();
        return false;
    }
    const QDir dir(m_dir->path());
    for (const char *sub : {"home", "data", "config", "cache", "runtime"}) {
        if (!dir.mkpath(QLatin1String(sub))) {
            *error = QStringLiteral("cannot create ") + dir.filePath(QLatin1String(sub));
            return false;
        }
    }
    // The key ring daemon refuses a runtime directory others can read.
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    QFile config(dir.filePath(QStringLiteral("bus.conf")));
    if (!config.open(QIODevice::WriteOnly) || config.write(busConfig(dir.filePath(QStringLiteral("runtime")))) < 0) {
        *error = QStringLiteral("cannot write ") + config.fileName();
        return false;
    }
    config.close();

    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    // No display: the daemon must never show an unlock prompt on the developer's desktop.
    m_environment.remove(QStringLiteral("DISPLAY"));
    m_environment.remove(QStringLiteral("WAYLAND_DISPLAY"));

    m_bus.setProcessEnvironment(m_environment);
    endWithParent(m_bus);
    m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + config.fileName(),
                                                QStringLiteral("--nofork"), QStringLiteral("--print-address")});
    if (!m_bus.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start dbus-daemon: ") + m_bus.errorString();
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!m_bus.canReadLine() && m_bus.state() == QProcess::Running && !deadline.hasExpired())
        m_bus.waitForReadyRead(200);
    m_address = QString::fromUtf8(m_bus.readLine().trimmed());
    if (m_address.isEmpty()) {
        *error = QStringLiteral("dbus-daemon printed no address: ") + daemonOutput();
        stop();
        return false;
    }
    m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);

    m_keyring.setProcessEnvironment(m_environment);
    endWithParent(m_keyring);
    m_keyring.setProcessChannelMode(QProcess::MergedChannels);
    m_keyring.setStandardOutputFile(dir.filePath(QStringLiteral("keyring.log")));
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start gnome-keyring-daemon: ") + m_keyring.errorString();
        stop();
        return false;
    }
    // The daemon reads the password up to end of file; nothing runs this process's event loop
    // here, so the bytes are pushed out before the channel is closed.
    m_keyring.write(kKeyRingPassword);
    m_keyring.waitForBytesWritten(10000);
    m_keyring.closeWriteChannel();
    if (!waitForSecretService(30000)) {
        *error = QStringLiteral("the secret service did not appear on the bus: ") + daemonOutput();
        stop();
        return false;
    }

    if (!m_addressReplaced && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        m_previousAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    m_addressReplaced = true;
    clearDesktopHints();
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    return true;
}

void SecretServiceFixture::stop()
{
    for (QProcess *daemon : {&m_keyring, &m_bus}) {
        if (daemon->state() == QProcess::NotRunning)
            continue;
        daemon->terminate();
        if (!daemon->waitForFinished(10000)) {
            daemon->kill();
            daemon->waitForFinished(5000);
        }
    }
    if (m_addressReplaced) {
        if (m_previousAddress)
            qputenv("DBUS_SESSION_BUS_ADDRESS", *m_previousAddress);
        else
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        m_previousAddress.reset();
        m_addressReplaced = false;
    }
    m_address.clear();
    m_dir.reset();
}

std::optional<QString> SecretServiceFixture::lookup(const QString &service, const QString &key) const
{
    // qtkeychain's libsecret schema: "server" is the service, "user" the key.
    QProcess tool;
    tool.setProcessEnvironment(m_environment);
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key});
    if (!tool.waitForFinished(30000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace mig::test
