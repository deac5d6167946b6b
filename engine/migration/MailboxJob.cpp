#include "migration/MailboxJob.h"

#include "kopano/KopanoSpec.h"
#include "migration/DryRunTarget.h"
#include "migration/ServerSession.h"
#include "migration/SshStreamTarget.h"
#include "transport/MailboxCreation.h"
#include "transport/ProducerPipeline.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace mig::migration {
namespace {

constexpr qint64 kPublishIntervalMs = 200;

/// Folder reports of the run report, from the converter's, with per-folder bytes measured by the job.
QList<FolderReport> folderReports(const sources::ConversionReport &conversion,
                                  const QHash<std::pair<int, QString>, quint64> &bytes)
{
    QList<FolderReport> folders;
    for (qsizetype s = 0; s < conversion.sources.size(); ++s) {
        const sources::SourceReport &source = conversion.sources.at(s);
        const QString prefix = conversion.sources.size() > 1 ? source.name + QLatin1Char(':') : QString();
        for (const sources::FolderReport &f : source.folders) {
            FolderReport folder;
            folder.path = prefix + f.path;
            folder.itemsSent = quint64(f.converted);
            folder.itemsSkipped = quint64(f.skipped);
            folder.itemsFailed = quint64(f.failed);
            folder.bytes = bytes.value({ int(s), f.path });
            for (const QString &reason : f.skipReasons)
                folder.problems.append(
                    ItemProblem { QCoreApplication::translate("mig::migration", "skipped"), reason });
            for (const sources::ItemProblem &p : source.failures) {
                if (p.folderPath == f.path)
                    folder.problems.append(
                        ItemProblem { QStringLiteral("node 0x") + QString::number(p.itemId, 16), p.reason });
            }
            folders.append(folder);
        }
    }
    return folders;
}

/// The reason of a failed verdict: the importer's own error lines ("No such username ...") and its
/// exit explained; the report and the run page show the reason alone, without the log.
QString verdictReason(const TargetResult &verdict)
{
    if (verdict.errorLines.isEmpty())
        return verdict.explanation;
    return QCoreApplication::translate("mig::migration", "The importer said: %1")
               .arg(verdict.errorLines.join(QLatin1String(" / ")))
        + QLatin1Char(' ') + verdict.explanation;
}

} // namespace

void JobEnvironment::importerEvent(int job, const transport::ImportEvent &event)
{
    if (event.kind != transport::ImportEvent::Kind::MessageCreated)
        log(job, QStringLiteral("importer: ") + event.line);
}

MailboxJob::MailboxJob(const Plan &plan, int jobIndex, const RunOptions &options, JobEnvironment &environment)
    : m_plan(plan)
    , m_index(jobIndex)
    , m_options(options)
    , m_env(environment)
{
    m_progress.job = jobIndex;
    m_progress.target = plan.jobs.at(jobIndex).target;
}

MailboxJob::~MailboxJob() = default;

void MailboxJob::log(const QString &line)
{
    m_env.log(m_index, line);
}

void MailboxJob::setState(MailboxState state, const QString &message)
{
    m_progress.state = state;
    if (!message.isEmpty())
        m_progress.message = message;
    log(stateLabel(state) + (message.isEmpty() ? QString() : QStringLiteral(": ") + message));
    publish(true);
}

void MailboxJob::publish(bool force)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!force && now - m_lastPublishMs < kPublishIntervalMs)
        return;
    m_lastPublishMs = now;
    const double seconds = m_startedMs ? (now - m_startedMs) / 1000.0 : 0;
    if (seconds > 0.5) {
        m_progress.bytesPerSecond = m_progress.bytesDone / seconds;
        // Items a resumed run passed over cost no time: the rate counts only this run's.
        const quint64 doneHere = m_progress.itemsDone - std::min(m_progress.itemsDone, m_itemsResumed);
        if (doneHere > 0 && m_progress.itemsTotal > m_progress.itemsDone)
            m_progress.etaSeconds = qint64(seconds * (m_progress.itemsTotal - m_progress.itemsDone) / doneHere);
        else if (m_progress.itemsTotal <= m_progress.itemsDone)
            m_progress.etaSeconds = 0;
    }
    m_env.reportProgress(m_progress);
}

