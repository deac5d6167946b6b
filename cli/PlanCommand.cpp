#include "cli/PlanCommand.h"

#include "mapping/Csv.h"
#include "cli/ImapAccountsPlanOptions.h"
#include "cli/KopanoPlanOptions.h"
#include "cli/SourceOptions.h"
#include "migration/Plan.h"
#include "sources/imap/ImapAccount.h"
#include "transport/SshTarget.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mig::cli {
namespace {

/// Rows "SOURCE,user@domain" of a CSV file (as `exchange-export --jobs` writes it). A first row
/// whose second cell is no e-mail address is a header. Errors name the file and row.
Expected<QList<std::pair<QStringList, QString>>> jobsFromCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::cli", "Cannot read %1: %2").arg(path, file.errorString()), {} };
    auto table = mapping::readCsv(file.readAll(), path);
    if (!table)
        return table.error();
    QList<std::pair<QStringList, QString>> jobs;
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const QStringList &row = table->rows[i];
        const QString source = row.value(0).trimmed();
        const QString target = row.value(1).trimmed();
        if (i == 0 && !target.contains(QLatin1Char('@')))
            continue;
        if (source.isEmpty() || !target.contains(QLatin1Char('@')))
            return Error { Error::Code::Corrupt,
                QCoreApplication::translate("mig::cli", "%1, row %2: expected SOURCE,user@domain").arg(path).arg(i + 1), {} };
        jobs.append({ QStringList { source }, target });
    }
    return jobs;
}

/// Adds job, or its sources to the job that already has the same target (one mailbox, one job).
void appendJob(QList<migration::Job> &jobs, migration::Job job)
{
    for (migration::Job &existing : jobs) {
        if (existing.target.compare(job.target, Qt::CaseInsensitive) == 0) {
            existing.sources += job.sources;
            return;
        }
    }
    jobs.append(std::move(job));
}

/// Prints the error and returns exitCode.
int printError(CommandContext &ctx, const Error &error, int exitCode)
{
    ctx.err << error.fullText() << Qt::endl;
    return exitCode;
}

/// The options of plan besides the source and Kopano options.
struct PlanFlags {
    QCommandLineOption ssh;
    QCommandLineOption identity;
    QCommandLineOption knownHosts;
    QCommandLineOption sudo;
    QCommandLineOption jobs;
    QCommandLineOption splice;
    QCommandLineOption targetFolder;
    QCommandLineOption create;
    QCommandLineOption stopOnError;
    QCommandLineOption hidden;
    QCommandLineOption revision;
    QCommandLineOption job;
    QCommandLineOption jobsFrom;
    QCommandLineOption pending;
    QCommandLineOption addressMap;
    QCommandLineOption allow;
    QCommandLineOption deny;
    QCommandLineOption output;
};

