#pragma once

#include "core/Expected.h"
#include "mapi/Message.h"
#include "sources/pst/PropertyConverter.h"

namespace mig::pst {

/// Reads one PST message item (libpff item) into a mapi::Message: all properties, one recipient
/// row per record set of the recipient table, every attachment with all its properties and its
/// data: by-value and OLE payloads as PR_ATTACH_DATA_BIN (pff2mt drops the OLE payload; we keep
/// it), embedded messages recursively. Applies pff2mt's fix-ups: PR_SUBJECT with the 0x01 prefix
/// marker split into PR_SUBJECT/PR_SUBJECT_PREFIX, PR_RTF_IN_SYNC removed without PR_RTF_COMPRESSED.
/// Not thread-safe (uses the file's converter).
class MessageReader final {
public:
    /// where names the item in errors and warnings ("file.pst: folder \"Inbox\", node 0x200024").
    MessageReader(PropertyConverter &converter, AnsiDecoder &decoder, QString where);

    Expected<mapi::Message> read(libpff_item_t *item);
    /// The message's own properties only (no recipients, no attachments), for previews.
    Expected<mapi::PropertyBag> readProperties(libpff_item_t *item);

private:
    Expected<mapi::Message> readAt(libpff_item_t *item, int depth, const QString &where);
    Expected<mapi::Attachment> readAttachment(libpff_item_t *attachment, int depth, const QString &where);
    PropertyConverter::Context contextFor(libpff_item_t *item, const QString &where) const;

    PropertyConverter &m_converter;
    AnsiDecoder &m_decoder;
    QString m_where;
};

/// Splits a PR_SUBJECT that starts with the PST prefix marker (U+0001 followed by a character whose
/// value is 1 + the prefix length, MS-PST 2.5.3.1.1.1) into PR_SUBJECT and PR_SUBJECT_PREFIX.
void splitSubjectPrefix(mapi::PropertyBag &properties);

} // namespace mig::pst
