#include "cli/RunCommand.h"

#include "cli/AddressOptions.h"
#include "cli/ConversionSummary.h"
#include "cli/ImportSshOptions.h"
#include "cli/InterruptWatch.h"
#include "cli/RunProgressPrinter.h"
#include "cli/SecretInput.h"
#include "cli/Terminal.h"
#include "cli/SourceOptions.h"
#include "kopano/KopanoSpec.h"
#include "migration/Runner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QTimer>

#include <algorithm>


namespace mig::cli {
namespace {

/// Serialises the prompts of several mailbox jobs (they run on worker threads) and remembers the
/// answers for this run, so a password or a confirmed host key is asked for once, not per mailbox.
struct SharedPrompts {
    QMutex mutex;
    QSet<QString> trustedFingerprints;
    std::optional<transport::SecretBytes> password;
};

void wrapPromptsForWorkers(migration::RunOptions &options, const transport::SessionOptions &session)
{
    auto shared = std::make_shared<SharedPrompts>();
    if (session.confirmHostKey) {
        options.confirmHostKey = [shared, ask = session.confirmHostKey](const transport::HostKeyInfo &key) {
            QMutexLocker lock(&shared->mutex);
            if (shared->trustedFingerprints.contains(key.fingerprint))
                return true;
            const bool trusted = ask(key);
            if (trusted)
                shared->trustedFingerprints.insert(key.fingerprint);
            return trusted;
        };
    }
    if (session.askSecret) {
        options.askSecret = [shared, ask = session.askSecret](transport::SecretKind kind, const QString &prompt,
                                bool echo) -> std::optional<transport::SecretBytes> {
            QMutexLocker lock(&shared->mutex);
            const bool reusable = kind == transport::SecretKind::Password && !echo;
            if (reusable && shared->password)
                return transport::SecretBytes(QByteArray(shared->password->data(), shared->password->size()));
            std::optional<transport::SecretBytes> answer = ask(kind, prompt, echo);
            if (reusable && answer)
                shared->password = transport::SecretBytes(QByteArray(answer->data(), answer->size()));
            return answer;
        };
    }
}

/// 3 when some mailbox was stopped, 1 when every mailbox that ran failed, 4 when some failed or lost
/// items while others were done, 0 when all is done.
int runExitCode(const migration::RunReport &report)
{
    const int done = report.count(migration::MailboxState::Done) + report.count(migration::MailboxState::Skipped);
    const int failed = report.count(migration::MailboxState::Failed);
    const int unfinished = int(report.mailboxes.size()) - done - failed;
    const bool itemsLost = std::any_of(report.mailboxes.cbegin(), report.mailboxes.cend(),
        [](const migration::MailboxReport &m) { return m.itemsFailed > 0; });
    if (unfinished > 0)
        return ExitCanceled;
    if (failed > 0)
        return done > 0 ? ExitPartial : ExitFailure;
    return itemsLost ? ExitPartial : ExitOk;
}

/// The Kopano MySQL password: from file (first line), MIG_KOPANO_SQL_PASSWORD, or the terminal
/// without echo. None of these is a command line that `ps` shows.
Expected<QByteArray> kopanoSqlPassword(const QString &file, CommandContext &ctx)
{
    if (!file.isEmpty())
        return readPasswordFile(file);
    if (qEnvironmentVariableIsSet("MIG_KOPANO_SQL_PASSWORD"))
        return qgetenv("MIG_KOPANO_SQL_PASSWORD");
    if (!onTerminal())
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::cli",
                "The plan has Kopano jobs: give the Kopano MySQL password with --sql-password-file or "
                "MIG_KOPANO_SQL_PASSWORD."),
            {} };
    ctx.err << QCoreApplication::translate("mig::cli", "Kopano MySQL password: ") << Qt::flush;
    QByteArray line = readTerminalLine(false);
    ctx.err << Qt::endl;
    return line;
}

/// The options of run besides the SSH, address and source options.
struct RunFlags {
    QCommandLineOption jobs;
    QCommandLineOption resume;
    QCommandLineOption delta;
    QCommandLineOption retry;
    QCommandLineOption dryRun;
    QCommandLineOption runDir;
    QCommandLineOption json;
    QCommandLineOption watch;
    QCommandLineOption settle;
    QCommandLineOption sqlPassword;
};

