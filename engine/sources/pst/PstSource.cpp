#include "sources/pst/PstSource.h"

#include "mapi/Tags.h"
#include "sources/pst/AnsiDecoder.h"
#include "sources/pst/FolderLister.h"
#include "sources/pst/MessageReader.h"
#include "sources/pst/Pff.h"
#include "sources/pst/PropertyConverter.h"
#include "sources/pst/ReadAhead.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>
#include <QtEndian>

#include <unordered_map>

namespace mig::pst {

using namespace mig::mapi;
using sources::ItemKind;
using sources::ItemRef;
using sources::SourceFolder;
using sources::SpecialFolder;

namespace {

QString hexNid(quint64 nid)
{
    return QStringLiteral("0x%1").arg(nid, 0, 16);
}

// Message-store and folder properties that name special folders (entry ids, MS-OXOSFLD).
constexpr quint16 kIpmSubtreeEntryId = 0x35E0;
constexpr quint16 kIpmOutboxEntryId = 0x35E2;
constexpr quint16 kIpmWastebasketEntryId = 0x35E3;
constexpr quint16 kIpmSentMailEntryId = 0x35E4;
constexpr quint16 kFinderEntryId = 0x35E7;
constexpr quint16 kAppointmentEntryId = 0x36D0;
constexpr quint16 kContactEntryId = 0x36D1;
constexpr quint16 kJournalEntryId = 0x36D2;
constexpr quint16 kNoteEntryId = 0x36D3;
constexpr quint16 kTaskEntryId = 0x36D4;
constexpr quint16 kDraftsEntryId = 0x36D7;
constexpr PropTag kAdditionalRenEntryIds = 0x36D81102;
constexpr int kAdditionalRenJunkIndex = 4;
constexpr PropTag kPstPassword = 0x67FF0003;
/// Column of the PST receive-folder table holding the target folder's node id (MS-PST 2.4.3.1).
constexpr PropTag kReceiveFolderNid = 0x66050003;
constexpr PropTag kMessageClass = PR_MESSAGE_CLASS;

/// The PST node id inside a 24-byte PST entry id (flags 4, provider uid 16, nid 4; MS-PST 2.2.2.3).
quint32 nidFromEntryId(const QByteArray &entryId)
{
    if (entryId.size() < 24)
        return 0;
    return qFromLittleEndian<quint32>(entryId.constData() + 20);
}

QString encodingName(uint8_t fileType)
{
    return fileType == LIBPFF_FILE_TYPE_32BIT ? QStringLiteral("ansi") : QStringLiteral("unicode");
}

QString encryptionName(uint8_t type)
{
    switch (type) {
    case LIBPFF_ENCRYPTION_TYPE_COMPRESSIBLE:
        return QStringLiteral("compressible");
    case LIBPFF_ENCRYPTION_TYPE_HIGH:
        return QStringLiteral("high");
    default:
        return QStringLiteral("none");
    }
}

QString formatName(uint8_t contentType)
{
    switch (contentType) {
    case LIBPFF_FILE_CONTENT_TYPE_OST:
        return QStringLiteral("ost");
    case LIBPFF_FILE_CONTENT_TYPE_PAB:
        return QStringLiteral("pab");
    default:
        return QStringLiteral("pst");
    }
}

/// How well a receive-folder table row's message class names the Inbox: "IPM.Note" best, then
/// "IPM"; 0 for any other class.
int receiveClassRank(const QString &messageClass)
{
    if (messageClass.compare(QLatin1String("IPM.Note"), Qt::CaseInsensitive) == 0)
        return 2;
    if (messageClass.compare(QLatin1String("IPM"), Qt::CaseInsensitive) == 0)
        return 1;
    return 0;
}

/// The smallest PST is far larger: header (512 bytes for ANSI) plus at least the root pages.
constexpr qint64 kMinimumFileSize = 512;

/// Folder trees deeper than this are treated as corrupt (Outlook limits nesting far below).
constexpr int kMaxFolderDepth = 300;

/// Refuses, with a specific reason, what cannot be a readable PST/OST file before libpff opens it
/// (libpff's own messages for these cases do not tell the user what is wrong).
Expected<void> checkPstFile(const QString &path)
{
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists())
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::pst", "%1: the file does not exist").arg(path), {} };
    if (fileInfo.isDir())
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::pst", "%1: is a directory, not a PST/OST file").arg(path), {} };
    {
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly))
            return Error { Error::Code::AccessDenied,
                QCoreApplication::translate("mig::pst", "%1: cannot be opened for reading").arg(path),
                probe.errorString() };
    }
    if (fileInfo.size() < kMinimumFileSize)
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: the file is too short (%2 bytes) to be a PST/OST file")
                .arg(path)
                .arg(fileInfo.size()),
            {} };
    pff::ErrorSlot error;
    const int signature = libpff_check_file_signature(QFile::encodeName(path).constData(), error.out());
    if (signature < 0)
        return error.toError(
            Error::Code::Corrupt, QCoreApplication::translate("mig::pst", "%1: cannot read the file header").arg(path));
    if (signature == 0)
        return Error { Error::Code::Unsupported,
            QCoreApplication::translate("mig::pst", "%1: not a PST/OST file (no Outlook data file signature)")
                .arg(path),
            {} };
    return {};
}

} // namespace

