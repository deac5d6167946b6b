#include "sources/Converter.h"
#include "sources/StreamNids.h"

#include "gxmt/FolderNameKey.h"
#include "mapi/Tags.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

namespace mig::sources {

namespace {

quint64 targetFolderOf(SpecialFolder role)
{
    switch (role) {
    case SpecialFolder::Root:
        return gxmt::FidRoot;
    case SpecialFolder::IpmSubtree:
        return gxmt::FidIpmSubtree;
    case SpecialFolder::Inbox:
        return gxmt::FidInbox;
    case SpecialFolder::Outbox:
        return gxmt::FidOutbox;
    case SpecialFolder::SentItems:
        return gxmt::FidSentItems;
    case SpecialFolder::DeletedItems:
        return gxmt::FidDeletedItems;
    case SpecialFolder::Finder:
        return gxmt::FidFinder;
    case SpecialFolder::Calendar:
        return gxmt::FidCalendar;
    case SpecialFolder::Contacts:
        return gxmt::FidContacts;
    case SpecialFolder::Journal:
        return gxmt::FidJournal;
    case SpecialFolder::Notes:
        return gxmt::FidNotes;
    case SpecialFolder::Tasks:
        return gxmt::FidTasks;
    case SpecialFolder::Drafts:
        return gxmt::FidDrafts;
    case SpecialFolder::Junk:
        return gxmt::FidJunk;
    }
    return 0;
}

QString roleName(SpecialFolder role)
{
    switch (role) {
    case SpecialFolder::Root:
        return QCoreApplication::translate("mig::sources", "the mailbox root");
    case SpecialFolder::IpmSubtree:
        return QCoreApplication::translate("mig::sources", "Top of Information Store");
    case SpecialFolder::Inbox:
        return QCoreApplication::translate("mig::sources", "Inbox");
    case SpecialFolder::Outbox:
        return QCoreApplication::translate("mig::sources", "Outbox");
    case SpecialFolder::SentItems:
        return QCoreApplication::translate("mig::sources", "Sent Items");
    case SpecialFolder::DeletedItems:
        return QCoreApplication::translate("mig::sources", "Deleted Items");
    case SpecialFolder::Finder:
        return QCoreApplication::translate("mig::sources", "Finder");
    case SpecialFolder::Calendar:
        return QCoreApplication::translate("mig::sources", "Calendar");
    case SpecialFolder::Contacts:
        return QCoreApplication::translate("mig::sources", "Contacts");
    case SpecialFolder::Journal:
        return QCoreApplication::translate("mig::sources", "Journal");
    case SpecialFolder::Notes:
        return QCoreApplication::translate("mig::sources", "Notes");
    case SpecialFolder::Tasks:
        return QCoreApplication::translate("mig::sources", "Tasks");
    case SpecialFolder::Drafts:
        return QCoreApplication::translate("mig::sources", "Drafts");
    case SpecialFolder::Junk:
        return QCoreApplication::translate("mig::sources", "Junk E-mail");
    }
    return {};
}

/// An encoding problem of one object leaves the stream usable; anything else (the sink failed) does not.
bool isObjectError(const Error &error)
{
    return error.code == Error::Code::InvalidArgument || error.code == Error::Code::Unsupported;
}

constexpr int kMaxWarningsPerSource = 500;

struct PlannedFolder {
    SourceFolder folder;
    quint64 nid = 0;
    quint32 parentType = gxmt::kObjectFolder;
    quint64 parentNid = 0;
    bool write = false;
    QString skipReason;
    QString frameName; ///< replaces PR_DISPLAY_NAME in the frame when not empty
    QString placement;
};

struct PlannedSource {
    Source *source = nullptr;
    QString name;
    StreamNids nids;
    QList<PlannedFolder> folders;
};

/// base, or "base (2)", "base (3)", ... when a sibling under parentNid already has that name; the
/// name returned is recorded in siblingNames. Gromox refuses (or, when splicing, merges)
/// same-named siblings; flat OSTs have them.
QString uniqueSiblingName(QSet<QString> &siblingNames, quint64 parentNid, const QString &base)
{
    const auto key = [&](const QString &name) -> QString {
        return QString::number(parentNid) + QLatin1Char('/') + gxmt::folderNameKey(name);
    };
    QString unique = base;
    for (int n = 2; siblingNames.contains(key(unique)); ++n)
        unique = QStringLiteral("%1 (%2)").arg(base).arg(n);
    siblingNames.insert(key(unique));
    return unique;
}

void addReason(FolderReport &report, const QString &reason, int count)
{
    if (count <= 0)
        return;
    report.skipReasons.append(
        QCoreApplication::translate("mig::sources", "%n item(s): %1", nullptr, count).arg(reason));
}

} // namespace

int ConversionReport::converted() const
{
    int n = 0;
    for (const SourceReport &s : sources)
        n += s.converted;
    return n;
}

int ConversionReport::skipped() const
{
    int n = 0;
    for (const SourceReport &s : sources)
        n += s.skipped;
    return n;
}

int ConversionReport::failed() const
{
    int n = 0;
    for (const SourceReport &s : sources)
        n += s.failed;
    return n;
}

int ConversionReport::resumed() const
{
    int n = 0;
    for (const SourceReport &s : sources)
        n += s.resumed;
    return n;
}

struct Converter::Private {
    ConversionOptions options;
    QList<PlannedSource> sources;
    QList<gxmt::FolderMapEntry> folderMap;
    QSet<quint64> splicedTargets; ///< GCVs already taken by a create = 0 entry
    QStringList rootNames;        ///< new root folder per source (new-root mode)
    QSet<QString> rootKeys;       ///< gxmt::folderNameKey() of every root name given out
    quint64 itemsTotal = 0;

