#include "migration/MailboxJob.h"

#include "migration/DryRunTarget.h"
#include "migration/SshStreamTarget.h"
#include "sources/Converter.h"
#include "sources/SourceRegistry.h"
#include "transport/RemoteCommand.h"
#include "transport/ServerCheck.h"
#include "transport/ShellQuote.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>

namespace mig::migration {
namespace {

constexpr qint64 kPublishIntervalMs = 200;

/// Sources that stay open for the job's lifetime, in plan order.
struct OpenSources {
    std::vector<std::unique_ptr<sources::Source>> sources;
    QStringList names;
    quint64 items = 0;
    quint64 bytes = 0;
};

Expected<OpenSources> openAndCount(const QList<sources::SourceSpec> &specs)
{
    OpenSources open;
    for (const sources::SourceSpec &spec : specs) {
        Expected<std::unique_ptr<sources::Source>> source = sources::openSource(spec);
        if (!source)
            return source.error();
        Expected<QList<sources::SourceFolder>> folders = (*source)->folders();
        if (!folders)
            return folders.error();
        // The same total the converter counts down from (items it skips, such as folder-associated
        // ones and those in hidden or search folders, included), so the progress bar never jumps.
        for (const sources::SourceFolder &folder : *folders)
            open.items += quint64(folder.itemCount + folder.associatedCount);
        open.bytes += quint64(QFileInfo(spec.location).size());
        open.names.append(spec.displayName());
        open.sources.push_back(std::move(*source));
    }
    return open;
}

/// Folder reports of the run report, from the converter's, with per-folder bytes measured by the job.
QList<FolderReport> folderReports(const sources::ConversionReport &conversion, const QHash<QString, quint64> &bytes)
{
    QList<FolderReport> folders;
    for (const sources::SourceReport &source : conversion.sources) {
        const QString prefix = conversion.sources.size() > 1 ? source.name + QLatin1Char(':') : QString();
        for (const sources::FolderReport &f : source.folders) {
            FolderReport folder;
            folder.path = prefix + f.path;
            folder.itemsSent = quint64(f.converted);
            folder.itemsSkipped = quint64(f.skipped);
            folder.itemsFailed = quint64(f.failed);
            folder.bytes = bytes.value(f.path);
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

} // namespace

MailboxJob::MailboxJob(const Plan &plan, int jobIndex, const RunOptions &options, JobEnvironment &environment)
    : m_plan(plan)
    , m_index(jobIndex)
    , m_options(options)
    , m_env(environment)
{
    m_progress.job = jobIndex;
    m_progress.target = plan.jobs.at(jobIndex).target;
}

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

std::unique_ptr<StreamTarget> MailboxJob::makeTarget(bool reuseExistingFolders)
{
    const QString target = m_progress.target;
    auto log = [this](const QString &line) { this->log(line); };
    if (m_options.dryRun)
        return std::make_unique<DryRunTarget>(m_plan.options.revision, log);
    auto ssh = std::make_unique<SshStreamTarget>(
        m_plan.server, m_options, target, m_plan.options.continueOnError, m_plan.options.revision, log);
    ssh->setReuseExistingFolders(reuseExistingFolders);
    return ssh;
}

void MailboxJob::setEarlierRun(MailboxState state, std::optional<ResumePoint> point)
{
    m_earlierState = state;
    m_earlierPoint = std::move(point);
}

std::optional<ResumePoint> MailboxJob::usableResumePoint()
{
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
    if (m_options.dryRun || m_plan.options.createMailboxes == MailboxCreation::Never)
        return {};
    setState(MailboxState::Creating);
    SshStreamTarget connection(
        m_plan.server, m_options, m_progress.target, false, 0, [this](const QString &l) { log(l); });
    transport::SshSession *session = connection.session();
    if (auto connected = session->connect(); !connected)
        return connected.error().fullText();

    const QString user = m_progress.target;
    // grommunio-admin's exit status is not trusted (grommunio's own scripts note it returns 0 on
    // failure): the user list is asked before and after.
    QString detail;
    auto userExists = [&]() -> Expected<bool> {
        Expected<transport::ServerReport::UserState> state
            = transport::lookUpMailbox(*session, m_plan.server.useSudo, user, &detail);
        if (!state)
            return state.error();
        if (*state == transport::ServerReport::UserState::Unknown)
            return Error { Error::Code::Remote, detail, {} };
        return *state == transport::ServerReport::UserState::Exists;
    };
    Expected<bool> before = userExists();
    if (!before)
        return before.error().fullText();
    if (*before) {
        log(QCoreApplication::translate("mig::migration", "Mailbox %1 exists already").arg(user));
        return {};
    }
    QStringList words;
    if (m_plan.server.useSudo)
        words << QStringLiteral("sudo") << QStringLiteral("-n");
    words << QStringLiteral("grommunio-admin") << QStringLiteral("user") << QStringLiteral("create") << user;
    const QString create = QStringLiteral("PATH=\"$PATH:/usr/sbin:/sbin\"; ") + transport::shellCommand(words);
    Expected<transport::CommandResult> created = transport::runRemoteCommand(*session, create, {}, 120000);
    if (!created)
        return created.error().fullText();
    log(QCoreApplication::translate("mig::migration", "grommunio-admin user create exited with %1: %2")
            .arg(created->exitStatus)
            .arg(QString::fromUtf8(created->out + created->err).trimmed()));
    Expected<bool> after = userExists();
    if (!after)
        return after.error().fullText();
    if (!*after)
        return QCoreApplication::translate(
            "mig::migration", "The mailbox %1 does not exist after grommunio-admin user create: %2")
            .arg(user, QString::fromUtf8(created->err).trimmed());
    log(QCoreApplication::translate("mig::migration", "Mailbox %1 created").arg(user));
    return {};
}

MailboxReport MailboxJob::run()
{
    const Job &job = m_plan.jobs.at(m_index);
    MailboxReport report;
    report.target = job.target;
    report.sources = sources::locationsOf(job.sources);
    report.started = QDateTime::currentDateTimeUtc();
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    auto finishWith = [&](MailboxState state, const QString &reason) {
        report.state = state;
        report.reason = reason;
        report.finished = QDateTime::currentDateTimeUtc();
        setState(state, reason);
        m_env.setCancelHook(m_index, {});
        return report;
    };

    setState(MailboxState::Counting);
    Expected<OpenSources> open = openAndCount(job.sources);
    if (!open)
        return finishWith(MailboxState::Failed, open.error().fullText());
    m_progress.itemsTotal = open->items;
    m_progress.bytesTotal = open->bytes;
    report.itemsTotal = open->items;
    log(QCoreApplication::translate("mig::migration", "%1 items in %2")
            .arg(open->items)
            .arg(open->names.join(QStringLiteral(", "))));

    const std::optional<ResumePoint> resumeFrom = usableResumePoint();
    if (resumeFrom) {
        // Progress starts where the stopped run ended.
        m_progress.itemsDone = resumeFrom->items;
        m_itemsResumed = resumeFrom->items;
    }
    const bool splice = m_plan.options.placement == Placement::Splice;
    // No message reaches the server before the stream is open.
    report.resumePoint = pointWhenNothingSent();
    if (m_env.stopRequested() || m_env.cancelRequested())
        return finishWith(
            MailboxState::Stopped, QCoreApplication::translate("mig::migration", "stopped before the mailbox started"));

    setState(MailboxState::Streaming);
    // The recorded root folder exists in the target: without -x its exclusive create fails (PG-1122).
    // Splice placement reuses same-named folders by itself (gxmt-format.md §4.5, case C).
    std::unique_ptr<StreamTarget> target = makeTarget(resumeFrom && !splice);
    m_env.setCancelHook(m_index, [t = target.get()] { t->cancel(); });
    Expected<gxmt::Revision> revision = target->open();
    if (!revision)
        return finishWith(
            m_env.cancelRequested() ? MailboxState::Stopped : MailboxState::Failed, revision.error().fullText());
    report.resumePoint.reset(); // from here on, only a clean stop tells where this run ended

    QHash<QString, quint64> folderBytes;
    quint64 lastBytes = 0;
    sources::ConversionOptions conversion;
    conversion.placement.splice = splice;
    conversion.placement.targetFolderName = m_plan.options.targetFolder;
    conversion.placement.unanchoredRoot = target->supportsUnanchoredRoot();
    conversion.placement.withHidden = m_plan.options.withHidden;
    conversion.addresses = m_options.addresses;
    conversion.isCanceled = [this] { return m_env.stopRequested() || m_env.cancelRequested(); };
    if (resumeFrom) {
        conversion.resumeAfterItems = resumeFrom->items;
        conversion.placement.rootFolderNames = resumeFrom->rootFolders;
        // Two whole sentences rather than a pasted-together one, for the translators.
        if (splice)
            log(QCoreApplication::translate("mig::migration",
                "Resuming after item %1 of %2: the stopped run imported those, they are not sent again.")
                    .arg(resumeFrom->items)
                    .arg(m_progress.itemsTotal));
        else
            log(QCoreApplication::translate("mig::migration",
                "Resuming after item %1 of %2 in \"%3\": the stopped run imported those, they are not sent again.")
                    .arg(resumeFrom->items)
                    .arg(m_progress.itemsTotal)
                    .arg(resumeFrom->rootFolders.join(QStringLiteral("\", \""))));
    }
    conversion.progress = [&](const sources::ConversionProgress &p) {
        folderBytes[p.folderPath] += p.bytesWritten - lastBytes;
        lastBytes = p.bytesWritten;
        // Monotonic by construction: the converter only counts up; max() guards estimates.
        m_progress.itemsDone = std::max(m_progress.itemsDone, p.itemsDone);
        m_progress.itemsSent = std::max(m_progress.itemsSent, p.itemsConverted);
        m_progress.itemsTotal = std::max(m_progress.itemsTotal, p.itemsTotal);
        m_progress.bytesDone = std::max(m_progress.bytesDone, p.bytesWritten);
        m_progress.folder = p.folderPath;
        publish();
    };
    sources::Converter converter(conversion);
    for (qsizetype i = 0; i < qsizetype(open->sources.size()); ++i) {
        if (auto added = converter.addSource(*open->sources[i], open->names.at(i)); !added)
            return finishWith(MailboxState::Failed, added.error().fullText());
    }
    gxmt::Writer writer(target->sink(), converter.streamHeader(*revision));
    Expected<sources::ConversionReport> converted = converter.run(writer);
    if (!converted) {
        if (m_env.cancelRequested())
            return finishWith(MailboxState::Stopped, QCoreApplication::translate("mig::migration", "canceled"));
        // The receiver stopped reading; its verdict carries the reason when it has one.
        const QString reason = converted.error().fullText();
        target->cancel();
        return finishWith(MailboxState::Failed, reason);
    }
    report.itemsSent = quint64(converted->converted());
    report.itemsSkipped = quint64(converted->skipped());
    report.itemsFailed = quint64(converted->failed());
    report.itemsResumed = quint64(converted->resumed());
    report.bytes = converted->stream.bytes;
    report.folders = folderReports(*converted, folderBytes);
    m_progress.itemsFailed = report.itemsFailed;
    m_progress.itemsSent = report.itemsSent;
    // The last throttled progress update may predate the stream's tail; the final row shows all.
    m_progress.bytesDone = report.bytes;
    for (const sources::SourceReport &source : converted->sources) {
        report.addresses.merge(source.addresses);
        for (const sources::ItemProblem &p : source.failures)
            log(QCoreApplication::translate("mig::migration", "failed: %1, node 0x%2: %3")
                    .arg(p.folderPath)
                    .arg(p.itemId, 0, 16)
                    .arg(p.reason));
        for (const QString &line : source.renamed)
            log(QCoreApplication::translate("mig::migration", "renamed: %1").arg(line));
    }

    setState(MailboxState::Verifying);
    Expected<TargetResult> verdict = target->finish();
    if (!verdict)
        return finishWith(
            m_env.cancelRequested() ? MailboxState::Stopped : MailboxState::Failed, verdict.error().fullText());
    for (const QString &line : verdict->errorLines)
        log(QStringLiteral("importer: ") + line);
    if (!verdict->succeeded) {
        report.itemsFailed += verdict->messageFailures;
        // The importer's own error lines say what went wrong ("No such username ..."); the report
        // and the run page show the reason alone, without the log.
        QString reason = verdict->explanation;
        if (!verdict->errorLines.isEmpty())
            reason = QCoreApplication::translate("mig::migration", "The importer said: %1")
                         .arg(verdict->errorLines.join(QLatin1String(" / ")))
                + QLatin1Char(' ') + reason;
        return finishWith(MailboxState::Failed, reason);
    }
    if (converted->canceled) {
        // The stream ended cleanly between two items and the importer accepted all of it: exactly
        // the first itemSlots items are on the server. A resumed run continues after them.
        // An abort (cancel) during the stop is not trusted to have left a clean end.
        if (!m_env.cancelRequested())
            report.resumePoint
                = ResumePoint::forJob(
                    job, m_plan.options, m_options.dryRun, converted->itemSlots, converter.rootFolderNames());
        return finishWith(MailboxState::Stopped,
            QCoreApplication::translate("mig::migration", "stopped after %1 of %2 items")
                .arg(converted->itemSlots)
                .arg(m_progress.itemsTotal));
    }
    m_progress.itemsDone = std::max(m_progress.itemsDone, m_progress.itemsTotal);
    return finishWith(MailboxState::Done,
        report.itemsFailed ? QCoreApplication::translate("mig::migration", "%1 items failed").arg(report.itemsFailed)
                           : QString());
}

} // namespace mig::migration