/// A corrupt file could warn about every folder; the list stays bounded.
constexpr qsizetype kMaxWarnings = 1000;

struct PstSource::Private {
    QString path;
    QString fileName;
    pff::File file;
    sources::SourceInfo info;
    std::unique_ptr<AnsiDecoder> decoder;
    std::shared_ptr<NamedPropertyMap> names = std::make_shared<NamedPropertyMap>();
    std::unique_ptr<PropertyConverter> converter;
    std::unordered_map<quint64, pff::Item> folderItems;
    std::optional<QList<SourceFolder>> folders;
    QHash<quint64, qsizetype> folderIndex;
    std::optional<QHash<quint64, SpecialFolder>> special;
    QStringList warnings;
    bool fullRead = false; ///< see Source::expectFullRead()
    int fileCodePage = 0;
    std::unique_ptr<ReadAhead> readAhead; ///< only for a full read of a folder with many items
    /// For a full read, the contents tables are read after the folder tree: enumerate() leaves the
    /// counts to listContents(), noting where each folder's warning about its contents table
    /// belongs in warnings, and starts a FolderLister once the tree turns out large.
    struct PendingCount {
        qsizetype folder;      ///< position in folders
        qsizetype warningSlot; ///< position in warnings
    };
    std::optional<QList<PendingCount>> pendingCounts;
    /// Contents tables the FolderLister read with its own handle: items() lists their messages from
    /// here, and openItem() opens those by node id (this handle never read those tables).
    std::unordered_map<quint64, FolderListing> listings;
    /// Kept until the source is closed, so that no one waits for its thread to end.
    std::unique_ptr<FolderLister> lister;
    QStringList readAheadWarnings;        ///< of the message readMessage() returned last

    QString where(const QString &folderPath, quint64 nid) const
    {
        return QCoreApplication::translate("mig::pst", "%1: folder \"%2\", node %3")
            .arg(fileName, folderPath, hexNid(nid));
    }
    void warn(const QString &text)
    {
        if (warnings.size() < kMaxWarnings)
            warnings.append(text);
    }
    Expected<void> enumerate(pff::Item item, const SourceFolder *parent, QSet<quint64> &seen);
    /// Fills folder's counts from its contents tables; the warning, if one is due.
    std::optional<QString> countItems(libpff_item_t *item, SourceFolder &folder);
    /// Fills folder's counts from counts read by either handle; the warning, if one is due.
    std::optional<QString> countListed(const FolderListing &listing, SourceFolder &folder) const;
    /// Counts the folders enumerate() left (pendingCounts), with the lister if there is one
    /// (taking turns with it).
    void listContents();
    Expected<libpff_item_t *> folderItem(quint64 folderId, QString *path = nullptr);
    Expected<pff::Item> openItem(const ItemRef &ref, QString &where);
    QString itemWhere(const QString &folderPath, const ItemRef &ref) const;
    Expected<mapi::Message> readHere(const ItemRef &ref);
    /// Opens the file with libpff and reads what SourceInfo reports about it.
    Expected<void> openFile(const QString &filePath);
    Expected<void> readFileInfo();
    void addSpecial(QHash<quint64, SpecialFolder> &map, quint32 nid, SpecialFolder role);
    // The steps of specialFolders(), each for one place a PST names special folders.
    /// Outbox, Deleted Items, Sent Items, ... from the entry ids on the message store.
    void addStoreFolders(QHash<quint64, SpecialFolder> &map);
    /// The Inbox's node id from the receive-folder table under rootItem; 0 when none is named.
    quint32 receiveFolder(libpff_item_t *rootItem);
    /// Calendar, Contacts, Drafts, Junk, ... from the entry ids on the root, Inbox and IPM subtree.
    void addHolderFolders(QHash<quint64, SpecialFolder> &map);
    void addJunkFolder(QHash<quint64, SpecialFolder> &map, libpff_item_t *holder, quint64 holderNid);
    /// Whether folder nid exists and is of containerClass or a subclass of it.
    bool hasContainerClass(quint32 nid, const char *containerClass) const;
};

