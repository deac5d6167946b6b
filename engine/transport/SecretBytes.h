#pragma once

#include <QByteArray>

namespace mig::transport {

/// A password or passphrase in memory: move-only, zeroed when destroyed or cleared, never
/// converted to QString (whose copies could not be wiped). Use it briefly and let it go.
class SecretBytes final {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    /// NUL-terminated bytes for a C API; valid while this object lives and is unchanged.
    const char *data() const { return m_bytes.constData(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    /// Overwrites the bytes with zeros and empties the buffer.
    void clear();

private:
    QByteArray m_bytes;
};

/// Overwrites a buffer that held a secret (a line read from a terminal or file) with zeros.
void wipe(QByteArray &bytes);

} // namespace mig::transport
