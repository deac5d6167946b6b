#include "cli/ImportMtCommand.h"

#include "cli/ImportSshOptions.h"
#include "cli/ImportStreaming.h"
#include "cli/InterruptWatch.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>

namespace mig::cli {

namespace {

constexpr qint64 kReadBlock = 1 << 20;

/// Opens the .mt file and returns the GXMT revision its magic names, or nothing after reporting why not.
std::optional<int> openStream(QFile &file, CommandContext &ctx)
{
    const QString path = file.fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << QCoreApplication::translate("mig::cli", "Cannot open %1: %2").arg(path, file.errorString())
                << Qt::endl;
        return std::nullopt;
    }
    const QByteArray magic = file.peek(8);
    if (magic.size() < 8 || !magic.startsWith("GXMT")) {
        ctx.err << QCoreApplication::translate("mig::cli", "%1 is not a GXMT stream (it does not start with GXMT000n).")
                       .arg(path)
                << Qt::endl;
        return std::nullopt;
    }
    return QString::fromLatin1(magic.mid(4)).toInt();
}

/// False after reporting that the server's importer reads another revision than the file's.
bool revisionFits(const QString &path, int fileRevision, const transport::ImporterInfo &importer, CommandContext &ctx)
{
    if (int(importer.revision) == fileRevision)
        return true;
    ctx.err << QCoreApplication::translate("mig::cli",
        "%1 is a GXMT%2 stream, but the server's importer reads only GXMT%3. Convert the source again "
        "for that revision.")
                   .arg(path)
                   .arg(fileRevision, 4, 10, QLatin1Char('0'))
                   .arg(int(importer.revision), 4, 10, QLatin1Char('0'))
            << Qt::endl;
    return false;
}

/// Copies the rest of the file into the sink block by block; Ctrl+C stops it between blocks.
Expected<void> copyStream(QFile &file, const InterruptWatch &interrupts, gxmt::ByteSink &sink)
{
    const QString path = file.fileName();
    while (!file.atEnd()) {
        if (interrupts.count() > 0)
            return Error { Error::Code::Canceled,
                QCoreApplication::translate("mig::cli", "Canceled by Ctrl+C after %1 of %2 bytes of %3.")
                    .arg(file.pos())
                    .arg(file.size())
                    .arg(path),
                {} };
        const QByteArray block = file.read(kReadBlock);
        if (block.isEmpty() && file.error() != QFileDevice::NoError)
            return Error { Error::Code::NotFound,
                QCoreApplication::translate("mig::cli", "Reading %1 failed: %2").arg(path, file.errorString()),
                {} };
        if (Expected<void> written = sink.write(block); !written)
            return written;
    }
    return {};
}

} // namespace

int importMtCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
        QCoreApplication::translate("mig::cli", "Target mailbox: user@domain (or @domain for the public store)."),
        QCoreApplication::translate("mig::cli", "mailbox"));
    const QCommandLineOption anchor(QStringLiteral("anchor"),
        QCoreApplication::translate(
            "mig::cli", "Folder for objects without a place of their own (gromox-import -B), e.g. IPM_SUBTREE."),
        QCoreApplication::translate("mig::cli", "folder"));
    const QCommandLineOption continueOnError(QStringLiteral("continue-on-error"),
        QCoreApplication::translate("mig::cli", "Skip messages the server cannot store (gromox-import -c)."));
    parser.addOptions({ to, anchor, continueOnError });
    ImportSshOptions ssh;
    ssh.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("mig::cli", "The GXMT stream (.mt file) to import."));
    if (const int rc = parseCommandLine(parser, ctx,
            QCoreApplication::translate(
                "mig::cli", "Streams a GXMT file into gromox-import on a grommunio server over SSH."));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(to)) {
        ctx.err << QCoreApplication::translate(
            "mig::cli", "Usage: import-mt FILE.mt --to user@domain --ssh [user@]host[:port]")
                << Qt::endl;
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    const std::optional<int> fileRevision = openStream(file, ctx);
    if (!fileRevision)
        return ExitFailure;

    int exitCode = ExitFailure;
    std::optional<ImportTarget> server = connectToImporter(ssh, parser, parser.value(to), ctx, &exitCode);
    if (!server)
        return exitCode;
    if (!revisionFits(path, *fileRevision, server->importer, ctx))
        return ExitFailure;
    transport::ImportOptions options;
    options.importer = server->importer;
    options.targetUser = parser.value(to);
    options.anchorFolder = parser.value(anchor);
    options.continueOnError = parser.isSet(continueOnError);
    // A stored stream cannot be cut at a message boundary here: Ctrl+C abandons it (the importer
    // sees a truncated stream and says so).
    InterruptWatch interrupts;
    return streamIntoImporter(
        *server, options,
        [&file, &interrupts](gxmt::ByteSink &sink) -> Expected<void> { return copyStream(file, interrupts, sink); },
        ctx);
}

} // namespace mig::cli
