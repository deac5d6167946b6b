#pragma once

#include "core/Expected.h"
#include "mapping/SourceDescriptor.h"
#include "sources/SourceSpec.h"

#include <QStringList>

#include <vector>

namespace mig::mapping {

/// Turns command-line or wizard paths into source descriptors (path, name, kind only):
/// a PST/OST file is one source named by its file name without extension
/// ("amelia@example.org.pst" -> "amelia@example.org"); an MBOX file likewise; a folder
/// contributes the files any source kind's file patterns name (PST/OST, MBOX, EML, ICS, VCF, ...)
/// and its sub-folders named like a mail address (Exchange exports, Maildirs), sorted by name, not
/// recursively. Errors: NotFound for a path that does not exist,
/// naming it. Blocking file-system access; any thread.
Expected<std::vector<SourceDescriptor>> collectSources(const QStringList &paths);

/// The descriptor for one file or export folder, without looking inside it.
SourceDescriptor describePath(const QString &path);

/// The descriptor for one source as the wizard lists it: an account by its login, a file or
/// folder by describePath().
SourceDescriptor describeSpec(const sources::SourceSpec &spec);

} // namespace mig::mapping
