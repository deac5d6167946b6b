#pragma once

// The Kopano tool stand-ins (tests/data/kopano, whose README says which facts of the real tools
// they rely on) installed first on the PATH of the sshd fixture, and the GXMT streams their
// gromox-kdb2mt writes, made with the project's own converter from shared sample PSTs.

#include "SshdFixture.h"
#include "StreamFrames.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace mig::test {

/// The public store's GUID in the stand-ins' data (kopano-fake/).
inline const QString kKopanoPublicGuid = QStringLiteral("0123456789ABCDEF0123456789ABCDEF");

/// A store the stand-ins' kopano-admin lists, with the shared sample PST whose stream their
/// gromox-kdb2mt hands out for it (prepareKopanoStream).
struct KopanoStandInStore {
    QString key;    ///< login or GUID, as kdb2mt is asked for it
    QString target; ///< the address kopano-admin shows, @domain for the public store
    QString pst;
    bool splice;
};

/// The five users and the public store of kopano-fake/, in kopano-admin's order.
inline QList<KopanoStandInStore> kopanoStandInStores()
{
    return {
        { QStringLiteral("alice"), QStringLiteral("alice@example.com"), QStringLiteral("pst/libyal_outlook.pst"), true },
        { QStringLiteral("bob"), QStringLiteral("bob@example.com"), QStringLiteral("pst/tika_testPST.pst"), true },
        { QStringLiteral("carol"), QStringLiteral("carol@example.com"), QStringLiteral("pst/pstsdk_sample2.pst"), true },
        { QStringLiteral("dave"), QStringLiteral("dave@example.com"), QStringLiteral("pst/rubymsg_msgInMsg.pst"), true },
        { QStringLiteral("erin"), QStringLiteral("erin@example.com"), QStringLiteral("pst/aranetic_four_nesting_levels.pst"), true },
        { kKopanoPublicGuid, QStringLiteral("@example.com"), QStringLiteral("pst/javalibpst_dist-list.pst"), false },
    };
}

/// Copies kopano-admin, gromox-kdb2mt, sshfs and fusermount(3) next to the fixture's importer,
/// with their data folder kopano-fake/ (sql-password holds password). Returns kopano-fake/'s
/// path, or an empty string when a copy failed.
inline QString installKopanoStandIns(const SshdFixture &sshd, const QByteArray &password)
{
    const QString data = sourceDir() + QStringLiteral("/tests/data/kopano/");
    for (const char *tool : { "kopano-admin", "gromox-kdb2mt", "sshfs", "fusermount", "fusermount3" }) {
        const QString to = sshd.binDir() + QLatin1Char('/') + QLatin1String(tool);
        if (!QFile::copy(data + QLatin1String(tool), to)
            || !QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return {};
    }
    const QString fake = sshd.binDir() + QStringLiteral("/kopano-fake");
    if (!QDir().mkpath(fake + QStringLiteral("/streams")))
        return {};
    for (const QString &name : QDir(data + QStringLiteral("kopano-fake")).entryList(QDir::Files)) {
        if (!QFile::copy(data + QStringLiteral("kopano-fake/") + name, fake + QLatin1Char('/') + name))
            return {};
    }
    QFile file(fake + QStringLiteral("/sql-password"));
    const QByteArray line = password + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(line) != line.size())
        return {};
    return fake;
}

/// Converts pst (a shared sample) into the stream kdb2mt writes for store key (a login or
/// GUID) under fake/streams/; returns its message count, or -1 (error says why).
inline int prepareKopanoStream(const QString &fake, const QString &key, const QString &pst, bool splice,
                               QString *error)
{
    const QString out = fake + QStringLiteral("/streams/") + key + QStringLiteral(".mt");
    QStringList args { QStringLiteral("convert"), testDataPath(pst), QStringLiteral("-o"), out };
    if (splice)
        args << QStringLiteral("--splice");
    const ProcessResult converted = runApp(args);
    if (converted.exitCode != 0) {
        *error = QString::fromUtf8(converted.err);
        return -1;
    }
    QFile file(out);
    const ReadStream stream = readStream(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    if (!stream.ok) {
        *error = stream.error;
        return -1;
    }
    return int(stream.messages.size());
}

} // namespace mig::test
