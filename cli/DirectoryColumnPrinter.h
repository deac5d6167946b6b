#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace mig::cli {

/// Prints rows as left-aligned columns padded to the widest cell, for the `directory` and `map`
/// text output. Cells are single-line (line breaks become blanks). Not thread-safe.
class ColumnPrinter final {
public:
    explicit ColumnPrinter(QStringList header);
    void addRow(QStringList cells);
    void print(QTextStream &out) const;

private:
    QList<QStringList> m_rows; ///< the header first
};

} // namespace mig::cli
