#include "sources/pst/Pff.h"

#include <array>

namespace mig::pst::pff {

QString ErrorSlot::text() const
{
    if (m_error == nullptr)
        return {};
    // libpff_error_sprint writes the last (most specific) message of the error's backtrace.
    std::array<char, 1024> buffer{};
    if (libpff_error_sprint(m_error, buffer.data(), buffer.size()) < 0)
        return {};
    return QString::fromUtf8(buffer.data()).trimmed();
}

} // namespace mig::pst::pff