RunFlags declareRunOptions(QCommandLineParser &parser)
{
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
        QCoreApplication::translate("mig::cli", "Mailboxes at the same time (default: the plan's)."),
        QCoreApplication::translate("mig::cli", "n"));
    const QCommandLineOption resumeOption(QStringLiteral("resume"),
        QCoreApplication::translate("mig::cli",
            "Skip mailboxes an earlier run in the same run directory finished; continue mailboxes it stopped "
            "(STOP, Ctrl+C) after the last message they imported."));
    const QCommandLineOption deltaOption(QStringLiteral("delta"),
        QCoreApplication::translate("mig::cli",
            "Like --resume, and also run again the IMAP mailboxes an earlier run finished: they send only the "
            "messages that arrived since (higher UIDs), into the same folders. The last pass before cut-over."));
    const QCommandLineOption retryOption(QStringLiteral("retry-failed"),
        QCoreApplication::translate("mig::cli", "Run only the mailboxes that failed in an earlier run."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
        QCoreApplication::translate(
            "mig::cli", "Convert and validate everything locally; write nothing to the server."));
    const QCommandLineOption runDirOption(QStringLiteral("run-dir"),
        QCoreApplication::translate(
            "mig::cli", "Directory for the ledger, logs and report (default: PLAN.run beside the plan)."),
        QCoreApplication::translate("mig::cli", "dir"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QCoreApplication::translate("mig::cli",
            "Print the run's report (report.json) with the exit state as one line of JSON on standard output "
            "instead of the progress display."));
    const QCommandLineOption watchOption(QStringLiteral("watch"),
        QCoreApplication::translate("mig::cli",
            "Wait for sources that do not exist or are still being written (Exchange exports) and start each "
            "mailbox as soon as its PST is complete: listed in exports.done beside it (exchange-export's status "
            "script), or unchanged for --settle seconds, as long as its header says and readable."));
    const QCommandLineOption settleOption(QStringLiteral("settle"),
        QCoreApplication::translate("mig::cli", "--watch: seconds an unlisted file must stay unchanged (default 60)."),
        QCoreApplication::translate("mig::cli", "seconds"), QStringLiteral("60"));
    const QCommandLineOption sqlPasswordOption(QStringLiteral("sql-password-file"),
        QCoreApplication::translate("mig::cli",
            "Kopano jobs: the Kopano MySQL password is the first line of this file (else the environment variable "
            "MIG_KOPANO_SQL_PASSWORD, else a question on the terminal). gromox-kdb2mt gets it on its standard "
            "input, never on a command line."),
        QCoreApplication::translate("mig::cli", "file"));
    parser.addOptions({ jobsOption, resumeOption, deltaOption, retryOption, dryRunOption, runDirOption, jsonOption, watchOption,
        settleOption, sqlPasswordOption });
    parser.addPositionalArgument(QStringLiteral("plan"),
        QCoreApplication::translate("mig::cli", "The plan written by 'grommunio-migrate plan' or the wizard."));
    return { jobsOption, resumeOption, deltaOption, retryOption, dryRunOption, runDirOption, jsonOption, watchOption, settleOption,
        sqlPasswordOption };
}

/// The run options from the command line. Returns ExitOk or the exit status of the error it printed.
int runOptionsFrom(const QCommandLineParser &parser, const RunFlags &flags, const QString &planPath,
    const AddressOptions &addressOptions, migration::RunOptions &options, CommandContext &ctx)
{
    options.delta = parser.isSet(flags.delta);
    options.resume = parser.isSet(flags.resume) || options.delta;
    options.retryFailed = parser.isSet(flags.retry);
    options.dryRun = parser.isSet(flags.dryRun);
    options.runDir = parser.isSet(flags.runDir) ? parser.value(flags.runDir)
                                                 : QFileInfo(planPath).absolutePath() + QLatin1Char('/')
            + QFileInfo(planPath).completeBaseName() + QStringLiteral(".run");
    Expected<std::shared_ptr<const addressing::AddressRewriter>> addresses = addressOptions.rewriter(parser, ctx);
    if (!addresses) {
        ctx.err << addresses.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    options.addresses = *addresses;
    options.watch = parser.isSet(flags.watch);
    {
        bool ok = false;
        options.settleSeconds = parser.value(flags.settle).toInt(&ok);
        if (!ok || options.settleSeconds < 0) {
            ctx.err << QCoreApplication::translate("mig::cli", "--settle must be a number of seconds.") << Qt::endl;
            return ExitUsage;
        }
        // Look twice per settle time, at most every 5 s (tests settle in a second or two).
        options.watchIntervalMs = std::clamp(options.settleSeconds * 500, 200, 5000);
    }
    if (parser.isSet(flags.jobs)) {
        bool ok = false;
        options.jobs = parser.value(flags.jobs).toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 64) {
            ctx.err << QCoreApplication::translate("mig::cli", "--jobs must be a number from 1 to 64.") << Qt::endl;
            return ExitUsage;
        }
    }
    return ExitOk;
}

/// Whether any job of the plan reads a Kopano store (and so needs the Kopano SQL password).
bool hasKopanoJobs(const migration::Plan &plan)
{
    return std::any_of(plan.jobs.begin(), plan.jobs.end(), [](const migration::Job &job) {
        return std::any_of(job.sources.begin(), job.sources.end(), kopano::isKopanoSpec);
    });
}

/// Passwords and SSH credentials: source prompts, the Kopano SQL password, and the command line's
/// SSH options over the plan's. Returns ExitOk or the exit status of the error it printed.
int addCredentials(migration::Plan &plan, migration::RunOptions &options, const QCommandLineParser &parser,
    const RunFlags &flags, const ImportSshOptions &ssh, const SourceOptions &sourceOptions,
    std::shared_ptr<SourceOptions::PromptScope> &promptScope, CommandContext &ctx)
{
    // IMAP sources of the plan get their passwords from --source-password-file or the terminal.
    auto prompts = sourceOptions.installPrompts(parser, ctx);
    if (!prompts) {
        ctx.err << prompts.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    promptScope = *prompts;
    if (hasKopanoJobs(plan)) {
        Expected<QByteArray> password = kopanoSqlPassword(parser.value(flags.sqlPassword), ctx);
        if (!password) {
            ctx.err << password.error().fullText() << Qt::endl;
            return ExitFailure;
        }
        options.kopanoSqlPassword = std::make_shared<const transport::SecretBytes>(std::move(*password));
    }
    Expected<transport::SessionOptions> session = ssh.credentialOptions(parser, ctx);
    if (!session) {
        ctx.err << session.error().fullText() << Qt::endl;
        return session.error().code == Error::Code::InvalidArgument ? ExitUsage : ExitFailure;
    }
    // Command-line SSH options override the plan's (the plan may come from another workstation).
    if (!session->identityFile.isEmpty())
        plan.server.identityFile = session->identityFile;
    if (!session->knownHostsFile.isEmpty())
        plan.server.knownHostsFile = session->knownHostsFile;
    options.acceptedFingerprint = session->acceptedFingerprint;
    wrapPromptsForWorkers(options, *session);
    return ExitOk;
}

/// The report after the run: one line of JSON, or the text summary.
void printRunReport(const migration::RunReport &report, int exitCode, const QString &runDir, bool json,
    CommandContext &ctx)
{
    if (json) {
        QJsonObject summary = report.toJson();
        summary.insert(QStringLiteral("command"), QStringLiteral("run"));
        summary.insert(QStringLiteral("exit_code"), exitCode);
        summary.insert(QStringLiteral("state"), exitStateName(exitCode));
        summary.insert(QStringLiteral("run_dir"), runDir);
        printJson(ctx.out, summary);
        return;
    }
    const int done = report.count(migration::MailboxState::Done);
    const int failed = report.count(migration::MailboxState::Failed);
    const int skipped = report.count(migration::MailboxState::Skipped);
    const int stopped = int(report.mailboxes.size()) - done - failed - skipped;
    ctx.out << QCoreApplication::translate(
        "mig::cli", "Finished: %1 done, %2 failed, %3 stopped, %4 skipped. Report: %5")
                   .arg(done)
                   .arg(failed)
                   .arg(stopped)
                   .arg(skipped)
                   .arg(runDir + QStringLiteral("/report.html"))
            << Qt::endl;
}

/// Runs the plan with a progress display until it ends; Ctrl+C once stops after the current
/// messages, twice cancels now.
int executeRun(const migration::Plan &plan, const migration::RunOptions &options, bool json, CommandContext &ctx)
{
    const bool terminal = stdoutIsLiveTerminal();
    // With --json, standard output carries only the JSON line; progress goes nowhere.
    QString discarded;
    QTextStream nowhere(&discarded);
    RunProgressPrinter printer(json ? nowhere : ctx.out, terminal && !json, int(plan.jobs.size()));
    migration::Runner runner(plan, options);
    QEventLoop loop;
    QObject::connect(&runner, &migration::Runner::progressChanged, &loop,
        [&](const migration::MailboxProgress &p) { printer.update(p); });
    QObject::connect(&runner, &migration::Runner::logLine, &loop,
        [&](int, const QString &target, const QString &line) { printer.logLine(target, line); });
    QObject::connect(&runner, &migration::Runner::finished, &loop, &QEventLoop::quit);

    // Ctrl+C once: stop after the current messages; twice: cancel now.
    InterruptWatch interrupts;
    QTimer interruptPoll;
    int handledInterrupts = 0;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
        const int seen = interrupts.count();
        if (seen == handledInterrupts)
            return;
        handledInterrupts = seen;
        if (seen == 1) {
            ctx.err << '\n'
                    << QCoreApplication::translate(
                           "mig::cli", "Stopping after the current messages (Ctrl+C again to cancel now) ...")
                    << Qt::endl;
            runner.requestStop();
        } else {
            runner.cancel();
        }
    });
    interruptPoll.start(200);

    if (Expected<void> started = runner.start(); !started) {
        ctx.err << started.error().fullText() << Qt::endl;
        return ExitFailure;
    }
    ctx.err << QCoreApplication::translate("mig::cli", "Run directory: %1").arg(options.runDir) << Qt::endl;
    loop.exec();
    printer.finish();

    const int exitCode = runExitCode(runner.report());
    printRunReport(runner.report(), exitCode, options.runDir, json, ctx);
    return exitCode;
}

} // namespace

int runCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    ImportSshOptions ssh;
    ssh.addTo(parser);
    const AddressOptions addressOptions(false); // --address-map; overrides the plan's
    addressOptions.addTo(parser);
    const SourceOptions sourceOptions; // only the password file and prompts apply: the plan holds the rest
    sourceOptions.addTo(parser);
    const RunFlags flags = declareRunOptions(parser);
    if (const int status = parseCommandLine(parser, ctx,
            QCoreApplication::translate("mig::cli",
                "Run a migration plan: several mailboxes at once, with a ledger for "
                "--resume and --retry-failed. Create a file named STOP in the run "
                "directory (or press Ctrl+C) to stop after the current messages."));
        status >= 0)
        return status;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << QCoreApplication::translate("mig::cli", "Give exactly one plan file.") << Qt::endl;
        return ExitUsage;
    }
    const QString planPath = parser.positionalArguments().first();
    Expected<migration::Plan> plan = migration::Plan::load(planPath);
    if (!plan) {
        ctx.err << plan.error().fullText() << Qt::endl;
        return ExitFailure;
    }

    migration::RunOptions options;
    if (const int status = runOptionsFrom(parser, flags, planPath, addressOptions, options, ctx); status != ExitOk)
        return status;
    std::shared_ptr<SourceOptions::PromptScope> prompts; // installed for the whole run
    if (const int status = addCredentials(*plan, options, parser, flags, ssh, sourceOptions, prompts, ctx);
        status != ExitOk)
        return status;
    return executeRun(*plan, options, parser.isSet(flags.json), ctx);
}

} // namespace mig::cli
