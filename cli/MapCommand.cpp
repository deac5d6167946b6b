#include "cli/MapCommand.h"

#include "cli/DirectoryColumnPrinter.h"
#include "cli/DirectoryOptions.h"
#include "directory/LdapDirectory.h"
#include "mapping/MappingTable.h"
#include "mapping/SourceInspector.h"
#include "mapping/SourceScanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

#include "core/OutputFile.h"

namespace mig::cli {

namespace {

int fail(CommandContext &ctx, const Error &error)
{
    ctx.err << error.fullText() << Qt::endl;
    return error.code == Error::Code::InvalidArgument ? ExitUsage : ExitFailure;
}

QJsonObject toJson(const mapping::MappingEntry &entry)
{
    return QJsonObject {
        { QStringLiteral("source"), entry.source },
        { QStringLiteral("target"), entry.target },
        { QStringLiteral("status"), mapping::statusName(entry.status) },
        { QStringLiteral("confidence"), entry.confidence },
        { QStringLiteral("reason"), entry.reason },
        { QStringLiteral("candidates"), QJsonArray::fromStringList(entry.candidates) },
    };
}

Expected<mapping::MappingRules> loadRules(const QCommandLineParser &parser, const QCommandLineOption &allow,
    const QCommandLineOption &deny, const QCommandLineOption &overrides)
{
    mapping::MappingRules rules;
    if (parser.isSet(allow)) {
        auto list = mapping::AddressList::load(parser.value(allow));
        if (!list)
            return list.error();
        rules.allow = *list;
    }
    if (parser.isSet(deny)) {
        auto list = mapping::AddressList::load(parser.value(deny));
        if (!list)
            return list.error();
        rules.deny = *list;
    }
    if (parser.isSet(overrides)) {
        const QString path = parser.value(overrides);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { Error::Code::NotFound,
                QCoreApplication::translate("mig::cli", "Cannot read the mapping %1.").arg(path), file.errorString() };
        auto edited = mapping::MappingTable::fromCsv(file.readAll(), path);
        if (!edited)
            return edited.error();
        rules.adoptEdits(edited->entries());
    }
    return rules;
}

Expected<void> writeCsvFile(const QString &path, const mapping::MappingTable &table)
{
    if (Expected<void> written = OutputFile::write(path, table.toCsv()); !written)
        return Error { Error::Code::AccessDenied,
            QCoreApplication::translate("mig::cli", "Cannot write the mapping to %1.").arg(path), written.error().detail };
    return {};
}

/// The options of map besides the directory options.
struct MapFlags {
    QCommandLineOption csv;
    QCommandLineOption json;
    QCommandLineOption allow;
    QCommandLineOption deny;
    QCommandLineOption overrides;
    QCommandLineOption noInspect;
};

MapFlags declareMapOptions(QCommandLineParser &parser)
{
    const QCommandLineOption csv(QStringLiteral("csv"),
        QCoreApplication::translate("mig::cli", "Also write the mapping to this CSV file."),
        QCoreApplication::translate("mig::cli", "FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("mig::cli", "Print JSON."));
    const QCommandLineOption allow(QStringLiteral("allow"),
        QCoreApplication::translate(
            "mig::cli", "Only migrate the mailboxes listed in this file (one per line, # comments)."),
        QCoreApplication::translate("mig::cli", "FILE"));
    const QCommandLineOption deny(QStringLiteral("deny"),
        QCoreApplication::translate(
            "mig::cli", "Never migrate the mailboxes listed in this file (one per line, # comments)."),
        QCoreApplication::translate("mig::cli", "FILE"));
    const QCommandLineOption overrides(QStringLiteral("overrides"),
        QCoreApplication::translate("mig::cli", "Take the targets of this edited mapping CSV as decisions."),
        QCoreApplication::translate("mig::cli", "FILE"));
    const QCommandLineOption noInspect(QStringLiteral("no-inspect"),
        QCoreApplication::translate(
            "mig::cli", "Match by names only; do not open the sources to read their Sent Items."));
    parser.addOptions({ csv, json, allow, deny, overrides, noInspect });
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
        QCoreApplication::translate("mig::cli", "PST/OST files, folders holding them, or IMAP accounts (imaps://LOGIN@HOST)."),
        QStringLiteral("SOURCE..."));
    return { csv, json, allow, deny, overrides, noInspect };
}

/// Reads the Sent Items of each source so the matcher sees who sent from it.
void inspectSources(std::vector<mapping::SourceDescriptor> &sources, CommandContext &ctx)
{
    for (mapping::SourceDescriptor &source : sources) {
        // A source the reader cannot open is still matched by its name; say why it was not read.
        if (auto inspected = mapping::inspectSource(source); !inspected)
            ctx.err << inspected.error().fullText() << Qt::endl;
    }
}

void printMappingJson(const mapping::MappingTable &table, CommandContext &ctx)
{
    QJsonArray array;
    for (const mapping::MappingEntry &entry : table.entries())
        array.append(toJson(entry));
    ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void printMappingText(const mapping::MappingTable &table, CommandContext &ctx)
{
    ColumnPrinter printer({ QCoreApplication::translate("mig::cli", "SOURCE"),
        QCoreApplication::translate("mig::cli", "TARGET"), QCoreApplication::translate("mig::cli", "STATUS"),
        QCoreApplication::translate("mig::cli", "CONFIDENCE"), QCoreApplication::translate("mig::cli", "REASON") });
    for (const mapping::MappingEntry &entry : table.entries()) {
        printer.addRow({ entry.source, entry.target, mapping::statusName(entry.status),
            entry.confidence > 0 ? QString::number(entry.confidence) : QString(), entry.reason });
    }
    printer.print(ctx.out);
    const qsizetype ready = qsizetype(table.ready().size());
    ctx.out << QCoreApplication::translate("mig::cli", "%1 of %2 source(s) ready; the others need a decision.")
                   .arg(ready)
                   .arg(table.entries().size())
            << Qt::endl;
}

} // namespace

int mapCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    DirectoryOptions options;
    options.addTo(parser);
    const MapFlags flags = declareMapOptions(parser);
    if (const int rc = parseCommandLine(
            parser, ctx, QCoreApplication::translate("mig::cli", "Propose which target mailbox each source goes to."));
        rc >= 0)
        return rc;
    if (parser.positionalArguments().isEmpty()) {
        ctx.err << QCoreApplication::translate("mig::cli", "Name at least one source.") << Qt::endl;
        return ExitUsage;
    }
    const auto settings = options.settings(parser, ctx);
    if (!settings)
        return fail(ctx, settings.error());
    const auto rules = loadRules(parser, flags.allow, flags.deny, flags.overrides);
    if (!rules)
        return fail(ctx, rules.error());
    auto sources = mapping::collectSources(parser.positionalArguments());
    if (!sources)
        return fail(ctx, sources.error());
    if (sources->empty()) {
        ctx.err << QCoreApplication::translate("mig::cli", "No PST/OST files found in %1.")
                       .arg(parser.positionalArguments().join(QStringLiteral(", ")))
                << Qt::endl;
        return ExitFailure;
    }
    if (!parser.isSet(flags.noInspect))
        inspectSources(*sources, ctx);
    auto users = directory::fetchUsers(*settings);
    if (!users)
        return fail(ctx, users.error());

    const mapping::Matcher matcher(std::move(*users));
    const mapping::MappingTable table = mapping::MappingTable::build(*sources, matcher, *rules);
    if (parser.isSet(flags.csv)) {
        if (auto written = writeCsvFile(parser.value(flags.csv), table); !written)
            return fail(ctx, written.error());
    }
    if (parser.isSet(flags.json))
        printMappingJson(table, ctx);
    else
        printMappingText(table, ctx);
    return ExitOk;
}

} // namespace mig::cli