std::unique_ptr<StreamTarget> MailboxJob::makeTarget()
{
    auto log = [this](const QString &line) { this->log(line); };
    if (m_options.dryRun) {
        const QList<sources::SourceSpec> &specs = m_plan.jobs.at(m_index).sources;
        const bool relayed = std::any_of(specs.begin(), specs.end(), kopano::isKopanoSpec);
        return std::make_unique<DryRunTarget>(m_plan.options.revision, log, relayed);
    }
    ImporterSettings importer;
    importer.targetUser = m_progress.target;
    importer.continueOnError = m_plan.options.continueOnError;
    importer.useSudo = m_plan.server.useSudo;
    importer.forcedRevision = m_plan.options.revision;
    auto ssh = std::make_unique<SshStreamTarget>(sessionOptions(m_plan.server, m_options), importer,
        [this](const transport::ImportEvent &event) {
            // Message frames are imported in stream order: the count tells which arrived.
            if (event.kind == transport::ImportEvent::Kind::MessageCreated)
                ++m_importerTook;
            m_env.importerEvent(m_index, event);
        },
        log);
    m_ssh = ssh.get();
    return ssh;
}

void MailboxJob::setEarlierRun(MailboxState state, std::optional<ResumePoint> point)
{
    m_earlierState = state;
    m_earlierPoint = std::move(point);
}

void MailboxJob::setEarlierMarks(QHash<QString, sources::SourceMarks> marks)
{
    m_earlierMarks = std::move(marks);
}

std::optional<ResumePoint> MailboxJob::usableResumePoint()
{
    if (m_usesMarks) {
        // Numbered sources (IMAP) continue after what is on the server, whatever the earlier run's state.
        log(QCoreApplication::translate("mig::migration",
            "Earlier runs imported messages of this mailbox's IMAP folders; only the messages they did not "
            "import (newer UIDs, and those that did not arrive) are sent."));
        return std::nullopt;
    }
    // A stop before anything was sent leaves a point at 0: a fresh start is exact then. A dry run
    // imports nothing: its point means nothing to a real run, and a real run's nothing to a dry one.
    if (m_earlierPoint && (m_earlierPoint->items == 0 || m_earlierPoint->dryRun != m_options.dryRun))
        return std::nullopt;
    if (m_options.resume && m_earlierPoint) {
        if (m_earlierPoint->fits(m_plan.jobs.at(m_index), m_plan.options, m_options.dryRun))
            return m_earlierPoint;
        log(QCoreApplication::translate("mig::migration",
            "The plan or the source files changed since this mailbox was stopped; it starts over."));
    }
    if (m_earlierState == MailboxState::Stopped || m_earlierState == MailboxState::Failed) {
        // gromox-import never deduplicates (gxmt-format.md §8.2): say what starting over means.
        if (m_plan.options.placement == Placement::Splice)
            log(QCoreApplication::translate("mig::migration",
                "An earlier run of this mailbox ended before it was done, and this run starts over: messages that "
                "run imported before the break may now be in the mailbox twice (splice placement merges into "
                "existing folders, and gromox-import does not detect duplicates)."));
        else
            log(QCoreApplication::translate("mig::migration",
                "An earlier run of this mailbox ended before it was done, and this run starts over in a new root "
                "folder; the earlier run's folder keeps what it received."));
    }
    return std::nullopt;
}

std::optional<ResumePoint> MailboxJob::pointWhenNothingSent() const
{
    // What the ledger knew stays true when this run sent no message.
    if (m_earlierState == MailboxState::Stopped)
        return m_earlierPoint;
    if (m_earlierState == MailboxState::Failed)
        return std::nullopt; // that run may have imported part of the mailbox
    return ResumePoint::forJob(m_plan.jobs.at(m_index), m_plan.options, m_options.dryRun, 0, {});
}

QString MailboxJob::ensureMailbox()
{
    // "@domain" is a domain's public store (Kopano jobs): it is no mailbox to create.
    if (m_options.dryRun || m_plan.options.createMailboxes == MailboxCreation::Never
        || m_progress.target.startsWith(QLatin1Char('@')))
        return {};
    setState(MailboxState::Creating);
    if (!m_target)
        m_target = makeTarget();
    // The session the mailbox is then streamed on: one connection per job.
    if (Expected<void> connected = m_ssh->connect(); !connected)
        return connected.error().fullText();
    Expected<void> exists = transport::ensureMailboxExists(
        m_ssh->session(), m_plan.server.useSudo, m_progress.target, [this](const QString &line) { log(line); });
    return exists ? QString() : exists.error().fullText();
}

MailboxReport MailboxJob::finishWith(MailboxState state, const QString &reason)
{
    m_report.state = state;
    m_report.reason = reason;
    m_report.finished = QDateTime::currentDateTimeUtc();
    setState(state, reason);
    m_env.setCancelHook(m_index, {});
    return m_report;
}

