// The LDAP client against a real slapd: paging past the server's size limit, the OpenLDAP and
// Active Directory presets, and the errors a user meets (wrong password, bad base DN, server down
// or not answering).
#include "SlapdFixture.h"
#include "SlapdSettings.h"
#include "TestEnvironment.h"

#include "directory/LdapDirectory.h"

#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QtTest>

using mig::Error;
using mig::directory::AttributeMapping;
using mig::directory::fetchUsers;
using mig::directory::LdapDirectory;
using mig::directory::LdapSettings;
using mig::directory::UserRecord;
using mig::test::SlapdFixture;

namespace {

constexpr int BulkUsers = 1234; // more than twice the server's size limit of 500

/// LDIF for ou=bulk with BulkUsers inetOrgPerson entries bulk0000 ... bulk1233.
QByteArray bulkLdif()
{
    QByteArray ldif = "dn: ou=bulk,dc=example,dc=org\nobjectClass: organizationalUnit\nou: bulk\n\n";
    for (int i = 0; i < BulkUsers; ++i) {
        const QByteArray login = "bulk" + QByteArray::number(i).rightJustified(4, '0');
        ldif += "dn: uid=" + login + ",ou=bulk,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: " + login
            + "\ncn: Bulk User " + QByteArray::number(i) + "\nsn: User\nmail: " + login + "@bulk.example.org\n\n";
    }
    return ldif;
}

const UserRecord *findLogin(const std::vector<UserRecord> &users, const QString &login)
{
    for (const UserRecord &user : users) {
        if (user.login == login)
            return &user;
    }
    return nullptr;
}

} // namespace

class TestLdapDirectory final : public QObject {
    Q_OBJECT

private:
    SlapdFixture m_slapd;

