#pragma once

#include "core/Expected.h"
#include "gxmt/Writer.h"
#include "mapi/Message.h"

#include <QList>

#include <memory>
#include <optional>

class QIODevice;

namespace mig::gxmt {

/// One declaration of the header's name map (gxmt-format.md §5.2).
struct NameMapEntry {
    mapi::PropTag tag = 0; ///< stream propid << 16 | proptype (normally 0)
    mapi::PropertyName name;
    quint64 offset = 0; ///< where the entry starts in the stream
};

/// One decoded frame (gxmt-format.md §6). Which members are filled depends on type: folder
/// (kObjectFolder), message (kObjectMessage) or declaredTag/name (kFrameNamedProp).
/// message.namedProperties / folder.namedProperties hold every name declared so far in the
/// stream (header map and earlier NAMEDPROP frames), keyed by stream propid.
struct Frame {
    quint64 offset = 0; ///< byte offset of the frame_size field
    quint64 number = 0; ///< 1-based position among the frames
    quint64 size = 0;   ///< frame_size (body bytes)
    quint32 type = 0;
    quint64 nid = 0;
    quint32 parentType = 0;
    quint64 parentFid = 0;

    mapi::Folder folder;
    mapi::Message message;
    QByteArray reserved; ///< the second trailing cstr of a message frame (GXMT0004+)
    mapi::PropTag declaredTag = 0;
    mapi::PropertyName name;

    /// Offset of the frame body (the type field).
    quint64 bodyOffset() const { return offset + 8; }
};

/// How strictly to read.
struct ReaderOptions {
    /// The revision the stream must have; std::nullopt accepts GXMT0003, 0004 and 0005.
    std::optional<Revision> revision;
    /// Strict (the default): also reject what Gromox tolerates but a correct writer never
    /// produces (booleans other than 0/1, invalid UTF-8, flag bytes other than 0/1, PT_ERROR,
    /// leftover bytes inside a frame or map, repeated tags, padded names).
    bool strict = true;
};

/// Reads a GXMT stream from a QIODevice, pull-style: readHeader() once, then next() until it
/// yields std::nullopt (the clean end) or an error. Only the current frame is held in memory,
/// so it works on pipes and standard input with streams of any length; size fields are never
/// trusted for allocation (memory grows only as bytes actually arrive, at most 2 GiB per frame).
/// Errors (Error::Code::Corrupt) say "offset 0x.., frame n: reason (§x)". After an error the reader
/// stays failed. Not thread-safe; the device must be open for reading and blocking reads must be
/// possible (QFile, QBuffer, QProcess, sockets).
class Reader {
public:
    explicit Reader(QIODevice *device, ReaderOptions options = {});
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    /// Magic, flags, folder map and name map. An input of zero bytes fails with
    /// Error::Code::NotFound (Gromox itself accepts it as an empty import, §9.1).
    Expected<StreamHeader> readHeader();
    /// The header's name-map declarations (valid after readHeader()).
    const QList<NameMapEntry> &headerNames() const;
    /// Where each folder-map entry starts (parallel to StreamHeader::folderMap).
    const QList<quint64> &folderMapOffsets() const;

    /// The next frame, std::nullopt at the clean end of the stream.
    Expected<std::optional<Frame>> next();

    /// Bytes consumed so far.
    quint64 position() const;
    Revision revision() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mig::gxmt
