#pragma once

#include "sources/Source.h"

#include <QString>

namespace mig::test {

/// Items the converter sends from a source file by default: the readable regular contents of
/// every folder that is neither a search folder nor hidden. Read through the engine's Source
/// interface; 0 when the file cannot be opened.
inline quint64 readableItems(const QString &path)
{
    auto source = sources::openSourceFile(path);
    if (!source)
        return 0;
    auto folders = (*source)->folders();
    if (!folders)
        return 0;
    quint64 items = 0;
    for (const sources::SourceFolder &folder : *folders) {
        if (!folder.searchFolder && !folder.hidden)
            items += quint64(folder.itemCount - folder.unreadableCount);
    }
    return items;
}

} // namespace mig::test
