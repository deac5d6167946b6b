// SSH password authentication against a real OpenSSH sshd that offers passwords but knows none
// (tests/common/SshdFixture with passwordAuthentication): the session asks for the password
// once, the server refuses it, and the error is an authentication error naming user, host and
// the methods the server offers, without the password.
#include "SshdFixture.h"
#include "TestEnvironment.h"

#include "transport/SshSession.h"

#include <QFile>
#include <QtTest>

using namespace mig;
using namespace mig::transport;

class TestSshPasswordAuth final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::SshdFixture> m_sshd;

private Q_SLOTS:
    void initTestCase()
    {
        test::SshdFixture::Options options;
        options.passwordAuthentication = true;
        m_sshd = std::make_unique<test::SshdFixture>(options);
        QString error;
        if (!m_sshd->start(&error))
            QSKIP(qPrintable(QStringLiteral("sshd cannot be started: ") + error));
    }

    void wrongPasswordIsAnAuthenticationError()
    {
        const QByteArray password = "Wr0ng-Secret-4711";
        SessionOptions options;
        options.target = *SshTarget::parse(m_sshd->destination());
        options.knownHostsFile = m_sshd->knownHostsPath(QStringLiteral("password"));
        options.tryAgent = false;
        QVERIFY(m_sshd->writeKnownHosts(options.knownHostsFile));
        QList<SecretKind> asked;
        QStringList prompts;
        options.askSecret = [&](SecretKind kind, const QString &prompt, bool echo) {
            asked << kind;
            prompts << prompt;
            if (echo)
                qWarning("a password prompt must not echo");
            return std::optional<SecretBytes>(SecretBytes(password));
        };

        SshSession session(options);
        const Expected<void> connected = session.connect();
        QVERIFY(!connected);
        QCOMPARE(connected.error().code, Error::Code::Auth);
        const QString text = connected.error().fullText();
        QVERIFY2(text.contains(QStringLiteral("\"%1\"").arg(m_sshd->user())), qPrintable(text));
        QVERIFY2(text.contains(m_sshd->host()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("password")), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromLatin1(password)), qPrintable(text));
        QVERIFY(asked.contains(SecretKind::Password));
        QVERIFY(prompts.contains(QStringLiteral("Password for %1@%2: ").arg(m_sshd->user(), m_sshd->host())));
        // sshd saw the attempt and refused it.
        QTRY_VERIFY_WITH_TIMEOUT(m_sshd->log().contains("Failed password for"), 10000);
    }
};

QTEST_GUILESS_MAIN(TestSshPasswordAuth)
#include "TestSshPasswordAuth.moc"
