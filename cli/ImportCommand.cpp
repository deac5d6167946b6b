#include "cli/ImportCommand.h"

#include "cli/AddressOptions.h"
#include "cli/ConversionSummary.h"
#include "cli/ImportJobEnvironment.h"
#include "cli/ImportSshOptions.h"
#include "cli/SourceOptions.h"
#include "migration/MailboxJob.h"

#include <QCoreApplication>

namespace mig::cli {

namespace {

/// The options of `import` besides the SSH and address options.
struct ImportCommandOptions {
    QCommandLineOption to { QStringLiteral("to"),
        QCoreApplication::translate("mig::cli", "Target mailbox: user@domain."),
        QCoreApplication::translate("mig::cli", "mailbox") };
    QCommandLineOption splice { QStringLiteral("splice"),
        QCoreApplication::translate(
            "mig::cli", "Merge the special folders (Inbox, Sent Items, ...) into the mailbox's own.") };
    QCommandLineOption targetFolder { QStringLiteral("target-folder"),
        QCoreApplication::translate("mig::cli", "Name of the new folder instead of \"Import of <file> @<time>\"."),
        QCoreApplication::translate("mig::cli", "name") };
    QCommandLineOption revision { QStringLiteral("revision"),
        QCoreApplication::translate("mig::cli", "GXMT revision: auto (ask the server, default), 3, 4 or 5."),
        QCoreApplication::translate("mig::cli", "auto|N"), QStringLiteral("auto") };
    QCommandLineOption continueOnError { QStringLiteral("continue-on-error"),
        QCoreApplication::translate("mig::cli", "Skip messages the server cannot store (gromox-import -c).") };
    QCommandLineOption hidden { QStringLiteral("with-hidden"),
        QCoreApplication::translate("mig::cli", "Also convert hidden folders.") };
    QCommandLineOption associated { QStringLiteral("with-associated"),
        QCoreApplication::translate("mig::cli", "Also convert folder-associated items (views, rules, forms).") };
    QCommandLineOption json { QStringLiteral("json"),
        QCoreApplication::translate("mig::cli", "Print the summary as one line of JSON on standard output.") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({ to, splice, targetFolder, revision, continueOnError, hidden, associated, json });
    }
};

/// --revision as a number (0 for auto); -1 after printing why it is wrong.
int forcedRevision(const QCommandLineParser &parser, const ImportCommandOptions &options, CommandContext &ctx)
{
    if (parser.value(options.revision) == QLatin1String("auto"))
        return 0;
    bool numeric = false;
    const int number = parser.value(options.revision).toInt(&numeric);
    if (!numeric || number < 3 || number > 5) {
        ctx.err << QCoreApplication::translate("mig::cli", "--revision must be auto, 3, 4 or 5.") << Qt::endl;
        return -1;
    }
    return number;
}

/// The plan of a one-mailbox run: the server of --ssh, the options of the command line, one job.
migration::Plan importPlan(const QCommandLineParser &parser, const ImportCommandOptions &options,
                           const transport::SessionOptions &session, bool sudo, int revision, const QList<sources::SourceSpec> &specs)
{
    migration::Plan plan;
    plan.server.host = session.target.host;
    plan.server.port = session.target.port;
    plan.server.user = session.target.user; // empty: the local user name, as ssh does
    plan.server.identityFile = session.identityFile;
    plan.server.knownHostsFile = session.knownHostsFile;
    plan.server.useSudo = sudo;
    plan.options.placement
        = parser.isSet(options.splice) ? migration::Placement::Splice : migration::Placement::NewRootFolder;
    plan.options.targetFolder = parser.value(options.targetFolder);
    plan.options.continueOnError = parser.isSet(options.continueOnError);
    plan.options.parallelJobs = 1;
    plan.options.revision = revision;
    plan.options.withHidden = parser.isSet(options.hidden);
    plan.options.withAssociated = parser.isSet(options.associated);
    plan.jobs = { migration::Job { specs, parser.value(options.to) } };
    return plan;
}

/// How the one job runs: the prompts, fingerprint and timeouts of the command line; no run directory.
migration::RunOptions importRunOptions(const transport::SessionOptions &session,
                                       std::shared_ptr<const addressing::AddressRewriter> addresses)
{
    migration::RunOptions run;
    run.acceptedFingerprint = session.acceptedFingerprint;
    run.confirmHostKey = session.confirmHostKey;
    run.askSecret = session.askSecret;
    run.connectTimeoutSeconds = session.connectTimeoutSeconds;
    run.ioTimeoutSeconds = session.ioTimeoutSeconds;
    run.addresses = std::move(addresses);
    return run;
}

/// The importer's verdict first (a stream it refused is a failure whatever was converted), then
/// the conversion's; without a verdict, the kind of error that ended the job.
int importExitCode(const migration::MailboxJob &job)
{
    if (const std::optional<migration::TargetResult> &verdict = job.verdict(); verdict && job.conversion()) {
        if (verdict->exitStatus != 0)
            return ExitFailure;
        // With --continue-on-error the importer stores what it can and exits 0: refused messages
        // make the import partial, not failed.
        if (verdict->messageFailures > 0)
            return ExitPartial;
        return conversionExitCode(*job.conversion());
    }
    switch (job.failureCode().value_or(Error::Code::Internal)) {
    case Error::Code::Canceled:
        return ExitCanceled;
    case Error::Code::InvalidArgument:
        return ExitUsage;
    default:
        return ExitFailure;
    }
}

void printImporterSummary(QTextStream &out, const migration::TargetResult &result, double seconds)
{
    seconds = std::max(seconds, 0.001);
    out << QCoreApplication::translate("mig::cli",
        "Sent %1 bytes in %2 s (%3 MiB/s). The importer created %4 folders and %5 messages; %6 warnings, %7 failed "
        "messages.")
               .arg(result.bytesSent)
               .arg(seconds, 0, 'f', 1)
               .arg(double(result.bytesSent) / (1024.0 * 1024.0) / seconds, 0, 'f', 1)
               .arg(result.foldersCreated)
               .arg(result.messagesConfirmed)
               .arg(result.warnings)
               .arg(result.messageFailures)
        << Qt::endl;
    out << result.explanation << Qt::endl;
}

void printConversion(const sources::ConversionReport &report, CommandContext &ctx)
{
    for (const sources::SourceReport &source : report.sources) {
        for (const sources::ItemProblem &problem : source.failures) {
            ctx.err << QCoreApplication::translate("mig::cli", "%1: not converted: folder \"%2\", node 0x%3: %4")
                           .arg(source.name, problem.folderPath)
                           .arg(problem.itemId, 0, 16)
                           .arg(problem.reason)
                    << Qt::endl;
        }
    }
    for (const sources::SourceReport &source : report.sources)
        printAddressSummary(ctx.out, source.addresses);
    ctx.out << QCoreApplication::translate("mig::cli", "Converted %1 items, skipped %2, failed %3.")
                   .arg(report.converted())
                   .arg(report.skipped())
                   .arg(report.failed())
            << Qt::endl;
}

/// What `import` prints after its job: the importer's summary, a stop notice, then the conversion
/// as text or as the --json line (standard output then carries only that line).
void printOutcome(const migration::MailboxJob &job, const migration::MailboxReport &report, bool json,
                  int exitCode, CommandContext &ctx)
{
    if (job.verdict())
        printImporterSummary(json ? ctx.err : ctx.out, *job.verdict(), report.seconds());
    if (!job.conversion())
        return;
    const sources::ConversionReport &conversion = *job.conversion();
    if (conversion.canceled)
        ctx.err << QCoreApplication::translate("mig::cli",
            "Stopped by Ctrl+C after %1 items: the stream ended cleanly, and what was sent is in the mailbox.")
                       .arg(conversion.itemSlots)
                << Qt::endl;
    if (json)
        printJson(ctx.out, conversionReportJson(QStringLiteral("import"), conversion, exitCode));
    else
        printConversion(conversion, ctx);
}

} // namespace

int importCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    const ImportCommandOptions options;
    options.addTo(parser);
    const AddressOptions addressOptions(false);
    addressOptions.addTo(parser);
    const SourceOptions sourceOptions; // IMAP accounts: password, TLS trust
    sourceOptions.addTo(parser);
    ImportSshOptions ssh;
    ssh.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("sources"),
        QCoreApplication::translate("mig::cli", "Sources to import: PST/OST, EML, MBOX, Maildir, iCalendar or vCard files and folders, imap(s)://user@host accounts."), QStringLiteral("SOURCE..."));
    if (const int rc = parseCommandLine(parser, ctx,
            QCoreApplication::translate(
                "mig::cli", "Converts sources and streams them into a grommunio mailbox over SSH."));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().isEmpty() || !parser.isSet(options.to)) {
        ctx.err << QCoreApplication::translate(
            "mig::cli", "Usage: import SOURCE... --to user@domain --ssh [user@]host[:port]")
                << Qt::endl;
        return ExitUsage;
    }
    const int revision = forcedRevision(parser, options, ctx);
    if (revision < 0)
        return ExitUsage;
    Expected<std::shared_ptr<const addressing::AddressRewriter>> addresses = addressOptions.rewriter(parser, ctx);
    if (!addresses) {
        ctx.err << addresses.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    QList<sources::SourceSpec> sourceSpecs;
    for (const QString &argument : parser.positionalArguments()) {
        Expected<sources::SourceSpec> spec = sourceOptions.specFor(argument, parser, true);
        if (!spec) {
            ctx.err << spec.error().fullText() << Qt::endl;
            return ExitUsage;
        }
        sourceSpecs.append(*spec);
    }
    auto prompts = sourceOptions.installPrompts(parser, ctx);
    if (!prompts) {
        ctx.err << prompts.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    Expected<transport::SessionOptions> session = ssh.sessionOptions(parser, ctx);
    if (!session) {
        ctx.err << session.error().fullText() << Qt::endl;
        return session.error().code == Error::Code::InvalidArgument ? ExitUsage : ExitFailure;
    }

    // A run of one job through the same engine code as `run`: same placement, same importer use.
    const migration::Plan plan
        = importPlan(parser, options, *session, ssh.discoveryOptions(parser, {}).sudo, revision, sourceSpecs);
    const migration::RunOptions run = importRunOptions(*session, *addresses);
    ImportJobEnvironment environment(ctx);
    migration::MailboxJob job(plan, 0, run, environment);
    const migration::MailboxReport report = job.run();
    const int exitCode = importExitCode(job);
    printOutcome(job, report, parser.isSet(options.json), exitCode, ctx);
    return exitCode;
}

} // namespace mig::cli
