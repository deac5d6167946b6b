// The Debian package is what administrators install: build it from this build tree, unpack it
// into a temporary root, and run the program that was packaged.
#include "TestEnvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using mig::test::runProcess;

class TestPackaging final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void debianPackageInstallsAndRuns()
    {
        const QString buildDir = qEnvironmentVariable("MIG_BUILD_DIR");
        QVERIFY2(QFileInfo::exists(buildDir + QStringLiteral("/CPackConfig.cmake")), qPrintable(buildDir));
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const auto packed = runProcess(QStringLiteral("cpack"),
                                       {QStringLiteral("--config"), buildDir + QStringLiteral("/CPackConfig.cmake"),
                                        QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out.path()},
                                       {}, 600000);
        QVERIFY2(packed.exitCode == 0, packed.out.right(2000).constData());
        const QStringList debs = QDir(out.path()).entryList({QStringLiteral("grommunio-migrate_*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        const QString deb = QDir(out.path()).filePath(debs.first());

        // Dependencies come from dpkg-shlibdeps: the C libraries and Qt must be declared.
        const auto fields = runProcess(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Depends")});
        QCOMPARE(fields.exitCode, 0);
        for (const char *dependency : {"libpff1", "libssh-4", "libldap-2.5-0", "libqt6core6", "libqt6widgets6"})
            QVERIFY2(fields.out.contains(dependency), fields.out.constData());

        // What no linked library reveals: the key chain's runtime pieces are recommended.
        const auto recommends = runProcess(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Recommends")});
        QCOMPARE(recommends.exitCode, 0);
        for (const char *recommended : {"libsecret-1-0", "gnome-keyring | kwalletmanager", "openssh-client"})
            QVERIFY2(recommends.out.contains(recommended), recommends.out.constData());

        QTemporaryDir root;
        const auto unpacked = runProcess(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, root.path()});
        QCOMPARE(unpacked.exitCode, 0);
        for (const char *file : {"usr/bin/grommunio-migrate", "usr/share/applications/com.grommunio.Migrate.desktop",
                                 "usr/share/metainfo/com.grommunio.Migrate.metainfo.xml",
                                 "usr/share/icons/hicolor/scalable/apps/grommunio-migrate.svg",
                                 "usr/share/man/man1/grommunio-migrate.1"})
            QVERIFY2(QFileInfo::exists(root.filePath(QLatin1String(file))), file);

        const auto version = runProcess(root.filePath(QStringLiteral("usr/bin/grommunio-migrate")), {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("grommunio-migrate "));

        // Every command but --version and PST conversion runs in the command library: the packaged
        // command must find it (--help lists the commands from there).
        QDirIterator commandLibraries(root.filePath(QStringLiteral("usr/lib")),
                                      {QStringLiteral("grommunio-migrate-commands*")}, QDir::Files,
                                      QDirIterator::Subdirectories);
        QVERIFY2(commandLibraries.hasNext(), "the command library is not in the package");
        const auto help = runProcess(root.filePath(QStringLiteral("usr/bin/grommunio-migrate")), {QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, help.err.constData());
        QVERIFY(help.out.contains("convert"));

        // The wizard is a library the command opens only for the GUI: it must be packaged where
        // the packaged command finds it (rendering the pages offscreen proves it loads).
        QDirIterator libraries(root.filePath(QStringLiteral("usr/lib")), {QStringLiteral("grommunio-migrate-wizard*")},
                               QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(libraries.hasNext(), "the wizard library is not in the package");
        QTemporaryDir shots;
        const auto rendered = runProcess(root.filePath(QStringLiteral("usr/bin/grommunio-migrate")),
                                         {QStringLiteral("--screenshots"), shots.path()}, {}, 120000);
        QVERIFY2(rendered.exitCode == 0, rendered.err.right(2000).constData());
        QVERIFY(!QDir(shots.path()).entryList({QStringLiteral("*.png")}, QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "TestPackaging.moc"
