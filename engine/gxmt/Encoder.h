#pragma once

#include "mapi/Message.h"

#include <QByteArray>

#include <optional>

namespace mig::gxmt {

/// Decides the tag a property gets in the stream. The writer renumbers named properties
/// (ids 0x8000..0xFFFE) through it and drops those whose name is unknown (gxmt-format.md §5.5).
/// names is the named-property map in force for the object being encoded (may be null).
class TagMapper {
public:
    virtual ~TagMapper() = default;
    /// The stream tag for tag, or std::nullopt to leave the property out.
    virtual std::optional<mapi::PropTag> map(mapi::PropTag tag, const mapi::NamedPropertyMap *names) = 0;
};

/// A large value the encoder left out of its byte array: it belongs at offset `at` of that array
/// (before the byte there), and travels from where it already is (implicitly shared, not copied).
struct BulkValue {
    qsizetype at = 0;
    QByteArray bytes;
};

/// Appends GXMT value encodings (gxmt-format.md §7: little-endian, EXT_FLAG_WCOUNT, UTF-8 cstr)
/// to a byte array. Everything the stream cannot carry (a NUL inside a string, PT_NULL, a value
/// of the wrong type, more than 65535 properties, a name longer than 254 bytes, ...) throws
/// mig::ErrorException with Error::Code::InvalidArgument; the partly written bytes are then garbage
/// and the caller discards them. Used from one thread at a time.
class Encoder {
public:
    /// With bulk, binary values and cstr bytes of kBulkBytes or more are recorded there instead of
    /// being copied into out (a 100 MB message's text and attachment would otherwise be held twice).
    explicit Encoder(QByteArray &out, TagMapper *mapper = nullptr, QList<BulkValue> *bulk = nullptr);

    static constexpr qsizetype kBulkBytes = 64 * 1024;

    void u8(quint8 v);
    void u16(quint16 v);
    void u32(quint32 v);
    void u64(quint64 v);
    /// A cstr from UTF-8 bytes; what names the field in the error message.
    void cstr(const QByteArray &utf8, const char *what);
    void cstr(const QString &text, const char *what);
    void guid(const mapi::Guid &g);

    /// One value of the type in the low 16 bits of tag (§7.2).
    void value(mapi::PropTag tag, const mapi::PropValue &value);
    /// TPROPVAL_ARRAY (§7.1); names is the named-property map handed to the TagMapper.
    /// dropTag (if non-zero) is left out, e.g. PR_ATTACH_DATA_OBJ of an embedded attachment.
    void propertyList(const mapi::PropertyBag &bag, const mapi::NamedPropertyMap *names = nullptr,
                      mapi::PropTag dropTag = 0);
    /// MESSAGE_CONTENT (§7.3-§7.5), recursively; embedded messages without their own map use names.
    void messageContent(const mapi::Message &message, const mapi::NamedPropertyMap *names = nullptr);
    /// PROPERTY_NAME (§7.7).
    void propertyName(const mapi::PropertyName &name);
    /// PERMISSION_DATA (§7.6).
    void permission(const mapi::Permission &permission, const mapi::NamedPropertyMap *names = nullptr);

private:
    template <typename T>
    void scalar(T v);
    void binary(const QByteArray &bytes);
    void appendValueBytes(const QByteArray &bytes);
    QByteArray &m_out;
    TagMapper *m_mapper;
    QList<BulkValue> *m_bulk;
};

} // namespace mig::gxmt
