#include "sources/SourceRegistry.h"

#include "sources/BuiltinSourceKinds.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

namespace mig::sources {

namespace {

struct Registry {
    QMutex mutex;
    QList<SourceKind> kinds = builtinSourceKinds();
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

/// "scheme://...": an account or server, never a file. (A relative path of that shape would need
/// "./" in front.)
bool isUrlLocation(const QString &location)
{
    const qsizetype colon = location.indexOf(QLatin1String("://"));
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = location.at(i);
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('+') && c != QLatin1Char('-')
            && c != QLatin1Char('.'))
            return false;
    }
    return location.at(0).isLetter();
}

/// Why location cannot be a source at all, before any kind is asked; nothing when it is readable.
std::optional<Error> unreadableLocation(const QString &location)
{
    if (isUrlLocation(location))
        return std::nullopt; // an account (imaps://...): the kinds decide, not the file system
    const QFileInfo info(location);
    if (!info.exists())
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::sources", "%1: the file does not exist").arg(location), {} };
    if (info.isDir())
        return std::nullopt; // a folder may be a source of some kind (a maildir, an export tree)
    QFile file(location);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Error::Code::AccessDenied,
            QCoreApplication::translate("mig::sources", "%1: cannot be opened for reading").arg(location),
            file.errorString() };
    return std::nullopt;
}

QString kindTitles(const QList<SourceKind> &kinds)
{
    QStringList titles;
    for (const SourceKind &kind : kinds)
        titles.append(kind.title);
    return titles.join(QStringLiteral(", "));
}

} // namespace

void registerSourceKind(SourceKind kind)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    for (SourceKind &existing : r.kinds) {
        if (existing.id == kind.id) {
            existing = std::move(kind);
            return;
        }
    }
    r.kinds.append(std::move(kind));
}

QList<SourceKind> sourceKinds()
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.kinds;
}

std::optional<SourceKind> findSourceKind(const QString &id)
{
    for (const SourceKind &kind : sourceKinds()) {
        if (kind.id == id)
            return kind;
    }
    return std::nullopt;
}

Expected<SourceKind> probeSource(const QString &location)
{
    if (auto problem = unreadableLocation(location))
        return *problem;
    const QList<SourceKind> kinds = sourceKinds();
    const SourceKind *best = nullptr;
    int bestConfidence = 0;
    for (const SourceKind &kind : kinds) {
        const int confidence = kind.probe ? kind.probe(location) : 0;
        if (confidence > bestConfidence) {
            best = &kind;
            bestConfidence = confidence;
        }
    }
    if (best == nullptr)
        return Error { Error::Code::Unsupported,
            QCoreApplication::translate("mig::sources", "%1: not a source this program can read (it reads: %2)")
                .arg(location, kindTitles(kinds)),
            {} };
    return *best;
}

Expected<std::unique_ptr<Source>> openSource(const SourceSpec &spec)
{
    std::optional<SourceKind> kind;
    if (spec.isAuto()) {
        auto probed = probeSource(spec.location);
        if (!probed)
            return probed.error();
        kind = std::move(*probed);
    } else {
        kind = findSourceKind(spec.kind);
        if (!kind)
            return Error { Error::Code::Unsupported,
                QCoreApplication::translate("mig::sources", "%1: unknown kind of source \"%2\"")
                    .arg(spec.location, spec.kind),
                {} };
    }
    return kind->open(spec);
}

} // namespace mig::sources
