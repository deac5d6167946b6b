#include "gxmt/Decoder.h"

#include "gxmt/Wire.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QtEndian>

#include <bit>

namespace mig::gxmt {

using namespace mig::mapi;

namespace {

// Deeper nesting than this is not produced by any mail client; the limit keeps garbage input
// from exhausting the stack.
constexpr int kMaxEmbeddingDepth = 32;

QString tagText(PropTag tag)
{
    return QStringLiteral("0x%1").arg(tag, 8, 16, QLatin1Char('0'));
}

} // namespace

Decoder::Decoder(const QByteArray &buffer, quint64 baseOffset, bool strict)
    : m_buffer(buffer)
    , m_base(baseOffset)
    , m_strict(strict)
{
}

void Decoder::fail(const QString &reason) const
{
    failAt(offset(), reason);
}

void Decoder::failAt(quint64 at, const QString &reason) const
{
    throw DecodeFailure { at, reason };
}

const char *Decoder::take(qsizetype n, const char *what)
{
    if (n < 0 || remaining() < n)
        fail(QCoreApplication::translate("mig::gxmt", "%1 needs %2 bytes but only %3 are left in the frame (§9.2)")
                 .arg(QLatin1String(what))
                 .arg(n)
                 .arg(remaining()));
    const char *p = m_buffer.constData() + m_pos;
    m_pos += n;
    return p;
}

void Decoder::checkCount(quint64 count, qsizetype minBytes, const char *what)
{
    if (count > quint64(remaining()) / quint64(minBytes))
        fail(QCoreApplication::translate("mig::gxmt", "%1 count %2 cannot fit into the %3 bytes left (§7)")
                 .arg(QLatin1String(what))
                 .arg(count)
                 .arg(remaining()));
}

quint8 Decoder::u8()
{
    return quint8(*take(1, "a u8 field"));
}
quint16 Decoder::u16()
{
    return qFromLittleEndian<quint16>(take(2, "a u16 field"));
}
quint32 Decoder::u32()
{
    return qFromLittleEndian<quint32>(take(4, "a u32 field"));
}
quint64 Decoder::u64()
{
    return qFromLittleEndian<quint64>(take(8, "a u64 field"));
}

QByteArray Decoder::cstrBytes(const char *what)
{
    const char *start = m_buffer.constData() + m_pos;
    const void *nul = memchr(start, 0, size_t(remaining()));
    if (!nul)
        fail(QCoreApplication::translate("mig::gxmt", "%1 has no terminating NUL byte (§0)").arg(QLatin1String(what)));
    const qsizetype len = static_cast<const char *>(nul) - start;
    m_pos += len + 1;
    return QByteArray(start, len);
}

QString Decoder::utf8(const QByteArray &bytes, quint64 at, const char *what) const
{
    // Keep a leading U+FEFF: it is part of the value, not a byte-order mark.
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (m_strict && decoder.hasError())
        failAt(at, QCoreApplication::translate("mig::gxmt", "%1 is not valid UTF-8 (§7.2)").arg(QLatin1String(what)));
    return text;
}

QString Decoder::string(const char *what)
{
    const quint64 at = offset();
    return utf8(cstrBytes(what), at, what);
}

Guid Decoder::guid()
{
    return Guid::fromWire(take(16, "a GUID"));
}

PropValue Decoder::value(PropTag tag)
{
    switch (propType(tag)) {
    case PT_SHORT:
        return qint16(u16());
    case PT_LONG:
        return qint32(u32());
    case PT_ERROR:
        if (m_strict)
            fail(QCoreApplication::translate(
                "mig::gxmt", "property %1 has type PT_ERROR, which a stream must not carry (§7.2)")
                     .arg(tagText(tag)));
        return qint32(u32());
    case PT_FLOAT:
        return std::bit_cast<float>(u32());
    case PT_DOUBLE:
    case PT_APPTIME:
        return std::bit_cast<double>(u64());
    case PT_CURRENCY:
    case PT_I8:
    case PT_SYSTIME:
        return qint64(u64());
    case PT_BOOLEAN:
        return boolean(tag);
    case PT_STRING8:
    case PT_UNICODE:
        return string("a string value");
    case PT_BINARY:
    case PT_OBJECT:
        return binary();
    case PT_ACTIONS:
        return ruleActions(tag);
    case PT_CLSID:
        return guid();
    case PT_SVREID:
        return serverEntryId(tag);
    default:
        return multiValue(tag);
    }
}

bool Decoder::boolean(PropTag tag)
{
    const quint64 at = offset();
    const quint8 b = u8();
    if (m_strict && b > 1)
        failAt(at,
            QCoreApplication::translate("mig::gxmt", "boolean property %1 has the byte 0x%2 instead of 0 or 1 (§7.2)")
                .arg(tagText(tag))
                .arg(b, 2, 16, QLatin1Char('0')));
    return b != 0;
}

QByteArray Decoder::binary()
{
    const quint32 n = u32();
    return QByteArray(take(qsizetype(n), "a binary value"), qsizetype(n));
}

QByteArray Decoder::ruleActions(PropTag tag)
{
    // Kept as encoded bytes: u16 count, then u16-length-prefixed action blocks.
    const qsizetype start = m_pos;
    const quint16 count = u16();
    if (count == 0)
        fail(QCoreApplication::translate("mig::gxmt", "property %1 holds an empty rule action list (§7.2)")
                 .arg(tagText(tag)));
    for (quint32 i = 0; i < count; ++i)
        take(u16(), "a rule action");
    return m_buffer.mid(start, m_pos - start);
}

SvrEid Decoder::serverEntryId(PropTag tag)
{
    const quint64 at = offset();
    const quint16 len = u16();
    if (len == 0)
        failAt(at, QCoreApplication::translate("mig::gxmt", "server entry id %1 has length 0 (§7.2)").arg(tagText(tag)));
    const quint8 ours = u8();
    if (m_strict && ours > 1)
        failAt(at + 2,
            QCoreApplication::translate("mig::gxmt", "server entry id %1 has the flag 0x%2 instead of 0 or 1 (§7.2)")
                .arg(tagText(tag))
                .arg(ours, 2, 16, QLatin1Char('0')));
    SvrEid e;
    e.ours = ours != 0;
    if (e.ours) {
        // Gromox's own form: a fixed folder id, message id and instance (1 + 8 + 8 + 4 bytes).
        if (len != 21)
            failAt(at,
                QCoreApplication::translate("mig::gxmt", "server entry id %1 has length %2 instead of 21 (§7.2)")
                    .arg(tagText(tag))
                    .arg(len));
        e.folderId = u64();
        e.messageId = u64();
        e.instance = u32();
    } else {
        e.opaque = QByteArray(take(len - 1, "a server entry id"), len - 1);
    }
    return e;
}

PropValue Decoder::multiValue(PropTag tag)
{
    // Every multi-value type is a u32 count followed by that many single values; minBytes (the
    // smallest encoding of one value) lets checkCount refuse counts the remaining bytes cannot hold.
    auto list = [&](qsizetype minBytes, auto readOne) {
        const quint32 n = u32();
        checkCount(n, minBytes, "the multi-value");
        QList<decltype(readOne())> l;
        l.reserve(qsizetype(n));
        for (quint32 i = 0; i < n; ++i)
            l.append(readOne());
        return l;
    };
    switch (propType(tag)) {
    case PT_MV_SHORT:
        return list(2, [&] { return qint16(u16()); });
    case PT_MV_LONG:
        return list(4, [&] { return qint32(u32()); });
    case PT_MV_FLOAT:
        return list(4, [&] { return std::bit_cast<float>(u32()); });
    case PT_MV_DOUBLE:
    case PT_MV_APPTIME:
        return list(8, [&] { return std::bit_cast<double>(u64()); });
    case PT_MV_CURRENCY:
    case PT_MV_I8:
    case PT_MV_SYSTIME:
        return list(8, [&] { return qint64(u64()); });
    case PT_MV_STRING8:
    case PT_MV_UNICODE:
        return list(1, [&] { return string("a string value"); });
    case PT_MV_CLSID:
        return list(16, [&] { return guid(); });
    case PT_MV_BINARY:
        return list(4, [&] { return binary(); });
    default:
        rejectType(tag);
    }
}

void Decoder::rejectType(PropTag tag) const
{
    const quint16 type = propType(tag);
    if (type == PT_NULL)
        fail(QCoreApplication::translate("mig::gxmt", "property %1 has type PT_NULL, which Gromox rejects (§7.2)")
                 .arg(tagText(tag)));
    if (type == PT_UNSPECIFIED)
        fail(QCoreApplication::translate(
            "mig::gxmt", "property %1 has type PT_UNSPECIFIED, which a stream must not carry (§7.2)")
                 .arg(tagText(tag)));
    if (type == PT_SRESTRICTION)
        fail(QCoreApplication::translate(
            "mig::gxmt", "property %1 is a restriction (PT_SRESTRICTION), which this reader does not support (§7.2)")
                 .arg(tagText(tag)));
    if ((type & MVI_FLAG) == MVI_FLAG)
        fail(QCoreApplication::translate(
            "mig::gxmt", "property %1 has a multi-value instance type, which a stream must not carry (§7.2)")
                 .arg(tagText(tag)));
    fail(QCoreApplication::translate("mig::gxmt", "property %1 has the unknown type 0x%2 (§7.2)")
             .arg(tagText(tag))
             .arg(type, 4, 16, QLatin1Char('0')));
}

PropertyBag Decoder::propertyList()
{
    const quint16 count = u16();
    checkCount(count, 4, "the property");
    PropertyBag bag;
    for (quint32 i = 0; i < count; ++i) {
        const quint64 at = offset();
        const PropTag tag = u32();
        if (propId(tag) == 0xFFFF)
            failAt(at, QCoreApplication::translate("mig::gxmt", "property id 0xFFFF is invalid (§5.1)"));
        PropValue v = value(tag);
        if (bag.contains(tag)) {
            if (m_strict)
                failAt(at,
                    QCoreApplication::translate("mig::gxmt", "property %1 appears twice in one property list (§7.1)")
                        .arg(tagText(tag)));
            continue;
        }
        bag.set(tag, std::move(v));
    }
    return bag;
}

void Decoder::messageContent(Message &message, int depth)
{
    if (depth > kMaxEmbeddingDepth)
        fail(QCoreApplication::translate("mig::gxmt", "embedded messages are nested more than %1 levels deep")
                 .arg(kMaxEmbeddingDepth));
    message.properties = propertyList();
    message.hasRecipientTable = u8() != 0;
    if (message.hasRecipientTable) {
        const quint32 rows = u32();
        checkCount(rows, 2, "the recipient");
        message.recipients.reserve(rows);
        for (quint32 i = 0; i < rows; ++i)
            message.recipients.append(propertyList());
    }
    message.hasAttachmentTable = u8() != 0;
    if (message.hasAttachmentTable) {
        const quint16 count = u16();
        checkCount(count, 3, "the attachment");
        message.attachments.reserve(count);
        for (quint32 i = 0; i < count; ++i) {
            Attachment a(propertyList());
            if (u8() != 0) {
                a.embedded = std::make_unique<Message>();
                messageContent(*a.embedded, depth + 1);
            }
            message.attachments.append(std::move(a));
        }
    }
}

PropertyName Decoder::propertyName()
{
    const quint64 at = offset();
    const quint8 kind = u8();
    PropertyName name;
    name.propertySet = guid();
    if (kind == 0) {
        name.kind = PropertyName::Kind::Id;
        name.lid = u32();
        return name;
    }
    if (kind != 1)
        failAt(at,
            QCoreApplication::translate(
                "mig::gxmt", "property name kind %1 is neither MNID_ID (0) nor MNID_STRING (1) (§7.7)")
                .arg(kind));
    name.kind = PropertyName::Kind::String;
    const quint64 sizeAt = offset();
    const quint8 size = u8();
    if (size == 0)
        failAt(sizeAt,
            QCoreApplication::translate("mig::gxmt", "property name size 0 leaves no room for the terminator (§7.7)"));
    const QByteArray field(take(size, "a property name"), size);
    const qsizetype nul = field.indexOf('\0');
    if (nul < 0)
        failAt(sizeAt + 1,
            QCoreApplication::translate("mig::gxmt", "property name does not end within its %1 bytes (§7.7)")
                .arg(size));
    if (m_strict && nul != size - 1)
        failAt(sizeAt,
            QCoreApplication::translate(
                "mig::gxmt", "property name size %1 does not match the name's %2 bytes plus NUL (§7.7)")
                .arg(size)
                .arg(nul));
    name.name = utf8(field.left(nul), sizeAt + 1, "a property name");
    return name;
}

Permission Decoder::permission()
{
    Permission p;
    p.flags = u8();
    p.properties = propertyList();
    return p;
}

} // namespace mig::gxmt
