#pragma once

#include "mapi/Message.h"

#include <QByteArray>
#include <QString>

namespace mig::gxmt {

/// Why decoding failed: the absolute byte offset of the offending field and what was wrong
/// (translated; ends with the spec section).
struct DecodeFailure {
    quint64 offset = 0;
    QString reason;
};

/// Reads GXMT value encodings (gxmt-format.md §7) from one buffer held in memory (a frame body or
/// a map body). Every read is bounds-checked; counts are checked against the bytes left before
/// anything is allocated, so garbage input costs no more memory than its own size. Failures throw
/// DecodeFailure. In strict mode it also rejects what Gromox tolerates but a writer must not
/// produce: booleans other than 0/1, invalid UTF-8, PT_ERROR, padding after property names.
class Decoder {
public:
    Decoder(const QByteArray &buffer, quint64 baseOffset, bool strict);

    quint8 u8();
    quint16 u16();
    quint32 u32();
    quint64 u64();
    /// A cstr's bytes without the terminator.
    QByteArray cstrBytes(const char *what);
    /// A cstr as text; strict mode requires valid UTF-8.
    QString string(const char *what);
    mapi::Guid guid();

    mapi::PropValue value(mapi::PropTag tag);
    mapi::PropertyBag propertyList();
    /// MESSAGE_CONTENT; depth counts the embedding levels (guarded against absurd nesting).
    void messageContent(mapi::Message &message, int depth = 0);
    mapi::PropertyName propertyName();
    mapi::Permission permission();

    /// Absolute offset of the next byte.
    quint64 offset() const { return m_base + quint64(m_pos); }
    qsizetype remaining() const { return m_buffer.size() - m_pos; }
    bool strict() const { return m_strict; }

    [[noreturn]] void fail(const QString &reason) const;
    [[noreturn]] void failAt(quint64 offset, const QString &reason) const;

private:
    const char *take(qsizetype n, const char *what);
    /// Throws unless count items of at least minBytes each can still follow.
    void checkCount(quint64 count, qsizetype minBytes, const char *what);
    QString utf8(const QByteArray &bytes, quint64 at, const char *what) const;
    // The single values of value() whose encoding needs more than one fixed-size read.
    bool boolean(mapi::PropTag tag);
    /// u32 length, then the bytes.
    QByteArray binary();
    QByteArray ruleActions(mapi::PropTag tag);
    mapi::SvrEid serverEntryId(mapi::PropTag tag);
    /// The multi-value types; any other type is rejected.
    mapi::PropValue multiValue(mapi::PropTag tag);
    /// Throws with the reason a type cannot appear in a stream.
    [[noreturn]] void rejectType(mapi::PropTag tag) const;

    const QByteArray &m_buffer;
    quint64 m_base;
    qsizetype m_pos = 0;
    bool m_strict;
};

} // namespace mig::gxmt
