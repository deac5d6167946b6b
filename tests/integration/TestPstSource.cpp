// Property fidelity of the PST source: every property libpff reports for every message, recipient
// and attachment of every shared PST — read here by a direct libpff walk that shares no code with
// the engine — must come out of PstSource::readMessage() with the same value; attachment bytes
// must equal the files pffexport writes.

#include "TestEnvironment.h"
#include "TestPstSupport.h"

#include "mapi/Tags.h"
#include "sources/pst/PstSource.h"

#include <libpff.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>

using namespace mig;
using namespace mig::mapi;
using namespace mig::test;

namespace {

struct RawEntry {
    quint16 id = 0;
    quint16 type = 0;
    QByteArray data;
    std::optional<QString> text; ///< libpff's own UTF-8 rendering of string values
    std::optional<PropertyName> name;
};

/// Every entry of every record set of item (or only record set `only`), straight from libpff.
QList<RawEntry> rawEntries(libpff_item_t *item, int only = -1)
{
    QList<RawEntry> entries;
    int sets = 0;
    if (libpff_item_get_number_of_record_sets(item, &sets, nullptr) != 1)
        return entries;
    for (int s = 0; s < sets; ++s) {
        if (only >= 0 && s != only)
            continue;
        libpff_record_set_t *set = nullptr;
        if (libpff_item_get_record_set_by_index(item, s, &set, nullptr) != 1)
            continue;
        int count = 0;
        libpff_record_set_get_number_of_entries(set, &count, nullptr);
        for (int e = 0; e < count; ++e) {
            libpff_record_entry_t *entry = nullptr;
            if (libpff_record_set_get_entry_by_index(set, e, &entry, nullptr) != 1)
                continue;
            uint32_t id = 0;
            uint32_t type = 0;
            size_t size = 0;
            libpff_record_entry_get_entry_type(entry, &id, nullptr);
            libpff_record_entry_get_value_type(entry, &type, nullptr);
            libpff_record_entry_get_data_size(entry, &size, nullptr);
            RawEntry raw;
            raw.id = quint16(id);
            raw.type = quint16(type);
            raw.data.resize(qsizetype(size));
            if (size > 0)
                libpff_record_entry_get_data(entry, reinterpret_cast<uint8_t *>(raw.data.data()), size, nullptr);
            if (type == PT_STRING8 || type == PT_UNICODE) {
                size_t utf8Size = 0;
                if (libpff_record_entry_get_data_as_utf8_string_size(entry, &utf8Size, nullptr) == 1 && utf8Size > 0) {
                    QByteArray utf8(qsizetype(utf8Size), '\0');
                    if (libpff_record_entry_get_data_as_utf8_string(entry, reinterpret_cast<uint8_t *>(utf8.data()), utf8Size, nullptr) == 1)
                        raw.text = QString::fromUtf8(utf8.left(utf8.indexOf('\0') < 0 ? utf8.size() : utf8.indexOf('\0')));
                } else if (size == 0) {
                    raw.text = QString();
                }
            }
            if (id >= 0x8000) {
                libpff_name_to_id_map_entry_t *nameEntry = nullptr;
                uint8_t kind = 0;
                uint8_t guid[16];
                if (libpff_record_entry_get_name_to_id_map_entry(entry, &nameEntry, nullptr) == 1
                    && libpff_name_to_id_map_entry_get_type(nameEntry, &kind, nullptr) == 1
                    && libpff_name_to_id_map_entry_get_guid(nameEntry, guid, 16, nullptr) == 1) {
                    const Guid set16 = Guid::fromWire(reinterpret_cast<const char *>(guid));
                    if (kind == LIBPFF_NAME_TO_ID_MAP_ENTRY_TYPE_NUMERIC) {
                        uint32_t lid = 0;
                        libpff_name_to_id_map_entry_get_number(nameEntry, &lid, nullptr);
                        raw.name = PropertyName::byId(set16, lid);
                    } else {
                        size_t n = 0;
                        libpff_name_to_id_map_entry_get_utf8_string_size(nameEntry, &n, nullptr);
                        QByteArray s(qsizetype(n), '\0');
                        libpff_name_to_id_map_entry_get_utf8_string(nameEntry, reinterpret_cast<uint8_t *>(s.data()), n, nullptr);
                        raw.name = PropertyName::byString(set16, QString::fromUtf8(s.constData()));
                    }
                }
            }
            entries.append(raw);
            libpff_record_entry_free(&entry, nullptr);
        }
        libpff_record_set_free(&set, nullptr);
    }
    return entries;
}

/// MS-PST 2.3.3.4.2: a variable-size multi-value is a count, offsets, then the values back to back.
QList<QByteArray> splitMultiValue(const QByteArray &data)
{
    QList<QByteArray> parts;
    if (data.size() < 4)
        return parts;
    const quint32 count = qFromLittleEndian<quint32>(data.constData());
    for (quint32 i = 0; i < count && 4 + 4 * (i + 1) <= quint32(data.size()); ++i) {
        const quint32 start = qFromLittleEndian<quint32>(data.constData() + 4 + 4 * i);
        const quint32 end = i + 1 < count ? qFromLittleEndian<quint32>(data.constData() + 4 + 4 * (i + 1)) : quint32(data.size());
        parts.append(data.mid(start, end - start));
    }
    return parts;
}

QString utf16(const QByteArray &bytes)
{
    QString s = QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()), bytes.size() / 2);
    const qsizetype nul = s.indexOf(QChar(0));
    return nul < 0 ? s : s.left(nul);
}

