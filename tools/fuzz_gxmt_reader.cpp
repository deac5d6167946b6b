// libFuzzer entry point: any byte string is fed to the GXMT validator (which drives the reader
// and decoder) from a random-access buffer and from a sequential device. Must never crash, hang,
// leak or allocate more than the input justifies. See fuzz_gxmt.cmake for how to build it.
#include "gxmt/Validator.h"

#include <QBuffer>

#include <cstdint>

namespace {

/// Sequential view of the input, as standard input would be.
class PipeDevice final : public QIODevice {
public:
    explicit PipeDevice(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, 4096, m_bytes.size() - m_pos});
        memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        mig::gxmt::Validator validator;
        validator.run(&buffer);
    }
    {
        PipeDevice pipe(bytes);
        mig::gxmt::Validator validator;
        validator.run(&pipe);
    }
    return 0;
}
