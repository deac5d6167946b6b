#pragma once

#include <QString>

namespace mig::wizard {

/// Walks the wizard through every page with the shared sample data (the PSTs under
/// $MIGRATE_TESTDATA/pst, else shared/testdata found beside the checkout or the executable),
/// filling in the server and directory forms and finishing with a dry run, and saves one PNG per
/// page into outputDir (01-welcome.png … 09-summary.png). Settings are kept apart from the user's
/// (QStandardPaths test mode). Needs a QApplication; returns a process exit code and prints
/// problems on stderr.
int renderScreenshots(const QString &outputDir);

} // namespace mig::wizard