PstSource::PstSource()
    : d(std::make_unique<Private>())
{
}

PstSource::~PstSource() = default;

Expected<std::unique_ptr<PstSource>> PstSource::open(const QString &path)
{
    if (auto usable = checkPstFile(path); !usable)
        return usable.error();
    std::unique_ptr<PstSource> source(new PstSource);
    if (auto opened = source->d->openFile(path); !opened)
        return opened.error();
    return source;
}

Expected<void> PstSource::Private::openFile(const QString &filePath)
{
    path = filePath;
    fileName = QFileInfo(filePath).fileName();
    const QByteArray encodedPath = QFile::encodeName(filePath);
    pff::ErrorSlot error;
    if (libpff_file_initialize(file.out(), error.out()) != 1)
        return error.toError(Error::Code::Internal,
            QCoreApplication::translate("mig::pst", "%1: cannot initialise the PST reader").arg(filePath));
    if (libpff_file_open(file.get(), encodedPath.constData(), LIBPFF_OPEN_READ, error.out()) != 1)
        return error.toError(Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: the PST/OST file is damaged and cannot be opened")
                .arg(filePath));
    if (auto read = readFileInfo(); !read)
        return read;
    pff::Item root;
    if (libpff_file_get_root_folder(file.get(), root.out(), error.out()) != 1)
        return error.toError(Error::Code::Corrupt,
            QCoreApplication::translate(
                "mig::pst", "%1: the root folder cannot be read: the file is truncated or damaged")
                .arg(filePath));
    return {};
}

