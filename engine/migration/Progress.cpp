#include "migration/Progress.h"

namespace mig::migration {

double MailboxProgress::fraction() const
{
    if (isFinal(state) && state == MailboxState::Done)
        return 1.0;
    if (itemsTotal > 0)
        return std::min(1.0, double(itemsDone) / double(itemsTotal));
    if (bytesTotal > 0)
        return std::min(1.0, double(bytesDone) / double(bytesTotal));
    return 0.0;
}

} // namespace mig::migration