MailboxReport MailboxJob::failWith(const Error &error)
{
    // A failure caused by the user's cancel is a stop: the mailbox did not fail on its own.
    m_failureCode = m_env.cancelRequested() ? Error::Code::Canceled : error.code;
    return finishWith(m_env.cancelRequested() ? MailboxState::Stopped : MailboxState::Failed, error.fullText());
}

void MailboxJob::beginReport()
{
    const Job &job = m_plan.jobs.at(m_index);
    m_report = MailboxReport {};
    m_report.target = job.target;
    m_report.sources = sources::locationsOf(job.sources);
    m_report.started = QDateTime::currentDateTimeUtc();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
}

Expected<void> MailboxJob::countSources()
{
    setState(MailboxState::Counting);
    const QList<sources::SourceSpec> &specs = m_plan.jobs.at(m_index).sources;
    Expected<JobSources> open = openAll(specs, m_earlierMarks);
    if (!open)
        return open.error();
    m_sources = std::move(*open);
    QList<sources::SourceMarks> earlier;
    for (const sources::SourceSpec &spec : specs) {
        earlier.append(m_earlierMarks.value(spec.location));
        m_usesMarks = m_usesMarks || !earlier.constLast().isEmpty();
    }
    m_tracker = std::make_unique<MarkTracker>(earlier);
    // What the sources noticed while listing (an IMAP folder renumbered, so it starts over).
    for (const auto &source : m_sources->sources) {
        const QStringList warnings = source->takeWarnings();
        for (const QString &warning : warnings)
            log(warning);
    }
    m_progress.itemsTotal = m_sources->items;
    m_progress.bytesTotal = m_sources->bytes;
    m_report.itemsTotal = m_sources->items;
    log(QCoreApplication::translate("mig::migration", "%1 items in %2")
            .arg(m_sources->items)
            .arg(m_sources->names.join(QStringLiteral(", "))));
    return {};
}

void MailboxJob::logResume(const ResumePoint &point)
{
    // Two whole sentences rather than a pasted-together one, for the translators.
    if (m_plan.options.placement == Placement::Splice)
        log(QCoreApplication::translate("mig::migration",
            "Resuming after item %1 of %2: the stopped run imported those, they are not sent again.")
                .arg(point.items)
                .arg(m_progress.itemsTotal));
    else
        log(QCoreApplication::translate("mig::migration",
            "Resuming after item %1 of %2 in \"%3\": the stopped run imported those, they are not sent again.")
                .arg(point.items)
                .arg(m_progress.itemsTotal)
                .arg(point.rootFolders.join(QStringLiteral("\", \""))));
}

Expected<ReceiverInfo> MailboxJob::openTarget()
{
    if (!m_target)
        m_target = makeTarget();
    m_env.setCancelHook(m_index, [t = m_target.get()] { t->cancel(); });
    return m_target->open();
}

sources::ConversionOptions MailboxJob::conversionOptions(const ReceiverInfo &receiver,
                                                         const std::optional<ResumePoint> &resumeFrom)
{
    sources::ConversionOptions conversion;
    conversion.placement.splice = m_plan.options.placement == Placement::Splice;
    conversion.placement.targetFolderName = m_plan.options.targetFolder;
    // Only Gromox 3.10+ places an unanchored root (gxmt-format.md §4.4); before, the new folder is
    // put below IPM_SUBTREE by the folder map itself.
    conversion.placement.unanchoredRoot = receiver.readsUnanchoredRoot;
    conversion.placement.withHidden = m_plan.options.withHidden;
    conversion.placement.withAssociated = m_plan.options.withAssociated;
    conversion.addresses = m_options.addresses;
    conversion.isCanceled = [this] { return m_env.stopRequested() || m_env.cancelRequested(); };
    if (resumeFrom) {
        conversion.resumeAfterItems = resumeFrom->items;
        conversion.placement.rootFolderNames = resumeFrom->rootFolders;
    } else if (m_plan.options.placement != Placement::Splice) {
        // New messages of a numbered source join the folder its earlier runs filled.
        conversion.placement.rootFolderNames = markedRootFolders();
    }
    if (m_tracker)
        conversion.itemDone = [tracker = m_tracker.get()](const sources::ItemOutcome &o) { tracker->itemDone(o); };
    conversion.progress = [this](const sources::ConversionProgress &p) { onConversionProgress(p); };
    return conversion;
}