Expected<void> PstSource::Private::readFileInfo()
{
    pff::ErrorSlot error;
    uint8_t fileType = 0;
    uint8_t contentType = 0;
    uint8_t encryption = 0;
    int codePage = 0;
    if (libpff_file_get_type(file.get(), &fileType, error.out()) != 1
        || libpff_file_get_content_type(file.get(), &contentType, error.out()) != 1
        || libpff_file_get_encryption_type(file.get(), &encryption, error.out()) != 1)
        return error.toError(Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: the PST/OST header cannot be read").arg(path));
    if (libpff_file_get_ascii_codepage(file.get(), &codePage, error.out()) != 1)
        codePage = 0;

    info.path = path;
    info.format = formatName(contentType);
    const QString encodingValue = encodingName(fileType);
    const QString encryptionValue = encryptionName(encryption);
    info.details.append({ QStringLiteral("encoding"), encodingValue, encodingValue });
    info.details.append({ QStringLiteral("encryption"), encryptionValue,
        QCoreApplication::translate("mig::pst", "encryption %1").arg(encryptionValue) });
    fileCodePage = codePage;
    decoder = std::make_unique<AnsiDecoder>(codePage);
    info.ansiCodePage = decoder->defaultCodePage();
    converter = std::make_unique<PropertyConverter>(*decoder, names);

    pff::Item store;
    if (libpff_file_get_message_store(file.get(), store.out(), nullptr) == 1) {
        const QByteArray password = PropertyConverter::rawValue(store.get(), propId(kPstPassword), PT_LONG);
        // A set password does not encrypt anything: the data stays readable.
        if (contentType != LIBPFF_FILE_CONTENT_TYPE_OST && password.size() == 4
            && qFromLittleEndian<quint32>(password.constData()) != 0)
            info.details.append({ QStringLiteral("password_protected"), QStringLiteral("yes"),
                QCoreApplication::translate("mig::pst", "password-protected (the data is readable)") });
    }
    return {};
}

sources::SourceInfo PstSource::info() const
{
    return d->info;
}

QStringList PstSource::takeWarnings()
{
    QStringList all = std::exchange(d->warnings, {});
    all += std::exchange(d->readAheadWarnings, {});
    all += d->converter->takeWarnings();
    return all;
}

void PstSource::expectFullRead()
{
    d->fullRead = true;
}

std::optional<QString> PstSource::Private::countItems(libpff_item_t *item, SourceFolder &folder)
{
    FolderListing counts;
    readCounts(item, counts);
    const std::optional<QString> warning = countListed(counts, folder);
    for (int i = 0; !fullRead && i < folder.itemCount; ++i) {
        pff::Item message;
        int sets = 0;
        // Opening the item reads its node; counting the record sets reads its property context
        // (with libpff's name-to-id lookup of every named property: the costly part). Skipped
        // for a full read: readMessage() reads every item anyway and reports the unreadable ones.
        if (libpff_folder_get_sub_message(item, i, message.out(), nullptr) != 1
            || libpff_item_get_number_of_record_sets(message.get(), &sets, nullptr) != 1)
            ++folder.unreadableCount;
    }
    return warning;
}

std::optional<QString> PstSource::Private::countListed(const FolderListing &listing, SourceFolder &folder) const
{
    std::optional<QString> warning;
    if (!listing.counted)
        warning = QCoreApplication::translate("mig::pst", "%1: the contents table cannot be read (%2)")
                      .arg(where(folder.path, folder.id), listing.countErrorText);
    folder.itemCount = listing.counted ? listing.count : 0;
    if (listing.associatedCounted)
        folder.associatedCount = listing.associatedCount;
    return warning;
}

void PstSource::Private::listContents()
{
    const QList<PendingCount> pending = std::exchange(pendingCounts, std::nullopt).value_or(QList<PendingCount>());
    QList<quint64> ids;
    for (const PendingCount &p : pending)
        ids.append(folders->at(p.folder).id);
    std::vector<std::optional<QString>> countWarnings(size_t(pending.size()));
    std::vector<bool> counted(size_t(pending.size()), false);
    const auto countHere = [&](qsizetype k) {
        SourceFolder &folder = (*folders)[pending.at(k).folder];
        countWarnings[size_t(k)] = countItems(folderItems.at(folder.id).get(), folder);
        counted[size_t(k)] = true;
    };
    std::vector<std::optional<FolderListing>> listed(size_t(pending.size()));
    if (lister) {
        lister->start(ids);
        while (const std::optional<qsizetype> k = lister->claimNext())
            countHere(*k);
        listed = lister->finish();
    }
    for (qsizetype k = 0; k < pending.size(); ++k) {
        if (counted[size_t(k)])
            continue;
        if (!listed[size_t(k)]) {
            countHere(k); // the lister could not read it: this handle's own word
            continue;
        }
        SourceFolder &folder = (*folders)[pending.at(k).folder];
        countWarnings[size_t(k)] = countListed(*listed[size_t(k)], folder);
        listings.insert_or_assign(folder.id, std::move(*listed[size_t(k)]));
    }
    // Each warning where enumerate() would have written it; then the bound warn() keeps.
    for (qsizetype k = pending.size() - 1; k >= 0; --k) {
        if (countWarnings[size_t(k)])
            warnings.insert(std::min(pending.at(k).warningSlot, warnings.size()), *countWarnings[size_t(k)]);
    }
    if (warnings.size() > kMaxWarnings)
        warnings.resize(kMaxWarnings);
}

Expected<void> PstSource::Private::enumerate(pff::Item item, const SourceFolder *parent, QSet<quint64> &seen)
{
    pff::ErrorSlot error;
    uint32_t nid = 0;
    if (libpff_item_get_identifier(item.get(), &nid, error.out()) != 1)
        return error.toError(Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: a folder below \"%2\" has no node id")
                .arg(fileName, parent ? parent->path : QString()));
    if (seen.contains(nid))
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: folder node %2 appears twice in the folder tree")
                .arg(fileName, hexNid(nid)),
            {} };
    seen.insert(nid);

    SourceFolder folder;
    folder.id = nid;
    folder.isRoot = parent == nullptr;
    folder.parentId = parent ? parent->id : 0;
    folder.depth = parent ? parent->depth + 1 : 0;
    PropertyBag properties;
    PropertyConverter::Context context;
    context.where = where(parent ? parent->path : QString(), nid);
    if (auto done = converter->appendItem(item.get(), properties, context); !done)
        warn(done.error().fullText());
    folder.name = properties.string(PR_DISPLAY_NAME).value_or(QString());
    folder.path = folder.isRoot  ? QString()
        : parent->path.isEmpty() ? folder.name
                                 : parent->path + QLatin1Char('/') + folder.name;
    folder.containerClass = properties.string(PR_CONTAINER_CLASS).value_or(QString());
    folder.hidden = properties.boolean(PR_ATTR_HIDDEN).value_or(false);
    folder.searchFolder = (nid & pff::NidTypeMask) == pff::NidTypeSearchFolder;
    if (pendingCounts) {
        pendingCounts->append({ folders->size(), warnings.size() });
        // Opens its handle while this one reads the rest of the tree.
        if (!lister && FolderLister::worthwhile(folders->size() + 1))
            lister = std::make_unique<FolderLister>(path);
    } else if (std::optional<QString> warning = countItems(item.get(), folder))
        warn(*warning);

    int subfolders = 0;
    if (libpff_folder_get_number_of_sub_folders(item.get(), &subfolders, error.out()) != 1) {
        warn(QCoreApplication::translate("mig::pst", "%1: the subfolder list cannot be read (%2)")
                 .arg(where(folder.path, nid), error.text()));
        subfolders = 0;
    }
    folder.subfolderCount = subfolders;
    folderIndex.insert(nid, folders->size());
    folders->append(folder);
    libpff_item_t *raw = item.get();
    folderItems.insert_or_assign(nid, std::move(item));

    if (folder.depth >= kMaxFolderDepth)
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: the folder tree is nested deeper than %2 levels")
                .arg(fileName)
                .arg(kMaxFolderDepth),
            {} };
    for (int i = 0; i < subfolders; ++i) {
        pff::Item child;
        if (libpff_folder_get_sub_folder(raw, i, child.out(), error.out()) != 1) {
            warn(QCoreApplication::translate("mig::pst", "%1: subfolder %2 cannot be read (%3)")
                     .arg(where(folder.path, nid))
                     .arg(i + 1)
                     .arg(error.text()));
            continue;
        }
        if (auto done = enumerate(std::move(child), &folder, seen); !done)
            return done;
    }
    return {};
}

