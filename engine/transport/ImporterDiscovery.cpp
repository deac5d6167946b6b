#include "ImporterDiscovery.h"

#include "transport/RemoteCommand.h"
#include "transport/ServerFacts.h"
#include "transport/ShellQuote.h"
#include "transport/SshSession.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace mig::transport {

namespace {

/// The probe input of §1.3: an unknown magic followed by splice and public-store bytes.
QByteArray probeBytes()
{
    return QByteArray("GXMT9999\0\0", 10);
}

} // namespace

QStringList ImporterInfo::commandPrefix() const
{
    QStringList words;
    if (sudo)
        words << QStringLiteral("sudo") << QStringLiteral("-n");
    words << (path.isEmpty() ? program : path);
    return words;
}

namespace {

struct GromoxVersion {
    int major = 0;
    int minor = 0;
    int patch = 0;
};

/// Parses package versions such as "2.48.170-1", "1:3.1+git", "3.10".
std::optional<GromoxVersion> parseGromoxVersion(const QString &version)
{
    static const QRegularExpression numbers(QStringLiteral(R"re(^\s*(?:\d+:)?(\d+)\.(\d+)(?:[.+~](\d+))?)re"));
    const QRegularExpressionMatch m = numbers.match(version);
    if (!m.hasMatch())
        return std::nullopt;
    return GromoxVersion { m.captured(1).toInt(), m.captured(2).toInt(),
        m.captured(3).isEmpty() ? 0 : m.captured(3).toInt() };
}

} // namespace

bool ImporterInfo::readsUnanchoredFolders() const
{
    const std::optional<GromoxVersion> v = parseGromoxVersion(packageVersion);
    return v && (v->major > 3 || (v->major == 3 && v->minor >= 10));
}

std::optional<int> revisionForGromoxVersion(const QString &version)
{
    const std::optional<GromoxVersion> parsed = parseGromoxVersion(version);
    if (!parsed)
        return std::nullopt;
    const auto [major, minor, patch] = *parsed;
    const auto atLeast = [&](int a, int b) { return major > a || (major == a && minor >= b); };
    if (atLeast(3, 3))
        return 5;
    if (atLeast(3, 0))
        return 4;
    if (major == 2 && minor == 48 && patch >= 161)
        return 4; // the 2.48.161/2.48.170 snapshot tags already read GXMT0004
    if (atLeast(2, 10))
        return 3;
    if (atLeast(1, 19))
        return 2;
    if (atLeast(1, 8))
        return 1;
    if (atLeast(1, 2))
        return 0;
    return -1;
}

std::optional<int> revisionFromProbeAnswer(const QString &stderrText)
{
    static const QRegularExpression understood(QStringLiteral(R"re(only "GXMT(\d{4})" is understood)re"));
    if (const QRegularExpressionMatch m = understood.match(stderrText); m.hasMatch())
        return m.captured(1).toInt();
    if (stderrText.contains(QLatin1String("Unrecognized input format")))
        return 3;
    return std::nullopt;
}

namespace {

/// Importers found so far in this process, per server and login: a run with N mailboxes on one
/// server asks once. The host key is part of the key, so another server on a reused address (a
/// reinstalled host, a test fixture on a recycled port) is asked afresh.
struct DiscoveryCache {
    QMutex mutex;
    QHash<QString, ImporterInfo> importers;
};

DiscoveryCache &discoveryCache()
{
    static DiscoveryCache cache;
    return cache;
}

QString cacheKey(const SshSession &session, const DiscoveryOptions &options)
{
    const SessionOptions &o = session.options();
    return QStringLiteral("%1@%2:%3 %4 %5")
        .arg(o.target.user, o.target.host)
        .arg(o.target.port)
        .arg(session.hostKey().fingerprint)
        .arg(options.sudo ? 1 : 0);
}

} // namespace

