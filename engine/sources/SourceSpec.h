#pragma once

#include "core/Expected.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mig::sources {

/// What to open as a source: which kind of source (a SourceRegistry id such as "pst", or "auto" to
/// detect it by content), where it is (a file, a folder, an account URL) and kind-specific options.
/// Stored in plan files, so it never holds a secret: passwords are asked for when the source is
/// opened. Plain value type.
struct SourceSpec {
    /// The kind that means "probe the location and take the kind that recognises it".
    static QString autoKind() { return QStringLiteral("auto"); }

    QString kind = autoKind();
    QString location;
    QVariantMap options;

    /// A spec for a file or folder whose kind is detected by content.
    static SourceSpec forPath(const QString &path);
    static QList<SourceSpec> forPaths(const QStringList &paths);

    bool isAuto() const { return kind.isEmpty() || kind == autoKind(); }
    /// The last component of the location (file name), for "Import of <name>" and reports.
    QString displayName() const;

    /// {"kind": ..., "location": ..., "options": {...}} (options only when there are any).
    QJsonValue toJson() const;
    /// Reads toJson()'s object; a plain string (plan files before format version 2) is a path of
    /// kind "auto". Errors name what is wrong.
    static Expected<SourceSpec> fromJson(const QJsonValue &json);

    friend bool operator==(const SourceSpec &, const SourceSpec &) = default;
};

/// The locations of specs, in order (for reports and resume points, which name sources by location).
QStringList locationsOf(const QList<SourceSpec> &specs);

} // namespace mig::sources
