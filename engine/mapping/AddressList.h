#pragma once

#include "core/Expected.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace mig::mapping {

/// A set of mailbox addresses (or source names) as grommunio's exchange2grommunio reads its
/// .import and .ignore files: one entry per line, '#' starts a comment, blanks are ignored,
/// comparison is case-insensitive. Plain value type, any thread.
class AddressList final {
public:
    AddressList() = default;
    explicit AddressList(const QStringList &entries);

    /// Parses the file format described above (UTF-8, with or without byte order mark).
    static AddressList parse(const QByteArray &text);
    /// Reads and parses a file. Errors: NotFound / AccessDenied naming the file.
    static Expected<AddressList> load(const QString &path);

    bool contains(const QString &address) const;
    void add(const QString &address);
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }

private:
    QSet<QString> m_entries; ///< case-folded
};

} // namespace mig::mapping