void MailboxJob::onConversionProgress(const sources::ConversionProgress &p)
{
    m_folderBytes[{ p.sourceIndex, p.folderPath }] += p.bytesWritten - m_lastBytes;
    m_lastBytes = p.bytesWritten;
    // Monotonic by construction: the converter only counts up; max() guards estimates.
    m_progress.itemsDone = std::max(m_progress.itemsDone, p.itemsDone);
    m_progress.itemsSent = std::max(m_progress.itemsSent, p.itemsConverted);
    m_progress.itemsTotal = std::max(m_progress.itemsTotal, p.itemsTotal);
    m_progress.bytesDone = std::max(m_progress.bytesDone, p.bytesWritten);
    m_progress.folder = p.folderPath;
    publish();
}

Expected<sources::ConversionReport> MailboxJob::streamSources(const ReceiverInfo &receiver,
                                                              const std::optional<ResumePoint> &resumeFrom)
{
    if (m_sources->sources.size() > 1 && receiver.revision != gxmt::Revision::V5)
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::migration",
                "Several sources in one stream need GXMT0005 (Gromox 3.3 or later); import them one at a time."),
            {} };
    sources::Converter converter(conversionOptions(receiver, resumeFrom));
    for (qsizetype i = 0; i < qsizetype(m_sources->sources.size()); ++i) {
        if (auto added = converter.addSource(*m_sources->sources[size_t(i)], m_sources->names.at(i)); !added)
            return added.error();
    }
    const bool splice = m_plan.options.placement == Placement::Splice;
    StartOptions start;
    start.anchorAtIpmSubtree = !splice && receiver.readsUnanchoredRoot;
    // The recorded root folder exists in the target: without -x its exclusive create fails (PG-1122).
    // Splice placement reuses same-named folders by itself (gxmt-format.md §4.5, case C).
    start.reuseExistingFolders = (resumeFrom || !markedRootFolders().join(QString()).isEmpty()) && !splice;
    if (Expected<void> started = m_target->start(start); !started)
        return started.error();
    m_streamStarted = true;
    m_report.resumePoint.reset(); // from here on, only a clean stop tells where this run ended
    m_rootFolders = converter.rootFolderNames();

    // Reading and converting run on a thread of their own while this one sends (issue 22).
    std::optional<sources::ConversionReport> report;
    Expected<void> produced = transport::produceConcurrently(
        [&](gxmt::ByteSink &sink) -> Expected<void> {
            gxmt::Writer writer(sink, converter.streamHeader(receiver.revision));
            Expected<sources::ConversionReport> converted = converter.run(writer);
            if (!converted)
                return converted.error();
            report = std::move(*converted);
            return {};
        },
        m_target->sink());
    if (!produced)
        return produced.error();
    return *report;
}

void MailboxJob::recordConversion(const sources::ConversionReport &converted)
{
    m_conversion = converted;
    m_report.itemsSent = quint64(converted.converted());
    m_report.itemsSkipped = quint64(converted.skipped());
    m_report.itemsFailed = quint64(converted.failed());
    m_report.itemsResumed = quint64(converted.resumed());
    m_report.bytes = converted.stream.bytes;
    m_report.folders = folderReports(converted, m_folderBytes);
    m_progress.itemsFailed = m_report.itemsFailed;
    m_progress.itemsSent = m_report.itemsSent;
    // The last throttled progress update may predate the stream's tail; the final row shows all.
    m_progress.bytesDone = m_report.bytes;
    for (const sources::SourceReport &source : converted.sources) {
        m_report.addresses.merge(source.addresses);
        for (const sources::ItemProblem &p : source.failures)
            log(QCoreApplication::translate("mig::migration", "failed: %1, node 0x%2: %3")
                    .arg(p.folderPath)
                    .arg(p.itemId, 0, 16)
                    .arg(p.reason));
        for (const QString &line : source.renamed)
            log(QCoreApplication::translate("mig::migration", "renamed: %1").arg(line));
        for (const QString &warning : source.warnings)
            log(QCoreApplication::translate("mig::migration", "warning: %1").arg(warning));
    }
}

std::optional<MailboxReport> MailboxJob::takeVerdict()
{
    setState(MailboxState::Verifying);
    Expected<TargetResult> verdict = m_target->finish();
    if (!verdict)
        return failWith(verdict.error());
    m_verdict = *verdict;
    for (const QString &line : verdict->errorLines)
        log(QStringLiteral("importer: ") + line);
    if (!verdict->succeeded) {
        m_report.itemsFailed += verdict->messageFailures;
        m_failureCode = Error::Code::Remote;
        return finishWith(MailboxState::Failed, verdictReason(*verdict));
    }
    return std::nullopt;
}