Expected<QList<SourceFolder>> PstSource::folders()
{
    if (d->folders)
        return *d->folders;
    pff::ErrorSlot error;
    pff::Item root;
    if (libpff_file_get_root_folder(d->file.get(), root.out(), error.out()) != 1)
        return error.toError(Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: the root folder cannot be read").arg(d->path));
    d->folders.emplace();
    if (d->fullRead && FolderLister::possible())
        d->pendingCounts.emplace();
    QSet<quint64> seen;
    if (auto done = d->enumerate(std::move(root), nullptr, seen); !done) {
        d->folders.reset();
        d->folderItems.clear();
        d->folderIndex.clear();
        d->pendingCounts.reset();
        d->lister.reset();
        return done.error();
    }
    if (d->pendingCounts)
        d->listContents();
    return *d->folders;
}

Expected<libpff_item_t *> PstSource::Private::folderItem(quint64 folderId, QString *path)
{
    if (!folders) {
        // folders() fills the cache of folder items.
        return Error { Error::Code::Internal,
            QCoreApplication::translate("mig::pst", "%1: folders() must be called before reading folders")
                .arg(fileName),
            {} };
    }
    const auto it = folderItems.find(folderId);
    if (it == folderItems.end())
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::pst", "%1: there is no folder with node id %2")
                .arg(fileName, hexNid(folderId)),
            {} };
    if (path)
        *path = folders->at(folderIndex.value(folderId)).path;
    return it->second.get();
}

Expected<mapi::Folder> PstSource::readFolder(quint64 folderId)
{
    if (!d->folders) {
        if (auto all = folders(); !all)
            return all.error();
    }
    QString path;
    auto item = d->folderItem(folderId, &path);
    if (!item)
        return item.error();
    mapi::Folder folder;
    folder.namedProperties = d->names;
    PropertyConverter::Context context;
    context.where = d->where(path, folderId);
    if (auto done = d->converter->appendItem(*item, folder.properties, context); !done)
        return done.error();
    return folder;
}

