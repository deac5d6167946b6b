#include "ThrowawayCa.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace mig::test {

bool makeThrowawayCa(const QString &directory, const QString &caName, QString *error)
{
    const QDir dir(directory);
    const auto path = [&dir](const char *name) { return dir.filePath(QLatin1String(name)); };
    QFile extensions(path("server.ext"));
    if (!extensions.open(QIODevice::WriteOnly)
        || extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n") < 0) {
        *error = QStringLiteral("cannot write ") + extensions.fileName();
        return false;
    }
    extensions.close();
    const QList<QStringList> steps{
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"), path("ca.crt"),
         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + caName},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), path("server.key"), QStringLiteral("-out"), path("server.csr"),
         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("server.csr"), QStringLiteral("-CA"),
         path("ca.crt"), QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-CAcreateserial"),
         QStringLiteral("-out"), path("server.crt"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-extfile"), path("server.ext")},
    };
    for (const QStringList &step : steps) {
        const ProcessResult r = runProcess(QStringLiteral("openssl"), step);
        if (r.exitCode != 0 || r.crashed) {
            *error = QStringLiteral("openssl %1 failed: %2").arg(step.first(), QString::fromUtf8(r.err));
            return false;
        }
    }
    return true;
}

} // namespace mig::test
