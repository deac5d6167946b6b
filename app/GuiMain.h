#pragma once

#include <QStringList>

namespace mig::app {

/// Runs the wizard (or, with --screenshots DIR, renders its pages and exits). Needs a QApplication.
int runGui(const QStringList &arguments);

} // namespace mig::app
