#include "sources/imap/ImapAccountList.h"

#include "mapping/Csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <optional>

namespace mig::imap {

namespace {

/// Column positions of the fields; -1 when the file has no such column.
struct Columns {
    int login = 0;
    int target = -1;
    int password = -1;
    bool fromHeader = false;
};

Error lineError(const QString &path, int line, const QString &reason)
{
    return Error { Error::Code::Corrupt, QCoreApplication::translate("mig::imap", "%1, line %2: %3").arg(path, QString::number(line), reason), {} };
}

/// ',' or ';', whichever comes first on the first line that is no comment (outside quotes): a
/// login holds neither, while a password may hold both, so counting them could guess wrong.
QChar separatorOf(const QByteArray &data)
{
    bool quoted = false;
    bool lineStart = true;
    bool comment = false;
    for (const char c : data) {
        if (c == '\n' || c == '\r') {
            lineStart = true;
            comment = false;
            continue;
        }
        if (lineStart && c == '#')
            comment = true;
        lineStart = false;
        if (comment)
            continue;
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == ',' || c == ';'))
            return QLatin1Char(c);
    }
    return QLatin1Char(',');
}

/// The columns named by a header row (its first cell is "login").
Expected<Columns> headerColumns(const QStringList &row, const QString &path, int line)
{
    Columns columns;
    columns.fromHeader = true;
    for (int i = 1; i < row.size(); ++i) {
        const QString name = row.at(i).trimmed().toLower();
        if (name == QLatin1String("target"))
            columns.target = i;
        else if (name == QLatin1String("password"))
            columns.password = i;
        else
            return lineError(path, line,
                QCoreApplication::translate("mig::imap", "unknown column \"%1\" (the header names login, target and password)").arg(row.at(i).trimmed()));
    }
    return columns;
}

/// The columns of a line without header: fixed by the layout and the number of fields.
Expected<Columns> positionalColumns(qsizetype fields, ImapAccountListLayout layout, const QString &path, int line)
{
    Columns columns;
    if (layout == ImapAccountListLayout::Accounts) {
        if (fields < 2 || fields > 3)
            return lineError(path, line, QCoreApplication::translate("mig::imap", "expected login,target[,password] but found %n field(s)", nullptr, int(fields)));
        columns.target = 1;
        columns.password = fields == 3 ? 2 : -1;
        return columns;
    }
    if (fields < 2 || fields > 3)
        return lineError(path, line,
            QCoreApplication::translate("mig::imap", "expected login,password or login,target,password but found %n field(s)", nullptr, int(fields)));
    columns.target = fields == 3 ? 1 : -1;
    columns.password = fields == 3 ? 2 : 1;
    return columns;
}

/// One data row as an entry, checked.
Expected<ImapAccountListEntry> entryOf(const QStringList &row, const Columns &columns, ImapAccountListLayout layout,
    const QString &path, int line)
{
    if (columns.fromHeader && row.size() > qMax(columns.target, columns.password) + 1 && row.size() > 1)
        return lineError(path, line, QCoreApplication::translate("mig::imap", "more fields than the header names"));
    ImapAccountListEntry entry;
    entry.line = line;
    entry.login = row.value(columns.login).trimmed();
    // Passwords are taken as written: leading or trailing blanks may belong to them.
    entry.target = columns.target >= 0 ? row.value(columns.target).trimmed() : QString();
    entry.password = columns.password >= 0 ? row.value(columns.password).toUtf8() : QByteArray();
    if (entry.login.isEmpty())
        return lineError(path, line, QCoreApplication::translate("mig::imap", "the login is empty"));
    const bool needsTarget = layout == ImapAccountListLayout::Accounts || !entry.target.isEmpty();
    if (needsTarget && (entry.target.isEmpty() || !entry.target.contains(QLatin1Char('@'))))
        return lineError(path, line, QCoreApplication::translate("mig::imap", "the target \"%1\" is no mailbox address (user@domain)").arg(entry.target));
    return entry;
}

} // namespace

Expected<QList<ImapAccountListEntry>> readImapAccountList(const QString &path, ImapAccountListLayout layout)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { file.exists() ? Error::Code::AccessDenied : Error::Code::NotFound,
            QCoreApplication::translate("mig::imap", "Cannot read %1: %2").arg(path, file.errorString()), {} };
    const QByteArray data = file.readAll();
    mapping::CsvReadOptions options;
    options.commentLines = true;
    options.separator = separatorOf(data);
    Expected<mapping::CsvTable> table = mapping::readCsv(data, path, options);
    if (!table)
        return table.error();

    QList<ImapAccountListEntry> entries;
    QHash<QString, int> lineOfLogin;
    std::optional<Columns> header;
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const QStringList &row = table->rows.at(i);
        const int line = table->rowLines.value(i);
        if (i == 0 && row.first().trimmed().compare(QLatin1String("login"), Qt::CaseInsensitive) == 0) {
            Expected<Columns> named = headerColumns(row, path, line);
            if (!named)
                return named.error();
            header = *named;
            continue;
        }
        Expected<Columns> columns = header ? Expected<Columns>(*header) : positionalColumns(row.size(), layout, path, line);
        if (!columns)
            return columns.error();
        Expected<ImapAccountListEntry> entry = entryOf(row, *columns, layout, path, line);
        if (!entry)
            return entry.error();
        if (const int earlier = lineOfLogin.value(entry->login); earlier > 0)
            return lineError(path, line, QCoreApplication::translate("mig::imap", "the login %1 is already on line %2").arg(entry->login).arg(earlier));
        lineOfLogin.insert(entry->login, line);
        if (layout == ImapAccountListLayout::Passwords && entry->password.isEmpty())
            continue;
        entries.append(*entry);
    }
    return entries;
}

bool readableByOthers(const QString &path)
{
#ifdef Q_OS_UNIX
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    return permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther);
#else
    Q_UNUSED(path);
    return false; // Windows: access is governed by ACLs, which Qt's permission bits do not reflect
#endif
}

} // namespace mig::imap