template <typename T>
QList<T> array(const QByteArray &data)
{
    QList<T> out;
    for (qsizetype o = 0; o + qsizetype(sizeof(T)) <= data.size(); o += sizeof(T)) {
        T v;
        std::memcpy(&v, data.constData() + o, sizeof v); // x86-64 is little-endian like the PST
        out.append(v);
    }
    return out;
}

bool isCarried(quint16 type)
{
    return type != PT_OBJECT && type != PT_NULL && type != PT_UNSPECIFIED && type != PT_ERROR && type != PT_SRESTRICTION
           && type != PT_ACTIONS;
}

struct Counters {
    int properties = 0;
    int namedProperties = 0;
    int recipients = 0;
    int attachments = 0;
    int attachmentFilesCompared = 0;
    int embedded = 0;
    int subjectPrefixes = 0;
    int oleWithData = 0;
};

} // namespace

class TestPstSource final : public QObject {
    Q_OBJECT

    /// Compares one object's properties with the raw entries; returns false after a failed QCOMPARE.
    static bool compareBag(const QList<RawEntry> &raw, const PropertyBag &bag, const NamedPropertyMap &names, bool attachment,
                           const QString &where, Counters &counters)
    {
        bool hasRtf = false;
        for (const RawEntry &e : raw)
            hasRtf = hasRtf || (e.id == 0x1009 && e.type == PT_BINARY);
        QSet<PropTag> expectedTags;
        for (const RawEntry &e : raw) {
            if (!isCarried(e.type) || (attachment && e.id == 0x3701))
                continue;
            if (e.id == propId(PR_RTF_IN_SYNC) && !hasRtf)
                continue; // removed like pff2mt does
            const quint16 type = e.type == PT_STRING8 ? quint16(PT_UNICODE) : e.type == PT_MV_STRING8 ? quint16(PT_MV_UNICODE) : e.type;
            const PropTag tag = makeTag(e.id, type);
            expectedTags.insert(tag);
            const Property *p = bag.find(tag);
            const QString label = QStringLiteral("%1: 0x%2").arg(where).arg(tag, 8, 16, QLatin1Char('0'));
            if (p == nullptr) {
                qWarning("missing %s", qPrintable(label));
                return false;
            }
            bool same = false;
            switch (e.type) {
            case PT_STRING8:
            case PT_UNICODE: {
                QString expected = e.text.value_or(e.type == PT_UNICODE ? utf16(e.data) : QString::fromLatin1(e.data));
                if (e.id == propId(PR_SUBJECT) && expected.size() >= 2 && expected.at(0) == QChar(1)) {
                    const int n = expected.at(1).unicode();
                    if (n > 1) {
                        ++counters.subjectPrefixes;
                        if (bag.string(PR_SUBJECT_PREFIX) != expected.mid(2, n - 1)) {
                            qWarning("%s: subject prefix", qPrintable(label));
                            return false;
                        }
                    }
                    expected = expected.mid(n + 1);
                }
                same = p->get<QString>() && *p->get<QString>() == expected;
                break;
            }
            case PT_BINARY:
                same = p->get<QByteArray>() && *p->get<QByteArray>() == e.data;
                break;
            case PT_SVREID:
                same = p->get<SvrEid>() && p->get<SvrEid>()->opaque == e.data && !p->get<SvrEid>()->ours;
                break;
            case PT_SHORT:
                same = p->get<qint16>() && *p->get<qint16>() == qFromLittleEndian<qint16>(e.data.constData());
                break;
            case PT_LONG:
                same = p->get<qint32>() && *p->get<qint32>() == qFromLittleEndian<qint32>(e.data.constData());
                break;
            case PT_I8:
            case PT_SYSTIME:
            case PT_CURRENCY:
                same = p->get<qint64>() && *p->get<qint64>() == qFromLittleEndian<qint64>(e.data.constData());
                break;
            case PT_BOOLEAN:
                same = p->get<bool>() && *p->get<bool>() == (e.data.at(0) != 0);
                break;
            case PT_FLOAT:
                same = p->get<float>() && std::memcmp(p->get<float>(), e.data.constData(), 4) == 0;
                break;
            case PT_DOUBLE:
            case PT_APPTIME:
                same = p->get<double>() && std::memcmp(p->get<double>(), e.data.constData(), 8) == 0;
                break;
            case PT_CLSID:
                same = p->get<Guid>() && *p->get<Guid>() == Guid::fromWire(e.data.constData());
                break;
            case PT_MV_SHORT:
                same = p->get<QList<qint16>>() && *p->get<QList<qint16>>() == array<qint16>(e.data);
                break;
            case PT_MV_LONG:
                same = p->get<QList<qint32>>() && *p->get<QList<qint32>>() == array<qint32>(e.data);
                break;
            case PT_MV_I8:
            case PT_MV_SYSTIME:
            case PT_MV_CURRENCY:
                same = p->get<QList<qint64>>() && *p->get<QList<qint64>>() == array<qint64>(e.data);
                break;
            case PT_MV_DOUBLE:
            case PT_MV_APPTIME:
                same = p->get<QList<double>>() && *p->get<QList<double>>() == array<double>(e.data);
                break;
            case PT_MV_FLOAT:
                same = p->get<QList<float>>() && *p->get<QList<float>>() == array<float>(e.data);
                break;
            case PT_MV_CLSID: {
                QList<Guid> guids;
                for (qsizetype o = 0; o + 16 <= e.data.size(); o += 16)
                    guids.append(Guid::fromWire(e.data.constData() + o));
                same = p->get<QList<Guid>>() && *p->get<QList<Guid>>() == guids;
                break;
            }
            case PT_MV_BINARY:
                same = p->get<QList<QByteArray>>() && *p->get<QList<QByteArray>>() == splitMultiValue(e.data);
                break;
            case PT_MV_UNICODE:
            case PT_MV_STRING8: {
                QList<QString> strings;
                for (const QByteArray &part : splitMultiValue(e.data))
                    strings.append(e.type == PT_MV_UNICODE ? utf16(part) : QString::fromLatin1(part.left(part.indexOf('\0') < 0 ? part.size() : part.indexOf('\0'))));
                same = p->get<QList<QString>>() && *p->get<QList<QString>>() == strings;
                break;
            }
            default:
                qWarning("%s: type not covered by the test", qPrintable(label));
                return false;
            }
            if (!same) {
                qWarning("%s: value differs (%s)", qPrintable(label), qPrintable(formatValue(type, p->value)));
                return false;
            }
            if (e.id >= 0x8000) {
                if (e.name.has_value() != names.nameOf(e.id).has_value() || (e.name && *e.name != *names.nameOf(e.id))) {
                    qWarning("%s: named property resolves differently", qPrintable(label));
                    return false;
                }
                ++counters.namedProperties;
            }
            ++counters.properties;
        }
        // Nothing invented: every property comes from the PST (or is a documented fix-up).
        for (const Property &p : bag) {
            if (expectedTags.contains(p.tag) || p.tag == PR_SUBJECT_PREFIX || (attachment && p.tag == PR_ATTACH_DATA_BIN))
                continue;
            qWarning("%s: unexpected property 0x%08x", qPrintable(where), p.tag);
            return false;
        }
        return true;
    }

