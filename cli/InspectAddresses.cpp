#include "cli/InspectAddresses.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mig::cli {
namespace {

/// Runs the rewriter over every readable item; unreadable ones are counted, not fatal.
addressing::AddressStats collect(sources::Source &source, const addressing::AddressRewriter &rewriter,
    const QList<sources::SourceFolder> &folders, int *unreadable)
{
    addressing::AddressStats stats;
    for (const sources::SourceFolder &folder : folders) {
        if (folder.searchFolder)
            continue; // its contents are links to items listed in their own folders
        for (const sources::ItemKind kind : { sources::ItemKind::Normal, sources::ItemKind::Associated }) {
            auto refs = source.items(folder.id, kind);
            if (!refs)
                continue;
            for (const sources::ItemRef &ref : *refs) {
                Expected<mapi::Message> message = ref.readable ? source.readMessage(ref) : Expected<mapi::Message>(Error {});
                if (!message) {
                    ++*unreadable;
                    continue;
                }
                rewriter.rewrite(*message, stats);
            }
            (void)source.takeWarnings();
        }
    }
    return stats;
}

/// Every DN once, with how often it would be rewritten and how often it stays EX.
QStringList distinctDns(const addressing::AddressStats &stats)
{
    QStringList dns = stats.resolved.keys();
    for (auto it = stats.unresolved.cbegin(); it != stats.unresolved.cend(); ++it)
        if (!stats.resolved.contains(it.key()))
            dns.append(it.key());
    dns.sort();
    return dns;
}

QString originOf(const addressing::AddressStats::Resolved &r)
{
    return r.fromItem ? QStringLiteral("item") : QStringLiteral("map");
}

void printJsonList(const addressing::AddressStats &stats, int unreadable, CommandContext &ctx)
{
    QJsonArray list;
    for (const QString &dn : distinctDns(stats)) {
        const addressing::AddressStats::Resolved resolved = stats.resolved.value(dn);
        const int unresolved = stats.unresolved.value(dn);
        list.append(QJsonObject { { QStringLiteral("dn"), dn }, { QStringLiteral("count"), resolved.count + unresolved },
            { QStringLiteral("rewritten"), resolved.count }, { QStringLiteral("unresolved"), unresolved },
            { QStringLiteral("smtp"), resolved.smtp },
            { QStringLiteral("from"), resolved.count > 0 ? originOf(resolved) : QStringLiteral("unresolved") } });
    }
    const QJsonObject root { { QStringLiteral("addresses"), list },
        { QStringLiteral("rewritten"), stats.rewrittenCount() },
        { QStringLiteral("unresolved"), stats.unresolvedCount() }, { QStringLiteral("unreadable_items"), unreadable } };
    ctx.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void printTextList(const addressing::AddressStats &stats, int unreadable, CommandContext &ctx)
{
    const QStringList dns = distinctDns(stats);
    ctx.out << QCoreApplication::translate("mig::cli",
        "Exchange (EX) addresses: %1 distinct, %2 would be rewritten to SMTP, %3 stay unresolved")
                   .arg(dns.size())
                   .arg(stats.rewrittenCount())
                   .arg(stats.unresolvedCount())
            << Qt::endl;
    for (const QString &dn : dns) {
        const addressing::AddressStats::Resolved resolved = stats.resolved.value(dn);
        const int unresolved = stats.unresolved.value(dn);
        QString target;
        if (resolved.count == 0)
            target = QCoreApplication::translate("mig::cli", "unresolved");
        else if (unresolved == 0)
            target = QStringLiteral("→ %1 (%2)").arg(resolved.smtp,
                resolved.fromItem ? QCoreApplication::translate("mig::cli", "from the items")
                                  : QCoreApplication::translate("mig::cli", "from the map or directory"));
        else
            target = QCoreApplication::translate("mig::cli", "→ %1, %n occurrence(s) unresolved", nullptr, unresolved)
                         .arg(resolved.smtp);
        ctx.out << QStringLiteral("%1\t%2\t%3").arg(resolved.count + unresolved, 6).arg(dn, target) << Qt::endl;
    }
    if (unreadable > 0)
        ctx.out << QCoreApplication::translate("mig::cli", "%n item(s) could not be read and were not looked at.",
                       nullptr, unreadable)
                << Qt::endl;
}

} // namespace

int printExchangeAddresses(sources::Source &source, const addressing::AddressRewriter &rewriter, bool json,
    CommandContext &ctx)
{
    auto folders = source.folders();
    if (!folders) {
        ctx.err << QCoreApplication::translate("mig::cli", "inspect: %1").arg(folders.error().fullText()) << Qt::endl;
        return ExitFailure;
    }
    int unreadable = 0;
    const addressing::AddressStats stats = collect(source, rewriter, *folders, &unreadable);
    if (json)
        printJsonList(stats, unreadable, ctx);
    else
        printTextList(stats, unreadable, ctx);
    ctx.out.flush();
    return ExitOk;
}

} // namespace mig::cli
