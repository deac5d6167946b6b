#include "addressing/AddressBook.h"

#include "mapping/Csv.h"

#include <QCoreApplication>
#include <QFile>

namespace mig::addressing {
namespace {

bool looksLikeSmtp(const QString &address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    return at > 0 && at < address.size() - 1 && !address.contains(QLatin1Char(' '));
}

} // namespace

QString AddressBook::keyOf(const QString &dn)
{
    QString key = dn.trimmed();
    for (const QLatin1String prefix : { QLatin1String("X500:"), QLatin1String("EX:") }) {
        if (key.startsWith(prefix, Qt::CaseInsensitive)) {
            key = key.mid(prefix.size()).trimmed();
            break;
        }
    }
    return key.toUpper();
}

void AddressBook::add(const QString &dn, const QString &smtp)
{
    const QString key = keyOf(dn);
    if (!key.isEmpty() && looksLikeSmtp(smtp.trimmed()))
        m_smtpByDn.insert(key, smtp.trimmed());
}

void AddressBook::addDirectory(const QList<directory::UserRecord> &users)
{
    for (const directory::UserRecord &user : users) {
        if (user.mail.isEmpty())
            continue;
        for (const QString &dn : user.exchangeDns)
            add(dn, user.mail);
    }
}

void AddressBook::merge(const AddressBook &other)
{
    for (auto it = other.m_smtpByDn.cbegin(); it != other.m_smtpByDn.cend(); ++it)
        m_smtpByDn.insert(it.key(), it.value());
}

QString AddressBook::smtpFor(const QString &dn) const
{
    return m_smtpByDn.value(keyOf(dn));
}

Expected<AddressBook> AddressBook::fromCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::addressing", "Cannot read the address map %1").arg(path),
            file.errorString() };
    Expected<mapping::CsvTable> table = mapping::readCsv(file.readAll(), path);
    if (!table)
        return table.error();
    AddressBook book;
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const QStringList &row = table->rows.at(i);
        const QString dn = row.value(0).trimmed();
        const QString smtp = row.value(1).trimmed();
        if (i == 0 && !looksLikeSmtp(smtp))
            continue; // a header row ("dn,smtp", "Exchange DN;E-Mail", ...)
        if (row.size() < 2 || dn.isEmpty() || !looksLikeSmtp(smtp))
            return Error { Error::Code::Corrupt,
                QCoreApplication::translate("mig::addressing",
                    "%1, row %2: expected an Exchange DN and an SMTP address, found \"%3\"")
                    .arg(path)
                    .arg(i + 1)
                    .arg(row.join(table->separator)) };
        book.add(dn, smtp);
    }
    return book;
}

} // namespace mig::addressing