/// Declares the options; --create-mailboxes is added by takeCreateMode's caller as a plain flag.
PlanFlags declarePlanOptions(QCommandLineParser &parser)
{
    const QCommandLineOption sshOption(QStringLiteral("ssh"),
        QCoreApplication::translate("mig::cli", "The grommunio server: [user@]host[:port]."),
        QCoreApplication::translate("mig::cli", "target"));
    const QCommandLineOption identityOption(QStringLiteral("identity"),
        QCoreApplication::translate("mig::cli", "Private key file for SSH."),
        QCoreApplication::translate("mig::cli", "file"));
    const QCommandLineOption knownHostsOption(QStringLiteral("known-hosts"),
        QCoreApplication::translate("mig::cli", "known_hosts file (default: ~/.ssh/known_hosts)."),
        QCoreApplication::translate("mig::cli", "file"));
    const QCommandLineOption sudoOption(
        QStringLiteral("sudo"), QCoreApplication::translate("mig::cli", "Run the importer through sudo -n."));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
        QCoreApplication::translate("mig::cli", "Mailboxes migrated at the same time (default 2)."),
        QCoreApplication::translate("mig::cli", "n"), QStringLiteral("2"));
    const QCommandLineOption spliceOption(QStringLiteral("splice"),
        QCoreApplication::translate("mig::cli",
            "Merge special folders into the mailbox's own Inbox, Sent Items, ... instead of a new root folder."));
    const QCommandLineOption targetFolderOption(QStringLiteral("target-folder"),
        QCoreApplication::translate("mig::cli", "Name of the new root folder (default: \"Import of <file> @<time>\")."),
        QCoreApplication::translate("mig::cli", "name"));
    const QCommandLineOption createOption(QStringLiteral("create-mailboxes"),
        QCoreApplication::translate(
            "mig::cli", "Create missing mailboxes with grommunio-admin: one-pass (default) or two-passes."),
        QCoreApplication::translate("mig::cli", "mode"));
    const QCommandLineOption stopOnErrorOption(QStringLiteral("stop-on-error"),
        QCoreApplication::translate("mig::cli", "Stop a mailbox at its first failed message (default: continue)."));
    const QCommandLineOption hiddenOption(
        QStringLiteral("with-hidden"), QCoreApplication::translate("mig::cli", "Also migrate hidden folders."));
    const QCommandLineOption revisionOption(QStringLiteral("revision"),
        QCoreApplication::translate("mig::cli", "GXMT revision 3, 4 or 5 (default: ask the server)."),
        QCoreApplication::translate("mig::cli", "n"));
    const QCommandLineOption jobOption(QStringLiteral("job"),
        QCoreApplication::translate(
            "mig::cli", "A mailbox: SOURCE[,SOURCE...]=user@domain; a SOURCE is a file or imaps://LOGIN@HOST. "
            "Repeat for more mailboxes."),
        QCoreApplication::translate("mig::cli", "sources=target"));
    const QCommandLineOption jobsFromOption(QStringLiteral("jobs-from"),
        QCoreApplication::translate("mig::cli",
            "Mailboxes from a CSV file: SOURCE,user@domain per row (a header row is skipped; rows with the same "
            "target add sources). 'exchange-export --jobs' writes one."),
        QCoreApplication::translate("mig::cli", "file"));
    const QCommandLineOption pendingOption(QStringLiteral("pending-sources"),
        QCoreApplication::translate("mig::cli",
            "Sources may not exist yet (Exchange exports still running): 'run --watch' waits for them."));
    const QCommandLineOption addressMapOption(QStringLiteral("address-map"),
        QCoreApplication::translate("mig::cli",
            "CSV of Exchange DN (or X500: address) and SMTP address per row: EX addresses in the sources "
            "become these SMTP addresses while converting."),
        QCoreApplication::translate("mig::cli", "file"));
    const QCommandLineOption allowOption(QStringLiteral("allow"),
        QCoreApplication::translate("mig::cli", "Migrate only these targets (repeatable)."),
        QCoreApplication::translate("mig::cli", "user@domain"));
    const QCommandLineOption denyOption(QStringLiteral("deny"),
        QCoreApplication::translate("mig::cli", "Never migrate these targets (repeatable)."),
        QCoreApplication::translate("mig::cli", "user@domain"));
    const QCommandLineOption outputOption(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate("mig::cli", "Where to write the plan."),
        QCoreApplication::translate("mig::cli", "plan.json"));
    parser.addOptions(
        { sshOption, identityOption, knownHostsOption, sudoOption, jobsOption, spliceOption, targetFolderOption,
            stopOnErrorOption, hiddenOption, revisionOption, jobOption, jobsFromOption, pendingOption, addressMapOption, allowOption,
            denyOption, outputOption });
    return { sshOption, identityOption, knownHostsOption, sudoOption, jobsOption, spliceOption, targetFolderOption,
        createOption, stopOnErrorOption, hiddenOption, revisionOption, jobOption, jobsFromOption, pendingOption,
        addressMapOption, allowOption, denyOption, outputOption };
}

/// Removes "--create-mailboxes" and "--create-mailboxes=MODE" from arguments and returns the mode
/// ("one-pass" for the bare flag, empty when absent): QCommandLineParser has no optional values.
QString takeCreateMode(QStringList &arguments)
{
    QString createMode;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--create-mailboxes")) {
            createMode = QStringLiteral("one-pass");
            arguments.removeAt(i--);
        } else if (arguments.at(i).startsWith(QLatin1String("--create-mailboxes="))) {
            createMode = arguments.at(i).mid(19);
            arguments.removeAt(i--);
        }
    }
    return createMode;
}

/// A usage error: printed as it is, exit status ExitUsage.
Error usageError(const QString &message)
{
    return Error { Error::Code::InvalidArgument, message, {} };
}

/// The server of the plan from --ssh, --identity, --known-hosts and --sudo.
Expected<migration::ServerConnection> serverFromOptions(const QCommandLineParser &parser, const PlanFlags &flags)
{
    Expected<transport::SshTarget> target = transport::SshTarget::parse(parser.value(flags.ssh));
    if (!target)
        return target.error();
    migration::ServerConnection server;
    server.host = target->host;
    server.port = target->port;
    if (!target->user.isEmpty())
        server.user = target->user;
    if (parser.isSet(flags.identity))
        server.identityFile = QFileInfo(parser.value(flags.identity)).absoluteFilePath();
    if (parser.isSet(flags.knownHosts))
        server.knownHostsFile = QFileInfo(parser.value(flags.knownHosts)).absoluteFilePath();
    server.useSudo = parser.isSet(flags.sudo);
    return server;
}

