#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mig::test {

/// A real OpenLDAP slapd for one test class: its own slapd.conf and mdb database in a temporary
/// directory, listening on a free high port of 127.0.0.1, seeded with tests/data/ldap/base.ldif
/// through ldapadd. Stopped (and its files removed) by stop() or the destructor. Works as root and
/// as an ordinary user. Suffix dc=example,dc=org; the server's size limit is 500 entries.
class SlapdFixture final {
public:
    SlapdFixture();
    ~SlapdFixture();
    SlapdFixture(const SlapdFixture &) = delete;
    SlapdFixture &operator=(const SlapdFixture &) = delete;

    /// Before start(): also serve TLS, with a certificate for 127.0.0.1 signed by a CA the fixture
    /// creates with openssl (StartTLS on uri(), implicit TLS on ldapsUri()).
    void enableTls() { m_tls = true; }
    /// The fixture CA's certificate (PEM), valid after start() with enableTls().
    QString caCertFile() const;
    /// ldaps://127.0.0.1:PORT, valid after start() with enableTls().
    QString ldapsUri() const;

    /// Writes the configuration, starts slapd, waits until it accepts connections and loads
    /// base.ldif. On failure returns false and sets *error (slapd's own output included).
    bool start(QString *error);
    /// Adds entries with ldapadd as the root DN.
    bool addLdif(const QByteArray &ldif, QString *error);
    /// Terminates slapd and waits for it; the port is closed afterwards.
    void stop();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString uri() const;
    static QString baseDn() { return QStringLiteral("dc=example,dc=org"); }
    static QString rootDn() { return QStringLiteral("cn=admin,dc=example,dc=org"); }
    static QString rootPassword() { return QStringLiteral("admin-secret"); }
    /// A plain account that is subject to the size limit (the root DN is not).
    static QString readerDn() { return QStringLiteral("cn=reader,dc=example,dc=org"); }
    static QString readerPassword() { return QStringLiteral("reader-secret"); }
    /// The temporary directory the fixture owns (tests may put their own files there).
    QString workDir() const;

    /// A TCP port on 127.0.0.1 nobody listens on right now.
    static quint16 freePort();

private:
    bool waitUntilListening(int timeoutMs) const;
    bool createCertificates(QString *error) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_slapd;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    bool m_tls = false;
};

} // namespace mig::test
