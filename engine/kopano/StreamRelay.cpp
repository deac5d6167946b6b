#include "kopano/StreamRelay.h"

#include "gxmt/Reader.h"
#include "mapi/Tags.h"

namespace mig::kopano {
namespace {

/// A sequential view of another device that keeps every byte read through it until taken, so
/// the relay can pass on exactly the bytes the reader consumed for a frame.
class RecordingDevice final : public QIODevice {
public:
    explicit RecordingDevice(QIODevice &inner)
        : m_inner(inner)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_inner.bytesAvailable(); }
    bool waitForReadyRead(int msecs) override { return m_inner.waitForReadyRead(msecs); }
    QByteArray take() { return std::exchange(m_recorded, {}); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_inner.read(data, maxSize);
        if (n > 0)
            m_recorded.append(data, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice &m_inner;
    QByteArray m_recorded;
};

} // namespace

Expected<RelayResult> relayStream(QIODevice &input, gxmt::ByteSink &output, const RelayOptions &options)
{
    RecordingDevice recording(input);
    gxmt::Reader reader(&recording);
    RelayResult result;
    RelayProgress &counts = result.counts;
    auto send = [&](const QByteArray &bytes) -> Expected<void> {
        counts.bytesOut += quint64(bytes.size());
        return output.write(bytes);
    };

    Expected<gxmt::StreamHeader> header = reader.readHeader();
    if (!header)
        return header.error();
    result.revision = reader.revision();
    counts.bytesIn = reader.position();
    const Expected<QByteArray> headerBytes
        = placeRoot(recording.take(), *header, reader.folderMapOffsets(), options.root);
    if (!headerBytes)
        return headerBytes.error();
    if (Expected<void> sent = send(*headerBytes); !sent)
        return sent.error();

    for (;;) {
        Expected<std::optional<gxmt::Frame>> next = reader.next();
        if (!next)
            return next.error();
        counts.bytesIn = reader.position();
        if (!*next)
            break;
        const gxmt::Frame &frame = **next;
        QByteArray bytes = recording.take();
        if (frame.type == gxmt::kObjectMessage) {
            if (counts.messagesSkipped < options.skipMessages) {
                ++counts.messagesSkipped;
                if (options.progress)
                    options.progress(counts);
                continue;
            }
            if (Expected<void> sent = send(bytes); !sent)
                return sent.error();
            ++counts.messagesSent;
        } else {
            if (frame.type == gxmt::kObjectFolder) {
                ++counts.folders;
                counts.folder = frame.folder.properties.string(mapi::PR_DISPLAY_NAME).value_or(QString());
            }
            if (Expected<void> sent = send(bytes); !sent)
                return sent.error();
            continue;
        }
        if (options.progress)
            options.progress(counts);
        if (options.stopRequested && options.stopRequested()) {
            result.stopped = true;
            break;
        }
    }
    if (Expected<void> flushed = output.flush(); !flushed)
        return flushed.error();
    return result;
}

} // namespace mig::kopano
