// The `directory` command against a real slapd: the exact JSON record, the text table, the
// password file, and the exit codes for usage and connection errors.
#include "SlapdFixture.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using mig::test::runApp;
using mig::test::SlapdFixture;

class TestLdapCommand final : public QObject {
    Q_OBJECT

private:
    SlapdFixture m_slapd;

    QString passwordFile(const QByteArray &content) const
    {
        const QString path = QDir(m_slapd.workDir()).filePath(QStringLiteral("password"));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_slapd.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_slapd.stop(); }

    void jsonHasExactlyTheRecordFields()
    {
        const auto r = runApp({QStringLiteral("directory"), QStringLiteral("--ldap"), m_slapd.uri(), QStringLiteral("--base"),
                               QStringLiteral("ou=ad,dc=example,dc=org"), QStringLiteral("--preset"), QStringLiteral("ad"),
                               QStringLiteral("--bind-dn"), SlapdFixture::readerDn(), QStringLiteral("--password-file"),
                               passwordFile(SlapdFixture::readerPassword().toUtf8() + "\n"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0 && !r.crashed, r.err.constData());
        QVERIFY(!r.err.contains(SlapdFixture::readerPassword().toUtf8()));
        const QJsonArray users = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(users.size(), 2);
        for (const QJsonValue &value : users) {
            const QJsonObject user = value.toObject();
            QCOMPARE(user.keys(), QStringList({QStringLiteral("aliases"), QStringLiteral("disabled"), QStringLiteral("display_name"),
                                               QStringLiteral("dn"), QStringLiteral("login"), QStringLiteral("mail")}));
            QVERIFY(user.value(QStringLiteral("aliases")).isArray());
            QVERIFY(user.value(QStringLiteral("disabled")).isBool());
        }
        const QJsonObject hugo = users.at(0).toObject().value(QStringLiteral("login")).toString() == QLatin1String("hbrandt")
            ? users.at(0).toObject()
            : users.at(1).toObject();
        QCOMPARE(hugo.value(QStringLiteral("dn")).toString(), QStringLiteral("cn=Hugo Brandt,ou=ad,dc=example,dc=org"));
        QCOMPARE(hugo.value(QStringLiteral("mail")).toString(), QStringLiteral("hugo.brandt@example.org"));
        QCOMPARE(hugo.value(QStringLiteral("aliases")).toArray(), QJsonArray({QStringLiteral("hugo@example.org")}));
        QCOMPARE(hugo.value(QStringLiteral("display_name")).toString(), QStringLiteral("Hugo Brandt"));
        QCOMPARE(hugo.value(QStringLiteral("disabled")).toBool(), true);
    }

    void textTableListsUsers()
    {
        const auto r = runApp({QStringLiteral("directory"), QStringLiteral("--ldap"), m_slapd.uri(), QStringLiteral("--base"),
                               QStringLiteral("ou=people,dc=example,dc=org")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.startsWith(QStringLiteral("LOGIN")));
        QVERIFY(out.contains(QStringLiteral("Bruno K\u00f6nig")));
        QVERIFY(out.contains(QStringLiteral("a.hartmann@example.org, sales@example.org")));
        QVERIFY(out.contains(QStringLiteral("7 user(s)")));
    }

    void passwordFromStandardInput()
    {
        const auto r = runApp({QStringLiteral("directory"), QStringLiteral("--ldap"), m_slapd.uri(), QStringLiteral("--base"),
                               QStringLiteral("ou=people,dc=example,dc=org"), QStringLiteral("--bind-dn"),
                               SlapdFixture::readerDn(), QStringLiteral("--password-file"), QStringLiteral("-"),
                               QStringLiteral("--json")},
                              SlapdFixture::readerPassword().toUtf8() + "\r\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 7);
    }

    void wrongPasswordFailsClearly()
    {
        const auto r = runApp({QStringLiteral("directory"), QStringLiteral("--ldap"), m_slapd.uri(), QStringLiteral("--base"),
                               SlapdFixture::baseDn(), QStringLiteral("--bind-dn"), SlapdFixture::readerDn(),
                               QStringLiteral("--password-file"), passwordFile("hunter2\n")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("rejected the password for cn=reader,dc=example,dc=org"), r.err.constData());
        QVERIFY(!r.err.contains("hunter2"));
    }

    void usageErrors()
    {
        auto r = runApp({QStringLiteral("directory"), QStringLiteral("--ldap"), m_slapd.uri()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--base"));
        r = runApp({QStringLiteral("directory"), QStringLiteral("--ldap"), m_slapd.uri(), QStringLiteral("--base"),
                    SlapdFixture::baseDn(), QStringLiteral("--preset"), QStringLiteral("novell")});
        QCOMPARE(r.exitCode, 2);
        r = runApp({QStringLiteral("directory"), QStringLiteral("--ldap"), m_slapd.uri(), QStringLiteral("--base"),
                    SlapdFixture::baseDn(), QStringLiteral("--attribute"), QStringLiteral("colour=blue")});
        QCOMPARE(r.exitCode, 2);
    }

    void serverDownFailsClearly()
    {
        const QString uri = QStringLiteral("ldap://127.0.0.1:%1").arg(SlapdFixture::freePort());
        const auto r = runApp({QStringLiteral("directory"), QStringLiteral("--ldap"), uri, QStringLiteral("--base"),
                               SlapdFixture::baseDn(), QStringLiteral("--timeout"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("Cannot reach the directory server ") + uri), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestLdapCommand)
#include "TestLdapCommand.moc"
