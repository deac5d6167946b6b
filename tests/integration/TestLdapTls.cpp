// TLS against a real slapd with a certificate from a throw-away CA: StartTLS and ldaps:// succeed
// when the CA is trusted, fail with a clear error when it is not, and the explicit opt-out
// accepts the untrusted certificate.
#include "SlapdFixture.h"
#include "SlapdSettings.h"
#include "TestEnvironment.h"

#include "directory/LdapDirectory.h"

#include <QtTest>

using mig::Error;
using mig::directory::fetchUsers;
using mig::directory::LdapSettings;
using mig::test::SlapdFixture;

class TestLdapTls final : public QObject {
    Q_OBJECT

private:
    SlapdFixture m_slapd;

    LdapSettings settings(const QString &uri) const
    {
        return mig::test::readerSettings(uri, QStringLiteral("ou=people,dc=example,dc=org"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_slapd.enableTls();
        QString error;
        QVERIFY2(m_slapd.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_slapd.stop(); }

    void startTlsWithTrustedCa()
    {
        LdapSettings s = settings(m_slapd.uri());
        s.startTls = true;
        s.caCertFile = m_slapd.caCertFile();
        const auto users = fetchUsers(s);
        QVERIFY2(users.has_value(), qPrintable(users.error().fullText()));
        QCOMPARE(int(users->size()), 7);
    }

    void startTlsWithUntrustedCertificateFails()
    {
        LdapSettings s = settings(m_slapd.uri());
        s.startTls = true;
        const auto users = fetchUsers(s);
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::Network);
        QVERIFY2(users.error().message.contains(QStringLiteral("StartTLS")), qPrintable(users.error().message));
    }

    void startTlsInsecureOptOut()
    {
        LdapSettings s = settings(m_slapd.uri());
        s.startTls = true;
        s.insecureTls = true;
        const auto users = fetchUsers(s);
        QVERIFY2(users.has_value(), qPrintable(users.error().fullText()));
        QCOMPARE(int(users->size()), 7);
    }

    void ldapsWithTrustedCa()
    {
        LdapSettings s = settings(m_slapd.ldapsUri());
        s.caCertFile = m_slapd.caCertFile();
        const auto users = fetchUsers(s);
        QVERIFY2(users.has_value(), qPrintable(users.error().fullText()));
        QCOMPARE(int(users->size()), 7);
    }

    void ldapsWithUntrustedCertificateFails()
    {
        const auto users = fetchUsers(settings(m_slapd.ldapsUri()));
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::Network);
        QVERIFY2(users.error().message.contains(m_slapd.ldapsUri()), qPrintable(users.error().message));
    }

    void ldapsInsecureOptOut()
    {
        LdapSettings s = settings(m_slapd.ldapsUri());
        s.insecureTls = true;
        const auto users = fetchUsers(s);
        QVERIFY2(users.has_value(), qPrintable(users.error().fullText()));
    }
};

QTEST_GUILESS_MAIN(TestLdapTls)
#include "TestLdapTls.moc"
