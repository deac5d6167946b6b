#include "exchange/ExportList.h"

#include "mapping/Csv.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace mig::exchange {
namespace {

bool isHeader(const QStringList &row)
{
    const QString first = row.value(0).trimmed().toLower();
    return first == QLatin1String("mailbox") || first == QLatin1String("exchange mailbox")
        || first == QLatin1String("exchange_mailbox") || first == QLatin1String("source");
}

bool isSmtpAddress(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+$"));
    return pattern.match(address).hasMatch();
}

Error rowError(const QString &fileName, int row, const QString &reason)
{
    return Error { Error::Code::Corrupt,
        QCoreApplication::translate("mig::exchange", "%1, row %2: %3").arg(fileName).arg(row).arg(reason), {} };
}

} // namespace

Expected<QList<ExportEntry>> readExportList(const QByteArray &csv, const QString &fileName)
{
    auto table = mapping::readCsv(csv, fileName);
    if (!table)
        return table.error();
    QList<ExportEntry> entries;
    QSet<QString> targets;
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const QStringList &row = table->rows[i];
        const int rowNumber = int(i) + 1;
        const QString mailbox = row.value(0).trimmed();
        if (mailbox.isEmpty() || mailbox.startsWith(QLatin1Char('#')) || (i == 0 && isHeader(row)))
            continue;
        const QString target = row.value(1).trimmed().isEmpty() ? mailbox : row.value(1).trimmed();
        if (!isSmtpAddress(target))
            return rowError(fileName, rowNumber,
                QCoreApplication::translate("mig::exchange",
                    "\"%1\" is not an e-mail address; give the grommunio mailbox in a second column")
                    .arg(target));
        if (targets.contains(target.toLower()))
            return rowError(fileName, rowNumber,
                QCoreApplication::translate("mig::exchange", "%1 is listed twice (both exports would write %2)")
                    .arg(target, target + QStringLiteral(".pst")));
        targets.insert(target.toLower());
        entries.append({ mailbox, target });
    }
    if (entries.isEmpty())
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::exchange", "%1: no mailbox listed").arg(fileName), {} };
    return entries;
}

} // namespace mig::exchange
