// The wizard library's entry point: creates the QApplication, then runs the wizard (or, with
// --screenshots DIR, renders its pages and exits). Loaded by WizardLoader.cpp.
#include "WizardEntry.h"

#include "MigrationWizard.h"
#include "ScreenshotRenderer.h"

#include <QApplication>

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

int runWizard(const mig::app::WizardStart &start)
{
    QApplication app(*start.argc, start.argv);
    if (start.prepare)
        start.prepare(start.context);
    if (const QString dir = screenshotDir(start.arguments); !dir.isEmpty())
        return mig::wizard::renderScreenshots(dir);
    mig::wizard::MigrationWizard wizard;
    wizard.show();
    return QApplication::exec();
}

} // namespace

extern "C" Q_DECL_EXPORT int migWizardMain(const mig::app::WizardStart *start)
{
    static_assert(std::is_same_v<decltype(&migWizardMain), mig::app::WizardEntryFunction>);
    return runWizard(*start);
}