    // Running state.
    ConversionProgress progress;
    /// Whether the first item after the resume point has been reached. Until then everything but
    /// folder frames (e.g. counting items a folder's table announced but did not list) was done
    /// by the stopped run, which ended exactly at that item.
    bool pastResumePoint = true;

    void tick(const QString &path, quint64 bytes)
    {
        ++progress.itemsDone;
        progress.bytesWritten = bytes;
        progress.folderPath = path;
        if (options.progress)
            options.progress(progress);
    }
    bool canceled() const { return options.isCanceled && options.isCanceled(); }
    /// True (and the slot is counted as resumed) when the next item slot lies before the resume point.
    bool passOver(FolderReport &folderReport, const QString &path, quint64 bytes)
    {
        if (progress.itemsDone >= options.resumeAfterItems)
            return false;
        ++folderReport.resumed;
        tick(path, bytes);
        return true;
    }
    /// Consumes count slots that are not converted (skipped or failed wholesale); returns how many
    /// of them lie after the resume point, i.e. are to be counted by this run.
    int consumeSlots(FolderReport &folderReport, const QString &path, quint64 bytes, int count)
    {
        int counted = 0;
        for (int i = 0; i < count; ++i) {
            if (!passOver(folderReport, path, bytes)) {
                ++counted;
                tick(path, bytes);
            }
        }
        return counted;
    }
    QString rootName(const QString &sourceName, qsizetype index) const;
    const mapi::Message &withAddressesRewritten(mapi::Message &message, SourceReport &report) const
    {
        if (options.addresses)
            options.addresses->rewrite(message, report.addresses);
        return message;
    }
    QString numberedRootName(const QString &sourceName, int n) const;
    // The folder plan of addSource().
    /// Places a source's root (spliced or a new folder); returns the new root's name, or an
    /// empty string when spliced.
    QString planRoot(PlannedFolder &pf, const QHash<quint64, SpecialFolder> &special, const QString &sourceName);
    /// Why a non-root folder is not converted; empty when it is.
    QString skipReason(const SourceFolder &folder, const PlannedFolder *parent,
        const QHash<quint64, SpecialFolder> &special) const;
    /// Places a converted non-root folder: into its special folder, or as a uniquely named new one.
    void planChild(PlannedFolder &pf, const PlannedFolder &parent, const QHash<quint64, SpecialFolder> &special,
        QSet<QString> &siblingNames);
    Expected<bool> convertItems(PlannedSource &ps, const PlannedFolder &pf, ItemKind kind, gxmt::Writer &writer,
        SourceReport &report, FolderReport &folderReport);
};

Converter::Converter(ConversionOptions options)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    if (!d->options.placement.now.isValid())
        d->options.placement.now = QDateTime::currentDateTime();
}

Converter::~Converter() = default;

QString Converter::Private::rootName(const QString &sourceName, qsizetype index) const
{
    const PlacementOptions &p = options.placement;
    if (!p.rootFolderNames.value(index).isEmpty())
        return p.rootFolderNames.at(index); // a resumed run reuses the names it started with
    // Root folders are siblings in the mailbox: Gromox refuses a second one of the same name (case
    // and trailing dots ignored), which two sources named alike (d1/archive.pst, d2/archive.pst)
    // would otherwise produce. The n-th name of a kind gets " (n)".
    for (int n = 1;; ++n) {
        const QString name = numberedRootName(sourceName, n);
        if (!rootKeys.contains(gxmt::folderNameKey(name)))
            return name;
    }
}