Expected<QList<ItemRef>> PstSource::items(quint64 folderId, ItemKind kind)
{
    if (!d->folders) {
        if (auto all = folders(); !all)
            return all.error();
    }
    QString path;
    auto item = d->folderItem(folderId, &path);
    if (!item)
        return item.error();
    const bool associated = kind == ItemKind::Associated;
    // The contents table as the FolderLister read it, else as this handle reads it.
    FolderListing::Table table;
    const auto listed = d->listings.find(folderId);
    if (listed != d->listings.end() && !associated) {
        table = listed->second.messages;
    } else {
        // libpff words a failure differently once the number was asked for: a folder counted by
        // the lister is asked here as countItems() would have asked this handle.
        int counted = 0;
        if (listed != d->listings.end())
            libpff_folder_get_number_of_sub_associated_contents(*item, &counted, nullptr);
        table = readContentsTable(*item, associated);
    }
    if (!table.read)
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: the contents table cannot be read")
                .arg(d->where(path, folderId)),
            table.errorText };
    QList<ItemRef> refs;
    refs.reserve(table.entries.size());
    for (qsizetype i = 0; i < table.entries.size(); ++i) {
        const FolderListing::Entry &entry = table.entries.at(i);
        ItemRef ref;
        ref.folderId = folderId;
        ref.index = int(i);
        ref.kind = kind;
        ref.id = entry.id;
        // Items whose properties cannot be read are found by readMessage(); probing them here as
        // well would read every item's property context once more.
        if (!entry.opened || ref.id == 0) {
            ref.readable = false;
            ref.problem = QCoreApplication::translate("mig::pst", "%1, item %2: the item cannot be read")
                              .arg(d->where(path, ref.id))
                              .arg(i + 1);
            if (!entry.errorText.isEmpty())
                ref.problem += QStringLiteral(" (%1)").arg(entry.errorText);
        }
        refs.append(ref);
    }
    if (const int workers = d->fullRead && !d->readAhead ? ReadAhead::workersFor(int(refs.size())) : 0; workers > 0)
        d->readAhead = std::make_unique<ReadAhead>(d->path, d->fileCodePage, workers);
    // Opening the workers' handles pays off only for a folder of many items; once they are open,
    // every later folder of two items or more is read ahead as well.
    if (d->readAhead && refs.size() >= 2) {
        QStringList whereTexts;
        whereTexts.reserve(refs.size());
        for (const ItemRef &ref : std::as_const(refs))
            whereTexts.append(d->itemWhere(path, ref));
        d->readAhead->schedule(folderId, refs, whereTexts);
    }
    return refs;
}

Expected<pff::Item> PstSource::Private::openItem(const ItemRef &ref, QString &whereText)
{
    QString path;
    auto folder = folderItem(ref.folderId, &path);
    if (!folder)
        return folder.error();
    whereText = itemWhere(path, ref);
    if (!ref.readable)
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: the item cannot be read").arg(whereText), ref.problem };
    pff::ErrorSlot error;
    pff::Item message;
    // A message of a folder the FolderLister listed: this handle never read that contents table,
    // so the message is opened by the node id found there (the same descriptor).
    const int got = ref.kind == ItemKind::Normal && listings.count(ref.folderId) != 0
        ? libpff_file_get_item_by_identifier(file.get(), uint32_t(ref.id), message.out(), error.out())
        : ref.kind == ItemKind::Associated
        ? libpff_folder_get_sub_associated_content(*folder, ref.index, message.out(), error.out())
        : libpff_folder_get_sub_message(*folder, ref.index, message.out(), error.out());
    if (got != 1)
        return error.toError(Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: the item cannot be read").arg(whereText));
    uint32_t nid = 0;
    if (libpff_item_get_identifier(message.get(), &nid, error.out()) != 1 || (ref.id != 0 && nid != ref.id))
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::pst", "%1: the item's node id does not match the folder's contents")
                .arg(whereText),
            error.text() };
    return message;
}

QString PstSource::Private::itemWhere(const QString &folderPath, const ItemRef &ref) const
{
    return where(folderPath, ref.id) + QCoreApplication::translate("mig::pst", ", item %1").arg(ref.index + 1);
}

Expected<mapi::Message> PstSource::Private::readHere(const ItemRef &ref)
{
    QString whereText;
    auto item = openItem(ref, whereText);
    if (!item)
        return item.error();
    MessageReader reader(*converter, *decoder, whereText);
    return reader.read(item->get());
}

