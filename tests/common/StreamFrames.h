#pragma once

// A GXMT stream's frames through the engine's strict reader, for tests that compare streams.

#include "gxmt/Reader.h"

#include <QBuffer>
#include <QList>
#include <QString>

#include <utility>

namespace mig::test {

/// The header and the folder and message frames of a stream; ok is false (error says why) when the
/// reader did not get to the stream's clean end.
struct ReadStream {
    bool ok = false;
    QString error;
    gxmt::StreamHeader header;
    QList<gxmt::Frame> folders;
    QList<gxmt::Frame> messages;
};

inline ReadStream readStream(const QByteArray &bytes)
{
    ReadStream result;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    gxmt::Reader reader(&buffer);
    auto header = reader.readHeader();
    if (!header) {
        result.error = header.error().fullText();
        return result;
    }
    result.header = *header;
    for (;;) {
        auto frame = reader.next();
        if (!frame) {
            result.error = frame.error().fullText();
            return result;
        }
        if (!frame->has_value())
            break;
        if ((*frame)->type == gxmt::kObjectFolder)
            result.folders.append(std::move(**frame));
        else if ((*frame)->type == gxmt::kObjectMessage)
            result.messages.append(std::move(**frame));
    }
    result.ok = true;
    return result;
}

/// (folder, message id) of every message frame, in stream order: what identifies a message of a
/// conversion, so that two streams can be checked for a message sent twice or not at all.
inline QList<std::pair<quint64, quint64>> messageIds(const ReadStream &stream)
{
    QList<std::pair<quint64, quint64>> ids;
    for (const gxmt::Frame &f : stream.messages)
        ids.append({f.parentFid, f.nid});
    return ids;
}

} // namespace mig::test
