#include "migration/MailboxState.h"

#include <QCoreApplication>

namespace mig::migration {
namespace {
struct StateInfo {
    MailboxState state;
    const char *name;
    const char *label;
};
constexpr StateInfo kStates[] = {
    {MailboxState::Queued, "queued", QT_TRANSLATE_NOOP("mig::migration", "Queued")},
    {MailboxState::Counting, "counting", QT_TRANSLATE_NOOP("mig::migration", "Counting")},
    {MailboxState::Creating, "creating", QT_TRANSLATE_NOOP("mig::migration", "Creating mailbox")},
    {MailboxState::Streaming, "streaming", QT_TRANSLATE_NOOP("mig::migration", "Streaming")},
    {MailboxState::Verifying, "verifying", QT_TRANSLATE_NOOP("mig::migration", "Verifying")},
    {MailboxState::Done, "done", QT_TRANSLATE_NOOP("mig::migration", "Done")},
    {MailboxState::Failed, "failed", QT_TRANSLATE_NOOP("mig::migration", "Failed")},
    {MailboxState::Skipped, "skipped", QT_TRANSLATE_NOOP("mig::migration", "Skipped")},
    {MailboxState::Stopped, "stopped", QT_TRANSLATE_NOOP("mig::migration", "Stopped")},
};
} // namespace

QString stateName(MailboxState state)
{
    for (const StateInfo &info : kStates) {
        if (info.state == state)
            return QLatin1String(info.name);
    }
    return QStringLiteral("queued");
}

MailboxState stateFromName(const QString &name)
{
    for (const StateInfo &info : kStates) {
        if (name == QLatin1String(info.name))
            return info.state;
    }
    return MailboxState::Queued;
}

QString stateLabel(MailboxState state)
{
    for (const StateInfo &info : kStates) {
        if (info.state == state)
            return QCoreApplication::translate("mig::migration", info.label);
    }
    return {};
}

bool isFinal(MailboxState state)
{
    return state == MailboxState::Done || state == MailboxState::Failed || state == MailboxState::Skipped
           || state == MailboxState::Stopped;
}

} // namespace mig::migration
