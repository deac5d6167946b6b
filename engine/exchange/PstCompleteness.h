#pragma once

#include <QString>

#include <optional>

namespace mig::exchange {

/// The file size a PST/OST header declares (ROOT.ibFileEof, MS-PST 2.2.2.5), or nothing when path
/// is not a readable PST header. A PST being written is shorter than its header says (or has no
/// header yet), so an export is only complete when the file is exactly this long.
std::optional<qint64> declaredPstSize(const QString &path);

} // namespace mig::exchange
