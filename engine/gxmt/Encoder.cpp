#include "gxmt/Encoder.h"

#include "core/Error.h"
#include "gxmt/Wire.h"
#include "mapi/Tags.h"

#include <QCoreApplication>
#include <QtEndian>

#include <bit>
#include <limits>

namespace mig::gxmt {

using namespace mig::mapi;

namespace {

[[noreturn]] void reject(const QString &message)
{
    throw ErrorException(Error::Code::InvalidArgument, message);
}

QString tagText(PropTag tag)
{
    return QStringLiteral("0x%1 (%2)")
        .arg(tag, 8, 16, QLatin1Char('0'))
        .arg(QLatin1String(typeName(propType(tag))));
}

/// PT_ACTIONS values are kept as their encoded bytes; check that they are a well-formed list of
/// action blocks (u16 count > 0, then u16-length-prefixed blocks) so a reader can find their end.
bool actionsWellFormed(const QByteArray &bytes)
{
    if (bytes.size() < 2)
        return false;
    const quint16 count = qFromLittleEndian<quint16>(bytes.constData());
    qsizetype pos = 2;
    for (quint32 i = 0; i < count; ++i) {
        if (bytes.size() - pos < 2)
            return false;
        const quint16 len = qFromLittleEndian<quint16>(bytes.constData() + pos);
        pos += 2;
        if (bytes.size() - pos < len)
            return false;
        pos += len;
    }
    return count > 0 && pos == bytes.size();
}

} // namespace

Encoder::Encoder(QByteArray &out, TagMapper *mapper, QList<BulkValue> *bulk)
    : m_out(out)
    , m_mapper(mapper)
    , m_bulk(bulk)
{
}

void Encoder::appendValueBytes(const QByteArray &bytes)
{
    if (m_bulk && bytes.size() >= kBulkBytes)
        m_bulk->append({ m_out.size(), bytes });
    else
        m_out.append(bytes);
}

template <typename T>
void Encoder::scalar(T v)
{
    char buf[sizeof(T)];
    qToLittleEndian(v, buf);
    m_out.append(buf, sizeof(T));
}

void Encoder::u8(quint8 v) { m_out.append(char(v)); }
void Encoder::u16(quint16 v) { scalar(v); }
void Encoder::u32(quint32 v) { scalar(v); }
void Encoder::u64(quint64 v) { scalar(v); }

void Encoder::cstr(const QByteArray &utf8, const char *what)
{
    if (utf8.contains('\0'))
        reject(QCoreApplication::translate("mig::gxmt", "%1 contains a NUL character, which the stream cannot carry")
                   .arg(QLatin1String(what)));
    appendValueBytes(utf8);
    m_out.append('\0');
}

void Encoder::cstr(const QString &text, const char *what)
{
    cstr(text.toUtf8(), what);
}

void Encoder::guid(const Guid &g)
{
    m_out.append(g.toWire());
}

void Encoder::binary(const QByteArray &bytes)
{
    if (quint64(bytes.size()) > std::numeric_limits<quint32>::max())
        reject(QCoreApplication::translate("mig::gxmt", "a binary value of %1 bytes exceeds 4 GiB").arg(bytes.size()));
    u32(quint32(bytes.size()));
    appendValueBytes(bytes);
}

void Encoder::value(PropTag tag, const PropValue &v)
{
    const quint16 type = propType(tag);
    if (!isStreamableType(type) || type == PT_SRESTRICTION)
        reject(QCoreApplication::translate("mig::gxmt", "property %1 has a type the stream cannot carry").arg(tagText(tag)));
    if (!valueMatchesType(type, v))
        reject(QCoreApplication::translate("mig::gxmt", "the value of property %1 does not match its type").arg(tagText(tag)));
    const char *what = "a string property";
    auto mvCount = [&](qsizetype n) {
        if (quint64(n) > std::numeric_limits<quint32>::max())
            reject(QCoreApplication::translate("mig::gxmt", "property %1 has too many values").arg(tagText(tag)));
        u32(quint32(n));
    };
    switch (type) {
    case PT_SHORT: u16(quint16(std::get<qint16>(v))); return;
    case PT_LONG: u32(quint32(std::get<qint32>(v))); return;
    case PT_FLOAT: u32(std::bit_cast<quint32>(std::get<float>(v))); return;
    case PT_DOUBLE: case PT_APPTIME: u64(std::bit_cast<quint64>(std::get<double>(v))); return;
    case PT_CURRENCY: case PT_I8: case PT_SYSTIME: u64(quint64(std::get<qint64>(v))); return;
    case PT_BOOLEAN: u8(std::get<bool>(v) ? 1 : 0); return;
    case PT_STRING8: case PT_UNICODE: cstr(std::get<QString>(v), what); return;
    case PT_BINARY: case PT_OBJECT: binary(std::get<QByteArray>(v)); return;
    case PT_ACTIONS: {
        const auto &bytes = std::get<QByteArray>(v);
        if (!actionsWellFormed(bytes))
            reject(QCoreApplication::translate("mig::gxmt", "property %1 holds no well-formed rule action list").arg(tagText(tag)));
        m_out.append(bytes);
        return;
    }
    case PT_CLSID: guid(std::get<Guid>(v)); return;
    case PT_SVREID: {
        const auto &e = std::get<SvrEid>(v);
        if (e.ours) {
            u16(21);
            u8(1);
            u64(e.folderId);
            u64(e.messageId);
            u32(e.instance);
        } else {
            if (e.opaque.size() > 65534)
                reject(QCoreApplication::translate("mig::gxmt", "the server entry id in %1 exceeds 65534 bytes").arg(tagText(tag)));
            u16(quint16(e.opaque.size() + 1));
            u8(0);
            m_out.append(e.opaque);
        }
        return;
    }
    case PT_MV_SHORT: { const auto &l = std::get<QList<qint16>>(v); mvCount(l.size()); for (auto x : l) u16(quint16(x)); return; }
    case PT_MV_LONG: { const auto &l = std::get<QList<qint32>>(v); mvCount(l.size()); for (auto x : l) u32(quint32(x)); return; }
    case PT_MV_FLOAT: { const auto &l = std::get<QList<float>>(v); mvCount(l.size()); for (auto x : l) u32(std::bit_cast<quint32>(x)); return; }
    case PT_MV_DOUBLE: case PT_MV_APPTIME: { const auto &l = std::get<QList<double>>(v); mvCount(l.size()); for (auto x : l) u64(std::bit_cast<quint64>(x)); return; }
    case PT_MV_CURRENCY: case PT_MV_I8: case PT_MV_SYSTIME: { const auto &l = std::get<QList<qint64>>(v); mvCount(l.size()); for (auto x : l) u64(quint64(x)); return; }
    case PT_MV_STRING8: case PT_MV_UNICODE: { const auto &l = std::get<QList<QString>>(v); mvCount(l.size()); for (const auto &x : l) cstr(x, what); return; }
    case PT_MV_CLSID: { const auto &l = std::get<QList<Guid>>(v); mvCount(l.size()); for (const auto &x : l) guid(x); return; }
    case PT_MV_BINARY: { const auto &l = std::get<QList<QByteArray>>(v); mvCount(l.size()); for (const auto &x : l) binary(x); return; }
    default:
        reject(QCoreApplication::translate("mig::gxmt", "property %1 has a type the stream cannot carry").arg(tagText(tag)));
    }
}

void Encoder::propertyList(const PropertyBag &bag, const NamedPropertyMap *names, PropTag dropTag)
{
    // The count comes first but is only known after mapping; patch it in afterwards.
    const qsizetype countPos = m_out.size();
    u16(0);
    quint32 count = 0;
    QList<PropTag> written;
    for (const Property &p : bag) {
        if (dropTag != 0 && p.tag == dropTag)
            continue;
        if (propId(p.tag) == 0xFFFF)
            reject(QCoreApplication::translate("mig::gxmt", "property id 0xFFFF is invalid (%1)").arg(tagText(p.tag)));
        std::optional<PropTag> tag = p.tag;
        if (m_mapper)
            tag = m_mapper->map(p.tag, names);
        if (!tag)
            continue;
        // Two source ids can name the same property; the stream must not repeat a tag (§7.1).
        if (written.contains(*tag))
            continue;
        written.append(*tag);
        if (++count > 0xFFFF)
            reject(QCoreApplication::translate("mig::gxmt", "an object has more than 65535 properties"));
        u32(*tag);
        value(*tag, p.value);
    }
    qToLittleEndian(quint16(count), m_out.data() + countPos);
}

void Encoder::messageContent(const Message &message, const NamedPropertyMap *names)
{
    const NamedPropertyMap *own = message.namedProperties ? message.namedProperties.get() : names;
    propertyList(message.properties, own);
    u8(message.hasRecipientTable ? 1 : 0);
    if (message.hasRecipientTable) {
        if (quint64(message.recipients.size()) > std::numeric_limits<quint32>::max())
            reject(QCoreApplication::translate("mig::gxmt", "a message has too many recipients"));
        u32(quint32(message.recipients.size()));
        for (const PropertyBag &row : message.recipients)
            propertyList(row, own);
    }
    u8(message.hasAttachmentTable ? 1 : 0);
    if (message.hasAttachmentTable) {
        if (message.attachments.size() > 0xFFFF)
            reject(QCoreApplication::translate("mig::gxmt", "a message has more than 65535 attachments"));
        u16(quint16(message.attachments.size()));
        for (const Attachment &a : message.attachments) {
            // An embedded message travels as MESSAGE_CONTENT, never as PT_OBJECT (§7.5).
            propertyList(a.properties, own, a.embedded ? PR_ATTACH_DATA_OBJ : 0);
            u8(a.embedded ? 1 : 0);
            if (a.embedded)
                messageContent(*a.embedded, own);
        }
    }
}

void Encoder::propertyName(const PropertyName &name)
{
    u8(quint8(name.kind));
    guid(name.propertySet);
    if (name.kind == PropertyName::Kind::Id) {
        u32(name.lid);
        return;
    }
    const QByteArray utf8 = name.name.toUtf8();
    if (utf8.size() > wire::kMaxNameBytes)
        reject(QCoreApplication::translate("mig::gxmt", "the property name \"%1\" is longer than 254 bytes").arg(name.name.left(40)));
    u8(quint8(utf8.size() + 1));
    cstr(utf8, "a property name");
}

void Encoder::permission(const Permission &permission, const NamedPropertyMap *names)
{
    u8(permission.flags);
    propertyList(permission.properties, names);
}

} // namespace mig::gxmt
