#include "migration/JobSources.h"

#include "sources/SourceRegistry.h"

#include <QFileInfo>

namespace mig::migration {

QList<std::pair<sources::Source *, QString>> JobSources::inputs() const
{
    QList<std::pair<sources::Source *, QString>> pairs;
    for (size_t i = 0; i < sources.size(); ++i)
        pairs.append({ sources[i].get(), names.at(qsizetype(i)) });
    return pairs;
}

Expected<JobSources> openAll(const QList<sources::SourceSpec> &specs, const QHash<QString, sources::SourceMarks> &marks)
{
    JobSources open;
    for (const sources::SourceSpec &spec : specs) {
        Expected<std::unique_ptr<sources::Source>> source = sources::openSource(spec);
        if (!source)
            return source.error();
        if (const auto it = marks.constFind(spec.location); it != marks.constEnd() && !it->isEmpty())
            (*source)->continueAfter(*it);
        Expected<QList<sources::SourceFolder>> folders = (*source)->folders();
        if (!folders)
            return folders.error();
        for (const sources::SourceFolder &folder : *folders)
            open.items += quint64(folder.itemCount + folder.associatedCount);
        const QFileInfo file(spec.location);
        if (const quint64 content = (*source)->contentBytes(); content > 0)
            open.bytes += content;
        else if (file.isFile())
            open.bytes += quint64(file.size());
        open.names.append(spec.displayName());
        open.sources.push_back(std::move(*source));
    }
    return open;
}

} // namespace mig::migration