/// The plan's options (every error is a usage error).
Expected<migration::PlanOptions> planOptionsFrom(
    const QCommandLineParser &parser, const PlanFlags &flags, const QString &createMode)
{
    migration::PlanOptions options;
    bool ok = false;
    options.parallelJobs = parser.value(flags.jobs).toInt(&ok);
    if (!ok || options.parallelJobs < 1 || options.parallelJobs > 64)
        return usageError(QCoreApplication::translate("mig::cli", "--jobs must be a number from 1 to 64."));
    options.placement
        = parser.isSet(flags.splice) ? migration::Placement::Splice : migration::Placement::NewRootFolder;
    options.targetFolder = parser.value(flags.targetFolder);
    options.continueOnError = !parser.isSet(flags.stopOnError);
    options.withHidden = parser.isSet(flags.hidden);
    if (parser.isSet(flags.revision)) {
        options.revision = parser.value(flags.revision).toInt(&ok);
        if (!ok || options.revision < 3 || options.revision > 5)
            return usageError(QCoreApplication::translate("mig::cli", "--revision must be 3, 4 or 5."));
    }
    if (createMode == QLatin1String("one-pass"))
        options.createMailboxes = migration::MailboxCreation::OnePass;
    else if (createMode == QLatin1String("two-passes"))
        options.createMailboxes = migration::MailboxCreation::TwoPasses;
    else if (!createMode.isEmpty())
        return usageError(
            QCoreApplication::translate("mig::cli", "--create-mailboxes takes one-pass or two-passes, not \"%1\".")
                .arg(createMode));
    if (parser.isSet(flags.addressMap)) {
        const QFileInfo map(parser.value(flags.addressMap));
        if (!map.isFile())
            return usageError(QCoreApplication::translate("mig::cli", "The address map %1 does not exist.").arg(map.filePath()));
        options.addressMap = map.absoluteFilePath();
    }
    return options;
}

/// (sources, target) pairs from --job.
Expected<QList<std::pair<QStringList, QString>>> jobsFromOptions(const QStringList &specs)
{
    QList<std::pair<QStringList, QString>> requested;
    for (const QString &spec : specs) {
        const qsizetype equals = spec.lastIndexOf(QLatin1Char('='));
        const QString mailbox = equals < 0 ? QString() : spec.mid(equals + 1).trimmed();
        if (equals <= 0 || !mailbox.contains(QLatin1Char('@')))
            return usageError(QCoreApplication::translate("mig::cli", "--job \"%1\" is not SOURCE[,SOURCE...]=user@domain.")
                             .arg(spec));
        requested.append({ spec.left(equals).split(QLatin1Char(','), Qt::SkipEmptyParts), mailbox });
    }
    return requested;
}

/// The job of one (sources, target) pair: IMAP accounts as the source options describe them,
/// files by their absolute path (they must exist unless --pending-sources).
Expected<migration::Job> jobFor(const QStringList &sourcePaths, const QString &mailbox, const QCommandLineParser &parser,
    const PlanFlags &flags, const SourceOptions &sourceOptions)
{
    migration::Job job;
    job.target = mailbox;
    for (const QString &source : sourcePaths) {
        if (imap::isImapUrl(source.trimmed())) {
            Expected<sources::SourceSpec> account = sourceOptions.specFor(source.trimmed(), parser);
            if (!account)
                return usageError(account.error().fullText());
            job.sources.append(*account);
            continue;
        }
        const QFileInfo file(source.trimmed());
        if (!file.exists() && !parser.isSet(flags.pending))
            return usageError(QCoreApplication::translate("mig::cli", "The source %1 does not exist.").arg(source));
        job.sources.append(sources::SourceSpec::forPath(file.absoluteFilePath()));
    }
    return job;
}

/// Adds the jobs of --imap-accounts to the plan. Returns ExitOk or the exit status of the error
/// it printed.
int addImapAccountJobs(migration::Plan &plan, const QCommandLineParser &parser, const SourceOptions &sourceOptions,
    const ImapAccountsPlanOptions &imapOptions, CommandContext &ctx)
{
    QStringList warnings;
    Expected<QList<migration::Job>> accounts = imapOptions.jobs(parser, sourceOptions, &warnings);
    for (const QString &warning : std::as_const(warnings))
        ctx.err << warning << Qt::endl;
    if (!accounts)
        return printError(ctx, accounts.error(),
            accounts.error().code == Error::Code::InvalidArgument ? int(ExitUsage) : int(ExitFailure));
    for (migration::Job &job : *accounts)
        appendJob(plan.jobs, std::move(job));
    return ExitOk;
}