Expected<mapi::Message> PstSource::readMessage(const ItemRef &ref)
{
    if (d->readAhead) {
        auto taken = d->readAhead->take(ref, [this](const ItemRef &later) -> std::optional<ReadAhead::Taken> {
            // A later item, read while a worker finishes this one; kept with its own warnings.
            auto message = d->readHere(later);
            QStringList warnings = d->converter->takeWarnings();
            if (!message)
                return std::nullopt; // read again when its turn comes, for the error's sake
            return ReadAhead::Taken { std::move(*message), std::move(warnings) };
        });
        if (taken) {
            d->readAheadWarnings = std::move(taken->warnings);
            return std::move(taken->message);
        }
    }
    return d->readHere(ref);
}

Expected<sources::MessageSummary> PstSource::readSummary(const ItemRef &ref)
{
    QString whereText;
    auto item = d->openItem(ref, whereText);
    if (!item)
        return item.error();
    MessageReader reader(*d->converter, *d->decoder, whereText);
    auto properties = reader.readProperties(item->get());
    if (!properties)
        return properties.error();
    sources::MessageSummary summary;
    summary.subject = properties->string(PR_SUBJECT).value_or(QString());
    summary.sender = properties->string(PR_SENDER_NAME)
                         .value_or(properties->string(PR_SENT_REPRESENTING_NAME).value_or(QString()));
    for (const PropTag tag : { PR_MESSAGE_DELIVERY_TIME, PR_CLIENT_SUBMIT_TIME, PR_CREATION_TIME }) {
        if (const auto filetime = properties->int64(tag)) {
            // FILETIME: 100 ns units since 1601-01-01.
            constexpr qint64 kUnixEpochInFiletime = 116444736000000000LL;
            summary.date = QDateTime::fromMSecsSinceEpoch((*filetime - kUnixEpochInFiletime) / 10000, Qt::UTC);
            break;
        }
    }
    summary.size = properties->int32(PR_MESSAGE_SIZE).value_or(0);
    summary.messageClass = properties->string(PR_MESSAGE_CLASS).value_or(QString());
    int attachments = 0;
    if (libpff_message_get_number_of_attachments(item->get(), &attachments, nullptr) == 1)
        summary.attachmentCount = attachments;
    return summary;
}

void PstSource::Private::addSpecial(QHash<quint64, SpecialFolder> &map, quint32 nid, SpecialFolder role)
{
    // Only folders that exist and have no role yet (the first source of a fact wins).
    if (nid != 0 && folderIndex.contains(nid) && !map.contains(nid))
        map.insert(nid, role);
}

QHash<quint64, SpecialFolder> PstSource::specialFolders()
{
    if (d->special)
        return *d->special;
    QHash<quint64, SpecialFolder> map;
    auto all = folders();
    if (!all)
        return map;
    for (const SourceFolder &folder : *all) {
        if (folder.isRoot)
            map.insert(folder.id, SpecialFolder::Root);
    }
    d->addStoreFolders(map);
    pff::Item rootItem;
    if (libpff_file_get_root_item(d->file.get(), rootItem.out(), nullptr) == 1)
        d->addSpecial(map, d->receiveFolder(rootItem.get()), SpecialFolder::Inbox);
    d->addHolderFolders(map);
    d->converter->takeWarnings(); // warnings about these folders surface again when they are converted
    d->special = map;
    return map;
}

void PstSource::Private::addStoreFolders(QHash<quint64, SpecialFolder> &map)
{
    pff::Item store;
    if (libpff_file_get_message_store(file.get(), store.out(), nullptr) != 1)
        return;
    const std::pair<quint16, SpecialFolder> storeIds[] = {
        { kIpmSubtreeEntryId, SpecialFolder::IpmSubtree },
        { kIpmOutboxEntryId, SpecialFolder::Outbox },
        { kIpmWastebasketEntryId, SpecialFolder::DeletedItems },
        { kIpmSentMailEntryId, SpecialFolder::SentItems },
        { kFinderEntryId, SpecialFolder::Finder },
    };
    for (const auto &[id, role] : storeIds)
        addSpecial(map, nidFromEntryId(PropertyConverter::rawValue(store.get(), id, PT_BINARY)), role);
}

