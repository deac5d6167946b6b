#pragma once

#include "sources/SourceSpec.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mig::wizard {

/// What the sources page shows about one source once it has been looked into.
struct SourceInspection {
    bool ok = false;
    bool isFolder = false; ///< a folder of exported items rather than a file
    QString format;        ///< "pst", "ost", "export folder", ...
    QStringList details;   ///< the source's own facts for people ("unicode", "encryption none", ...)
    qint64 size = 0;       ///< bytes on disk (a folder: all its files)
    int folders = 0;
    int items = 0;         ///< every entry of every folder's contents, readable or not
    int unreadable = 0;
    /// False when folders and items are only counted in the run (a Kopano store, read on the server).
    bool countsKnown = true;
    QString error;         ///< why the source cannot be used (when !ok), naming the file
};

/// Opens the source through the engine (read-only) and counts its folders and items. Blocking
/// file or network I/O: call it from a worker thread. Never throws; problems end up in error.
SourceInspection inspectSource(const sources::SourceSpec &spec);

} // namespace mig::wizard

Q_DECLARE_METATYPE(mig::wizard::SourceInspection)
