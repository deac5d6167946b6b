#include "sources/Source.h"

#include "sources/pst/PstSource.h"

namespace mig::sources {

Expected<std::unique_ptr<Source>> openSourceFile(const QString &path)
{
    // Only PST/OST/PAB so far; PstSource::open() checks the content signature itself and reports
    // other files as Unsupported.
    auto pst = pst::PstSource::open(path);
    if (!pst)
        return pst.error();
    return std::unique_ptr<Source>(std::move(*pst));
}

} // namespace mig::sources
