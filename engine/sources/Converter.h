#pragma once

#include "addressing/AddressRewriter.h"
#include "core/Expected.h"
#include "gxmt/Writer.h"
#include "sources/Source.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace mig::sources {

/// Where the converted folders land in the target mailbox (gxmt-format.md §4.6).
struct PlacementOptions {
    /// false: each source's root becomes a new folder (targetFolderName or "Import of <file> @<time>");
    /// true: the source's special folders are merged into the mailbox's own (root, IPM subtree,
    /// Inbox, Outbox, Sent, Deleted, Finder, and — unlike pff2mt — Calendar, Contacts, Journal,
    /// Notes, Tasks, Drafts, Junk where the source names them).
    bool splice = false;
    /// Name of the new root folder instead of "Import of <file name> @<YYYY-MM-DD>T<hh:mm:ss>".
    QString targetFolderName;
    /// Exact root folder names per source (index = order of addSource()), overriding both of the
    /// above where not empty: a resumed mailbox continues in the folders its first run created.
    QStringList rootFolderNames;
    /// true (Gromox 3.10+): the new root folder is created beneath the importer's anchor folder
    /// (fid_to = MAILBOX_FID_UNANCHORED); run gromox-import with `-B IPM_SUBTREE` to get it at the top
    /// of the mailbox. false: fid_to = IPM_SUBTREE (9), for Gromox up to 3.9.
    bool unanchoredRoot = true;
    /// Also convert folders with PR_ATTR_HIDDEN (and what they contain).
    bool withHidden = false;
    /// Also convert folder-associated (FAI) items: views, rules, forms. Off by default like pff2mt.
    bool withAssociated = false;
    /// Time stamp for the "Import of" name; the current local time when invalid.
    QDateTime now;
};

/// Progress of a running conversion, reported after every item.
struct ConversionProgress {
    quint64 itemsDone = 0;  ///< converted, skipped or failed so far
    quint64 itemsTotal = 0; ///< every item of every folder of every source
    quint64 itemsConverted = 0; ///< messages written into the stream so far (this run)
    quint64 bytesWritten = 0;
    QString folderPath;     ///< folder being converted
    int sourceIndex = 0;    ///< which source that folder belongs to (addSource() order)
};

/// What became of one item, for ConversionOptions::itemDone.
struct ItemOutcome {
    enum class Kind : quint8 { Converted, Skipped, Failed };
    Kind kind = Kind::Converted;
    int sourceIndex = 0;          ///< addSource() order
    quint64 folderId = 0;
    QString folderPath;
    const ItemRef *item = nullptr; ///< valid during the call only
    /// Failed: the kind of error. Network means the source could not be reached, not that the
    /// item is bad: a later run may get it.
    std::optional<Error::Code> failure;
};

/// How to convert.
struct ConversionOptions {
    PlacementOptions placement;
    /// Called after every item, on the converting thread.
    std::function<void(const ConversionProgress &)> progress;
    /// Checked before every item; returning true stops the conversion after the current item.
    std::function<bool()> isCanceled;
    /// Called for every item after the resume point, in stream order, on the converting thread:
    /// Converted items are the stream's message frames in that order.
    std::function<void(const ItemOutcome &)> itemDone;
    /// Resume point: the first this many item slots (ConversionReport::itemSlots of the stopped
    /// run) are passed over without reading or writing them; folder frames are still written so
    /// that later items find their folders. Counted in progress, not in converted/skipped/failed.
    /// Stopping is only possible once the point is passed, so a later point never lies before it.
    quint64 resumeAfterItems = 0;
    /// Rewrites EX (Exchange DN) addresses to SMTP in every message when set.
    std::shared_ptr<const addressing::AddressRewriter> addresses;
};

/// What happened to one item that was not converted.
struct ItemProblem {
    QString folderPath;
    quint64 itemId = 0; ///< source id (PST node id); 0 when unknown
    QString reason;
};

/// Outcome for one source folder.
struct FolderReport {
    quint64 id = 0;
    QString path;
    QString targetName;     ///< the name it gets in the target when it differs (renamed duplicate, "Import of ...")
    QString placement;      ///< "new folder", "spliced into Inbox", "skipped: hidden", ...
    bool written = false;   ///< its folder frame is in the stream
    int converted = 0;
    int skipped = 0;
    int failed = 0;
    int resumed = 0;        ///< passed over: handled by the run that was resumed
    QStringList skipReasons; ///< one line per distinct reason, with the count
};

/// Outcome for one source.
struct SourceReport {
    QString name;
    QList<FolderReport> folders;
    QList<ItemProblem> failures; ///< every failed item, with folder path and id
    QStringList warnings;        ///< dropped properties and other non-fatal problems
    QStringList renamed;         ///< "a/Invoices → Invoices (2)" for same-name siblings
    int converted = 0;
    int skipped = 0;
    int failed = 0;
    int resumed = 0;
    addressing::AddressStats addresses; ///< EX addresses rewritten and left unresolved
};

/// Outcome of a conversion.
struct ConversionReport {
    QList<SourceReport> sources;
    bool canceled = false;
    /// Item slots consumed from the very start, resumed ones included: the progress count, and
    /// after a cancel the exact boundary a resumed conversion continues from (resumeAfterItems).
    quint64 itemSlots = 0;
    gxmt::WriterStats stream;
    int converted() const;
    int skipped() const;
    int failed() const;
    int resumed() const;
};

/// Converts any number of Sources into one GXMT stream: folder map per PlacementOptions, then
/// depth-first one folder frame followed by that folder's messages, then its subfolders. Holds one
/// item in memory at a time. One unreadable or unencodable item is counted as failed and never
/// stops the conversion; only an output error (or a source whose folder tree cannot be read) does.
///
/// Stream nids are the sources' own ids (PST node ids); for the second and later source they are
/// offset by (index << 32) so several PSTs can share one stream. That needs 64-bit nids (GXMT0005):
/// with revision 3/4 only one source is accepted.
/// Use from one thread; the sources must outlive the converter.
class Converter final {
public:
    explicit Converter(ConversionOptions options);
    ~Converter();
    Converter(const Converter &) = delete;
    Converter &operator=(const Converter &) = delete;

    /// Adds a source (read its folder tree and plan the placement). name is used in the root
    /// folder's "Import of <name>" and in reports (usually the file name).
    Expected<void> addSource(Source &source, const QString &name);

    /// The header (splice flag, folder map) for the sources added so far.
    gxmt::StreamHeader streamHeader(gxmt::Revision revision) const;
    /// The names of the new root folders, one per source in addSource() order; empty in splice
    /// mode. Recorded so that a resumed run continues in the same folders.
    QStringList rootFolderNames() const;

    /// Writes every folder and item into writer (created with streamHeader()).
    /// Errors: an output error, or Canceled is NOT an error (report.canceled is set instead).
    Expected<ConversionReport> run(gxmt::Writer &writer);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Convenience: opens a Writer on sink with the right header and runs a Converter over sources.
Expected<ConversionReport> convert(const QList<std::pair<Source *, QString>> &sources, gxmt::ByteSink &sink,
                                   gxmt::Revision revision, const ConversionOptions &options);

} // namespace mig::sources
