#include "SecretBytes.h"

#include <cstring>
#include <utility>

namespace mig::transport {

void wipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    // detach() first: zeroing a shared copy would not reach the other owner's buffer and would
    // make this one private anyway. The volatile pointer keeps the compiler from eliding the loop.
    bytes.detach();
    volatile char *p = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        p[i] = 0;
    bytes.clear();
}

SecretBytes::SecretBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    m_bytes.detach();
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

void SecretBytes::clear()
{
    wipe(m_bytes);
}

} // namespace mig::transport
