#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringDecoder>

#include <memory>

namespace mig::pst {

/// Decodes 8-bit (PT_STRING8) text of a PST by Windows code page number, with one cached
/// QStringDecoder per code page. A code page the platform cannot decode falls back to cp850, as
/// gromox-pff2mt does (gxmt-format.md §11.1). Not thread-safe.
class AnsiDecoder final {
public:
    explicit AnsiDecoder(int defaultCodePage);

    /// Decodes bytes up to the first NUL with codePage (0: the default code page).
    QString decode(const QByteArray &bytes, int codePage = 0);
    int defaultCodePage() const { return m_defaultCodePage; }
    /// True when the platform has a decoder for codePage.
    bool canDecode(int codePage);

private:
    QStringDecoder *decoderFor(int codePage);

    int m_defaultCodePage;
    QHash<int, std::shared_ptr<QStringDecoder>> m_decoders; ///< null entry: not available
};

} // namespace mig::pst
