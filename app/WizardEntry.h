#pragma once

// The one entry point of the wizard library (grommunio-migrate-wizard). The executable loads that
// library only when the wizard is opened, so headless commands never load Qt Widgets, Qt Gui or the
// key chain libraries (issue 20: start-up as light as a C tool's). Both sides include this header;
// nothing else crosses the boundary.

#include <QStringList>

namespace mig::app {

/// What the executable hands to the wizard library.
struct WizardStart {
    int *argc = nullptr;           ///< QApplication keeps a reference: must outlive the call
    char **argv = nullptr;
    QStringList arguments;         ///< argv without the program name and without --lang
    /// Called once the QApplication exists: names the application and installs translations
    /// (the embedded .qm files live in the executable).
    void (*prepare)(void *context) = nullptr;
    void *context = nullptr;
};

/// The exported symbol's name and type.
inline constexpr char kWizardEntrySymbol[] = "migWizardMain";
using WizardEntryFunction = int (*)(const WizardStart *start);

} // namespace mig::app
