#include "SlapdFixture.h"

#include "ThrowawayCa.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace mig::test {

namespace {

QString ldapDataDir()
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/data/ldap"));
}

} // namespace

SlapdFixture::SlapdFixture() = default;

SlapdFixture::~SlapdFixture()
{
    stop();
}

QString SlapdFixture::uri() const
{
    return QStringLiteral("ldap://127.0.0.1:%1").arg(m_port);
}

QString SlapdFixture::ldapsUri() const
{
    return QStringLiteral("ldaps://127.0.0.1:%1").arg(m_tlsPort);
}

QString SlapdFixture::caCertFile() const
{
    return QDir(workDir()).filePath(QStringLiteral("ca.crt"));
}

bool SlapdFixture::createCertificates(QString *error) const
{
    return makeThrowawayCa(workDir(), QStringLiteral("grommunio-migrate test CA"), error);
}

QString SlapdFixture::workDir() const
{
    return m_dir ? m_dir->path() : QString();
}

quint16 SlapdFixture::freePort()
{
    // Bind to port 0 and release it: the kernel hands out ports from the ephemeral range, which
    // no fixed service uses.
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool SlapdFixture::isRunning() const
{
    return m_slapd.state() == QProcess::Running;
}

bool SlapdFixture::waitUntilListening(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_slapd.state() != QProcess::Running)
            return false;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

bool SlapdFixture::start(QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString();
        return false;
    }
    const QString run = m_dir->path();
    QDir(run).mkpath(QStringLiteral("db"));

    QFile templateFile(QDir(ldapDataDir()).filePath(QStringLiteral("slapd.conf.in")));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + templateFile.fileName();
        return false;
    }
    QString config = QString::fromUtf8(templateFile.readAll());
    config.replace(QStringLiteral("@DATADIR@"), ldapDataDir());
    config.replace(QStringLiteral("@RUNDIR@"), run);
    config.replace(QStringLiteral("@ROOTPW@"), rootPassword());
    QString tls;
    if (m_tls) {
        if (!createCertificates(error))
            return false;
        tls = QStringLiteral("TLSCACertificateFile %1/ca.crt\nTLSCertificateFile %1/server.crt\n"
                             "TLSCertificateKeyFile %1/server.key\n")
                  .arg(run);
    }
    config.replace(QStringLiteral("@TLS@"), tls);
    const QString configPath = QDir(run).filePath(QStringLiteral("slapd.conf"));
    QFile configFile(configPath);
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(config.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write ") + configPath;
        return false;
    }
    configFile.close();

    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        QString listen = uri() + QLatin1Char('/');
        if (m_tls) {
            do
                m_tlsPort = freePort();
            while (m_tlsPort == m_port);
            listen += QLatin1Char(' ') + ldapsUri() + QLatin1Char('/');
        }
        m_slapd.setProcessChannelMode(QProcess::MergedChannels);
        // "-d 0" keeps slapd in the foreground (no daemon fork), so QProcess owns it and stop()
        // really stops it.
        m_slapd.start(QStringLiteral("/usr/sbin/slapd"),
                      {QStringLiteral("-d"), QStringLiteral("0"), QStringLiteral("-h"), listen,
                       QStringLiteral("-f"), configPath});
        if (!m_slapd.waitForStarted(5000)) {
            *error = QStringLiteral("cannot start /usr/sbin/slapd: ") + m_slapd.errorString();
            return false;
        }
        if (waitUntilListening(15000))
            break;
        m_slapd.kill();
        m_slapd.waitForFinished(5000);
        *error = QStringLiteral("slapd did not start: ") + QString::fromUtf8(m_slapd.readAll());
        if (attempt == 2)
            return false;
    }

    QFile base(QDir(ldapDataDir()).filePath(QStringLiteral("base.ldif")));
    if (!base.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + base.fileName();
        return false;
    }
    return addLdif(base.readAll(), error);
}

bool SlapdFixture::addLdif(const QByteArray &ldif, QString *error)
{
    const ProcessResult r = runProcess(QStringLiteral("ldapadd"),
                                       {QStringLiteral("-x"), QStringLiteral("-H"), uri(), QStringLiteral("-D"),
                                        rootDn(), QStringLiteral("-w"), rootPassword()},
                                       ldif);
    if (r.exitCode != 0 || r.crashed) {
        *error = QStringLiteral("ldapadd failed (%1): %2").arg(r.exitCode).arg(QString::fromUtf8(r.err));
        return false;
    }
    return true;
}

void SlapdFixture::stop()
{
    if (m_slapd.state() != QProcess::NotRunning) {
        m_slapd.terminate();
        if (!m_slapd.waitForFinished(10000)) {
            m_slapd.kill();
            m_slapd.waitForFinished(5000);
        }
    }
}

} // namespace mig::test