/// Adds the jobs of --job, --jobs-from, --imap-accounts and the Kopano options to the plan.
/// Returns ExitOk or the exit status of the error it printed.
int addJobs(migration::Plan &plan, const QCommandLineParser &parser, const PlanFlags &flags,
    const SourceOptions &sourceOptions, const KopanoPlanOptions &kopanoOptions,
    const ImapAccountsPlanOptions &imapOptions, CommandContext &ctx)
{
    // (sources, target) pairs from --job and --jobs-from, checked and merged in one place.
    Expected<QList<std::pair<QStringList, QString>>> requested = jobsFromOptions(parser.values(flags.job));
    if (!requested)
        return printError(ctx, requested.error(), ExitUsage);
    if (parser.isSet(flags.jobsFrom)) {
        auto rows = jobsFromCsv(parser.value(flags.jobsFrom));
        if (!rows)
            return printError(ctx, rows.error(), ExitFailure);
        *requested += *rows;
    }
    if (kopanoOptions.isSet(parser)) {
        Expected<QList<migration::Job>> stores = kopanoOptions.jobs(parser);
        if (!stores)
            return printError(ctx, stores.error(),
                stores.error().code == Error::Code::InvalidArgument ? int(ExitUsage) : int(ExitFailure));
        for (migration::Job &job : *stores)
            appendJob(plan.jobs, std::move(job));
    }
    if (imapOptions.isSet(parser)) {
        if (const int status = addImapAccountJobs(plan, parser, sourceOptions, imapOptions, ctx); status != ExitOk)
            return status;
    }
    if (requested->isEmpty() && plan.jobs.isEmpty())
        return printError(ctx,
            usageError(QCoreApplication::translate("mig::cli", "Give at least one --job SOURCE=user@domain.")),
            ExitUsage);
    for (const auto &[sourcePaths, mailbox] : std::as_const(*requested)) {
        Expected<migration::Job> job = jobFor(sourcePaths, mailbox, parser, flags, sourceOptions);
        if (!job)
            return printError(ctx, job.error(), ExitUsage);
        appendJob(plan.jobs, std::move(*job));
    }
    return ExitOk;
}

} // namespace

int planCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    const PlanFlags flags = declarePlanOptions(parser);
    const SourceOptions sourceOptions; // IMAP sources: TLS trust and master user go into the plan, never a password
    sourceOptions.addTo(parser, false); // --imap-passwords belongs to run: the plan holds no password
    const KopanoPlanOptions kopanoOptions; // Kopano stores: where kdb2mt finds them, never the SQL password
    kopanoOptions.addTo(parser);
    const ImapAccountsPlanOptions imapOptions; // many IMAP accounts on one server, from a CSV
    imapOptions.addTo(parser);
    // Options accept both "--create-mailboxes" alone and "--create-mailboxes=two-passes".
    const QCommandLineOption createFlag(QStringLiteral("create-mailboxes"), flags.create.description());
    QStringList arguments = ctx.arguments;
    const QString createMode = takeCreateMode(arguments);
    parser.addOption(createFlag);
    CommandContext parsed { arguments, ctx.out, ctx.err, ctx.in };
    if (const int status = parseCommandLine(parser, parsed,
            QCoreApplication::translate("mig::cli", "Write a migration plan for 'grommunio-migrate run'."));
        status >= 0)
        return status;

    if (!parser.isSet(flags.output))
        return printError(ctx,
            usageError(QCoreApplication::translate("mig::cli", "Say where to write the plan with -o PLAN.json.")),
            ExitUsage);
    if (!parser.isSet(flags.ssh))
        return printError(ctx,
            usageError(QCoreApplication::translate(
                "mig::cli", "Say which server to migrate to with --ssh [user@]host[:port].")),
            ExitUsage);
    migration::Plan plan;
    Expected<migration::ServerConnection> server = serverFromOptions(parser, flags);
    if (!server)
        return printError(ctx, server.error(), ExitUsage);
    plan.server = *server;
    Expected<migration::PlanOptions> options = planOptionsFrom(parser, flags, createMode);
    if (!options)
        return printError(ctx, options.error(), ExitUsage);
    plan.options = *options;
    plan.allowList = parser.values(flags.allow);
    plan.denyList = parser.values(flags.deny);
    if (const int status = addJobs(plan, parser, flags, sourceOptions, kopanoOptions, imapOptions, ctx); status != ExitOk)
        return status;

    if (auto saved = plan.save(parser.value(flags.output)); !saved)
        return printError(ctx, saved.error(), ExitFailure);
    ctx.out << QCoreApplication::translate("mig::cli", "Wrote %1 with %n mailbox(es).", nullptr, int(plan.jobs.size()))
                   .arg(parser.value(flags.output))
            << Qt::endl;
    return ExitOk;
}

} // namespace mig::cli
