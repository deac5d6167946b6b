// The IMAP accounts file of `plan --imap-accounts` and `--imap-passwords`: header or none, comments,
// quoted passwords with separators, ';' files, both layouts, and errors that name file and line.
#include "sources/imap/ImapAccountList.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace mig::imap;

class TestImapAccountList final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

private Q_SLOTS:
    void accountsWithHeaderCommentsAndQuotedPasswords()
    {
        const QString path = write("a.csv",
            "# moved on Friday\nlogin,target,password\n\nalice,alice@example.com,\"a,b;\"\"c\"\"\"\n"
            "bob@old.example,bob@example.com\n  carol , carol@example.com , spaced \n");
        const auto entries = readImapAccountList(path, ImapAccountListLayout::Accounts);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().fullText()));
        QCOMPARE(entries->size(), 3);
        QCOMPARE(entries->at(0).login, QStringLiteral("alice"));
        QCOMPARE(entries->at(0).password, QByteArray("a,b;\"c\""));
        QCOMPARE(entries->at(0).line, 4);
        QCOMPARE(entries->at(1).login, QStringLiteral("bob@old.example"));
        QVERIFY(entries->at(1).password.isEmpty());
        QCOMPARE(entries->at(2).login, QStringLiteral("carol"));
        QCOMPARE(entries->at(2).target, QStringLiteral("carol@example.com"));
        QCOMPARE(entries->at(2).password, QByteArray(" spaced ")); // passwords are taken as written
    }

    void semicolonFileAndPasswordHoldingCommas()
    {
        const QString path = write("semi.csv", "alice;alice@example.com;x,y,z\n");
        const auto entries = readImapAccountList(path, ImapAccountListLayout::Accounts);
        QVERIFY(entries);
        QCOMPARE(entries->first().password, QByteArray("x,y,z"));
    }

    void passwordLayoutTakesTwoOrThreeFields()
    {
        const QString path = write("p.csv", "alice,secret-a\nbob,bob@example.com,secret;b\ncarol,carol@example.com,\n");
        const auto entries = readImapAccountList(path, ImapAccountListLayout::Passwords);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2); // carol has no password: left out
        QCOMPARE(entries->at(0).password, QByteArray("secret-a"));
        QCOMPARE(entries->at(1).login, QStringLiteral("bob"));
        QCOMPARE(entries->at(1).password, QByteArray("secret;b"));
    }

    void errorsNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no target") << QByteArray("# c\nalice,alice@example.com\nbob,bob\n") << int(ImapAccountListLayout::Accounts)
                                   << QStringLiteral("line 3");
        QTest::newRow("one field") << QByteArray("alice\n") << int(ImapAccountListLayout::Passwords) << QStringLiteral("line 1");
        QTest::newRow("four fields") << QByteArray("\n\na,a@example.com,p,q\n") << int(ImapAccountListLayout::Accounts)
                                     << QStringLiteral("line 3");
        QTest::newRow("twice") << QByteArray("a,a@example.com\nb,b@example.com\na,c@example.com\n")
                               << int(ImapAccountListLayout::Accounts) << QStringLiteral("line 3: the login a is already on line 1");
        QTest::newRow("empty login") << QByteArray("login,target\n,a@example.com\n") << int(ImapAccountListLayout::Accounts)
                                     << QStringLiteral("line 2");
        QTest::newRow("bad header") << QByteArray("login,mailbox\n") << int(ImapAccountListLayout::Accounts)
                                    << QStringLiteral("line 1");
        QTest::newRow("open quote") << QByteArray("a,a@example.com,\"never closed\n") << int(ImapAccountListLayout::Accounts)
                                    << QStringLiteral("line 1");
    }

    void errorsNameFileAndLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, layout);
        QFETCH(QString, needle);
        const QString path = write(QStringLiteral("bad.csv"), content);
        const auto entries = readImapAccountList(path, ImapAccountListLayout(layout));
        QVERIFY(!entries);
        QVERIFY2(entries.error().message.contains(path), qPrintable(entries.error().message));
        QVERIFY2(entries.error().message.contains(needle), qPrintable(entries.error().message));
    }

    void missingFileIsNotFound()
    {
        const auto entries = readImapAccountList(m_dir.filePath("none.csv"), ImapAccountListLayout::Accounts);
        QVERIFY(!entries);
        QCOMPARE(entries.error().code, mig::Error::Code::NotFound);
    }

    void readableByOthersFollowsThePermissionBits()
    {
#ifndef Q_OS_UNIX
        QSKIP("permission bits are a Unix matter");
#endif
        const QString path = write("perm.csv", "a,a@example.com,p\n");
        QVERIFY(!readableByOthers(path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QVERIFY(readableByOthers(path));
    }
};

QTEST_GUILESS_MAIN(TestImapAccountList)
#include "TestImapAccountList.moc"
