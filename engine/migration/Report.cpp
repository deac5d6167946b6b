#include "migration/Report.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

#include "core/OutputFile.h"

namespace mig::migration {
namespace {

QJsonArray problemsToJson(const QList<ItemProblem> &problems)
{
    QJsonArray array;
    for (const ItemProblem &p : problems)
        array.append(QJsonObject { { QStringLiteral("item"), p.item }, { QStringLiteral("reason"), p.reason } });
    return array;
}

Expected<void> writeFile(const QString &path, const QByteArray &bytes)
{
    if (Expected<void> written = OutputFile::write(path, bytes); !written)
        return Error { Error::Code::AccessDenied,
            QCoreApplication::translate("mig::migration", "Cannot write the report %1").arg(path), written.error().detail };
    return {};
}

QString cell(const QString &text)
{
    return QStringLiteral("<td>") + text.toHtmlEscaped() + QStringLiteral("</td>");
}

QString numberCell(quint64 n)
{
    return QStringLiteral("<td class=\"n\">") + QLocale().toString(n) + QStringLiteral("</td>");
}

} // namespace

double MailboxReport::seconds() const
{
    if (!started.isValid() || !finished.isValid())
        return 0;
    return started.msecsTo(finished) / 1000.0;
}

double MailboxReport::throughput() const
{
    const double s = seconds();
    return s > 0 ? bytes / s : 0;
}

int RunReport::count(MailboxState state) const
{
    return int(std::count_if(mailboxes.cbegin(), mailboxes.cend(),
        [state](const MailboxReport &m) { return m.state == state; }));
}

void RunReport::mergeRetry(const RunReport &later)
{
    if (later.dryRun != dryRun) {
        *this = later;
        return;
    }
    for (const MailboxReport &mailbox : later.mailboxes) {
        auto earlier = std::find_if(mailboxes.begin(), mailboxes.end(),
            [&](const MailboxReport &m) { return m.target == mailbox.target; });
        if (earlier == mailboxes.end())
            mailboxes.append(mailbox);
        else if (mailbox.state != MailboxState::Skipped)
            *earlier = mailbox;
    }
    finished = later.finished;
}

QJsonObject RunReport::toJson() const
{
    QJsonArray mailboxArray;
    for (const MailboxReport &m : mailboxes) {
        QJsonArray folderArray;
        for (const FolderReport &f : m.folders)
            folderArray.append(QJsonObject {
                { QStringLiteral("path"), f.path },
                { QStringLiteral("items_sent"), qint64(f.itemsSent) },
                { QStringLiteral("items_skipped"), qint64(f.itemsSkipped) },
                { QStringLiteral("items_failed"), qint64(f.itemsFailed) },
                { QStringLiteral("bytes"), qint64(f.bytes) },
                { QStringLiteral("problems"), problemsToJson(f.problems) },
            });
        mailboxArray.append(QJsonObject {
            { QStringLiteral("target"), m.target },
            { QStringLiteral("sources"), QJsonArray::fromStringList(m.sources) },
            { QStringLiteral("state"), stateName(m.state) },
            { QStringLiteral("reason"), m.reason },
            { QStringLiteral("items_total"), qint64(m.itemsTotal) },
            { QStringLiteral("items_sent"), qint64(m.itemsSent) },
            { QStringLiteral("items_failed"), qint64(m.itemsFailed) },
            { QStringLiteral("items_skipped"), qint64(m.itemsSkipped) },
            { QStringLiteral("items_resumed"), qint64(m.itemsResumed) },
            { QStringLiteral("bytes"), qint64(m.bytes) },
            { QStringLiteral("started"), m.started.toString(Qt::ISODate) },
            { QStringLiteral("finished"), m.finished.toString(Qt::ISODate) },
            { QStringLiteral("seconds"), m.seconds() },
            { QStringLiteral("bytes_per_second"), m.throughput() },
            { QStringLiteral("folders"), folderArray },
            { QStringLiteral("addresses"), m.addresses.toJson() },
        });
    }
    return QJsonObject {
        { QStringLiteral("started"), started.toString(Qt::ISODate) },
        { QStringLiteral("finished"), finished.toString(Qt::ISODate) },
        { QStringLiteral("dry_run"), dryRun },
        { QStringLiteral("mailboxes"), mailboxArray },
    };
}

QString RunReport::toHtml() const
{
    // Self-contained: inline style, no scripts, no external resources; every value escaped.
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        + QCoreApplication::translate("mig::migration", "grommunio migration report").toHtmlEscaped()
        + QStringLiteral("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;"
                         "margin-bottom:1.5em}td,th{border:1px solid #bbb;padding:3px 8px;text-align:left}"
                         "td.n{text-align:right}.done{color:#176f2c}.failed{color:#b00020}"
                         ".skipped,.stopped{color:#8a6d00}</style></head><body>\n");
    html += QStringLiteral("<h1>")
        + QCoreApplication::translate("mig::migration", "grommunio migration report").toHtmlEscaped()
        + QStringLiteral("</h1>\n<p>");
    if (dryRun)
        html += QCoreApplication::translate("mig::migration", "Dry run: nothing was written to the server.")
                    .toHtmlEscaped()
            + QStringLiteral("<br>");
    html += QCoreApplication::translate("mig::migration", "Started %1, finished %2.")
                .arg(started.toString(Qt::ISODate), finished.toString(Qt::ISODate))
                .toHtmlEscaped();
    html += QStringLiteral("</p>\n<table><tr>");
    for (const char *h : { QT_TRANSLATE_NOOP("mig::migration", "Mailbox"), QT_TRANSLATE_NOOP("mig::migration", "State"),
             QT_TRANSLATE_NOOP("mig::migration", "Sent"), QT_TRANSLATE_NOOP("mig::migration", "Skipped"),
             QT_TRANSLATE_NOOP("mig::migration", "Failed"), QT_TRANSLATE_NOOP("mig::migration", "Bytes"),
             QT_TRANSLATE_NOOP("mig::migration", "Seconds"), QT_TRANSLATE_NOOP("mig::migration", "MB/s"),
             QT_TRANSLATE_NOOP("mig::migration", "Reason") })
        html += QStringLiteral("<th>") + QCoreApplication::translate("mig::migration", h).toHtmlEscaped()
            + QStringLiteral("</th>");
    html += QStringLiteral("</tr>\n");
    for (const MailboxReport &m : mailboxes) {
        html += QStringLiteral("<tr class=\"") + stateName(m.state) + QStringLiteral("\">") + cell(m.target)
            + cell(stateLabel(m.state)) + numberCell(m.itemsSent) + numberCell(m.itemsSkipped)
            + numberCell(m.itemsFailed) + numberCell(m.bytes) + QStringLiteral("<td class=\"n\">")
            + QString::number(m.seconds(), 'f', 1) + QStringLiteral("</td>") + QStringLiteral("<td class=\"n\">")
            + QString::number(m.throughput() / 1e6, 'f', 2) + QStringLiteral("</td>") + cell(m.reason)
            + QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n");
    for (const MailboxReport &m : mailboxes) {
        html += QStringLiteral("<h2>") + m.target.toHtmlEscaped() + QStringLiteral("</h2>\n<p>")
            + QCoreApplication::translate("mig::migration", "Sources: %1")
                  .arg(m.sources.join(QStringLiteral(", ")))
                  .toHtmlEscaped()
            + QStringLiteral("</p>\n<table><tr>");
        for (const char *h :
            { QT_TRANSLATE_NOOP("mig::migration", "Folder"), QT_TRANSLATE_NOOP("mig::migration", "Sent"),
                QT_TRANSLATE_NOOP("mig::migration", "Skipped"), QT_TRANSLATE_NOOP("mig::migration", "Failed"),
                QT_TRANSLATE_NOOP("mig::migration", "Bytes"), QT_TRANSLATE_NOOP("mig::migration", "Problems") })
            html += QStringLiteral("<th>") + QCoreApplication::translate("mig::migration", h).toHtmlEscaped()
                + QStringLiteral("</th>");
        html += QStringLiteral("</tr>\n");
        for (const FolderReport &f : m.folders) {
            QStringList problems;
            for (const ItemProblem &p : f.problems)
                problems.append(p.item + QStringLiteral(": ") + p.reason);
            html += QStringLiteral("<tr>") + cell(f.path.isEmpty() ? QStringLiteral("/") : f.path)
                + numberCell(f.itemsSent) + numberCell(f.itemsSkipped) + numberCell(f.itemsFailed) + numberCell(f.bytes)
                + cell(problems.join(QStringLiteral("; "))) + QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

Expected<void> RunReport::save(const QString &runDir) const
{
    const QDir dir(runDir);
    if (auto r = writeFile(
            dir.filePath(QStringLiteral("report.json")), QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
        !r)
        return r;
    return writeFile(dir.filePath(QStringLiteral("report.html")), toHtml().toUtf8());
}

} // namespace mig::migration
