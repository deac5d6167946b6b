#include "sources/Source.h"

#include "sources/SourceRegistry.h"

namespace mig::sources {

Expected<std::unique_ptr<Source>> openSourceFile(const QString &path)
{
    return openSource(SourceSpec::forPath(path));
}

} // namespace mig::sources
