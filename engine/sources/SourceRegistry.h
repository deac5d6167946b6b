#pragma once

#include "core/Expected.h"
#include "sources/Source.h"
#include "sources/SourceSpec.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace mig::sources {

/// One kind of source the program can read (PST/OST/PAB files, ...): how to recognise it and how
/// to open it. Every front end (commands, scanner, mapping inspector, wizard) opens sources only
/// through the registry, so a new kind plugs in at one place.
struct SourceKind {
    QString id;    ///< stable name stored in plan files: "pst", ...
    QString title; ///< for people: "Outlook data file (PST/OST/PAB)"
    /// How sure the kind is that location is one of its sources, by content: 0 = not mine,
    /// 100 = certain (a signature matched). A low value (1-9) means "only the name fits": the kind
    /// is then still asked to open the location, so the user gets its specific error message.
    std::function<int(const QString &location)> probe;
    /// Opens spec (spec.kind is this kind's id or "auto"). Errors name the location and the reason.
    std::function<Expected<std::unique_ptr<Source>>(const SourceSpec &spec)> open;
    /// Name patterns for file dialogs ("*.pst"); empty for kinds that are folders or accounts.
    QStringList filePatterns = {};
};

/// Adds kind, or replaces the kind with the same id. Thread-safe. The built-in kinds (PST, ICS, VCF) are
/// always registered.
void registerSourceKind(SourceKind kind);

/// Every registered kind, built-ins first. Thread-safe.
QList<SourceKind> sourceKinds();

/// The registered kind with this id, if any.
std::optional<SourceKind> findSourceKind(const QString &id);

/// The kind that recognises location best (highest probe result > 0). Errors: NotFound when
/// location does not exist, AccessDenied when it cannot be read, Unsupported when no kind claims it.
Expected<SourceKind> probeSource(const QString &location);

/// Opens spec with its kind, or with the probed kind when spec.kind is "auto". Errors: Unsupported
/// for an unknown kind, else those of probeSource() and of the kind's open().
Expected<std::unique_ptr<Source>> openSource(const SourceSpec &spec);

} // namespace mig::sources
