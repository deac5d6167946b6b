#pragma once

#include <QString>

namespace mig::app {

/// Installs the translations for language (e.g. "de"; empty = the system locale): the project's
/// own, embedded under :/i18n, and Qt's for its standard dialogs and buttons when installed.
/// Needs a QCoreApplication. English needs no file and always works.
void installTranslations(const QString &language);

} // namespace mig::app
