#pragma once

#include "core/Expected.h"
#include "mapi/PropertyBag.h"
#include "mapi/PropertyName.h"
#include "sources/pst/AnsiDecoder.h"
#include "sources/pst/Pff.h"

#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace mig::pst {

/// Turns libpff record entries (the PST's property contexts and table rows) into mapi properties,
/// the way gromox-pff2mt does (gxmt-format.md §11.1): every entry of every record set, 8-bit strings
/// decoded with the item's ANSI code page and re-tagged PT_UNICODE, multi-value types unpacked,
/// PT_SVREID kept opaque, named property ids resolved through the PST's name-to-id map into one
/// NamedPropertyMap shared by all items of the file.
/// One converter per open PST; not thread-safe.
class PropertyConverter final {
public:
    PropertyConverter(AnsiDecoder &decoder, std::shared_ptr<mapi::NamedPropertyMap> names);

    /// How to convert one object's properties.
    struct Context {
        int codePage = 0;          ///< for PT_STRING8; 0: the file's code page
        bool skipAttachData = false; ///< leave out PR_ATTACH_DATA_* (the caller reads the data itself)
        QString where;             ///< names the object in warnings ("Inbox, node 0x200024")
    };

    /// Appends the entries of every record set of item to bag (later values of a tag replace
    /// earlier ones). Fails only when libpff cannot enumerate the record sets.
    Expected<void> appendItem(libpff_item_t *item, mapi::PropertyBag &bag, const Context &context);
    /// Appends the entries of one record set.
    Expected<void> appendRecordSet(libpff_record_set_t *set, mapi::PropertyBag &bag, const Context &context);
    /// One bag per record set (recipient tables, receive-folder table).
    Expected<QList<mapi::PropertyBag>> rows(libpff_item_t *item, const Context &context);

    /// The raw value of (id, type) in record set 0 of item, or a null QByteArray when absent.
    static QByteArray rawValue(libpff_item_t *item, quint16 id, quint16 type);

    std::shared_ptr<const mapi::NamedPropertyMap> names() const { return m_names; }
    /// Entries that could not be converted and were dropped, each naming the object.
    QStringList takeWarnings();

private:
    /// Calls visit for every record set of item; stops at the first error.
    Expected<void> forEachRecordSet(libpff_item_t *item, const Context &context,
                                    const std::function<Expected<void>(libpff_record_set_t *)> &visit);
    void appendEntry(libpff_record_entry_t *entry, mapi::PropertyBag &bag, const Context &context);
    /// False (with a warning unless the property is read elsewhere) for types GXMT cannot carry.
    bool isCarried(quint16 id, quint16 type, const Context &context);
    /// Strings (decoded with the code page) and variable-size multi-values; nullopt with a
    /// warning when the data is malformed or the type has no conversion.
    std::optional<mapi::PropValue> textValue(mapi::PropTag tag, const QByteArray &data, const Context &context);
    void warnUncarriedType(const Context &context, mapi::PropTag tag);
    void resolveName(libpff_record_entry_t *entry, quint16 id);
    void warn(const Context &context, quint32 tag, const QString &what);

    AnsiDecoder &m_decoder;
    std::shared_ptr<mapi::NamedPropertyMap> m_names;
    QSet<quint16> m_unresolvedNames;
    QStringList m_warnings;
};

} // namespace mig::pst