    LdapSettings settings(const QString &base) const
    {
        return mig::test::readerSettings(m_slapd.uri(), base);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_slapd.start(&error), qPrintable(error));
        QVERIFY2(m_slapd.addLdif(bulkLdif(), &error), qPrintable(error));
    }

    void cleanupTestCase() { m_slapd.stop(); }

    void plainSearchStopsAtTheSizeLimit()
    {
        // Proves the server really limits: without paging only 500 entries come back.
        const auto r = mig::test::runProcess(
            QStringLiteral("ldapsearch"),
            {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), m_slapd.uri(), QStringLiteral("-D"),
             SlapdFixture::readerDn(), QStringLiteral("-w"), SlapdFixture::readerPassword(), QStringLiteral("-b"),
             QStringLiteral("ou=bulk,dc=example,dc=org"), QStringLiteral("(objectClass=inetOrgPerson)"),
             QStringLiteral("uid")});
        QCOMPARE(r.exitCode, 4); // sizeLimitExceeded
        QCOMPARE(r.out.count("\ndn: ") + (r.out.startsWith("dn: ") ? 1 : 0), 500);
    }

    void pagingReturnsEveryEntry()
    {
        LdapSettings s = settings(QStringLiteral("ou=bulk,dc=example,dc=org"));
        s.pageSize = 200;
        const auto users = fetchUsers(s);
        QVERIFY2(users.has_value(), qPrintable(users.error().fullText()));
        QCOMPARE(int(users->size()), BulkUsers);
        QSet<QString> logins;
        for (const UserRecord &user : *users) {
            logins.insert(user.login);
            QCOMPARE(user.mail, user.login + QStringLiteral("@bulk.example.org"));
            QVERIFY(user.dn.startsWith(QStringLiteral("uid=") + user.login + QLatin1Char(',')));
        }
        QCOMPARE(logins.size(), BulkUsers);
        QVERIFY(logins.contains(QStringLiteral("bulk0000")));
        QVERIFY(logins.contains(QStringLiteral("bulk1233")));
    }

    void anonymousBindPagesToo()
    {
        LdapSettings s = settings(QStringLiteral("dc=example,dc=org"));
        s.bindDn.clear();
        s.password.clear();
        const auto users = fetchUsers(s);
        QVERIFY2(users.has_value(), qPrintable(users.error().fullText()));
        // bulk + 7 in ou=people + 3 inetOrgPerson entries in ou=ad
        QCOMPARE(int(users->size()), BulkUsers + 10);
    }

    void openLdapUsersWithAliases()
    {
        const auto users = fetchUsers(settings(QStringLiteral("ou=people,dc=example,dc=org")));
        QVERIFY2(users.has_value(), qPrintable(users.error().fullText()));
        QCOMPARE(int(users->size()), 7);
        const UserRecord *amelia = findLogin(*users, QStringLiteral("amelia"));
        QVERIFY(amelia);
        QCOMPARE(amelia->dn, QStringLiteral("uid=amelia,ou=people,dc=example,dc=org"));
        QCOMPARE(amelia->mail, QStringLiteral("amelia.hartmann@example.org"));
        QCOMPARE(amelia->aliases, QStringList({QStringLiteral("a.hartmann@example.org"), QStringLiteral("sales@example.org")}));
        QCOMPARE(amelia->displayName, QStringLiteral("Amelia Hartmann"));
        QVERIFY(!amelia->disabled);
        const UserRecord *bruno = findLogin(*users, QStringLiteral("bkoenig"));
        QVERIFY(bruno);
        QCOMPARE(bruno->displayName, QStringLiteral("Bruno K\u00f6nig")); // UTF-8 from a base64 LDIF value
        const UserRecord *claire = findLogin(*users, QStringLiteral("cdubois"));
        QVERIFY(claire);
        QCOMPARE(claire->displayName, QStringLiteral("Claire Dubois")); // no displayName: cn
        QVERIFY(claire->aliases.isEmpty());
    }

    void activeDirectoryPreset()
    {
        LdapSettings s = settings(QStringLiteral("ou=ad,dc=example,dc=org"));
        s.mapping = AttributeMapping::activeDirectory();
        const auto users = fetchUsers(s);
        QVERIFY2(users.has_value(), qPrintable(users.error().fullText()));
        QCOMPARE(int(users->size()), 2); // the computer account WS01 is not a person
        const UserRecord *greta = findLogin(*users, QStringLiteral("gsvensson"));
        QVERIFY(greta);
        QCOMPARE(greta->mail, QStringLiteral("greta.svensson@example.org"));
        QCOMPARE(greta->aliases, QStringList({QStringLiteral("greta@example.org"), QStringLiteral("gs@legacy.example.org")}));
        QCOMPARE(greta->otherLogins, QStringList{QStringLiteral("gsvensson@corp.example.org")});
        QCOMPARE(greta->displayName, QStringLiteral("Greta Svensson"));
        QCOMPARE(greta->exchangeDns,
            QStringList({QStringLiteral("/o=Legacy/ou=First Administrative Group/cn=Recipients/cn=gsvensson"),
                         QStringLiteral("/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/"
                                        "CN=POLYSPOT1.ONMICROSOFT.COM-50609-HONG-THAI.NG")}));
        QVERIFY(!greta->disabled);
        const UserRecord *hugo = findLogin(*users, QStringLiteral("hbrandt"));
        QVERIFY(hugo);
        // No mail attribute: the "SMTP:" proxy address is the primary even though it is listed second.
        QCOMPARE(hugo->mail, QStringLiteral("hugo.brandt@example.org"));
        QCOMPARE(hugo->aliases, QStringList{QStringLiteral("hugo@example.org")});
        QVERIFY(hugo->disabled); // userAccountControl 514 = 512 | ACCOUNTDISABLE
    }

    void customFilterAndMapping()
    {
        LdapSettings s = settings(QStringLiteral("dc=example,dc=org"));
        QVERIFY(s.mapping.set(QStringLiteral("filter"), QStringLiteral("(&(objectClass=inetOrgPerson)(sn=Larsen))")));
        QVERIFY(s.mapping.set(QStringLiteral("login"), QStringLiteral("mail")));
        QVERIFY(s.mapping.set(QStringLiteral("display"), QStringLiteral("sn")));
        QVERIFY(!s.mapping.set(QStringLiteral("no-such-key"), QStringLiteral("x")));
        const auto users = fetchUsers(s);
        QVERIFY2(users.has_value(), qPrintable(users.error().fullText()));
        QCOMPARE(int(users->size()), 2);
        for (const UserRecord &user : *users) {
            QCOMPARE(user.login, user.mail);
            QCOMPARE(user.displayName, QStringLiteral("Larsen"));
        }
    }

    void wrongPasswordIsAnAuthError()
    {
        LdapSettings s = settings(QStringLiteral("dc=example,dc=org"));
        s.password = QStringLiteral("not-the-password");
        const auto users = fetchUsers(s);
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::Auth);
        QVERIFY2(users.error().message.contains(SlapdFixture::readerDn()), qPrintable(users.error().message));
        QVERIFY(!users.error().fullText().contains(s.password));
    }

    void bindDnWithoutPasswordIsRefused()
    {
        LdapSettings s = settings(QStringLiteral("dc=example,dc=org"));
        s.password.clear();
        const auto users = fetchUsers(s);
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::InvalidArgument);
    }

    void badBaseDnIsNotFound()
    {
        const auto users = fetchUsers(settings(QStringLiteral("ou=nowhere,dc=example,dc=org")));
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::NotFound);
        QVERIFY2(users.error().message.contains(QStringLiteral("ou=nowhere,dc=example,dc=org")),
                 qPrintable(users.error().message));
    }

    void malformedInputsAreInvalidArguments()
    {
        LdapSettings s = settings(QStringLiteral("not a dn"));
        auto users = fetchUsers(s);
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::InvalidArgument);

        s = settings(QStringLiteral("dc=example,dc=org"));
        s.mapping.filter = QStringLiteral("(uid=unbalanced");
        users = fetchUsers(s);
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::InvalidArgument);

        s = settings(QStringLiteral("dc=example,dc=org"));
        s.uri = QStringLiteral("http://127.0.0.1/");
        users = fetchUsers(s);
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::InvalidArgument);
    }

    void startTlsWithoutServerTlsFails()
    {
        LdapSettings s = settings(QStringLiteral("dc=example,dc=org"));
        s.startTls = true;
        const auto users = fetchUsers(s);
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::Network);
        QVERIFY2(users.error().message.contains(QStringLiteral("StartTLS")), qPrintable(users.error().message));
    }

    void closedPortIsANetworkError()
    {
        LdapSettings s = settings(QStringLiteral("dc=example,dc=org"));
        s.uri = QStringLiteral("ldap://127.0.0.1:%1").arg(SlapdFixture::freePort());
        const auto users = fetchUsers(s);
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::Network);
        QVERIFY2(users.error().message.contains(s.uri), qPrintable(users.error().message));
    }

    void stoppedServerIsANetworkError()
    {
        SlapdFixture other;
        QString error;
        QVERIFY2(other.start(&error), qPrintable(error));
        LdapSettings s = settings(SlapdFixture::baseDn());
        s.uri = other.uri();
        QVERIFY2(fetchUsers(s).has_value(), "the second server should answer before it is stopped");
        other.stop();
        const auto users = fetchUsers(s);
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::Network);
    }

    void silentServerTimesOut()
    {
        // A socket that accepts (the kernel completes the handshake) but never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        LdapSettings s = settings(SlapdFixture::baseDn());
        s.uri = QStringLiteral("ldap://127.0.0.1:%1").arg(silent.serverPort());
        s.timeoutSeconds = 2;
        const auto users = fetchUsers(s);
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::Network);
        QVERIFY2(users.error().message.contains(QStringLiteral("did not answer")), qPrintable(users.error().message));
    }

    void cancelWhileWaitingForTheServer()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        LdapSettings s = settings(SlapdFixture::baseDn());
        s.uri = QStringLiteral("ldap://127.0.0.1:%1").arg(silent.serverPort());
        s.timeoutSeconds = 60;
        int polls = 0;
        const auto users = fetchUsers(s, [&polls] { return ++polls > 2; });
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::Canceled);
        QCOMPARE(polls, 3); // canceled at the first poll that asked for it, not at the 60 s timeout
    }

    void cancelDuringPagedSearch()
    {
        LdapSettings s = settings(QStringLiteral("ou=bulk,dc=example,dc=org"));
        s.pageSize = 100;
        auto directory = LdapDirectory::connect(s);
        QVERIFY2(directory.has_value(), qPrintable(directory.error().fullText()));
        // The check runs before every wait for a message: one per entry and one per page end.
        int polls = 0;
        const auto users = (*directory)->users([&polls] { return ++polls > 700; });
        QVERIFY(!users.has_value());
        QCOMPARE(users.error().code, Error::Code::Canceled);
        QCOMPARE(polls, 701);
        // The connection stays usable after an abandoned search.
        const auto again = (*directory)->users();
        QVERIFY2(again.has_value(), qPrintable(again.error().fullText()));
        QCOMPARE(int(again->size()), BulkUsers);
    }

    void connectionServesSeveralSearches()
    {
        auto directory = LdapDirectory::connect(settings(QStringLiteral("ou=people,dc=example,dc=org")));
        QVERIFY2(directory.has_value(), qPrintable(directory.error().fullText()));
        const auto first = (*directory)->users();
        const auto second = (*directory)->users();
        QVERIFY(first.has_value() && second.has_value());
        QCOMPARE(*first, *second);
    }
};

QTEST_GUILESS_MAIN(TestLdapDirectory)
#include "TestLdapDirectory.moc"
