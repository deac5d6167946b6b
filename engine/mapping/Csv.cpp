#include "mapping/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace mig::mapping {

namespace {

bool needsQuotes(const QString &field, QChar separator)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (const QChar c : field) {
        if (c == separator || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return true;
    }
    return false;
}

QString decode(const QByteArray &data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder windows("windows-1252");
    if (windows.isValid()) {
        text = windows.decode(bytes);
        if (!windows.hasError())
            return text;
    }
    return QString::fromLatin1(bytes);
}

/// Where the first record starts: 0, or past the comment lines before it when they are skipped.
qsizetype firstRecordStart(const QString &text, bool commentLines)
{
    qsizetype at = 0;
    while (commentLines && at < text.size() && text.at(at) == QLatin1Char('#')) {
        while (at < text.size() && text.at(at) != QLatin1Char('\n') && text.at(at) != QLatin1Char('\r'))
            ++at;
        while (at < text.size() && (text.at(at) == QLatin1Char('\n') || text.at(at) == QLatin1Char('\r')))
            ++at;
    }
    return at;
}

/// ',' unless the first record (outside quotes) holds more ';' than ','.
QChar detectSeparator(const QString &text, bool commentLines)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (qsizetype i = firstRecordStart(text, commentLines); i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

bool isBlank(const QStringList &row)
{
    return row.size() == 1 && row.first().isEmpty();
}

} // namespace

QByteArray writeCsv(const QList<QStringList> &rows, const CsvWriteOptions &options)
{
    QString text;
    const QString lineEnd = options.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += options.separator;
            const QString &field = row.at(i);
            if (needsQuotes(field, options.separator)) {
                QString escaped = field;
                escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                text += QLatin1Char('"') + escaped + QLatin1Char('"');
            } else {
                text += field;
            }
        }
        text += lineEnd;
    }
    QByteArray out = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    out += text.toUtf8();
    return out;
}

Expected<CsvTable> readCsv(const QByteArray &data, const QString &fileName, const CsvReadOptions &options)
{
    const QString text = decode(data);
    CsvTable table;
    table.separator = options.separator.isNull() ? detectSeparator(text, options.commentLines) : options.separator;

    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldQuoted = false; // the record so far had a quote: its first '#' is no comment mark
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    const auto endRow = [&] {
        row.append(field);
        field.clear();
        if (!isBlank(row)) {
            table.rows.append(row);
            table.rowLines.append(rowLine);
        }
        row.clear();
        fieldQuoted = false;
        rowLine = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (options.commentLines && !quoted && !fieldQuoted && row.isEmpty() && field.isEmpty()
            && c == QLatin1Char('#')) {
            while (i + 1 < text.size() && text.at(i + 1) != QLatin1Char('\n') && text.at(i + 1) != QLatin1Char('\r'))
                ++i;
            continue; // the line end that follows ends an empty record, which is skipped as blank
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            // A quote opens a quoted section anywhere; RFC 4180 only allows it at the start of a
            // field, but being lenient keeps hand-edited files readable.
            quoted = true;
            fieldQuoted = true;
            quoteLine = line;
        } else if (c == table.separator) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRow();
        } else {
            field += c;
        }
    }
    if (quoted) {
        return Error{Error::Code::Corrupt,
                     QCoreApplication::translate("mig::mapping", "%1: the quote opened on line %2 is never closed.")
                         .arg(fileName)
                         .arg(quoteLine),
                     {}};
    }
    if (!field.isEmpty() || !row.isEmpty())
        endRow();
    return table;
}

} // namespace mig::mapping
