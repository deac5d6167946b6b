#include "GuiMain.h"

#include "MigrationWizard.h"
#include "ScreenshotRenderer.h"

#include <QApplication>

namespace mig::app {

namespace {

/// The directory after --screenshots (or in --screenshots=DIR); empty when not asked for.
QString screenshotDir(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--screenshots"))
            return arguments.value(i + 1, QStringLiteral("."));
        if (arg.startsWith(QLatin1String("--screenshots=")))
            return arg.mid(int(qstrlen("--screenshots=")));
    }
    return {};
}

} // namespace

int runGui(const QStringList &arguments)
{
    if (const QString dir = screenshotDir(arguments); !dir.isEmpty())
        return wizard::renderScreenshots(dir);
    wizard::MigrationWizard wizard;
    wizard.show();
    return QApplication::exec();
}

} // namespace mig::app