quint32 PstSource::Private::receiveFolder(libpff_item_t *rootItem)
{
    // The receive-folder table (NID type 0x0B, a child of the node tree's root) names the Inbox: the
    // row for "IPM.Note" preferred, else "IPM"; the row for "" points at the root (gxmt-format.md §4.6).
    int children = 0;
    libpff_item_get_number_of_sub_items(rootItem, &children, nullptr);
    quint32 inbox = 0;
    int bestMatch = 0;
    for (int i = 0; i < children; ++i) {
        pff::Item child;
        uint32_t nid = 0;
        if (libpff_item_get_sub_item(rootItem, i, child.out(), nullptr) != 1
            || libpff_item_get_identifier(child.get(), &nid, nullptr) != 1
            || (nid & pff::NidTypeMask) != pff::NidTypeReceiveFolderTable)
            continue;
        PropertyConverter::Context context;
        context.where = QCoreApplication::translate("mig::pst", "%1: receive-folder table").arg(fileName);
        auto rows = converter->rows(child.get(), context);
        if (!rows)
            continue;
        for (const PropertyBag &row : *rows) {
            const auto messageClass = row.string(kMessageClass);
            const auto target = row.int32(kReceiveFolderNid);
            if (!messageClass || !target)
                continue;
            const int match = receiveClassRank(*messageClass);
            if (match > bestMatch) {
                bestMatch = match;
                inbox = quint32(*target);
            }
        }
    }
    return inbox;
}

void PstSource::Private::addHolderFolders(QHash<quint64, SpecialFolder> &map)
{
    // Calendar, Contacts, ... are named by entry ids on the Inbox and on the root folder (MS-OXOSFLD 2.2.3);
    // pff2mt does not use them. Some PSTs carry stale ids (libyal_outlook.pst points "Calendar" at a
    // mail folder), so a folder is only accepted when its container class fits the role.
    QList<quint64> holders;
    for (const SpecialFolder role : { SpecialFolder::Root, SpecialFolder::Inbox, SpecialFolder::IpmSubtree }) {
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (it.value() == role)
                holders.append(it.key());
        }
    }
    struct ClassBound {
        quint16 id;
        SpecialFolder role;
        const char *containerClass;
    };
    const ClassBound folderIds[] = {
        { kAppointmentEntryId, SpecialFolder::Calendar, "IPF.Appointment" },
        { kContactEntryId, SpecialFolder::Contacts, "IPF.Contact" },
        { kJournalEntryId, SpecialFolder::Journal, "IPF.Journal" },
        { kNoteEntryId, SpecialFolder::Notes, "IPF.StickyNote" },
        { kTaskEntryId, SpecialFolder::Tasks, "IPF.Task" },
        { kDraftsEntryId, SpecialFolder::Drafts, "IPF.Note" },
    };
    for (const quint64 holder : holders) {
        libpff_item_t *item = folderItems.at(holder).get();
        for (const ClassBound &bound : folderIds) {
            const quint32 nid = nidFromEntryId(PropertyConverter::rawValue(item, bound.id, PT_BINARY));
            if (hasContainerClass(nid, bound.containerClass))
                addSpecial(map, nid, bound.role);
        }
        addJunkFolder(map, item, holder);
    }
}

void PstSource::Private::addJunkFolder(QHash<quint64, SpecialFolder> &map, libpff_item_t *holder, quint64 holderNid)
{
    // The Junk folder has no entry id property of its own: it is one slot of a multi-value list.
    PropertyBag bag;
    PropertyConverter::Context context;
    context.where = where(QString(), holderNid);
    if (!converter->appendItem(holder, bag, context))
        return;
    const Property *ren = bag.find(kAdditionalRenEntryIds);
    if (!ren)
        return;
    if (const auto *list = ren->get<QList<QByteArray>>(); list && list->size() > kAdditionalRenJunkIndex) {
        const quint32 nid = nidFromEntryId(list->at(kAdditionalRenJunkIndex));
        if (hasContainerClass(nid, "IPF.Note"))
            addSpecial(map, nid, SpecialFolder::Junk);
    }
}

bool PstSource::Private::hasContainerClass(quint32 nid, const char *containerClass) const
{
    const auto index = folderIndex.constFind(nid);
    if (index == folderIndex.constEnd())
        return false;
    const QString actual = folders->at(*index).containerClass;
    const QString wanted = QLatin1String(containerClass);
    return actual.compare(wanted, Qt::CaseInsensitive) == 0
        || actual.startsWith(wanted + QLatin1Char('.'), Qt::CaseInsensitive);
}

} // namespace mig::pst
