#include "cli/ConversionSummary.h"

#include "cli/CommandContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace mig::cli {
namespace {

QString itemLabel(quint64 id)
{
    return id ? QStringLiteral("0x%1").arg(id, 0, 16) : QString();
}

void printFolders(QTextStream &out, const sources::SourceReport &source)
{
    for (const sources::FolderReport &folder : source.folders) {
        const QString path = folder.path.isEmpty() ? QCoreApplication::translate("mig::cli", "(root)") : folder.path;
        out << QStringLiteral("  ") << path << QStringLiteral(": ") << folder.placement;
        out << QCoreApplication::translate("mig::cli", "; %1 converted, %2 skipped, %3 failed")
                   .arg(folder.converted)
                   .arg(folder.skipped)
                   .arg(folder.failed)
            << Qt::endl;
        for (const QString &reason : folder.skipReasons)
            out << QStringLiteral("      ") << QCoreApplication::translate("mig::cli", "skipped %1").arg(reason)
                << Qt::endl;
    }
}

QJsonObject folderJson(const sources::FolderReport &folder)
{
    return QJsonObject {
        { QStringLiteral("path"), folder.path },
        { QStringLiteral("target_name"), folder.targetName },
        { QStringLiteral("placement"), folder.placement },
        { QStringLiteral("converted"), folder.converted },
        { QStringLiteral("skipped"), folder.skipped },
        { QStringLiteral("failed"), folder.failed },
        { QStringLiteral("skip_reasons"), QJsonArray::fromStringList(folder.skipReasons) },
    };
}

QJsonObject sourceJson(const sources::SourceReport &source)
{
    QJsonArray folders;
    for (const sources::FolderReport &folder : source.folders)
        folders.append(folderJson(folder));
    QJsonArray failures;
    for (const sources::ItemProblem &problem : source.failures)
        failures.append(QJsonObject {
            { QStringLiteral("folder"), problem.folderPath },
            { QStringLiteral("item"), itemLabel(problem.itemId) },
            { QStringLiteral("reason"), problem.reason },
        });
    return QJsonObject {
        { QStringLiteral("name"), source.name },
        { QStringLiteral("converted"), source.converted },
        { QStringLiteral("skipped"), source.skipped },
        { QStringLiteral("failed"), source.failed },
        { QStringLiteral("folders"), folders },
        { QStringLiteral("failures"), failures },
        { QStringLiteral("renamed"), QJsonArray::fromStringList(source.renamed) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(source.warnings) },
        { QStringLiteral("addresses"), source.addresses.toJson() },
    };
}

} // namespace

void printAddressSummary(QTextStream &out, const addressing::AddressStats &addresses)
{
    if (addresses.resolved.isEmpty() && addresses.unresolved.isEmpty())
        return;
    out << QStringLiteral("  ")
        << QCoreApplication::translate("mig::cli", "Exchange addresses: %1 rewritten to SMTP, %2 left as they were")
               .arg(addresses.rewrittenCount())
               .arg(addresses.unresolvedCount())
        << Qt::endl;
    for (auto it = addresses.unresolved.cbegin(); it != addresses.unresolved.cend(); ++it)
        out << QStringLiteral("    ")
            << QCoreApplication::translate("mig::cli", "unresolved (%1×): %2").arg(it.value()).arg(it.key()) << Qt::endl;
}

int conversionExitCode(const sources::ConversionReport &report)
{
    if (report.canceled)
        return ExitCanceled;
    if (report.failed() == 0)
        return ExitOk;
    return report.converted() > 0 || report.resumed() > 0 ? ExitPartial : ExitFailure;
}

void printConversionReport(QTextStream &out, const sources::ConversionReport &report)
{
    for (const sources::SourceReport &source : report.sources) {
        out << QCoreApplication::translate("mig::cli", "%1:").arg(source.name) << Qt::endl;
        printFolders(out, source);
        for (const QString &renamed : source.renamed)
            out << QStringLiteral("  ")
                << QCoreApplication::translate("mig::cli", "renamed (same-named sibling): %1").arg(renamed) << Qt::endl;
        for (const sources::ItemProblem &problem : source.failures)
            out << QStringLiteral("  ")
                << QCoreApplication::translate("mig::cli", "failed: folder \"%1\", node 0x%2: %3")
                       .arg(problem.folderPath)
                       .arg(problem.itemId, 0, 16)
                       .arg(problem.reason)
                << Qt::endl;
        for (const QString &warning : source.warnings)
            out << QStringLiteral("  ") << QCoreApplication::translate("mig::cli", "warning: %1").arg(warning)
                << Qt::endl;
        printAddressSummary(out, source.addresses);
    }
    out << QCoreApplication::translate("mig::cli", "Total: %1 converted, %2 skipped, %3 failed; %4 bytes, %5 frames")
               .arg(report.converted())
               .arg(report.skipped())
               .arg(report.failed())
               .arg(report.stream.bytes)
               .arg(report.stream.frames)
        << Qt::endl;
    if (report.canceled)
        out << QCoreApplication::translate("mig::cli", "The conversion was canceled.") << Qt::endl;
}

QJsonObject conversionReportJson(const QString &command, const sources::ConversionReport &report, int exitCode)
{
    QJsonArray sources;
    for (const sources::SourceReport &source : report.sources)
        sources.append(sourceJson(source));
    return QJsonObject {
        { QStringLiteral("command"), command },
        { QStringLiteral("exit_code"), exitCode },
        { QStringLiteral("state"), exitStateName(exitCode) },
        { QStringLiteral("converted"), report.converted() },
        { QStringLiteral("skipped"), report.skipped() },
        { QStringLiteral("failed"), report.failed() },
        { QStringLiteral("resumed"), report.resumed() },
        { QStringLiteral("bytes"), qint64(report.stream.bytes) },
        { QStringLiteral("frames"), qint64(report.stream.frames) },
        { QStringLiteral("canceled"), report.canceled },
        { QStringLiteral("sources"), sources },
    };
}

void printJson(QTextStream &out, const QJsonObject &summary)
{
    out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace mig::cli