    static bool compareMessage(libpff_item_t *item, const Message &message, const QString &where, const QString &itemDir,
                               Counters &counters)
    {
        if (!message.namedProperties)
            return false;
        const NamedPropertyMap &names = *message.namedProperties;
        if (!compareBag(rawEntries(item), message.properties, names, false, where, counters))
            return false;

        libpff_item_t *recipients = nullptr;
        int rows = 0;
        if (libpff_message_get_recipients(item, &recipients, nullptr) == 1) {
            libpff_item_get_number_of_record_sets(recipients, &rows, nullptr);
            for (int r = 0; r < rows && r < message.recipients.size(); ++r) {
                if (!compareBag(rawEntries(recipients, r), message.recipients.at(r), names, false,
                                where + QStringLiteral(" recipient %1").arg(r), counters)) {
                    libpff_item_free(&recipients, nullptr);
                    return false;
                }
            }
            libpff_item_free(&recipients, nullptr);
        }
        if (rows != message.recipients.size()) {
            qWarning("%s: %d recipients in the PST, %d read", qPrintable(where), rows, int(message.recipients.size()));
            return false;
        }
        counters.recipients += rows;

        int attachments = 0;
        libpff_message_get_number_of_attachments(item, &attachments, nullptr);
        if (attachments != message.attachments.size()) {
            qWarning("%s: %d attachments in the PST, %d read", qPrintable(where), attachments, int(message.attachments.size()));
            return false;
        }
        const QList<PffAttachmentFile> files = itemDir.isEmpty() ? QList<PffAttachmentFile>() : pffAttachments(itemDir);
        for (int a = 0; a < attachments; ++a) {
            libpff_item_t *attachment = nullptr;
            if (libpff_message_get_attachment(item, a, &attachment, nullptr) != 1)
                return false;
            const Attachment &ours = message.attachments.at(a);
            const QString label = where + QStringLiteral(" attachment %1").arg(a + 1);
            bool ok = compareBag(rawEntries(attachment), ours.properties, names, true, label, counters);
            int type = 0;
            libpff_attachment_get_type(attachment, &type, nullptr);
            if (ok && type == LIBPFF_ATTACHMENT_TYPE_ITEM) {
                libpff_item_t *inner = nullptr;
                ok = ours.embedded && libpff_attachment_get_item(attachment, &inner, nullptr) == 1;
                if (ok) {
                    QString innerDir;
                    for (const PffAttachmentFile &f : files) {
                        if (f.index == a && QFileInfo(f.file).isDir())
                            innerDir = f.file + QStringLiteral("/Message00001/");
                    }
                    ok = compareMessage(inner, *ours.embedded, label + QStringLiteral(" (embedded)"), innerDir, counters);
                    libpff_item_free(&inner, nullptr);
                    ++counters.embedded;
                }
            } else if (ok && type == LIBPFF_ATTACHMENT_TYPE_DATA) {
                ok = ours.properties.binary(PR_ATTACH_DATA_BIN).has_value();
                if (ours.properties.int32(PR_ATTACH_METHOD) == ATTACH_OLE && !ours.properties.binary(PR_ATTACH_DATA_BIN)->isEmpty())
                    ++counters.oleWithData; // pff2mt loses this payload
                for (const PffAttachmentFile &f : files) {
                    if (f.index != a || !QFileInfo(f.file).isFile())
                        continue;
                    QFile file(f.file);
                    ok = ok && file.open(QIODevice::ReadOnly) && file.readAll() == *ours.properties.binary(PR_ATTACH_DATA_BIN);
                    ++counters.attachmentFilesCompared;
                }
            }
            libpff_item_free(&attachment, nullptr);
            if (!ok) {
                qWarning("%s: differs", qPrintable(label));
                return false;
            }
            ++counters.attachments;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { MIG_REQUIRE_TESTDATA(); }

    void everyPropertyOfEveryItem_data()
    {
        addTestDataRows(QStringLiteral("pst"));
    }

    void everyPropertyOfEveryItem()
    {
        QFETCH(QString, file);
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const PffExportView view = runPffExport(file, work.path());
        QVERIFY2(view.ok, qPrintable(view.error));

        auto source = pst::PstSource::open(file);
        QVERIFY2(source.has_value(), qPrintable(source.error().fullText()));
        auto folders = (*source)->folders();
        QVERIFY(folders.has_value());

        // The independent side: libpff opened a second time, by this test.
        libpff_file_t *pff = nullptr;
        QCOMPARE(libpff_file_initialize(&pff, nullptr), 1);
        QCOMPARE(libpff_file_open(pff, QFile::encodeName(file).constData(), LIBPFF_OPEN_READ, nullptr), 1);

        Counters counters;
        int messages = 0;
        for (const sources::SourceFolder &folder : *folders) {
            auto refs = (*source)->items(folder.id, sources::ItemKind::Normal);
            QVERIFY(refs.has_value());
            QCOMPARE(int(refs->size()), folder.itemCount);
            libpff_item_t *folderItem = nullptr;
            if (folder.isRoot)
                QCOMPARE(libpff_file_get_root_folder(pff, &folderItem, nullptr), 1);
            else
                QCOMPARE(libpff_file_get_item_by_identifier(pff, quint32(folder.id), &folderItem, nullptr), 1);
            for (const sources::ItemRef &ref : *refs) {
                QVERIFY(ref.readable);
                auto message = (*source)->readMessage(ref);
                QVERIFY2(message.has_value(), qPrintable(message.error().fullText()));
                libpff_item_t *item = nullptr;
                QCOMPARE(libpff_folder_get_sub_message(folderItem, ref.index, &item, nullptr), 1);
                uint32_t nid = 0;
                libpff_item_get_identifier(item, &nid, nullptr);
                QCOMPARE(quint64(nid), ref.id);
                const QString where = QStringLiteral("%1/%2 node 0x%3").arg(QFileInfo(file).fileName(), folder.path).arg(nid, 0, 16);
                const bool same = compareMessage(item, *message, where, view.itemDirs.value(nid), counters);
                libpff_item_free(&item, nullptr);
                QVERIFY2(same, qPrintable(where));
                ++messages;
            }
            libpff_item_free(&folderItem, nullptr);
        }
        libpff_file_close(pff, nullptr);
        libpff_file_free(&pff, nullptr);
        qInfo("%d messages: %d properties (%d named), %d recipients, %d attachments (%d files compared with pffexport, %d embedded, %d OLE with data), %d subject prefixes",
              messages, counters.properties, counters.namedProperties, counters.recipients, counters.attachments,
              counters.attachmentFilesCompared, counters.embedded, counters.oleWithData, counters.subjectPrefixes);
        if (messages > 0)
            QVERIFY(counters.properties > messages * 5);
        // The sample OST carries OLE attachments (PR_ATTACH_METHOD 6, PT_OBJECT data): their payload
        // is kept as PR_ATTACH_DATA_BIN (gromox-pff2mt drops it).
        if (QFileInfo(file).fileName() == QLatin1String("aspose_SampleOstFile.ost"))
            QCOMPARE(counters.oleWithData, 12);
        // Every by-value file pffexport wrote beside a top-level message was compared.
        int files = 0;
        for (const quint32 id : view.topLevelItems) {
            for (const PffAttachmentFile &f : pffAttachments(view.itemDirs.value(id)))
                files += QFileInfo(f.file).isFile() ? 1 : 0;
        }
        QVERIFY(counters.attachmentFilesCompared >= files);
    }

    void summaryAndSpecialFolders()
    {
        auto source = pst::PstSource::open(testDataPath(QStringLiteral("pst/aspose_Outlook.pst")));
        QVERIFY(source.has_value());
        auto folders = (*source)->folders();
        QVERIFY(folders.has_value());
        QHash<QString, quint64> byPath;
        for (const sources::SourceFolder &f : *folders)
            byPath.insert(f.path, f.id);
        const auto special = (*source)->specialFolders();
        QCOMPARE(special.value(byPath.value(QString())), sources::SpecialFolder::Root);
        QCOMPARE(special.value(byPath.value(QStringLiteral("Top of Personal Folders"))), sources::SpecialFolder::IpmSubtree);
        QCOMPARE(special.value(byPath.value(QStringLiteral("Top of Personal Folders/Sent Items"))), sources::SpecialFolder::SentItems);
        QCOMPARE(special.value(byPath.value(QStringLiteral("Top of Personal Folders/Deleted Items"))), sources::SpecialFolder::DeletedItems);

        auto refs = (*source)->items(byPath.value(QStringLiteral("Top of Personal Folders/Inbox")), sources::ItemKind::Normal);
        QVERIFY(refs.has_value());
        QCOMPARE(refs->size(), 8);
        auto summary = (*source)->readSummary(refs->first());
        QVERIFY(summary.has_value());
        QVERIFY(!summary->subject.isEmpty());
        QVERIFY(summary->date.isValid());
        QCOMPARE(summary->messageClass.left(3), QStringLiteral("IPM"));
        QCOMPARE(summary->attachmentCount, 3); // text file.txt, Sunset.jpg, Blue hills.jpg
    }

    void unknownFolderAndBadRef()
    {
        auto source = pst::PstSource::open(testDataPath(QStringLiteral("pst/libyal_outlook.pst")));
        QVERIFY(source.has_value());
        QVERIFY(!(*source)->items(0x7777777, sources::ItemKind::Normal).has_value());
        QCOMPARE((*source)->readFolder(0x7777777).error().code, Error::Code::NotFound);
        auto folders = (*source)->folders();
        QVERIFY(folders.has_value());
        sources::ItemRef ref;
        ref.folderId = folders->first().id;
        ref.index = 5000;
        const auto message = (*source)->readMessage(ref);
        QVERIFY(!message.has_value());
        QVERIFY(message.error().message.contains(QStringLiteral("libyal_outlook.pst")));
    }
};

QTEST_GUILESS_MAIN(TestPstSource)
#include "TestPstSource.moc"