void rememberImporter(const SshSession &session, const DiscoveryOptions &options, const ImporterInfo &importer)
{
    DiscoveryCache &cache = discoveryCache();
    QMutexLocker lock(&cache.mutex);
    cache.importers.insert(cacheKey(session, options), importer);
}

void forgetDiscoveredImporters()
{
    DiscoveryCache &cache = discoveryCache();
    QMutexLocker lock(&cache.mutex);
    cache.importers.clear();
}

std::optional<ImporterInfo> knownImporter(const SshSession &session, const DiscoveryOptions &options)
{
    DiscoveryCache &cache = discoveryCache();
    QMutexLocker lock(&cache.mutex);
    const auto known = cache.importers.constFind(cacheKey(session, options));
    if (known == cache.importers.constEnd())
        return std::nullopt;
    return *known;
}

Expected<ImporterInfo> discoverImporter(SshSession &session, const DiscoveryOptions &options)
{
    if (std::optional<ImporterInfo> known = knownImporter(session, options))
        return *known;
    Expected<ServerFacts> facts = probeServerFacts(session, options.sudo, false);
    if (!facts)
        return facts.error();
    Expected<ImporterInfo> importer = importerFromFacts(session, *facts, options);
    if (importer)
        rememberImporter(session, options, *importer);
    return importer;
}

Expected<ImporterInfo> importerFromFacts(SshSession &session, const ServerFacts &facts, const DiscoveryOptions &options)
{
    const QString &importPath = facts.importPath;
    const QString &mt2exmPath = facts.mt2exmPath;
    ImporterInfo info;
    info.sudo = options.sudo;
    info.packageVersion = facts.packageVersion;
    if (!importPath.isEmpty()) {
        info.program = QStringLiteral("gromox-import");
        info.path = importPath;
        info.revision = gxmt::Revision::V5;
        info.basis = QCoreApplication::translate(
            "mig::transport", "gromox-import exists, so the server runs Gromox 3.3 or later");
        return info;
    }
    if (mt2exmPath.isEmpty()) {
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::transport",
                "Neither gromox-import nor gromox-mt2exm was found on %1 (searched PATH, /usr/sbin, /sbin). "
                "Is Gromox installed there?")
                .arg(session.options().target.host),
            {} };
    }
    info.program = QStringLiteral("gromox-mt2exm");
    info.path = mt2exmPath;

    std::optional<int> revision = revisionForGromoxVersion(info.packageVersion);
    if (revision)
        info.basis = QCoreApplication::translate("mig::transport", "the gromox package has version %1")
                         .arg(info.packageVersion);
    if (!revision) {
        QStringList probe = info.commandPrefix();
        if (!options.probeUser.isEmpty())
            probe << QStringLiteral("-u") << options.probeUser;
        Expected<CommandResult> answer = runRemoteCommand(session, shellCommand(probe), probeBytes());
        if (!answer)
            return answer.error();
        const QString text = QString::fromUtf8(answer->err + answer->out);
        revision = revisionFromProbeAnswer(text);
        if (!revision) {
            return Error { Error::Code::Unsupported,
                QCoreApplication::translate("mig::transport",
                    "Could not find out which stream revision %1 reads: it gave no recognisable answer to a "
                    "probe (%2). Choose the revision explicitly.")
                    .arg(mt2exmPath, text.trimmed().left(300)),
                {} };
        }
        info.basis = QCoreApplication::translate("mig::transport", "the importer's answer to a probe stream");
    }
    if (*revision < int(gxmt::Revision::V3) || *revision > int(gxmt::Revision::V5)) {
        return Error { Error::Code::Unsupported,
            QCoreApplication::translate("mig::transport",
                "The server's importer reads stream revision GXMT%1 (%2); this program writes GXMT0003 to "
                "GXMT0005 (Gromox 2.10 and later). Please update Gromox on the server.")
                .arg(*revision, 4, 10, QLatin1Char('0'))
                .arg(info.basis),
            {} };
    }
    info.revision = gxmt::Revision(*revision);
    return info;
}

} // namespace mig::transport
