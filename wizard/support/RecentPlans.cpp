#include "support/RecentPlans.h"

#include <QFileInfo>
#include <QSettings>

namespace mig::wizard {

namespace {
const QString kKey = QStringLiteral("plans/recent");
constexpr int kMaxRecent = 10;
} // namespace

QStringList recentPlans()
{
    return QSettings().value(kKey).toStringList();
}

void addRecentPlan(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentPlans();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kKey, recent);
}

} // namespace mig::wizard
