#include "sources/pst/PropertyConverter.h"

#include "mapi/Tags.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

namespace mig::pst {

using namespace mig::mapi;

namespace {

QString hexTag(quint32 tag)
{
    return QStringLiteral("0x%1").arg(tag, 8, 16, QLatin1Char('0'));
}

QString fromUtf16Le(QByteArrayView bytes)
{
    QString text(bytes.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        text[i] = QChar(qFromLittleEndian<quint16>(bytes.data() + 2 * i));
    // PST strings are not necessarily NUL-terminated, but a NUL ends them where present.
    const qsizetype nul = text.indexOf(QChar(0));
    if (nul >= 0)
        text.truncate(nul);
    return text;
}

template<typename T> QList<T> fixedArray(const QByteArray &data)
{
    QList<T> values;
    values.reserve(data.size() / qsizetype(sizeof(T)));
    for (qsizetype offset = 0; offset + qsizetype(sizeof(T)) <= data.size(); offset += sizeof(T)) {
        T value;
        if constexpr (std::is_floating_point_v<T>) {
            using Int = std::conditional_t<sizeof(T) == 4, quint32, quint64>;
            const Int bits = qFromLittleEndian<Int>(data.constData() + offset);
            std::memcpy(&value, &bits, sizeof value);
        } else {
            value = qFromLittleEndian<T>(data.constData() + offset);
        }
        values.append(value);
    }
    return values;
}

/// The size a fixed-size single value must have; 0 for variable-size types.
qsizetype fixedSize(quint16 type)
{
    switch (type) {
    case PT_SHORT:
        return 2;
    case PT_LONG:
    case PT_ERROR:
    case PT_FLOAT:
        return 4;
    case PT_DOUBLE:
    case PT_APPTIME:
    case PT_CURRENCY:
    case PT_I8:
    case PT_SYSTIME:
        return 8;
    case PT_BOOLEAN:
        return 1;
    case PT_CLSID:
        return 16;
    default:
        return 0;
    }
}

/// The individual values of a variable-size multi-value property (PT_MV_STRING8/UNICODE/BINARY):
/// a u32 count, count u32 offsets, then the values back to back (MS-PST 2.3.3.4.2). libpff's
/// multi-value API returns no values for these in libpff 20180714, so the layout is read here.
std::optional<QList<QByteArray>> multiValues(const QByteArray &data)
{
    if (data.isEmpty())
        return QList<QByteArray>();
    if (data.size() < 4)
        return std::nullopt;
    const quint32 count = qFromLittleEndian<quint32>(data.constData());
    if (count > quint32(data.size() - 4) / 4)
        return std::nullopt;
    QList<QByteArray> values;
    values.reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        const quint32 start = qFromLittleEndian<quint32>(data.constData() + 4 + 4 * i);
        const quint32 end
            = i + 1 < count ? qFromLittleEndian<quint32>(data.constData() + 4 + 4 * (i + 1)) : quint32(data.size());
        if (start > end || end > quint32(data.size()))
            return std::nullopt;
        values.append(data.mid(qsizetype(start), qsizetype(end - start)));
    }
    return values;
}

/// The value bytes of entry, or nullopt when libpff cannot read them.
std::optional<QByteArray> entryData(libpff_record_entry_t *entry)
{
    size_t size = 0;
    if (libpff_record_entry_get_data_size(entry, &size, nullptr) != 1)
        return std::nullopt;
    QByteArray data(qsizetype(size), Qt::Uninitialized);
    if (size > 0 && libpff_record_entry_get_data(entry, reinterpret_cast<uint8_t *>(data.data()), size, nullptr) != 1)
        return std::nullopt;
    return data;
}

/// GXMT carries every string as UTF-16, so 8-bit string properties change type once decoded.
quint16 carriedType(quint16 type)
{
    switch (type) {
    case PT_STRING8:
        return PT_UNICODE;
    case PT_MV_STRING8:
        return PT_MV_UNICODE;
    default:
        return type;
    }
}

/// Single values of fixed size (data already checked against fixedSize) and the multi-value
/// arrays of fixed-size elements, plus the opaque byte types; nullopt for the types that need
/// a code page or an offset table (see PropertyConverter::textValue).
std::optional<PropValue> fixedValue(quint16 type, const QByteArray &data)
{
    const char *raw = data.constData();
    switch (type) {
    case PT_SHORT:
        return PropValue(qFromLittleEndian<qint16>(raw));
    case PT_LONG:
        return PropValue(qFromLittleEndian<qint32>(raw));
    case PT_FLOAT:
        return PropValue(fixedArray<float>(data.left(4)).value(0));
    case PT_DOUBLE:
    case PT_APPTIME:
        return PropValue(fixedArray<double>(data.left(8)).value(0));
    case PT_CURRENCY:
    case PT_I8:
    case PT_SYSTIME:
        return PropValue(qFromLittleEndian<qint64>(raw));
    case PT_BOOLEAN:
        return PropValue(data.at(0) != 0);
    case PT_CLSID:
        return PropValue(Guid::fromWire(raw));
    case PT_BINARY:
        return PropValue(data);
    case PT_SVREID:
        return PropValue(SvrEid { false, data, 0, 0, 0 });
    case PT_MV_SHORT:
        return PropValue(fixedArray<qint16>(data));
    case PT_MV_LONG:
        return PropValue(fixedArray<qint32>(data));
    case PT_MV_FLOAT:
        return PropValue(fixedArray<float>(data));
    case PT_MV_DOUBLE:
    case PT_MV_APPTIME:
        return PropValue(fixedArray<double>(data));
    case PT_MV_CURRENCY:
    case PT_MV_I8:
    case PT_MV_SYSTIME:
        return PropValue(fixedArray<qint64>(data));
    case PT_MV_CLSID: {
        QList<Guid> guids;
        for (qsizetype offset = 0; offset + 16 <= data.size(); offset += 16)
            guids.append(Guid::fromWire(raw + offset));
        return PropValue(guids);
    }
    default:
        return std::nullopt;
    }
}

} // namespace

PropertyConverter::PropertyConverter(AnsiDecoder &decoder, std::shared_ptr<mapi::NamedPropertyMap> names)
    : m_decoder(decoder)
    , m_names(std::move(names))
{
}

QStringList PropertyConverter::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

void PropertyConverter::warn(const Context &context, quint32 tag, const QString &what)
{
    // A corrupt PST could repeat the same problem for every item; keep the list bounded.
    if (m_warnings.size() < 1000)
        m_warnings.append(QCoreApplication::translate("mig::pst", "%1: property %2 dropped: %3")
                              .arg(context.where, hexTag(tag), what));
}

Expected<void> PropertyConverter::forEachRecordSet(
    libpff_item_t *item, const Context &context, const std::function<Expected<void>(libpff_record_set_t *)> &visit)
{
    pff::ErrorSlot error;
    int sets = 0;
    if (libpff_item_get_number_of_record_sets(item, &sets, error.out()) != 1)
        return error.toError(Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: cannot read the property sets").arg(context.where));
    for (int i = 0; i < sets; ++i) {
        pff::RecordSet set;
        if (libpff_item_get_record_set_by_index(item, i, set.out(), error.out()) != 1)
            return error.toError(Error::Code::Corrupt,
                QCoreApplication::translate("mig::pst", "%1: cannot read property set %2").arg(context.where).arg(i));
        if (auto done = visit(set.get()); !done)
            return done;
    }
    return {};
}

Expected<void> PropertyConverter::appendItem(libpff_item_t *item, PropertyBag &bag, const Context &context)
{
    return forEachRecordSet(
        item, context, [&](libpff_record_set_t *set) { return appendRecordSet(set, bag, context); });
}

Expected<QList<PropertyBag>> PropertyConverter::rows(libpff_item_t *item, const Context &context)
{
    QList<PropertyBag> result;
    auto done = forEachRecordSet(item, context, [&](libpff_record_set_t *set) {
        PropertyBag row;
        auto appended = appendRecordSet(set, row, context);
        if (appended)
            result.append(std::move(row));
        return appended;
    });
    if (!done)
        return done.error();
    return result;
}

Expected<void> PropertyConverter::appendRecordSet(libpff_record_set_t *set, PropertyBag &bag, const Context &context)
{
    pff::ErrorSlot error;
    int entries = 0;
    if (libpff_record_set_get_number_of_entries(set, &entries, error.out()) != 1)
        return error.toError(Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: cannot read the property list").arg(context.where));
    for (int i = 0; i < entries; ++i) {
        pff::RecordEntry entry;
        if (libpff_record_set_get_entry_by_index(set, i, entry.out(), error.out()) != 1)
            return error.toError(Error::Code::Corrupt,
                QCoreApplication::translate("mig::pst", "%1: cannot read property %2").arg(context.where).arg(i));
        appendEntry(entry.get(), bag, context);
    }
    return {};
}

QByteArray PropertyConverter::rawValue(libpff_item_t *item, quint16 id, quint16 type)
{
    pff::RecordSet set;
    if (libpff_item_get_record_set_by_index(item, 0, set.out(), nullptr) != 1)
        return {};
    pff::RecordEntry entry;
    if (libpff_record_set_get_entry_by_type(set.get(), id, type, entry.out(), 0, nullptr) != 1)
        return {};
    size_t size = 0;
    if (libpff_record_entry_get_data_size(entry.get(), &size, nullptr) != 1)
        return {};
    QByteArray data(qsizetype(size), Qt::Uninitialized);
    if (size > 0
        && libpff_record_entry_get_data(entry.get(), reinterpret_cast<uint8_t *>(data.data()), size, nullptr) != 1)
        return {};
    return size == 0 ? QByteArray("") : data;
}

void PropertyConverter::resolveName(libpff_record_entry_t *entry, quint16 id)
{
    if (m_names->nameOf(id) || m_unresolvedNames.contains(id))
        return;
    // The entry belongs to the name-to-id map of the file; libpff owns it (there is no free function).
    libpff_name_to_id_map_entry_t *nameEntry = nullptr;
    uint8_t kind = 0;
    std::array<uint8_t, 16> guid {};
    if (libpff_record_entry_get_name_to_id_map_entry(entry, &nameEntry, nullptr) != 1 || nameEntry == nullptr
        || libpff_name_to_id_map_entry_get_type(nameEntry, &kind, nullptr) != 1
        || libpff_name_to_id_map_entry_get_guid(nameEntry, guid.data(), guid.size(), nullptr) != 1) {
        m_unresolvedNames.insert(id);
        return;
    }
    const Guid set = Guid::fromWire(reinterpret_cast<const char *>(guid.data()));
    if (kind == LIBPFF_NAME_TO_ID_MAP_ENTRY_TYPE_NUMERIC) {
        uint32_t lid = 0;
        if (libpff_name_to_id_map_entry_get_number(nameEntry, &lid, nullptr) == 1) {
            m_names->insert(id, PropertyName::byId(set, lid));
            return;
        }
    } else if (kind == LIBPFF_NAME_TO_ID_MAP_ENTRY_TYPE_STRING) {
        size_t size = 0;
        if (libpff_name_to_id_map_entry_get_utf8_string_size(nameEntry, &size, nullptr) == 1 && size > 0) {
            QByteArray text(qsizetype(size), '\0');
            if (libpff_name_to_id_map_entry_get_utf8_string(
                    nameEntry, reinterpret_cast<uint8_t *>(text.data()), size, nullptr)
                == 1) {
                const qsizetype nul = text.indexOf('\0');
                m_names->insert(id, PropertyName::byString(set, QString::fromUtf8(nul < 0 ? text : text.left(nul))));
                return;
            }
        }
    }
    m_unresolvedNames.insert(id);
}

void PropertyConverter::appendEntry(libpff_record_entry_t *entry, PropertyBag &bag, const Context &context)
{
    uint32_t entryType = 0;
    uint32_t valueType = 0;
    if (libpff_record_entry_get_entry_type(entry, &entryType, nullptr) != 1
        || libpff_record_entry_get_value_type(entry, &valueType, nullptr) != 1 || entryType > 0xFFFF
        || valueType > 0xFFFF)
        return; // libpff reports entries without a property tag for some table columns; pff2mt skips them too
    const quint16 id = quint16(entryType);
    const quint16 type = quint16(valueType);
    const PropTag tag = makeTag(id, type);

    if (context.skipAttachData && id == propId(PR_ATTACH_DATA_BIN))
        return;
    if (!isCarried(id, type, context))
        return;
    const std::optional<QByteArray> data = entryData(entry);
    if (!data) {
        warn(context, tag, QCoreApplication::translate("mig::pst", "unreadable value"));
        return;
    }
    if (isNamedPropId(id))
        resolveName(entry, id);

    const qsizetype need = fixedSize(type);
    if (need > 0 && data->size() < need) {
        warn(context, tag,
            QCoreApplication::translate("mig::pst", "value has %1 bytes, expected %2").arg(data->size()).arg(need));
        return;
    }
    std::optional<PropValue> value = fixedValue(type, *data);
    if (!value)
        value = textValue(tag, *data, context);
    if (!value)
        return; // textValue has said why
    bag.set(makeTag(id, carriedType(type)), std::move(*value));
}

bool PropertyConverter::isCarried(quint16 id, quint16 type, const Context &context)
{
    const PropTag tag = makeTag(id, type);
    if (type == PT_OBJECT) {
        // PR_ATTACH_DATA_OBJ is read through the attachment (embedded message or OLE data);
        // other PT_OBJECT properties have no GXMT encoding.
        if (id != propId(PR_ATTACH_DATA_OBJ))
            warn(context, tag, QCoreApplication::translate("mig::pst", "object properties cannot be carried"));
        return false;
    }
    if (type == PT_NULL || type == PT_UNSPECIFIED || type == PT_ERROR || type == PT_SRESTRICTION || type == PT_ACTIONS
        || (type & MVI_FLAG) == MVI_FLAG || !isStreamableType(type)) {
        // Restrictions and rule actions use a PST-specific encoding that differs from GXMT's.
        warnUncarriedType(context, tag);
        return false;
    }
    return true;
}

std::optional<PropValue> PropertyConverter::textValue(PropTag tag, const QByteArray &data, const Context &context)
{
    const quint16 type = propType(tag);
    switch (type) {
    case PT_STRING8:
        return PropValue(m_decoder.decode(data, context.codePage));
    case PT_UNICODE:
        return PropValue(fromUtf16Le(data));
    case PT_MV_STRING8:
    case PT_MV_UNICODE:
    case PT_MV_BINARY: {
        const auto parts = multiValues(data);
        if (!parts) {
            warn(context, tag, QCoreApplication::translate("mig::pst", "malformed multi-value data"));
            return std::nullopt;
        }
        if (type == PT_MV_BINARY)
            return PropValue(*parts);
        QList<QString> strings;
        strings.reserve(parts->size());
        for (const QByteArray &part : *parts)
            strings.append(type == PT_MV_UNICODE ? fromUtf16Le(part) : m_decoder.decode(part, context.codePage));
        return PropValue(strings);
    }
    default:
        warnUncarriedType(context, tag);
        return std::nullopt;
    }
}

void PropertyConverter::warnUncarriedType(const Context &context, PropTag tag)
{
    warn(context, tag,
        QCoreApplication::translate("mig::pst", "type %1 cannot be carried")
            .arg(QString::fromLatin1(typeName(propType(tag)))));
}

} // namespace mig::pst
