#pragma once

#include <QStringList>

namespace mig::wizard {

/// The plans opened or saved lately, newest first (QSettings "plans/recent", at most 10).
QStringList recentPlans();
/// Puts path at the top of the recent plans.
void addRecentPlan(const QString &path);

} // namespace mig::wizard
