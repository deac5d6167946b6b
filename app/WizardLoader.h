#pragma once

#include "WizardEntry.h"

#include <QString>

namespace mig::app {

/// The wizard library's entry point, or why it could not be loaded.
struct LoadedWizard {
    WizardEntryFunction entry = nullptr;
    QString problem; ///< untranslated details (library paths and the loader's message) when entry is null
};

/// Loads the wizard library found beside the executable (the build tree) or where the package
/// installs it (a path relative to the executable, so an unpacked package works anywhere).
/// Needs no QCoreApplication. argv0 is a fallback where the executable's path is not known otherwise.
LoadedWizard loadWizard(const char *argv0);

} // namespace mig::app