MailboxReport MailboxJob::judge(const sources::ConversionReport &converted, const QStringList &rootFolders)
{
    if (std::optional<MailboxReport> failed = takeVerdict())
        return *failed;
    if (converted.canceled) {
        // The stream ended cleanly between two items and the importer accepted all of it: exactly
        // the first itemSlots items are on the server. A resumed run continues after them.
        // An abort (cancel) during the stop is not trusted to have left a clean end.
        m_failureCode = Error::Code::Canceled;
        if (!m_env.cancelRequested())
            m_report.resumePoint = ResumePoint::forJob(
                m_plan.jobs.at(m_index), m_plan.options, m_options.dryRun, converted.itemSlots, rootFolders);
        return finishWith(MailboxState::Stopped,
            QCoreApplication::translate("mig::migration", "stopped after %1 of %2 items")
                .arg(converted.itemSlots)
                .arg(m_progress.itemsTotal));
    }
    m_progress.itemsDone = std::max(m_progress.itemsDone, m_progress.itemsTotal);
    return finishWith(MailboxState::Done,
        m_report.itemsFailed ? QCoreApplication::translate("mig::migration", "%1 items failed").arg(m_report.itemsFailed)
                             : QString());
}

QStringList MailboxJob::markedRootFolders() const
{
    QStringList names;
    bool any = false;
    for (const sources::SourceSpec &spec : m_plan.jobs.at(m_index).sources) {
        names.append(m_earlierMarks.value(spec.location).rootFolder);
        any = any || !names.constLast().isEmpty();
    }
    return any ? names : QStringList();
}

QHash<QString, sources::SourceMarks> MailboxJob::marksAfterRun() const
{
    QHash<QString, sources::SourceMarks> result;
    // A dry run imports nothing: the next run, dry or real, has everything still to send.
    if (!m_tracker || !m_streamStarted || !m_sources || m_options.dryRun)
        return result;
    // A stream the importer accepted holds every frame; otherwise only those it confirmed.
    const quint64 confirmed = m_verdict && m_verdict->succeeded ? m_tracker->frames() : m_importerTook.load();
    const QList<sources::SourceMarks> marks = m_tracker->marks(confirmed, m_rootFolders,
        [this](int source, quint64 folderId) {
            return m_sources->sources.at(size_t(source))->positionValidity(folderId);
        });
    const QList<sources::SourceSpec> &specs = m_plan.jobs.at(m_index).sources;
    for (qsizetype i = 0; i < specs.size() && i < marks.size(); ++i) {
        const QString &location = specs.at(i).location;
        if (!marks.at(i).isEmpty() || !m_earlierMarks.value(location).isEmpty())
            result.insert(location, marks.at(i));
    }
    return result;
}

MailboxReport MailboxJob::run()
{
    MailboxReport report = runSteps();
    report.marks = marksAfterRun();
    return report;
}

MailboxReport MailboxJob::runSteps()
{
    beginReport();
    if (std::any_of(m_plan.jobs.at(m_index).sources.begin(), m_plan.jobs.at(m_index).sources.end(),
                    kopano::isKopanoSpec))
        return runKopano();
    if (Expected<void> counted = countSources(); !counted)
        return failWith(counted.error());
    const std::optional<ResumePoint> resumeFrom = usableResumePoint();
    if (resumeFrom) {
        // Progress starts where the stopped run ended.
        m_progress.itemsDone = resumeFrom->items;
        m_itemsResumed = resumeFrom->items;
    }
    // No message reaches the server before the stream is open.
    m_report.resumePoint = pointWhenNothingSent();
    if (m_env.stopRequested() || m_env.cancelRequested()) {
        m_failureCode = Error::Code::Canceled;
        return finishWith(
            MailboxState::Stopped, QCoreApplication::translate("mig::migration", "stopped before the mailbox started"));
    }

    setState(MailboxState::Streaming);
    Expected<ReceiverInfo> receiver = openTarget();
    if (!receiver)
        return failWith(receiver.error());
    if (resumeFrom)
        logResume(*resumeFrom);
    Expected<sources::ConversionReport> converted = streamSources(*receiver, resumeFrom);
    if (!converted) {
        if (m_env.cancelRequested()) {
            m_failureCode = Error::Code::Canceled;
            return finishWith(MailboxState::Stopped, QCoreApplication::translate("mig::migration", "canceled"));
        }
        // The receiver stopped reading; its verdict carries the reason when it has one.
        m_target->cancel();
        return failWith(converted.error());
    }
    recordConversion(*converted);
    return judge(*converted, m_rootFolders);
}

} // namespace mig::migration
