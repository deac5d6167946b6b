#include "cli/DirectoryColumnPrinter.h"

#include <algorithm>

namespace mig::cli {

ColumnPrinter::ColumnPrinter(QStringList header)
{
    addRow(std::move(header));
}

void ColumnPrinter::addRow(QStringList cells)
{
    for (QString &cell : cells) {
        cell.replace(QLatin1Char('\r'), QLatin1Char(' '));
        cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    m_rows.append(std::move(cells));
}

void ColumnPrinter::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            // The last column is not padded, so lines carry no trailing blanks.
            line += (i + 1 < row.size()) ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }
    out.flush();
}

} // namespace mig::cli
