#include "cli/InspectCommand.h"

#include "cli/AddressOptions.h"
#include "cli/InspectAddresses.h"
#include "cli/SourceOptions.h"
#include "sources/SourceRegistry.h"
#include "sources/Source.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mig::cli {

namespace {

struct Totals {
    qint64 items = 0;
    qint64 unreadable = 0;
    qint64 attachments = 0;
};

/// Counts the attachments of every readable item (top level; attachments of embedded messages are
/// part of their attachment).
qint64 countAttachments(sources::Source &source, const sources::SourceFolder &folder)
{
    if (folder.itemCount == 0)
        return 0;
    auto refs = source.items(folder.id, sources::ItemKind::Normal);
    if (!refs)
        return 0;
    qint64 total = 0;
    for (const sources::ItemRef &ref : *refs) {
        if (!ref.readable)
            continue;
        if (auto summary = source.readSummary(ref))
            total += summary->attachmentCount;
    }
    return total;
}

/// The bracketed facts after a folder's name in the text tree.
QStringList folderFacts(const sources::SourceFolder &folder, qint64 attachments)
{
    QStringList facts;
    facts.append(QCoreApplication::translate("mig::cli", "%n item(s)", nullptr, folder.itemCount));
    if (folder.unreadableCount > 0)
        facts.append(QCoreApplication::translate("mig::cli", "%n unreadable", nullptr, folder.unreadableCount));
    if (attachments > 0)
        facts.append(QCoreApplication::translate("mig::cli", "%n attachment(s)", nullptr, int(attachments)));
    if (folder.associatedCount > 0)
        facts.append(QCoreApplication::translate("mig::cli", "%n associated", nullptr, folder.associatedCount));
    if (folder.skippedCount > 0)
        facts.append(QCoreApplication::translate("mig::cli", "%n skipped: %1", nullptr, folder.skippedCount)
                         .arg(folder.skipReason));
    if (!folder.containerClass.isEmpty())
        facts.append(folder.containerClass);
    if (folder.hidden)
        facts.append(QCoreApplication::translate("mig::cli", "hidden"));
    if (folder.searchFolder)
        facts.append(QCoreApplication::translate("mig::cli", "search folder"));
    return facts;
}

/// "File:", "Format:" and "Contents:" lines above the text tree.
void printSourceHeader(const QString &file, const sources::SourceInfo &info, CommandContext &ctx)
{
    ctx.out << QCoreApplication::translate("mig::cli", "File: %1").arg(file) << Qt::endl;
    QStringList format { info.format.toUpper() };
    for (const sources::SourceDetail &detail : info.details)
        format.append(detail.text);
    ctx.out << QCoreApplication::translate("mig::cli", "Format: %1").arg(format.join(QStringLiteral(", "))) << Qt::endl;
    if (!info.contents.isEmpty()) {
        QStringList texts;
        for (const sources::ContentCount &c : info.contents)
            texts.append(c.text);
        ctx.out << QCoreApplication::translate("mig::cli", "Contents: %1").arg(texts.join(QStringLiteral(", ")))
                << Qt::endl;
    }
}

/// The source's details as {"key": "value", ...}.
QJsonObject detailsJson(const sources::SourceInfo &info)
{
    QJsonObject details;
    for (const sources::SourceDetail &detail : info.details)
        details.insert(detail.key, detail.value);
    return details;
}

void printInspectJson(const QString &file, const sources::SourceInfo &info, const QList<sources::SourceFolder> &folders,
    const Totals &totals, CommandContext &ctx)
{
    QJsonArray folderArray;
    for (const sources::SourceFolder &folder : folders) {
        folderArray.append(QJsonObject {
            { QStringLiteral("path"), folder.path },
            { QStringLiteral("items"), folder.itemCount },
            { QStringLiteral("unreadable"), folder.unreadableCount },
            { QStringLiteral("subfolders"), folder.subfolderCount },
            { QStringLiteral("container_class"), folder.containerClass },
        });
    }
    QJsonObject root {
        { QStringLiteral("file"), file },
        { QStringLiteral("format"), info.format },
        // Kept as top-level keys for scripts written against earlier versions; "details" has them all.
        { QStringLiteral("encoding"), info.detail(QStringLiteral("encoding")) },
        { QStringLiteral("encryption"), info.detail(QStringLiteral("encryption")) },
        { QStringLiteral("details"), detailsJson(info) },
        { QStringLiteral("folders"), folderArray },
        { QStringLiteral("totals"),
            QJsonObject { { QStringLiteral("items"), totals.items },
                { QStringLiteral("unreadable"), totals.unreadable },
                { QStringLiteral("attachments"), totals.attachments } } },
    };
    if (!info.contents.isEmpty()) {
        QJsonObject contents;
        for (const sources::ContentCount &c : info.contents)
            contents.insert(c.key, c.count);
        root.insert(QStringLiteral("contents"), contents);
    }
    ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

void printInspectText(const QString &file, const sources::SourceInfo &info, const QList<sources::SourceFolder> &folders,
    const QList<qint64> &attachments, const Totals &totals, CommandContext &ctx)
{
    printSourceHeader(file, info, ctx);
    for (qsizetype i = 0; i < folders.size(); ++i) {
        const sources::SourceFolder &folder = folders.at(i);
        QString line = QString(2 * folder.depth, QLatin1Char(' '));
        line += folder.isRoot       ? QCoreApplication::translate("mig::cli", "(root)")
            : folder.name.isEmpty() ? QCoreApplication::translate("mig::cli", "(unnamed)")
                                    : folder.name;
        const QStringList facts = folderFacts(folder, attachments.at(i));
        ctx.out << line << QStringLiteral("  [") << facts.join(QStringLiteral(", ")) << QStringLiteral("]") << Qt::endl;
    }
    ctx.out << QCoreApplication::translate(
        "mig::cli", "Total: %1 item(s), %2 unreadable, %3 attachment(s) in %4 folder(s)")
                   .arg(totals.items)
                   .arg(totals.unreadable)
                   .arg(totals.attachments)
                   .arg(folders.size())
            << Qt::endl;
}

/// Lists the Exchange addresses of the source and what they would be rewritten to (--addresses).
int inspectAddresses(sources::Source &source, const AddressOptions &addressOptions, const QCommandLineParser &parser,
    bool json, CommandContext &ctx)
{
    auto rewriter = addressOptions.rewriter(parser, ctx);
    if (!rewriter) {
        ctx.err << QCoreApplication::translate("mig::cli", "inspect: %1").arg(rewriter.error().fullText())
                << Qt::endl;
        return rewriter.error().code == Error::Code::InvalidArgument ? ExitUsage : ExitFailure;
    }
    const addressing::AddressRewriter none;
    return printExchangeAddresses(source, *rewriter ? **rewriter : none, json, ctx);
}

/// Prints the folder tree with counts, as JSON or text.
int inspectFolders(sources::Source &source, const QString &file, bool json, CommandContext &ctx)
{
    auto folders = source.folders();
    if (!folders) {
        ctx.err << QCoreApplication::translate("mig::cli", "inspect: %1").arg(folders.error().fullText()) << Qt::endl;
        return ExitFailure;
    }
    const sources::SourceInfo info = source.info();

    Totals totals;
    QList<qint64> attachments;
    for (const sources::SourceFolder &folder : *folders) {
        totals.items += folder.itemCount;
        totals.unreadable += folder.unreadableCount;
        attachments.append(countAttachments(source, folder));
        totals.attachments += attachments.last();
    }

    if (json) {
        printInspectJson(file, info, *folders, totals, ctx);
        return ExitOk;
    }
    printInspectText(file, info, *folders, attachments, totals, ctx);
    for (const QString &warning : source.takeWarnings())
        ctx.err << QCoreApplication::translate("mig::cli", "warning: %1").arg(warning) << Qt::endl;
    return ExitOk;
}

} // namespace

int inspectCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("mig::cli", "The PST/OST file or IMAP account (imaps://LOGIN@HOST) to inspect."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("mig::cli", "Print JSON instead of a text tree."));
    const QCommandLineOption addressesOption(QStringLiteral("addresses"),
        QCoreApplication::translate("mig::cli",
            "List the Exchange (EX) addresses with their counts and what --address-map or the directory "
            "(--ldap ...) would rewrite them to."));
    parser.addOptions({ jsonOption, addressesOption });
    const AddressOptions addressOptions(true);
    addressOptions.addTo(parser);
    const SourceOptions sourceOptions;
    sourceOptions.addTo(parser);
    if (const int rc = parseCommandLine(parser, ctx,
            QCoreApplication::translate("mig::cli", "Shows the folder tree of a mail source with item counts."));
        rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        ctx.err << QCoreApplication::translate("mig::cli", "inspect: exactly one FILE is required.") << Qt::endl;
        return ExitUsage;
    }
    const QString file = files.first();

    auto spec = sourceOptions.specFor(file, parser);
    auto prompts = spec ? sourceOptions.installPrompts(parser, ctx) : Expected<std::shared_ptr<SourceOptions::PromptScope>>(spec.error());
    auto opened = prompts ? sources::openSource(*spec) : Expected<std::unique_ptr<sources::Source>>(prompts.error());
    if (!opened) {
        ctx.err << QCoreApplication::translate("mig::cli", "inspect: %1").arg(opened.error().fullText()) << Qt::endl;
        return ExitFailure;
    }
    sources::Source &source = **opened;
    if (parser.isSet(addressesOption))
        return inspectAddresses(source, addressOptions, parser, parser.isSet(jsonOption), ctx);
    return inspectFolders(source, file, parser.isSet(jsonOption), ctx);
}

} // namespace mig::cli
