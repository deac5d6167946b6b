#pragma once

#include "core/Expected.h"
#include "directory/UserRecord.h"

#include <QHash>
#include <QList>
#include <QString>

namespace mig::addressing {

/// Exchange distinguished names (legacyExchangeDN, "X500:" proxy addresses) and the SMTP address
/// each one stands for. PSTs and OSTs exported from Exchange name people by such DNs (address type
/// "EX"); in grommunio those are dead addresses, so the converter rewrites the ones it can resolve.
/// Lookups ignore case (Exchange compares DNs case-insensitively). Plain value type, any thread.
class AddressBook {
public:
    /// Adds one DN (with or without an "X500:" or "EX:" prefix); a later entry for the same DN wins.
    void add(const QString &dn, const QString &smtp);
    /// Every legacyExchangeDN and X500 proxy address of the directory's users, to their primary address.
    void addDirectory(const QList<directory::UserRecord> &users);
    /// Adds every entry of other; other's win where both know a DN.
    void merge(const AddressBook &other);

    /// The SMTP address of dn, or an empty string when it is unknown.
    QString smtpFor(const QString &dn) const;
    qsizetype size() const { return m_smtpByDn.size(); }
    bool isEmpty() const { return m_smtpByDn.isEmpty(); }

    /// Reads an address map CSV (the administrator's own, `--address-map FILE`): one "DN,SMTP"
    /// pair per row (';' also accepted as separator, an optional header row is skipped). Errors name
    /// the file and the row.
    static Expected<AddressBook> fromCsvFile(const QString &path);

    /// The key a DN is stored under: prefix removed, trimmed, upper case.
    static QString keyOf(const QString &dn);

private:
    QHash<QString, QString> m_smtpByDn;
};

} // namespace mig::addressing
