#include "gxmt/Validator.h"

#include "gxmt/FolderNameKey.h"
#include "gxmt/Wire.h"
#include "mapi/Tags.h"

#include <QCoreApplication>

namespace mig::gxmt {

using namespace mig::mapi;
using wire::hex;
using wire::hexOffset;

namespace {

bool isFieldNameChar(char c)
{
    return c >= 33 && c <= 126 && c != ':';
}

} // namespace

QString rfc5322Problem(const QByteArray &text)
{
    qsizetype pos = 0;
    int fields = 0;
    int lineNo = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        QByteArray line = text.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = end + 1;
        ++lineNo;
        if (line.isEmpty()) {
            // End of the header section; the body is free-form.
            if (fields == 0)
                return QCoreApplication::translate("mig::gxmt", "the header section is empty");
            return {};
        }
        if (line[0] == ' ' || line[0] == '\t') {
            if (fields == 0)
                return QCoreApplication::translate(
                    "mig::gxmt", "line 1 is a continuation line, but no header field precedes it");
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return QCoreApplication::translate(
                "mig::gxmt", "line %1 is neither a header field (\"Name: value\") nor the empty line ending the header")
                .arg(lineNo);
        for (qsizetype i = 0; i < colon; ++i) {
            if (!isFieldNameChar(line[i]))
                return QCoreApplication::translate(
                    "mig::gxmt", "line %1 has an invalid character in its header field name")
                    .arg(lineNo);
        }
        ++fields;
    }
    // Only a header section and no body: allowed (RFC 5322 §3.5: the body is optional).
    return fields > 0 ? QString() : QCoreApplication::translate("mig::gxmt", "the text is empty");
}

Validator::Validator(ValidatorOptions options)
    : m_options(options)
{
}

void Validator::report(quint64 offset, quint64 frame, const QString &reason)
{
    ++m_issueCount;
    if (m_issues.size() >= m_options.maxIssues)
        return;
    const QString where = frame == 0 ? QString() : QCoreApplication::translate("mig::gxmt", "frame %1").arg(frame);
    QString text = QStringLiteral("offset ") + hexOffset(offset);
    if (!where.isEmpty())
        text += QStringLiteral(", ") + where;
    text += QStringLiteral(": ") + reason;
    m_issues.append({ offset, frame, text });
}

void Validator::addReaderError(const Error &error, quint64 offset, quint64 frame)
{
    ++m_issueCount;
    if (m_issues.size() < m_options.maxIssues)
        m_issues.append({ offset, frame, error.message });
}

bool Validator::run(QIODevice *device, ValidationObserver *observer)
{
    ReaderOptions ro;
    ro.revision = m_options.revision;
    ro.strict = true;
    Reader reader(device, ro);
    auto header = reader.readHeader();
    if (!header) {
        addReaderError(header.error(), reader.position(), 0);
        m_summary.bytes = reader.position();
        return false;
    }
    checkHeader(*header, reader.folderMapOffsets(), reader.headerNames());
    if (observer)
        observer->header(*header, reader.headerNames());
    for (;;) {
        auto frame = reader.next();
        if (!frame) {
            addReaderError(frame.error(), reader.position(), m_summary.frames + 1);
            break;
        }
        if (!*frame)
            break;
        checkFrame(**frame);
        if (observer)
            observer->frame(**frame);
    }
    m_summary.bytes = reader.position();
    return isValid();
}

void Validator::declare(quint64 offset, quint64 frame, PropTag tag, const PropertyName &name)
{
    const quint16 id = propId(tag);
    if (!isNamedPropId(id)) {
        report(offset, frame,
            QCoreApplication::translate(
                "mig::gxmt", "named-property declaration for propid 0x%1 outside 0x8000-0xFFFE (§5.1)")
                .arg(id, 4, 16, QLatin1Char('0')));
        return;
    }
    const quint16 type = propType(tag);
    if (type != PT_UNSPECIFIED && !isStreamableType(type))
        report(offset, frame,
            QCoreApplication::translate(
                "mig::gxmt", "named-property declaration 0x%1 has the invalid proptype 0x%2 (§5.2)")
                .arg(tag, 8, 16, QLatin1Char('0'))
                .arg(type, 4, 16, QLatin1Char('0')));
    if (name.kind == PropertyName::Kind::String && name.name.toUtf8().size() > wire::kMaxNameBytes)
        report(offset, frame,
            QCoreApplication::translate("mig::gxmt", "property name \"%1\" is longer than 254 bytes (§7.7)")
                .arg(name.name.left(40)));
    if (const auto it = m_names.constFind(id); it != m_names.cend()) {
        if (!(*it == name))
            report(offset, frame,
                QCoreApplication::translate("mig::gxmt",
                    "propid 0x%1 is declared as %2 but was declared as %3 before; one stream propid must always mean "
                    "one name (§5.4)")
                    .arg(id, 4, 16, QLatin1Char('0'))
                    .arg(name.toString(), it->toString()));
        return;
    }
    m_names.insert(id, name);
    ++m_summary.namedProperties;
}

void Validator::checkHeader(const StreamHeader &header, const QList<quint64> &offsets, const QList<NameMapEntry> &names)
{
    m_summary.revision = header.revision;
    m_summary.splice = header.splice;
    m_summary.publicStore = header.publicStore;
    m_summary.folderMapEntries = quint64(header.folderMap.size());
    m_splice = header.splice;
    // The reader widens a narrow all-ones nid of GXMT0003/0004 to kUnanchored.
    const quint64 allOnes = kUnanchored;
    for (qsizetype i = 0; i < header.folderMap.size(); ++i) {
        const FolderMapEntry &e = header.folderMap[i];
        const quint64 at = offsets.value(i);
        if (m_map.contains(e.nid))
            report(at, 0,
                QCoreApplication::translate("mig::gxmt",
                    "folder map: nid %1 appears twice; the later entry silently replaces the earlier (§4.1)")
                    .arg(hex(e.nid)));
        if (e.nid == 0)
            report(at, 0, QCoreApplication::translate("mig::gxmt", "folder map: nid 0 is reserved (§6.7)"));
        if (e.nid == allOnes && e.create)
            report(at, 0,
                QCoreApplication::translate(
                    "mig::gxmt", "folder map: the unanchored nid %1 cannot create a folder (§4.3)")
                    .arg(hex(e.nid)));
        if (!e.create && e.targetFid == kUnanchored && e.nid != allOnes)
            report(at, 0,
                QCoreApplication::translate("mig::gxmt",
                    "folder map: nid %1 maps to the unanchored value with create = 0, which the importer mishandles "
                    "(§4.4)")
                    .arg(hex(e.nid)));
        if (e.targetFid == 0)
            report(at, 0,
                QCoreApplication::translate(
                    "mig::gxmt", "folder map: nid %1 has target folder 0, which is no folder (§4.1)")
                    .arg(hex(e.nid)));
        if (e.create && e.name.isEmpty())
            report(at, 0,
                QCoreApplication::translate("mig::gxmt", "folder map: nid %1 creates a folder without a name (§4.2)")
                    .arg(hex(e.nid)));
        m_map.insert(e.nid, e);
        // Root folders the map creates are siblings beneath their target (or the -B anchor).
        if (e.create && !e.name.isEmpty())
            checkSiblingName(at, 0, e.nid, e.targetFid, e.name);
        if (e.create)
            m_createPending.insert(e.nid);
        else
            m_createPending.remove(e.nid);
    }
    // The importer adds the anchor entry itself (§4.3).
    if (!m_map.contains(allOnes))
        m_map.insert(allOnes, FolderMapEntry { allOnes, false, kUnanchored, {} });
    for (const NameMapEntry &n : names)
        declare(n.offset, 0, n.tag, n.name);
}

void Validator::checkParentType(const Frame &f)
{
    bool ok;
    if (f.parentFid == 0)
        ok = f.parentType == 0 || f.parentType == kObjectStore;
    else if (f.parentFid == kUnanchored)
        ok = f.parentType == 0 || f.parentType == kObjectFolder;
    else
        ok = f.parentType == kObjectFolder;
    if (!ok)
        report(f.bodyOffset(), f.number,
            QCoreApplication::translate("mig::gxmt",
                "parent_type %1 does not fit parent_fid %2 (3 for a folder parent, 0 or 1 without one, §6.2)")
                .arg(f.parentType)
                .arg(hex(f.parentFid)));
}

void Validator::checkProperties(const Frame &f, const PropertyBag &bag, const QString &where)
{
    for (const Property &p : bag) {
        if (!isNamedPropId(p.id()))
            continue;
        if (!m_names.contains(p.id())) {
            report(f.bodyOffset(), f.number,
                QCoreApplication::translate(
                    "mig::gxmt", "%1: named property 0x%2 is used without a prior declaration (§5.4, §6.7)")
                    .arg(where)
                    .arg(p.tag, 8, 16, QLatin1Char('0')));
            continue;
        }
        m_usedNames.insert(p.id());
    }
}

void Validator::checkMessage(const Frame &f, const Message &message, const QString &where)
{
    checkProperties(f, message.properties, where);
    m_summary.recipients += quint64(message.recipients.size());
    for (const PropertyBag &row : message.recipients)
        checkProperties(f, row, where + QCoreApplication::translate("mig::gxmt", " recipient"));
    m_summary.attachments += quint64(message.attachments.size());
    for (qsizetype i = 0; i < message.attachments.size(); ++i) {
        const Attachment &a = message.attachments[i];
        const QString attachWhere = where + QCoreApplication::translate("mig::gxmt", " attachment %1").arg(i + 1);
        checkProperties(f, a.properties, attachWhere);
        if (a.embedded) {
            ++m_summary.embeddedMessages;
            if (a.properties.contains(PR_ATTACH_DATA_OBJ))
                report(f.bodyOffset(), f.number,
                    QCoreApplication::translate(
                        "mig::gxmt", "%1 carries PR_ATTACH_DATA_OBJ next to its embedded message (§7.5)")
                        .arg(attachWhere));
            checkMessage(f, *a.embedded, attachWhere + QCoreApplication::translate("mig::gxmt", " embedded message"));
        }
    }
}

void Validator::checkFolder(const Frame &f)
{
    ++m_summary.folders;
    const quint64 allOnes = kUnanchored;
    if (f.nid == 0 || f.nid == allOnes || f.nid == wire::maxNid(m_summary.revision))
        report(f.bodyOffset(), f.number,
            QCoreApplication::translate("mig::gxmt", "folder nid %1 is reserved (§6.7)").arg(hex(f.nid)));
    if (m_folderNids.contains(f.nid))
        report(f.bodyOffset(), f.number,
            QCoreApplication::translate("mig::gxmt", "folder nid %1 appears in a second folder frame (§6.7)")
                .arg(hex(f.nid)));
    m_folderNids.insert(f.nid);
    checkParentType(f);
    checkProperties(f, f.folder.properties, QCoreApplication::translate("mig::gxmt", "folder"));
    for (qsizetype i = 0; i < f.folder.permissions.size(); ++i) {
        const Permission &p = f.folder.permissions[i];
        if (p.flags != wire::kRowAdd)
            report(f.bodyOffset(), f.number,
                QCoreApplication::translate("mig::gxmt",
                    "ACL entry %1 has flags 0x%2 instead of ROW_ADD (0x01); the importer ignores it (§7.6)")
                    .arg(i + 1)
                    .arg(p.flags, 2, 16, QLatin1Char('0')));
        const bool grantee = p.properties.contains(PR_SMTP_ADDRESS) || p.properties.contains(PR_ENTRYID);
        if (!grantee || !p.properties.contains(PR_MEMBER_RIGHTS))
            report(f.bodyOffset(), f.number,
                QCoreApplication::translate("mig::gxmt",
                    "ACL entry %1 lacks the grantee (PR_SMTP_ADDRESS or PR_ENTRYID) or PR_MEMBER_RIGHTS (§7.6)")
                    .arg(i + 1));
        checkProperties(f, p.properties, QCoreApplication::translate("mig::gxmt", "ACL entry %1").arg(i + 1));
    }

    // Placement (§4.5).
    if (const auto it = m_map.find(f.nid); it != m_map.end() && f.nid != allOnes) {
        // Case A or B: the folder map decides; afterwards nid names an existing folder.
        it->create = false;
        m_createPending.remove(f.nid);
        return;
    }
    if (!m_map.contains(f.parentFid) || m_createPending.contains(f.parentFid)) {
        report(f.bodyOffset(), f.number,
            QCoreApplication::translate("mig::gxmt",
                "folder %1 cannot be placed: its parent %2 is neither in the folder map nor an earlier folder (case D, "
                "§4.5)")
                .arg(hex(f.nid), hex(f.parentFid)));
        return;
    }
    // Case C: created beneath the parent with the frame's own name.
    const std::optional<QString> name = f.folder.properties.string(PR_DISPLAY_NAME);
    if (!name || name->isEmpty()) {
        report(f.bodyOffset(), f.number,
            QCoreApplication::translate(
                "mig::gxmt", "folder %1 has no PR_DISPLAY_NAME, so the importer cannot create it (§8.1)")
                .arg(hex(f.nid)));
    } else if (!m_splice) {
        checkSiblingName(f.bodyOffset(), f.number, f.nid, f.parentFid, *name);
    }
    m_map.insert(f.nid, FolderMapEntry { f.nid, false, 0, {} });
}

void Validator::checkSiblingName(quint64 offset, quint64 frame, quint64 nid, quint64 parent, const QString &name)
{
    QHash<QString, QString> &siblings = m_childNames[parent];
    const QString key = folderNameKey(name);
    if (const auto earlier = siblings.constFind(key); earlier != siblings.constEnd()) {
        report(offset, frame,
            QCoreApplication::translate("mig::gxmt",
                "folder %1 \"%2\" and its sibling \"%3\" beneath %4 have the same name for Gromox (which ignores case "
                "and trailing spaces and dots); the exclusive create of the second fails (PG-1122, §4.5)")
                .arg(hex(nid), name, *earlier, hex(parent)));
        return;
    }
    siblings.insert(key, name);
}

void Validator::checkMessageFrame(const Frame &f)
{
    ++m_summary.messages;
    if (m_messageNids.contains(f.nid))
        report(f.bodyOffset(), f.number,
            QCoreApplication::translate("mig::gxmt", "message nid %1 is used twice (§6.7)").arg(hex(f.nid)));
    m_messageNids.insert(f.nid);
    checkParentType(f);
    if (!m_map.contains(f.parentFid))
        report(f.bodyOffset(), f.number,
            QCoreApplication::translate(
                "mig::gxmt", "message %1 has the unknown parent folder %2; the importer skips it (PF-1123, §4.5)")
                .arg(hex(f.nid), hex(f.parentFid)));
    else if (m_createPending.contains(f.parentFid))
        report(f.bodyOffset(), f.number,
            QCoreApplication::translate("mig::gxmt",
                "message %1 points at folder-map entry %2 before its folder frame created the folder (§4.2)")
                .arg(hex(f.nid), hex(f.parentFid)));
    checkMessage(f, f.message, QCoreApplication::translate("mig::gxmt", "message"));
    if (!f.message.rfc5322.isEmpty()) {
        const QString problem = rfc5322Problem(f.message.rfc5322);
        if (!problem.isEmpty())
            report(f.bodyOffset(), f.number,
                QCoreApplication::translate("mig::gxmt", "the RFC 5322 text is not an Internet message: %1 (§8.3)")
                    .arg(problem));
    }
    if (!f.reserved.isEmpty())
        report(f.bodyOffset(), f.number,
            QCoreApplication::translate("mig::gxmt", "the reserved string of the message frame is not empty (§6.4)"));
}

void Validator::checkFrame(const Frame &f)
{
    ++m_summary.frames;
    switch (f.type) {
    case kFrameNamedProp:
        if (f.parentType != 0 || f.parentFid != 0)
            report(f.bodyOffset(), f.number,
                QCoreApplication::translate(
                    "mig::gxmt", "a NAMEDPROP frame must have parent_type 0 and parent_fid 0 (§6.5)"));
        if (f.nid > 0xFFFFFFFFULL)
            report(f.bodyOffset(), f.number,
                QCoreApplication::translate(
                    "mig::gxmt", "a NAMEDPROP frame declares %1, which is no 32-bit proptag (§6.5)")
                    .arg(hex(f.nid)));
        declare(f.bodyOffset(), f.number, f.declaredTag, f.name);
        return;
    case kObjectFolder:
        checkFolder(f);
        return;
    case kObjectMessage:
        checkMessageFrame(f);
        return;
    default:
        report(f.bodyOffset(), f.number,
            QCoreApplication::translate("mig::gxmt", "unknown frame type %1 (PG-1117, §6.6)").arg(f.type));
    }
}

} // namespace mig::gxmt