QString Converter::Private::numberedRootName(const QString &sourceName, int n) const
{
    const PlacementOptions &p = options.placement;
    const QString number = n > 1 ? QStringLiteral(" (%1)").arg(n) : QString();
    if (!p.targetFolderName.isEmpty())
        return p.targetFolderName + number;
    // gromox-pff2mt's wording (gxmt-format.md §4.6), local time, with milliseconds so that an
    // import repeated within the same second (a quick retry) does not collide with the first.
    return QStringLiteral("Import of %1%2 @%3")
        .arg(sourceName, number, p.now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")));
}

Expected<void> Converter::addSource(Source &source, const QString &name)
{
    // Every item is read below, in order; unreadable ones surface there as failed reads.
    source.expectFullRead();
    auto folders = source.folders();
    if (!folders)
        return folders.error();
    const bool splice = d->options.placement.splice;
    PlannedSource ps;
    ps.source = &source;
    ps.name = name;
    ps.nids = StreamNids(quint64(d->sources.size()), source.idsAreStreamNids());
    const QHash<quint64, SpecialFolder> special = splice ? source.specialFolders() : QHash<quint64, SpecialFolder>();

    QHash<quint64, qsizetype> byId;
    QSet<QString> siblingNames; // "<parent nid>/<lower-case name>" of folders created by name
    QString sourceRoot;
    for (const SourceFolder &folder : *folders) {
        PlannedFolder pf;
        pf.folder = folder;
        pf.nid = ps.nids.folderNid(folder.id);
        d->itemsTotal += quint64(folder.itemCount + folder.associatedCount);
        if (folder.isRoot) {
            sourceRoot = d->planRoot(pf, special, name);
        } else {
            // A parent not planned before its child (absent, or listed later) counts as not converted.
            const auto it = byId.constFind(folder.parentId);
            const PlannedFolder *parent = it == byId.constEnd() ? nullptr : &ps.folders.at(*it);
            pf.skipReason = d->skipReason(folder, parent, special);
            if (pf.skipReason.isEmpty())
                d->planChild(pf, *parent, special, siblingNames);
        }
        if (!pf.write)
            pf.placement = QCoreApplication::translate("mig::sources", "skipped: %1").arg(pf.skipReason);
        byId.insert(folder.id, ps.folders.size());
        ps.folders.append(pf);
    }
    if (!splice)
        d->rootNames.append(sourceRoot);
    d->sources.append(std::move(ps));
    return {};
}

QString Converter::Private::planRoot(
    PlannedFolder &pf, const QHash<quint64, SpecialFolder> &special, const QString &sourceName)
{
    const PlacementOptions &placement = options.placement;
    pf.write = true;
    pf.parentType = gxmt::kObjectStore;
    pf.parentNid = 0;
    if (placement.splice) {
        // A source whose root is the top of the folder tree (an IMAP account) says so.
        const SpecialFolder rootRole = special.value(pf.folder.id, SpecialFolder::Root) == SpecialFolder::IpmSubtree
            ? SpecialFolder::IpmSubtree
            : SpecialFolder::Root;
        folderMap.append({ pf.nid, false, targetFolderOf(rootRole), QString() });
        pf.placement = QCoreApplication::translate("mig::sources", "spliced into %1").arg(roleName(rootRole));
        return {};
    }
    const QString newRoot = rootName(sourceName, sources.size());
    rootKeys.insert(gxmt::folderNameKey(newRoot));
    folderMap.append({ pf.nid, true, placement.unanchoredRoot ? gxmt::kUnanchored : gxmt::FidIpmSubtree, newRoot });
    pf.placement = QCoreApplication::translate("mig::sources", "new folder \"%1\"").arg(newRoot);
    pf.frameName = newRoot;
    return newRoot;
}

QString Converter::Private::skipReason(
    const SourceFolder &folder, const PlannedFolder *parent, const QHash<quint64, SpecialFolder> &special) const
{
    if (parent == nullptr || !parent->write)
        return QCoreApplication::translate("mig::sources", "inside a folder that is not converted");
    if (folder.searchFolder)
        return QCoreApplication::translate("mig::sources", "search folder");
    if (folder.hidden && !options.placement.withHidden && !special.contains(folder.id))
        return QCoreApplication::translate("mig::sources", "hidden folder (PR_ATTR_HIDDEN)");
    return {};
}

void Converter::Private::planChild(PlannedFolder &pf, const PlannedFolder &parent,
    const QHash<quint64, SpecialFolder> &special, QSet<QString> &siblingNames)
{
    const SourceFolder &folder = pf.folder;
    pf.write = true;
    pf.parentNid = parent.nid;
    const auto role = special.constFind(folder.id);
    const quint64 target = role == special.constEnd() ? 0 : targetFolderOf(*role);
    // Only the first folder of a role is spliced into its special folder; others become new folders.
    if (target != 0 && !splicedTargets.contains(target)) {
        splicedTargets.insert(target);
        folderMap.append({ pf.nid, false, target, QString() });
        pf.placement = QCoreApplication::translate("mig::sources", "spliced into %1").arg(roleName(*role));
        return;
    }
    const QString base = folder.name.isEmpty() ? QStringLiteral("Unnamed folder %1").arg(folder.id) : folder.name;
    const QString unique = uniqueSiblingName(siblingNames, pf.parentNid, base);
    if (unique != folder.name)
        pf.frameName = unique;
    pf.placement = unique == base ? QCoreApplication::translate("mig::sources", "new folder")
                                  : QCoreApplication::translate("mig::sources", "new folder \"%1\"").arg(unique);
}

QStringList Converter::rootFolderNames() const
{
    return d->rootNames;
}

gxmt::StreamHeader Converter::streamHeader(gxmt::Revision revision) const
{
    gxmt::StreamHeader header;
    header.revision = revision;
    header.splice = d->options.placement.splice;
    header.publicStore = false; // a PST is never a public store
    header.folderMap = d->folderMap;
    return header;
}

Expected<bool> Converter::Private::convertItems(PlannedSource &ps, const PlannedFolder &pf, ItemKind kind,
    gxmt::Writer &writer, SourceReport &report, FolderReport &folderReport)
{
    const int expected = kind == ItemKind::Normal ? pf.folder.itemCount : pf.folder.associatedCount;
    auto refs = ps.source->items(pf.folder.id, kind);
    if (!refs) {
        const int failed = consumeSlots(folderReport, pf.folder.path, writer.stats().bytes, expected);
        folderReport.failed += failed;
        if (failed > 0)
            report.failures.append({ pf.folder.path, 0, refs.error().fullText() });
        return true;
    }
    QMap<QString, int> skipReasons; // one report line per reason, with its count
    const auto reportSkips = [&]() {
        for (auto it = skipReasons.constBegin(); it != skipReasons.constEnd(); ++it)
            addReason(folderReport, it.key(), it.value());
    };
    for (const ItemRef &ref : *refs) {
        if (passOver(folderReport, pf.folder.path, writer.stats().bytes))
            continue;
        // Only here may a conversion stop: itemsDone is then the exact boundary of what was sent.
        if (canceled()) {
            reportSkips();
            return false;
        }
        pastResumePoint = true;
        ItemOutcome outcome { ItemOutcome::Kind::Converted, progress.sourceIndex, pf.folder.id, pf.folder.path, &ref, {} };
        auto fail = [&](const QString &reason, Error::Code code) {
            ++folderReport.failed;
            report.failures.append({ pf.folder.path, ref.id, reason });
            outcome.kind = ItemOutcome::Kind::Failed;
            outcome.failure = code;
        };
        if (!ref.skipReason.isEmpty()) {
            ++folderReport.skipped;
            ++skipReasons[ref.skipReason];
            outcome.kind = ItemOutcome::Kind::Skipped;
        } else if (!ref.readable) {
            fail(ref.problem, Error::Code::NotFound);
        } else if (auto message = ps.source->readMessage(ref); !message) {
            fail(message.error().fullText(), message.error().code);
        } else if (auto written = writer.writeMessage(ps.nids.messageNid(ref.id), pf.nid, withAddressesRewritten(*message, report));
                   written) {
            ++folderReport.converted;
            ++progress.itemsConverted;
        } else if (isObjectError(written.error())) {
            fail(written.error().fullText(), written.error().code);
        } else {
            return written.error();
        }
        if (options.itemDone)
            options.itemDone(outcome);
        const QStringList warnings = ps.source->takeWarnings();
        for (const QString &w : warnings) {
            if (report.warnings.size() < kMaxWarningsPerSource)
                report.warnings.append(w);
        }
        tick(pf.folder.path, writer.stats().bytes);
    }
    reportSkips();
    // Entries the table announced but the reader did not list count as failed, too.
    if (refs->size() < expected && pastResumePoint) {
        const int missing = expected - int(refs->size());
        folderReport.failed += missing;
        report.failures.append({ pf.folder.path, 0,
            QCoreApplication::translate(
                "mig::sources", "%n item(s) listed in the contents table could not be enumerated", nullptr, missing) });
    }
    return true;
}

Expected<ConversionReport> Converter::run(gxmt::Writer &writer)
{
    ConversionReport result;
    d->progress = {};
    d->progress.itemsTotal = d->itemsTotal;
    d->pastResumePoint = d->options.resumeAfterItems == 0;
    if (auto header = writer.writeHeader(); !header)
        return header.error();
    for (PlannedSource &ps : d->sources) {
        d->progress.sourceIndex = int(result.sources.size());
        SourceReport report;
        report.name = ps.name;
        for (const PlannedFolder &pf : ps.folders) {
            FolderReport fr;
            fr.id = pf.folder.id;
            fr.path = pf.folder.path;
            fr.targetName = pf.frameName;
            fr.placement = pf.placement;
            if (!pf.frameName.isEmpty() && !pf.folder.isRoot)
                report.renamed.append(QStringLiteral("%1 → %2").arg(pf.folder.path, pf.frameName));
            if (!pf.write) {
                fr.skipped = d->consumeSlots(
                    fr, pf.folder.path, writer.stats().bytes, pf.folder.itemCount + pf.folder.associatedCount);
                addReason(fr, pf.skipReason, fr.skipped);
            } else {
                auto folder = ps.source->readFolder(pf.folder.id);
                mapi::Folder frame;
                if (folder) {
                    frame = std::move(*folder);
                } else {
                    // Keep the frame (its subfolders and items need it) with just a name.
                    report.warnings.append(folder.error().fullText());
                    frame.properties.set(mapi::PR_DISPLAY_NAME, pf.folder.name);
                }
                if (!pf.frameName.isEmpty())
                    frame.properties.set(mapi::PR_DISPLAY_NAME, pf.frameName);
                if (auto written = writer.writeFolder(pf.nid, pf.parentType, pf.parentNid, frame); !written)
                    return written.error();
                fr.written = true;
                // Entries the source left out on purpose (deleted in an mbox, trashed in a Maildir).
                if (pf.folder.skippedCount > 0) {
                    fr.skipped += pf.folder.skippedCount;
                    addReason(fr, pf.folder.skipReason, pf.folder.skippedCount);
                }
                auto normal = d->convertItems(ps, pf, ItemKind::Normal, writer, report, fr);
                if (!normal)
                    return normal.error();
                bool goOn = *normal;
                if (goOn && d->options.placement.withAssociated) {
                    auto associated = d->convertItems(ps, pf, ItemKind::Associated, writer, report, fr);
                    if (!associated)
                        return associated.error();
                    goOn = *associated;
                } else if (goOn) {
                    const int skipped
                        = d->consumeSlots(fr, pf.folder.path, writer.stats().bytes, pf.folder.associatedCount);
                    fr.skipped += skipped;
                    addReason(
                        fr, QCoreApplication::translate("mig::sources", "folder-associated (FAI) item"), skipped);
                }
                if (!goOn)
                    result.canceled = true;
            }
            report.converted += fr.converted;
            report.skipped += fr.skipped;
            report.failed += fr.failed;
            report.resumed += fr.resumed;
            report.folders.append(fr);
            if (result.canceled)
                break;
        }
        result.sources.append(report);
        if (result.canceled)
            break;
    }
    result.itemSlots = d->progress.itemsDone;
    result.stream = writer.stats();
    return result;
}

Expected<ConversionReport> convert(const QList<std::pair<Source *, QString>> &sources, gxmt::ByteSink &sink,
    gxmt::Revision revision, const ConversionOptions &options)
{
    if (sources.size() > 1 && revision != gxmt::Revision::V5)
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::sources",
                "Several sources in one stream need GXMT revision 5 (64-bit object ids); convert them one by one for "
                "older servers."),
            {} };
    Converter converter(options);
    for (const auto &[source, name] : sources) {
        if (auto added = converter.addSource(*source, name); !added)
            return added.error();
    }
    gxmt::Writer writer(sink, converter.streamHeader(revision));
    return converter.run(writer);
}

} // namespace mig::sources
