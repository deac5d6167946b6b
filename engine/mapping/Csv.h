#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace mig::mapping {

/// How writeCsv() lays out a file. The defaults open correctly in spreadsheets: the byte order
/// mark tells Excel the file is UTF-8, CRLF is what RFC 4180 prescribes.
struct CsvWriteOptions {
    QChar separator = QLatin1Char(',');
    bool byteOrderMark = true;
    bool crlf = true;
};

/// Serialises rows as RFC 4180 CSV: fields holding the separator, a quote, a line break or
/// leading/trailing blanks are quoted, embedded quotes doubled. Pure function, any thread.
QByteArray writeCsv(const QList<QStringList> &rows, const CsvWriteOptions &options = {});

/// A parsed CSV file and the separator it used.
struct CsvTable {
    QList<QStringList> rows;
    QList<int> rowLines; ///< per row, the (1-based) line of the file it starts on, for error messages
    QChar separator = QLatin1Char(',');
};

/// How readCsv() reads a file. The defaults suit files written by spreadsheets.
struct CsvReadOptions {
    /// Skip lines starting with '#' (outside quotes), for hand-written lists; off by default
    /// because a mapping's source name may start with '#'.
    bool commentLines = false;
    /// The separator; a null QChar detects ',' or ';' from the first record.
    QChar separator;
};

/// Parses CSV as spreadsheets write it: UTF-8 with or without byte order mark (Windows-1252 when
/// the bytes are not valid UTF-8, as older Excel versions save), CRLF, LF or CR line ends, quoted
/// fields with embedded separators, quotes and line breaks, and ',' or ';' as separator (detected
/// from the first record; German-locale spreadsheets write ';'). Blank lines are skipped, and so
/// are comment lines when options.commentLines.
/// Errors: Corrupt for a quote that is never closed (names fileName and the line it started on).
/// Pure function, any thread.
Expected<CsvTable> readCsv(const QByteArray &data, const QString &fileName, const CsvReadOptions &options = {});

} // namespace mig::mapping
