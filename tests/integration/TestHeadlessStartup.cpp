// Headless commands must start as lightly as a C tool (issue 20): they never load Qt Widgets,
// Qt Gui or the key chain libraries; only opening the wizard does. --version and the conversion
// of PST/OST files do not even load the command library (grommunio-migrate-commands) or the
// libraries only other sources and commands need (SSH, LDAP, GMime, libical, Qt Network); every
// other command runs in that library. glibc's loader lists every library it maps when
// LD_DEBUG=files is set, which is what this test reads.
#include "TestEnvironment.h"

#include <QtTest>

using mig::test::runApp;
using mig::test::testDataPath;

namespace {

/// The loader's trace of one run of the command; fails the test when the command fails.
QByteArray loaderTrace(const QStringList &arguments)
{
    qputenv("LD_DEBUG", "files");
    const auto result = runApp(arguments);
    qunsetenv("LD_DEBUG");
    if (result.exitCode != 0)
        qWarning("%s", result.err.right(2000).constData());
    return result.exitCode == 0 ? result.err : QByteArray();
}

/// Runs the command and checks that the loader mapped none of libraries (by part of their names).
void verifyNotMapped(const QStringList &arguments, std::initializer_list<const char *> libraries)
{
    const QByteArray trace = loaderTrace(arguments);
    QVERIFY2(trace.contains("file=libQt6Core"), "the loader trace is missing");
    for (const char *library : libraries)
        QVERIFY2(!trace.contains(library), library);
}

} // namespace

class TestHeadlessStartup final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headlessCommandsLoadNoGuiLibraries_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("convert --help") << QStringList{QStringLiteral("convert"), QStringLiteral("--help")};
        QTest::newRow("inspect --help") << QStringList{QStringLiteral("inspect"), QStringLiteral("--help")};
        QTest::newRow("run --help") << QStringList{QStringLiteral("run"), QStringLiteral("--help")};
    }

    void headlessCommandsLoadNoGuiLibraries()
    {
#ifndef __GLIBC__
        QSKIP("reads the GNU C library's loader trace");
#else
        QFETCH(QStringList, arguments);
        verifyNotMapped(arguments, { "libQt6Widgets", "libQt6Gui", "keychain", "grommunio-migrate-wizard" });
#endif
    }

    void pstConversionLoadsNoOtherLibrary_data()
    {
        MIG_REQUIRE_TESTDATA();
        QTest::addColumn<QStringList>("arguments");
        const QString pst = testDataPath(QStringLiteral("pst/libyal_outlook.pst"));
        const QString ost = testDataPath(QStringLiteral("pst/aspose_PersonalStorageFile.ost"));
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
        QTest::newRow("convert --help") << QStringList{QStringLiteral("convert"), QStringLiteral("--help")};
        QTest::newRow("convert PST") << QStringList{QStringLiteral("convert"), QStringLiteral("-o"),
                                                    QStringLiteral("/dev/null"), pst};
        QTest::newRow("convert PST and OST, options") << QStringList{QStringLiteral("convert"), QStringLiteral("--splice"),
            QStringLiteral("--with-hidden"), QStringLiteral("--revision"), QStringLiteral("5"), pst, ost,
            QStringLiteral("-o"), QStringLiteral("/dev/null")};
    }

    void pstConversionLoadsNoOtherLibrary()
    {
#ifndef __GLIBC__
        QSKIP("reads the GNU C library's loader trace");
#else
        QFETCH(QStringList, arguments);
        verifyNotMapped(arguments,
            { "grommunio-migrate-commands", "libssh", "libldap", "libgmime", "libical", "libQt6Network" });
#endif
    }

    void otherCommandsRunInTheCommandLibrary_data()
    {
        MIG_REQUIRE_TESTDATA();
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("inspect") << QStringList{QStringLiteral("inspect"),
                                                testDataPath(QStringLiteral("pst/libyal_outlook.pst"))};
        // A PST beside a source of another kind: the whole command runs in the library.
        QTest::newRow("convert PST and EML") << QStringList{QStringLiteral("convert"), QStringLiteral("-o"),
            QStringLiteral("/dev/null"), testDataPath(QStringLiteral("pst/libyal_outlook.pst")),
            testDataPath(QStringLiteral("eml/mail_attachment_pdf.eml"))};
    }

    void otherCommandsRunInTheCommandLibrary()
    {
#ifndef __GLIBC__
        QSKIP("reads the GNU C library's loader trace");
#else
        QFETCH(QStringList, arguments);
        const QByteArray trace = loaderTrace(arguments);
        QVERIFY2(trace.contains("grommunio-migrate-commands"), "the command library was not loaded");
#endif
    }
};

QTEST_GUILESS_MAIN(TestHeadlessStartup)
#include "TestHeadlessStartup.moc"
